// The working-tree scan on several threads, through the bundles (a worker runs the bundle's own
// file): the reports are byte-identical whatever the number of threads, and the threads did run.
import { mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findLeaks } from '../helpers/leaks';
import { runCliBundle } from '../helpers/cli';
import { runBundledAction, type ActionRun } from '../helpers/runner';
import { prng, TEST_CONFIG, testToken } from '../fixtures/audit/planted';
import { commitFiles, newRepo, removeTempDirs, tempTree } from '../support/temp-repo';

afterAll(removeTempDirs);

const next = prng(14014);
const TOKENS = Array.from({ length: 6 }, () => testToken(next));
/** More files than two batches hold (256 files or 1 MiB each), so batches go to workers and come back out of turn. */
const FILES = 900;

/** Small files with secrets early, in the middle and late, a large file, an inline-allowed one, a symlink out. */
function workspace(): string {
  const files: Record<string, string> = { 'config/gitleaks.toml': TEST_CONFIG };
  const planted = new Map([[3, 0], [301, 1], [555, 2], [899, 3]]);
  for (let i = 0; i < FILES; i++) {
    const token = planted.get(i);
    files[`src/m${i}/f${i}.ts`] = `export const n${i} = ${i};\n${token === undefined ? '' : `const key = "${TOKENS[token]}";\n`}`;
  }
  files['data/big.txt'] = `${'filler line of a large file\n'.repeat(80_000)}token = "${TOKENS[4]}"\n`;
  files['src/allowed.ts'] = `const fixture = "${TOKENS[5]}"; // gitleaks:allow\n`;
  const dir = tempTree(files);
  const outside = mkdtempSync(join(tmpdir(), 'audit-jobs-outside-'));
  writeFileSync(join(outside, 'secret.txt'), 'x\n');
  symlinkSync(join(outside, 'secret.txt'), join(dir, 'link.txt'));
  return dir;
}

const reports = (run: ActionRun): string[] => ['report-path', 'sarif-path'].map((output) => readFileSync(run.main.outputs[output] as string, 'utf8'));
const annotations = (run: ActionRun): unknown[] => run.main.commands.filter((c) => c.command === 'error' || c.command === 'warning');

describe('audit on several threads (bundled dist, child process)', () => {
  test('action: jobs 1 and jobs 3 give byte-identical reports and annotations; the threads ran; no secret shown', async () => {
    const dir = workspace();
    const one = await runBundledAction('audit', { workspace: dir, inputs: { scan: 'files', jobs: '1' } });
    const three = await runBundledAction('audit', { workspace: dir, inputs: { scan: 'files', jobs: '3' } });
    expect(one.main.exitCode).toBe(1);
    expect(three.main.exitCode).toBe(1);
    expect(three.main.stderr).toBe('');
    expect(one.main.outputs.findings).toBe('5');
    expect(three.main.outputs.findings).toBe('5');
    expect(reports(three)).toEqual(reports(one));
    expect(annotations(three)).toEqual(annotations(one));
    expect(three.main.commands).toContainEqual(expect.objectContaining({ command: 'debug', message: 'Scanned on 3 threads' }));
    expect(one.main.commands.filter((c) => c.command === 'debug' && c.message.startsWith('Scanned on'))).toEqual([]);
    expect(findLeaks(three, TOKENS)).toEqual([]);
  });

  test('CLI, history: --scan git on 3 threads prints the same JSON report as on one; the hunks went to the workers', async () => {
    const repo = newRepo('audit-jobs-');
    commitFiles(repo, { 'config/gitleaks.toml': TEST_CONFIG }, 'configuration');
    // Commits of about 400 KB each: several batches of history text, secrets early and late.
    for (let c = 0; c < 8; c++) {
      const files: Record<string, string> = {};
      for (let f = 0; f < 40; f++) files[`c${c}/f${f}.txt`] = `${`commit ${c} file ${f} line\n`.repeat(500)}${f === c ? `key = "${TOKENS[c % TOKENS.length]}"\n` : ''}`;
      commitFiles(repo, files, `commit ${c}`);
    }
    const args = ['audit', '--scan', 'git', '--format', 'json'];
    const one = await runCliBundle(repo, [...args, '--jobs', '1']);
    const three = await runCliBundle(repo, [...args, '--jobs', '3', '--verbose']);
    expect(three.exitCode).toBe(1);
    expect(three.stdout).toBe(one.stdout);
    expect(JSON.parse(three.stdout)).toHaveLength(8);
    expect(three.stderr).toContain('Scanned on 3 threads');
  });

  test('CLI: --jobs 2 prints the same JSON report as --jobs 1; --jobs 0 is a usage error (exit 2)', async () => {
    const dir = workspace();
    const args = ['audit', '--scan', 'files', '--format', 'json'];
    const one = await runCliBundle(dir, [...args, '--jobs', '1']);
    const two = await runCliBundle(dir, [...args, '--jobs', '2', '--verbose']);
    expect(two.exitCode).toBe(1);
    expect(two.stdout).toBe(one.stdout);
    expect(JSON.parse(two.stdout)).toHaveLength(5);
    expect(two.stderr).toContain('Scanned on 2 threads');
    const zero = await runCliBundle(dir, [...args, '--jobs', '0']);
    expect(zero.exitCode).toBe(2);
    expect(zero.stderr).toContain("mcp-secrets audit: --jobs: expected a number of threads from 1 to 256, got '0'");
  });
});
