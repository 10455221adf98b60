// `mcp-secrets ops-controls` from the bundled CLI (dist/cli/index.js) in a child process.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ALL_CHECKS } from '@mcp-secrets/controls';
import { runCliBundle } from '../helpers/cli';
import { PLANTED, ageKey, commitFiles, compliantFiles, encryptedBundle, failingRepo, newRepo, removeRepo, schemaErrors, type AgeKey } from '../fixtures/ops/repos';

const cli = async (cwd: string, args: string[], env: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> => {
  const run = await runCliBundle(cwd, ['ops-controls', ...args], env);
  return { code: run.exitCode, stdout: run.stdout, stderr: run.stderr };
};

let key: AgeKey;
let compliant: string;
let failing: string;

beforeAll(async () => {
  key = await ageKey();
  compliant = newRepo('ops-cli-ok-');
  commitFiles(compliant, compliantFiles(key, await encryptedBundle(key, '3')), 'init');
  failing = await failingRepo(key);
});
afterAll(() => {
  removeRepo(compliant);
  removeRepo(failing);
});

describe('mcp-secrets ops-controls (bundled CLI)', () => {
  test('text: a row per check, evidence and fix under failures, the verdict; no colour off a TTY; exit 1', async () => {
    const { code, stdout, stderr } = await cli(failing, ['--output', 'docs/evidence/TASK-OPS-302/ops-controls-report.json'], { SOPS_AGE_KEY: key.identity });
    expect(stderr).toBe('');
    expect(code).toBe(1);
    expect(stdout).not.toContain('\u001b[');
    expect(stdout.split('\n')[0]).toMatch(/^STATUS\s+CHECK\s+DETAILS$/);
    for (const check of ALL_CHECKS) expect(stdout).toMatch(new RegExp(`^[✔✖⚠-] (pass|fail|warn|skip)\\s+${check.id}\\s`, 'm'));
    expect(stdout).toMatch(/^✖ fail\s+actions-pinned\s+.*\n\s+↳ \.github\/workflows\/build\.yml:7\n\s+fix: Pin every/m);
    expect(stdout).toMatch(/^✖ fail\s+secrets-version\s+MCP_SECRETS_VERSION went down from 5/m);
    expect(stdout).toMatch(/✖ Failed: \d+ passed, 10 failed, 2 warned, \d+ skipped \(fail-on: fail\); report in docs\/evidence\/TASK-OPS-302\/ops-controls-report\.json\n$/);
    const report = JSON.parse(readFileSync(join(failing, 'docs/evidence/TASK-OPS-302/ops-controls-report.json'), 'utf8'));
    expect(report.summary.fail).toBe(10);
    expect(stdout).not.toContain(key.identity);
    expect(stdout).not.toContain(PLANTED.apiToken);
  });

  test('a compliant repository exits 0', async () => {
    const { code, stdout } = await cli(compliant, ['--output', 'out/report.json']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/✔ Passed: \d+ passed, 0 failed, 0 warned, \d+ skipped/);
    expect(existsSync(join(compliant, 'out/report.json'))).toBe(true);
  });

  test('--format json prints the report; --fail-on never exits 0', async () => {
    const { code, stdout } = await cli(failing, ['--format', 'json', '--fail-on', 'never', '--checks', 'actions-pinned,security-policy', '--output', 'out/r.json']);
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(schemaErrors(report)).toEqual([]);
    expect(report).toMatchObject({ schema: 1, summary: { pass: 0, fail: 1, warn: 1, skip: 0 } });
    expect(report.checks.map((c: { id: string }) => c.id)).toEqual(['actions-pinned', 'security-policy']);
  });

  test.each([
    [['--checks', 'actions-pinned,nope'], /--checks: unknown check id 'nope' \(valid ids: workflow-permissions,/],
    [['--fail-on', 'sometimes'], /--fail-on: unknown value 'sometimes'/],
    [['--format', 'sarif'], /unknown format 'sarif'/],
    [['--vault-token', 'x'], /unknown option '--vault-token'/],
    [['--secrets-inventory', 'nope.txt'], /--secrets-inventory: 'nope\.txt' does not exist/],
    [['--secrets-inventory', '.github/dependabot.yml'], /dependabot\.yml:1: not a secret name/],
  ])('%j is a usage or configuration error: exit 2, nothing written', async (args, message) => {
    const { code, stderr } = await cli(compliant, [...args, '--output', 'never/report.json']);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
    expect(existsSync(join(compliant, 'never'))).toBe(false);
  });
});
