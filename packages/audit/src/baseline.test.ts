import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Inputs } from '@mcp-secrets/ports';
import { prng, TEST_CONFIG, testToken } from '../../../test/fixtures/audit/planted';
import { memoryPorts } from '../../../test/support/memory-ports';
import { removeTempDirs, tempTree } from '../../../test/support/temp-repo';
import { runAudit } from './audit';
import { writeBaseline } from './baseline';
import { readAuditOptions } from './options';

afterAll(removeTempDirs);

const next = prng(99);
const TOKEN_A = testToken(next);
const TOKEN_B = testToken(next);

/** As `--write-baseline` scans: without the old baseline, so every current finding is listed. */
async function scan(ws: string, useBaseline = true) {
  const get = (name: string): string | undefined => (name === 'report-path' || name === 'sarif-path' ? '' : undefined);
  const options = readAuditOptions(new Inputs({ get }), get, { GITHUB_WORKSPACE: ws });
  return runAudit(memoryPorts(), useBaseline ? options : { ...options, baseline: undefined });
}

test('a written baseline suppresses what it lists, and keeps earlier audit verdicts', async () => {
  const ws = tempTree({ 'config/gitleaks.toml': TEST_CONFIG, 'a.ts': `x = "${TOKEN_A}"\n`, 'b.ts': `\ny = "${TOKEN_B}"\n` });
  const path = join(ws, 'config', 'detect-secrets.baseline');
  expect(writeBaseline(path, (await scan(ws)).findings, 'config/detect-secrets.baseline', new Date('2026-11-23T12:00:00Z'))).toBe(2);
  const written = JSON.parse(readFileSync(path, 'utf8'));
  expect(written.generated_at).toBe('2026-11-23T12:00:00Z');
  expect(Object.keys(written.results)).toEqual(['a.ts', 'b.ts']);
  expect(JSON.stringify(written)).not.toContain(TOKEN_A);
  expect((await scan(ws)).findings).toEqual([]);

  // Someone audits b.ts's entry as a real secret: it is reported again, and rewriting keeps the verdict.
  written.results['b.ts'][0].is_secret = true;
  writeFileSync(path, JSON.stringify(written));
  const again = await scan(ws);
  expect(again.findings.map((f) => f.File)).toEqual(['b.ts']);
  expect(writeBaseline(path, (await scan(ws, false)).findings)).toBe(2);
  expect(JSON.parse(readFileSync(path, 'utf8')).results['b.ts'][0].is_secret).toBe(true);
  expect(JSON.parse(readFileSync(path, 'utf8')).results['a.ts'][0].is_secret).toBeUndefined();
});
