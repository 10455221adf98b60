// The bundled ops-controls action (dist/ops-controls) run as the runner runs it, over git
// repositories built here: a compliant one, one that breaks the controls, and this repository.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ALL_CHECKS } from '@mcp-secrets/controls';
import { findLeaks } from '../helpers/leaks';
import { REPO_ROOT, runBundledAction, type ActionRun } from '../helpers/runner';
import {
  BUNDLE,
  PLANTED,
  ageKey,
  commitFiles,
  compliantFiles,
  encryptedBundle,
  failingRepo,
  newRepo,
  readReport,
  removeRepo,
  schemaErrors,
  withPlaintextLeaf,
  type AgeKey,
} from '../fixtures/ops/repos';

const annotations = (run: ActionRun, level: 'error' | 'warning' | 'notice') => run.main.commands.filter((c) => c.command === level);
const statuses = (path: string): Record<string, string> => Object.fromEntries(readReport(path).checks.map((c) => [c.id, c.status]));

let key: AgeKey;
let compliant: string;
let failing: string;

beforeAll(async () => {
  key = await ageKey();
  compliant = newRepo('ops-compliant-');
  commitFiles(compliant, compliantFiles(key, await encryptedBundle(key, '3')), 'init');
  failing = await failingRepo(key);
});
afterAll(() => {
  removeRepo(compliant);
  removeRepo(failing);
});

describe('ops-controls (bundled dist, child process)', () => {
  test('a compliant repository: every check passes or skips with its reason; step green', async () => {
    const run = await runBundledAction('ops-controls', { workspace: compliant });
    expect(run.main.stderr).toBe('');
    expect(run.main.exitCode).toBe(0);
    const reportPath = join(compliant, 'ops-controls-report.json');
    const report = readReport(reportPath);
    expect(schemaErrors(report)).toEqual([]);
    expect(report.checks.map((c) => c.id)).toEqual(ALL_CHECKS.map((c) => c.id));
    for (const check of report.checks) {
      expect({ id: check.id, status: check.status }).toEqual({ id: check.id, status: check.status === 'skip' ? 'skip' : 'pass' });
      expect(check.details.length).toBeGreaterThan(10);
    }
    expect(statuses(reportPath)).toMatchObject({ 'unused-secrets': 'skip', 'vault-approle': 'skip', 'vault-policies-minimal': 'skip' });
    expect(report.checks.find((c) => c.id === 'vault-approle')?.details).toMatch(/Vault is not configured/);
    expect(report).toMatchObject({ schema: 1, tool: { name: 'mcp-secrets ops-controls' }, repository: expect.stringMatching(/^ops-compliant-/) });
    expect(report.commit).toMatch(/^[0-9a-f]{40}$/);
    expect(run.main.outputs).toEqual({ passed: String(report.summary.pass), failed: '0', warned: '0', skipped: String(report.summary.skip), 'report-path': reportPath });
    expect(annotations(run, 'error')).toEqual([]);
    // Off a runner the artifact is not uploaded, and the log says so.
    expect([...annotations(run, 'notice'), ...annotations(run, 'warning')].map((c) => c.message)).toEqual([
      expect.stringMatching(/^Artifact 'ops-controls-report' not uploaded: /),
    ]);
    expect(run.main.summary).toContain('✅ **Passed** (fail-on: fail)');
    for (const check of ALL_CHECKS) expect(run.main.summary).toContain(`<code>${check.id}</code>`);
  });

  test('a repository breaking the controls: statuses, evidence lines, annotations, failure; no secret printed', async () => {
    const run = await runBundledAction('ops-controls', {
      workspace: failing,
      inputs: { 'sops-age-key': key.identity },
      env: { GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'org/failing', GITHUB_SHA: 'c0ffee'.padEnd(40, '0') },
    });
    expect(run.main.exitCode).toBe(1);
    const reportPath = join(failing, 'ops-controls-report.json');
    const report = readReport(reportPath);
    expect(schemaErrors(report)).toEqual([]);
    expect(report).toMatchObject({ repository: 'org/failing', commit: 'c0ffee'.padEnd(40, '0') });
    expect(statuses(reportPath)).toMatchObject({
      'workflow-permissions': 'fail',
      'actions-pinned': 'fail',
      'secrets-version': 'fail',
      'env-files-ignored': 'fail',
      'no-private-keys-tracked': 'fail',
      'sops-bundle-encrypted': 'pass',
      'dependency-updates': 'warn',
    });
    const check = (id: string) => report.checks.find((c) => c.id === id);
    expect(check('actions-pinned')?.evidence[0]).toEqual({ file: '.github/workflows/build.yml', line: 7 });
    expect(check('no-private-keys-tracked')?.evidence[0]).toEqual({ file: 'notes/recovery.txt', line: 2 });
    expect(check('secrets-version')).toMatchObject({ details: expect.stringMatching(/went down from 5 .* to 4/), evidence: [{ file: BUNDLE, line: 1 }] });
    expect(check('env-files-ignored')?.evidence[0]).toEqual({ file: '.env', line: null });
    expect(check('actions-pinned')?.remediation).toMatch(/full 40-character commit SHA/);

    const errors = annotations(run, 'error');
    const at = (id: string) => errors.find((c) => c.properties.title === `ops-controls: ${id}`)?.properties;
    expect(at('actions-pinned')).toMatchObject({ file: '.github/workflows/build.yml', line: '7' });
    expect(at('no-private-keys-tracked')).toMatchObject({ file: 'notes/recovery.txt', line: '2' });
    expect(at('secrets-version')).toMatchObject({ file: BUNDLE, line: '1' });
    expect(annotations(run, 'warning').map((c) => c.properties.title)).toEqual(
      expect.arrayContaining(['ops-controls: dependency-updates', 'ops-controls: security-policy']),
    );
    // GitHub keeps 10 error annotations per step: 9 checks plus the step's own failure.
    expect(errors.length).toBeLessThanOrEqual(10);
    expect(errors.at(-1)).toMatchObject({ properties: { title: 'ops-controls failed' }, message: expect.stringMatching(/\d+ failed, .*\(fail-on: fail\)/) });
    // Ten failing checks: the one left out is named in a notice and the summary.
    expect(report.summary.fail).toBe(10);
    expect(annotations(run, 'notice').map((c) => c.message)).toContainEqual('1 more failing or warning check not annotated (GitHub\'s limit); see the job summary.');

    expect(run.main.summary).toContain('[<code>.github/workflows/build.yml:7</code>](https://github.com/org/failing/blob/c0ffee');
    expect(run.main.outputs).toMatchObject({ failed: String(report.summary.fail), warned: String(report.summary.warn) });
    // The age identity is registered with the masker and appears nowhere else, nor do the bundle's values.
    expect(run.main.masks).toEqual(expect.arrayContaining([key.identity, PLANTED.apiToken]));
    expect(findLeaks(run, [key.identity, PLANTED.apiToken])).toEqual([]);
    expect(readFileSync(reportPath, 'utf8')).not.toContain(key.identity);
    expect(readFileSync(reportPath, 'utf8')).not.toContain(PLANTED.apiToken);
  });

  test('a plaintext value in the bundle fails sops-bundle-encrypted at its line and is never printed', async () => {
    const dir = newRepo('ops-plaintext-');
    try {
      commitFiles(dir, compliantFiles(key, await encryptedBundle(key, '3')), 'init');
      writeFileSync(join(dir, BUNDLE), withPlaintextLeaf(readFileSync(join(dir, BUNDLE), 'utf8')));
      const run = await runBundledAction('ops-controls', { workspace: dir, inputs: { checks: 'sops-bundle-encrypted' } });
      expect(run.main.exitCode).toBe(1);
      const reportText = readFileSync(join(dir, 'ops-controls-report.json'), 'utf8');
      const report = JSON.parse(reportText) as ReturnType<typeof readReport>;
      expect(report.checks).toEqual([expect.objectContaining({ id: 'sops-bundle-encrypted', status: 'fail' })]);
      expect(report.checks[0].evidence).toContainEqual({ file: BUNDLE, line: 2 });
      expect(report.checks[0].details).toContain('LEAKED_TOKEN');
      expect(annotations(run, 'error')[0].properties).toMatchObject({ title: 'ops-controls: sops-bundle-encrypted', file: BUNDLE, line: '2' });
      expect(reportText).not.toContain(PLANTED.plaintextLeaf);
      expect(findLeaks(run, [PLANTED.plaintextLeaf, PLANTED.apiToken])).toEqual([]);
    } finally {
      removeRepo(dir);
    }
  });

  test.each([
    ['fail', 0],
    ['warn', 1],
    ['never', 0],
  ])('fail-on %s with a warning check exits %d', async (failOn, exitCode) => {
    const run = await runBundledAction('ops-controls', {
      workspace: failing,
      inputs: { 'fail-on': failOn, checks: 'security-policy, dependency-updates', output: join(mkdtempSync(join(tmpdir(), 'ops-out-')), 'r.json') },
    });
    expect(run.main.outputs).toMatchObject({ passed: '0', warned: '2', failed: '0' });
    expect(run.main.exitCode).toBe(exitCode);
  });

  test('fail-on never keeps a failing report green', async () => {
    const output = join(mkdtempSync(join(tmpdir(), 'ops-out-')), 'report.json');
    const run = await runBundledAction('ops-controls', { workspace: failing, inputs: { 'fail-on': 'never', output, 'upload-artifact': 'false' } });
    expect(run.main.exitCode).toBe(0);
    expect(Number(run.main.outputs.failed)).toBeGreaterThan(0);
    expect(run.main.outputs['report-path']).toBe(output);
    expect(run.main.summary).toContain('⚠️ **Passed with findings** (fail-on: never)');
    expect(run.main.stdout).not.toContain('not uploaded');
  });

  test('an unknown check id stops the step naming it and the valid ids; no report is written', async () => {
    const dir = newRepo('ops-unknown-');
    try {
      const run = await runBundledAction('ops-controls', { workspace: dir, inputs: { checks: 'actions-pinned\nno-such-check' } });
      expect(run.main.exitCode).toBe(1);
      const [error] = annotations(run, 'error');
      expect(error.properties.title).toBe('ops-controls: configuration error');
      expect(error.message).toContain("input 'checks': unknown check id 'no-such-check'");
      expect(error.message).toContain(`valid ids: ${ALL_CHECKS.map((c) => c.id).join(', ')}`);
      expect(existsSync(join(dir, 'ops-controls-report.json'))).toBe(false);
      expect(run.main.outputs).toEqual({});
    } finally {
      removeRepo(dir);
    }
  });

  test('the README lists every check of the catalogue', () => {
    const readme = readFileSync(join(REPO_ROOT, 'ops-controls', 'README.md'), 'utf8');
    const listed = [...readme.matchAll(/^\| `([a-z-]+)` \| .* \| (?:critical|high|medium|low) \|$/gm)].map((match) => match[1]);
    expect(listed).toEqual(ALL_CHECKS.map((c) => c.id));
  });

  test('runs on this repository without crashing (the report goes to a temp folder)', async () => {
    const output = join(mkdtempSync(join(tmpdir(), 'ops-self-')), 'ops-controls-report.json');
    const run = await runBundledAction('ops-controls', { workspace: REPO_ROOT, inputs: { output, 'upload-artifact': 'false' } });
    expect(run.main.stderr).toBe('');
    expect([0, 1]).toContain(run.main.exitCode);
    const report = readReport(output);
    expect(schemaErrors(report)).toEqual([]);
    expect(report.checks).toHaveLength(ALL_CHECKS.length);
    expect(report.checks.filter((c) => c.details.startsWith('the check could not complete'))).toEqual([]);
    rmSync(output, { force: true });
  });
});
