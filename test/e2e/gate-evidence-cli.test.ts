// `mcp-secrets evidence` from the bundled CLI (dist/cli/index.js) in a child process: the runbooks'
// evidence folder written in one go, task ids validated, nothing written on a usage error.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCliBundle } from '../helpers/cli';
import { REPO_ROOT } from '../helpers/runner';
import { awsKeyId, prng } from '../fixtures/audit/planted';
import { ageKey, commitFiles, compliantFiles, encryptedBundle, newRepo, removeRepo } from '../fixtures/ops/repos';

const cli = async (cwd: string, args: string[], env: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> => {
  const run = await runCliBundle(cwd, args, env);
  return { code: run.exitCode, stdout: run.stdout, stderr: run.stderr };
};const TASK = 'TASK-OPS-302';
const CI_ENV = { GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'org/app', GITHUB_RUN_ID: '98765', GITHUB_SHA: 'b'.repeat(40) };


const repos: string[] = [];
let compliant: Record<string, string>;

function repoWith(extra: Record<string, string> = {}): string {
  const dir = newRepo('evidence-e2e-');
  repos.push(dir);
  commitFiles(dir, { ...compliant, ...extra }, 'init');
  return dir;
}

beforeAll(async () => {
  const key = await ageKey();
  compliant = compliantFiles(key, await encryptedBundle(key, '3'));
});
afterAll(() => repos.forEach(removeRepo));

describe('mcp-secrets evidence (bundled CLI)', () => {
  test('in Actions: both reports and the filled checklist with the commit and the run URL; exit 0', async () => {
    const repo = repoWith();
    const run = await cli(repo, ['evidence', '--task', TASK], CI_ENV);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const folder = join(repo, 'docs', 'evidence', TASK);
    expect(readdirSync(folder).sort()).toEqual(['gitleaks-report.json', 'ops-controls-report.json', 'runbooks-activation.md']);
    // Nothing else left beside it (no staging folder).
    expect(readdirSync(join(repo, 'docs', 'evidence'))).toEqual([TASK]);
    expect(JSON.parse(readFileSync(join(folder, 'gitleaks-report.json'), 'utf8'))).toEqual([]);
    const controls = JSON.parse(readFileSync(join(folder, 'ops-controls-report.json'), 'utf8')) as { commit: string; summary: { fail: number } };
    expect(controls).toMatchObject({ commit: 'b'.repeat(40), summary: { fail: 0 } });
    const checklist = readFileSync(join(folder, 'runbooks-activation.md'), 'utf8');
    expect(checklist).toContain(`# Runbooks activation: ${TASK}`);
    expect(checklist).toContain(`| Commit | \`${'b'.repeat(40)}\` |`);
    expect(checklist).toContain('https://github.com/org/app/actions/runs/98765');
    expect(checklist).toMatch(/\| Started \| \d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ \|/);
    expect(checklist).toContain('- [x] `workflow-permissions`');
    // Not a terminal: plain text, and the last line is the one-line verdict.
    expect(run.stdout).not.toMatch(/\u001b\[/);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe(`Wrote docs/evidence/${TASK}/:`);
    expect(lines[lines.length - 1]).toBe(`✔ No findings in the evidence for docs/evidence/${TASK}`);
  });

  test('a leaked secret: evidence written all the same, marked failed, exit 1; the secret is in no file or output', async () => {
    const planted = awsKeyId(prng(302));
    const repo = repoWith({ 'deploy/settings.ini': `[aws]\naccess_key_id = ${planted}\n` });
    const run = await cli(repo, ['evidence', '--task', TASK, '--output', 'audit-trail', '--format', 'json']);
    expect(run.code).toBe(1);
    const result = JSON.parse(run.stdout) as Record<string, unknown>;
    expect(result).toMatchObject({ task: TASK, folder: `audit-trail/${TASK}`, result: 'fail', runUrl: null, audit: { verdict: 'fail', findings: 1 } });
    const folder = join(repo, 'audit-trail', TASK);
    const checklist = readFileSync(join(folder, 'runbooks-activation.md'), 'utf8');
    expect(checklist).toContain('| Result | ❌ failed |');
    expect(checklist).toContain('- [ ] Secrets audit of the working tree with config/gitleaks.toml: 1 secret found');
    expect(checklist).toContain('| CI run | none: run outside GitHub Actions |');
    for (const file of readdirSync(folder)) expect({ file, leaked: readFileSync(join(folder, file), 'utf8').includes(planted) }).toEqual({ file, leaked: false });
    expect(run.stdout + run.stderr).not.toContain(planted);
  });

  test.each([
    [['--task', '../../outside'], "--task: '../../outside' is not a task id"],
    [['--task', 'TASK/OPS'], "--task: 'TASK/OPS' is not a task id"],
    [[], "--task: a task id is required"],
    [['--task', TASK, '--format', 'sarif'], "--format: unknown format 'sarif'"],
  ])('usage error %j: exit 2, the reason, nothing written', async (args, message) => {
    const repo = repoWith();
    const run = await cli(repo, ['evidence', ...args]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(`mcp-secrets evidence: ${message}`);
    expect(existsSync(join(repo, 'docs'))).toBe(false);
    expect(existsSync(join(repo, '..', 'outside'))).toBe(false);
  });

  test('--help lists its options', async () => {
    const run = await cli(REPO_ROOT, ['evidence', '--help']);
    expect(run.code).toBe(0);
    for (const option of ['--task', '--output', '--format', '--verbose']) expect(run.stdout).toContain(option);
  });
});
