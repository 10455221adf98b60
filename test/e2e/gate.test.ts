// The bundled security gate (dist/gate, the root action.yml) run as the runner runs it, over small
// git repositories: all parts passing, one failing, a configuration error in one part, prefixed
// inputs, the combined summary and GitHub's per-step annotation limits.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { findLeaks } from '../helpers/leaks';
import { runBundledAction, type StepRun, type WorkflowCommand } from '../helpers/runner';
import { awsKeyId, prng } from '../fixtures/audit/planted';
import { ageKey, commitFiles, compliantFiles, encryptedBundle, newRepo, removeRepo, type AgeKey } from '../fixtures/ops/repos';

const GATE = '.';
const next = prng(7302);
const KEYS = Array.from({ length: 12 }, () => awsKeyId(next));
// Two jobs: a single job's top-level grant is zizmor-pedantic (unneeded-permissions, a warning).
const WRITE_ALL = (name: string): string =>
  `name: ${name}\non: [push]\npermissions: write-all\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${name}\n` +
  `  test:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${name} test\n`;

const annotations = (step: StepRun, level: 'error' | 'warning' | 'notice'): WorkflowCommand[] => step.commands.filter((c) => c.command === level);

let key: AgeKey;
let compliant: Record<string, string>;
const repos: string[] = [];

/** A committed repository: the compliant fixture plus `extra` files. */
function repoWith(extra: Record<string, string> = {}): string {
  const dir = newRepo('gate-e2e-');
  repos.push(dir);
  commitFiles(dir, { ...compliant, ...extra }, 'init');
  return dir;
}

beforeAll(async () => {
  key = await ageKey();
  compliant = compliantFiles(key, await encryptedBundle(key, '3'));
});
afterAll(() => repos.forEach(removeRepo));

describe('security gate (bundled dist/gate, child process)', () => {
  test('all parts pass: exit 0, outputs of every part under its prefix, one summary with totals on top', async () => {
    const workspace = repoWith();
    const { main } = await runBundledAction(GATE, { workspace });
    expect(main.stderr).toBe('');
    expect(main.exitCode).toBe(0);
    expect(main.outputs).toMatchObject({
      result: 'pass',
      'failed-parts': '',
      'audit-findings': '0',
      'audit-report-path': join(workspace, 'gitleaks-report.json'),
      'workflows-errors': '0',
      'workflows-warnings': '0',
      'controls-failed': '0',
      'controls-report-path': join(workspace, 'ops-controls-report.json'),
    });
    expect(Number(main.outputs['controls-passed'])).toBeGreaterThan(10);
    expect(annotations(main, 'error')).toEqual([]);
    expect(annotations(main, 'warning')).toEqual([]);
    const summary = main.summary;
    expect(summary.startsWith('## Security gate\n')).toBe(true);
    expect(summary).toContain('✅ **Passed**: all 3 parts passed');
    const order = ['## Security gate', '## Secrets audit', '## Workflow permission check', '## Ops controls'].map((h) => summary.indexOf(h));
    expect(order.every((at, i) => at >= 0 && (i === 0 || at > (order[i - 1] ?? 0)))).toBe(true);
    for (const file of ['gitleaks-report.json', 'gitleaks-report.sarif', 'workflow-permission-check.sarif', 'ops-controls-report.json']) {
      expect(existsSync(join(workspace, file))).toBe(true);
    }
  });

  test('one part failing fails the step; the others still run; the secret never shows', async () => {
    const planted = KEYS[0] ?? '';
    const workspace = repoWith({ 'deploy/settings.ini': `[aws]\naccess_key_id = ${planted}\n` });
    const run = await runBundledAction(GATE, { workspace });
    const { main } = run;
    expect(main.exitCode).toBe(1);
    expect(main.outputs).toMatchObject({ result: 'fail', 'failed-parts': 'audit', 'audit-findings': '1', 'workflows-errors': '0', 'controls-failed': '0' });
    const errors = annotations(main, 'error');
    expect(errors[0]?.properties).toMatchObject({ title: expect.stringMatching(/^audit: /), file: 'deploy/settings.ini', line: '2' });
    // The step's own failure message comes last and names the failing part.
    expect(errors[errors.length - 1]?.message).toBe('security gate failed: audit: 1 secret found');
    expect(main.summary).toContain('❌ **Failed**: 1 of 3 parts failed');
    expect(main.masks).toContain(planted);
    expect(findLeaks(run, [planted])).toEqual([]);
  });

  test('a configuration error in one part names its prefixed input; the other parts run and are summarised', async () => {
    const workspace = repoWith();
    const { main } = await runBundledAction(GATE, { workspace, inputs: { 'controls-fail-on': 'sometimes' } });
    expect(main.exitCode).toBe(1);
    const errors = annotations(main, 'error');
    expect(errors[0]).toMatchObject({
      properties: { title: 'ops-controls: configuration error' },
      message: "input 'controls-fail-on': unknown value 'sometimes' (use one of: fail, warn, never)",
    });
    expect(errors[errors.length - 1]?.message).toBe("security gate failed: ops-controls: input 'controls-fail-on': unknown value 'sometimes' (use one of: fail, warn, never)");
    expect(main.outputs).toMatchObject({ result: 'fail', 'failed-parts': 'ops-controls', 'audit-findings': '0', 'workflows-errors': '0' });
    expect(main.outputs['controls-failed']).toBeUndefined();
    expect(existsSync(join(workspace, 'ops-controls-report.json'))).toBe(false);
    expect(main.summary).toContain('| ❌ error | configuration error |');
    expect(main.summary).toContain('## Secrets audit');
    expect(main.summary).toContain('## Ops controls\n\n❌ **Configuration error**: input &#39;controls-fail-on&#39;');
  });

  test('prefixed inputs reach their own part only', async () => {
    const workspace = repoWith({ '.github/workflows/open.yml': WRITE_ALL('open') });
    const { main } = await runBundledAction(GATE, {
      workspace,
      inputs: {
        'audit-report-path': 'out/leaks.json',
        'audit-sarif-path': '',
        'workflows-fail-on': 'never',
        'controls-checks': 'security-policy,codeowners-secrets',
        'controls-output': 'out/controls.json',
      },
    });
    expect(main.stderr).toBe('');
    expect(main.exitCode).toBe(0);
    expect(main.outputs).toMatchObject({
      result: 'warn',
      'audit-report-path': join(workspace, 'out/leaks.json'),
      'audit-sarif-path': '',
      'workflows-errors': '1',
      'controls-passed': '2',
      'controls-report-path': join(workspace, 'out/controls.json'),
    });
    expect(existsSync(join(workspace, 'gitleaks-report.sarif'))).toBe(false);
    expect(existsSync(join(workspace, 'out/controls.json'))).toBe(true);
    // fail-on: never turns the workflow error into a warning verdict, not a step failure.
    expect(main.summary).toContain('⚠️ **Passed with warnings**');
  });

  test('audit-jobs reaches the audit: its scan workers run the bundle the gate runs from', async () => {
    // More small files than one batch holds (256), so the scan has work for a second thread.
    const files = Object.fromEntries(Array.from({ length: 600 }, (_, i) => [`src/m${i}.ts`, `export const n${i} = ${i};\n`]));
    const { main } = await runBundledAction(GATE, { workspace: repoWith(files), inputs: { 'audit-jobs': '2', 'workflows-fail-on': 'never' } });
    expect(main.stderr).toBe('');
    expect(main.outputs['audit-findings']).toBe('0');
    expect(main.commands).toContainEqual(expect.objectContaining({ command: 'debug', message: 'Scanned on 2 threads' }));
  });

  test('annotations of the three parts together stay within 10 errors and 10 warnings per step', async () => {
    const workflows = Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`.github/workflows/open-${i}.yml`, WRITE_ALL(`open${i}`)]));
    const secrets = Object.fromEntries(KEYS.map((k, i) => [`deploy/key-${i}.ini`, `[aws]\naccess_key_id = ${k}\n`]));
    const run = await runBundledAction(GATE, { workspace: repoWith({ ...workflows, ...secrets }) });
    const { main } = run;
    expect(main.exitCode).toBe(1);
    const errors = annotations(main, 'error');
    expect(errors).toHaveLength(10);
    expect(annotations(main, 'warning').length).toBeLessThanOrEqual(10);
    expect(annotations(main, 'notice').length).toBeLessThanOrEqual(10);
    // Every failing part got its share of the slots; the last one is the step's failure message.
    const titles = errors.slice(0, -1).map((e) => e.properties.title ?? '');
    expect(titles.some((t) => t.startsWith('audit: '))).toBe(true);
    expect(titles.some((t) => t.startsWith('workflow-permission-check'))).toBe(true);
    expect(titles.some((t) => t.startsWith('ops-controls'))).toBe(true);
    expect(errors[9]?.message).toMatch(/^security gate failed: audit: 12 secrets found; workflow-permission-check: 12 errors/);
    expect(main.summary).toMatch(/\d+ more annotations left out/);
    expect(findLeaks(run, KEYS)).toEqual([]);
  });
});
