// `mcp-secrets audit` in-process, as gitleaks users read it: the fingerprint of every finding, the
// commit of a history finding, the configuration in use, a gitleaks report as a baseline.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { prng, TEST_CONFIG, TEST_RULE_ID, testToken } from '../../../../test/fixtures/audit/planted';
import { commitFiles, newRepo, removeTempDirs, tempTree } from '../../../../test/support/temp-repo';
import { runCli } from '../cli';

afterAll(removeTempDirs);

const next = prng(2112);
const TOKEN_A = testToken(next);
const TOKEN_B = testToken(next);
const PREFIX = 'const key = "';

async function cli(cwd: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(['audit', ...args], { out: (t) => void (out += t), err: (t) => void (err += t), color: false, isTTY: false }, env, cwd);
  for (const token of [TOKEN_A, TOKEN_B]) expect(out + err).not.toContain(token.slice(4));
  return { code, out, err };
}

describe('mcp-secrets audit, text output', () => {
  test('each finding shows the fingerprint .gitleaksignore takes; the verdict names the configuration used', async () => {
    const ws = tempTree({ '.gitleaks.toml': TEST_CONFIG, 'src/a.ts': `// a\n${PREFIX}${TOKEN_A}";\n` });
    const run = await cli(ws, []);
    expect(run.code).toBe(1);
    expect(run.out).toContain(`    fingerprint: src/a.ts:${TEST_RULE_ID}:2\n`);
    expect(run.out).toMatch(/; rules: \.gitleaks\.toml; suppressed: /);
    // The fingerprint, pasted into .gitleaksignore, silences the finding.
    writeFileSync(join(ws, '.gitleaksignore'), `src/a.ts:${TEST_RULE_ID}:2\n`);
    expect((await cli(ws, [])).code).toBe(0);
  });

  test('history: the commit, its author, date and subject under the finding, redacted and sanitised', async () => {
    const repo = newRepo('cli-history-');
    commitFiles(repo, { '.gitleaks.toml': TEST_CONFIG }, 'start');
    const sha = commitFiles(repo, { 'a.ts': `${PREFIX}${TOKEN_A}";\n` }, `add \u001b[31mclient ${TOKEN_A}\n\nbody`);
    const run = await cli(repo, ['--scan', 'git']);
    expect(run.code).toBe(1);
    expect(run.out).toMatch(new RegExp(`\\n    commit ${sha} by t <t@e> on \\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ: add \ufffd\\[31mclient REDACTED\\n`));
    expect(run.out).toContain(`    fingerprint: ${sha}:a.ts:${TEST_RULE_ID}:1\n`);
  });

  test('run from a subfolder: the configuration at the repository top is found', async () => {
    const repo = newRepo('cli-sub-');
    commitFiles(repo, { 'config/gitleaks.toml': TEST_CONFIG, 'pkg/a.ts': `${PREFIX}${TOKEN_A}";\n` }, 'init');
    const run = await cli(join(repo, 'pkg'), ['--scan', 'files']);
    expect(run.code).toBe(1);
    expect(run.out).toMatch(/rules: .*config\/gitleaks\.toml; /);
  });

  test('GITLEAKS_CONFIG_TOML from the environment; --baseline-path with a report this command wrote', async () => {
    const ws = tempTree({ 'a.ts': `${PREFIX}${TOKEN_A}";\n` });
    const env = { GITLEAKS_CONFIG_TOML: TEST_CONFIG };
    mkdirSync(join(ws, 'reports'));
    const first = await cli(ws, ['--report-path', 'reports/known.json'], env);
    expect(first.code).toBe(1);
    expect(first.out).toMatch(/rules: GITLEAKS_CONFIG_TOML; /);
    writeFileSync(join(ws, 'b.ts'), `${PREFIX}${TOKEN_B}";\n`);
    const second = await cli(ws, ['--baseline-path', 'reports/known.json'], env);
    expect(second.out).toContain('b.ts (1 finding)');
    expect(second.out).not.toContain('a.ts (1 finding)');
    expect(second.out).toMatch(/✖ 1 secret in .*1 baseline/);
  });
});
