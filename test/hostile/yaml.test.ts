// Attacks through YAML that a pull request controls: alias bombs, merge-key bombs, deep nesting,
// huge workflows and quadratic keys, in the SOPS bundle, the workflows and `.github/mcp-secrets.yml`.
// Each bundled step must end in bounded time (the test's timeout) and memory (a 512 MB heap, where
// these inputs took 1.7 to 4.5 GB), with a clear error naming the file and line, and no secret printed.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { findLeaks } from '../helpers/leaks';
import { runBundledAction, type ActionRun, type StepRun, type WorkflowCommand } from '../helpers/runner';
import { ageKey, BUNDLE, compliantFiles, encryptedBundle, PLANTED, readReport, type AgeKey } from '../fixtures/ops/repos';
import { commitFiles, newRepo, removeTempDirs, tempTree } from '../support/temp-repo';
import {
  aliasBombWorkflow,
  chainedWorkflows,
  deepWorkflow,
  manyFindingsWorkflow,
  manyKeys,
  mergeBombWorkflow,
  unclosedExpressionsWorkflow,
  unclosedIndexWorkflow,
  withAliasBomb,
} from './yaml-inputs';

jest.setTimeout(180_000);
afterAll(removeTempDirs);

/** Far below what the attacks took; a normal run of any step needs under 100 MB. */
const BOUNDED_HEAP = { NODE_OPTIONS: '--max-old-space-size=512' };
const WF = '.github/workflows';
const CHECK = 'workflow-permission-check';

const errorsOf = (step: StepRun): WorkflowCommand[] => step.commands.filter((c) => c.command === 'error');

/** The line of `text` (1-based) holds the alias the message names: the refusal points at the alias that crossed the limit. */
function expectAliasAt(text: string, line: number | string | undefined, message: string): void {
  const alias = /alias (\*\w+)/.exec(message)?.[1];
  expect(alias).toBeDefined();
  expect(text.split('\n')[Number(line) - 1]).toContain(`${alias}`);
}

let key: AgeKey;
let bundle: string;
beforeAll(async () => {
  key = await ageKey();
  bundle = await encryptedBundle(key, '3');
});

function runCheck(files: Record<string, string>, inputs: Record<string, string> = {}): Promise<ActionRun> {
  return runBundledAction(CHECK, { workspace: tempTree(files, 'hostile-yaml-'), inputs, env: BOUNDED_HEAP });
}

describe('sync (bundled dist)', () => {
  test('an alias bomb before the sops block of config/secrets.enc.yaml: refused at its line, exit 1, nothing exported, no secret printed', async () => {
    const text = withAliasBomb(bundle);
    const workspace = tempTree({ [BUNDLE]: text }, 'hostile-sync-');
    const run = await runBundledAction('sync', { workspace, env: { ...BOUNDED_HEAP, SOPS_AGE_KEY: key.identity } });
    expect(run.main.exitCode).toBe(1);
    const [error] = errorsOf(run.main);
    const where = new RegExp(`${BUNDLE.replace(/\./g, '\\.')}:(\\d+): YAML refused: alias \\*a\\d expands the document past \\d+ nodes`);
    expect(error?.message).toMatch(where);
    expectAliasAt(text, where.exec(error?.message ?? '')?.[1], error?.message ?? '');
    expect(run.main.env).toEqual({});
    expect(findLeaks(run, [PLANTED.apiToken, key.identity])).toEqual([]);
  });

  // yaml's own duplicate-key check compares each key with every earlier one: about two minutes of CPU here.
  test('a bundle of 150,000 plaintext keys is read in linear time, then refused for its first plaintext value', async () => {
    const workspace = tempTree({ [BUNDLE]: `${manyKeys(150_000)}${bundle}` }, 'hostile-sync-');
    const run = await runBundledAction('sync', { workspace, env: { ...BOUNDED_HEAP, SOPS_AGE_KEY: key.identity } });
    expect(run.main.exitCode).toBe(1);
    expect(errorsOf(run.main)[0]?.message).toMatch(/^config\/secrets\.enc\.yaml:1: the value at "k0:" is not an ENC\[\.\.\.\] value/);
    expect(findLeaks(run, [PLANTED.apiToken, key.identity])).toEqual([]);
  }, 60_000);
});

describe('workflow-permission-check (bundled dist)', () => {
  test.each([
    ['an alias bomb', aliasBombWorkflow(), /YAML refused: alias \*a\d expands the document past \d+ nodes/],
    ['a merge-key (<<) bomb', mergeBombWorkflow(), /YAML refused: alias \*m\d expands the document past \d+ nodes/],
    ['5,000 nested lists', deepWorkflow(5000), /YAML refused: collections nested deeper than 128 levels/],
  ])('%s in a workflow is one parse-error finding at its line; the step ends with exit 1', async (_, text, message) => {
    const run = await runCheck({ [`${WF}/hostile.yml`]: text });
    expect(run.main.stderr).toBe('');
    expect(run.main.exitCode).toBe(1);
    const [finding] = errorsOf(run.main).filter((c) => c.properties.title === 'parse-error');
    expect(finding?.properties.file).toBe(`${WF}/hostile.yml`);
    expect(finding?.message).toMatch(message);
    if (finding?.message.includes('alias')) expectAliasAt(text, finding.properties.line, finding.message);
    expect(run.main.outputs).toMatchObject({ findings: '1', errors: '1' });
  });

  test('a 6 MB workflow is refused, named with its size, and the SARIF log stays small', async () => {
    const run = await runCheck({ [`${WF}/huge.yml`]: manyFindingsWorkflow(100_000), [`${WF}/clean.yml`]: 'on: push\npermissions: {}\njobs: {}\n' });
    expect(run.main.exitCode).toBe(1);
    const [finding] = errorsOf(run.main).filter((c) => c.properties.title === 'parse-error');
    expect(finding?.properties).toMatchObject({ file: `${WF}/huge.yml`, line: '1' });
    expect(finding?.message).toMatch(/^not checked: the file is larger than 1 MiB, the most GitHub accepts for a workflow/);
    expect(run.main.outputs).toMatchObject({ findings: '1', errors: '1' });
    expect(statSync(run.main.outputs['sarif-path']).size).toBeLessThan(100_000);
  });

  test('10,000 findings of one rule in one file: the first 100 are listed, then a note with how many were left out; SARIF, summary and annotations stay small', async () => {
    const run = await runCheck({ [`${WF}/noisy.yml`]: manyFindingsWorkflow(10_000) });
    expect(run.main.exitCode).toBe(1);
    expect(run.main.outputs).toMatchObject({ findings: '101', errors: '101' });
    const sarif = readFileSync(run.main.outputs['sarif-path'], 'utf8');
    expect(sarif.length).toBeLessThan(1_000_000);
    expect(sarif).toContain('9900 more template-injection findings in this file are not listed');
    expect(run.main.summary.length).toBeLessThan(1024 * 1024);
    expect(errorsOf(run.main).length).toBeLessThanOrEqual(10);
  });

  // Both under 1 MiB: the expression scanner and the context matcher rescanned to the end from each
  // opening (a minute and more; about a second now, so 30 s leaves a wide margin).
  // Each is one error of the expression structure check (GitHub refuses both workflows): an
  // unclosed ${{, and an expression that ends inside an index.
  test.each([
    ['250,000 unclosed ${{ in one run:', unclosedExpressionsWorkflow()],
    ['an expression of 140,000 unclosed github[ indexes', unclosedIndexWorkflow()],
  ])('a workflow with %s is checked in linear time', async (_, text) => {
    expect(text.length).toBeLessThan(1024 * 1024);
    const run = await runCheck({ [`${WF}/expressions.yml`]: text });
    expect(run.main.stderr).toBe('');
    expect(run.main.exitCode).toBe(1);
    expect(run.main.outputs).toMatchObject({ errors: '1' });
    expect(errorsOf(run.main).map((c) => c.properties.title)).toEqual([expect.stringMatching(/^expression\b/), 'workflow-permission-check failed']);
  }, 30_000);

  test('nine small workflows, each with ten jobs calling the next: every job is walked once, not once per path (10^8)', async () => {
    const run = await runCheck(chainedWorkflows());
    expect(run.main.stderr).toBe('');
    expect(run.main.exitCode).toBe(0);
    // Each of the 9 files and each of their 90 jobs has no permissions: block: one warning each.
    expect(run.main.outputs).toMatchObject({ errors: '0', warnings: '99' });
    expect(statSync(run.main.outputs['sarif-path']).size).toBeLessThan(1_000_000);
  }, 30_000);

  test('a .github/mcp-secrets.yml of 150,000 keys is read in linear time', async () => {
    const config = `workflows:\n  rules:\n    unpinned-uses: off\nx-padding:\n${manyKeys(150_000, '  ')}`;
    const run = await runCheck({ '.github/mcp-secrets.yml': config, [`${WF}/ok.yml`]: 'on: push\npermissions: {}\njobs: {}\n' });
    expect(run.main.exitCode).toBe(0);
  }, 60_000);

  test('an alias bomb in .github/mcp-secrets.yml is a configuration error naming the file and the line', async () => {
    const config = `x-anchors:\n${aliasBombWorkflow().split('x-anchors:\n')[1]?.split('jobs:')[0]}workflows:\n  rules:\n    unpinned-uses: off\n`;
    const run = await runCheck({ '.github/mcp-secrets.yml': config, [`${WF}/ok.yml`]: 'on: push\npermissions: {}\njobs: {}\n' });
    expect(run.main.exitCode).toBe(1);
    const [error] = errorsOf(run.main);
    expect(error?.properties).toMatchObject({ title: `${CHECK}: configuration error`, file: '.github/mcp-secrets.yml' });
    expect(error?.message).toMatch(/^\.github\/mcp-secrets\.yml:\d+: YAML refused: alias \*a\d expands the document/);
    expectAliasAt(config, error?.properties.line, error?.message ?? '');
    expect(existsSync(run.main.outputs['sarif-path'] ?? 'none')).toBe(false);
  });
});

/** A committed repository: the compliant fixture with the bundle and one workflow replaced by bombs. */
function bombedRepo(): { dir: string; bundleText: string; workflowText: string } {
  const dir = newRepo('hostile-yaml-repo-');
  const bundleText = withAliasBomb(bundle);
  const workflowText = aliasBombWorkflow();
  commitFiles(dir, { ...compliantFiles(key, bundle), [BUNDLE]: bundleText, [`${WF}/bomb.yml`]: workflowText }, 'init', { force: true });
  return { dir, bundleText, workflowText };
}

describe('ops-controls (bundled dist)', () => {
  test('alias bombs in the bundle and a workflow: the checks reading them fail with evidence at each file and line; the report is written', async () => {
    const { dir, bundleText, workflowText } = bombedRepo();
    const run = await runBundledAction('ops-controls', { workspace: dir, inputs: { 'sops-age-key': key.identity }, env: BOUNDED_HEAP });
    expect(run.main.stderr).toBe('');
    expect(run.main.exitCode).toBe(1);
    const report = readReport(join(dir, 'ops-controls-report.json'));
    const check = (id: string) => report.checks.find((c) => c.id === id);
    for (const id of ['sops-bundle-encrypted', 'secrets-rotation-age', 'secrets-version']) {
      expect(check(id)).toMatchObject({ status: 'fail', details: expect.stringMatching(/YAML refused: alias \*a\d expands the document/) });
      const [evidence] = check(id)?.evidence ?? [];
      expect(evidence?.file).toBe(BUNDLE);
      expectAliasAt(bundleText, evidence?.line ?? undefined, check(id)?.details ?? '');
    }
    for (const id of ['workflow-permissions', 'workflow-injection']) {
      const failure = check(id);
      expect(failure?.status).toBe('fail');
      const evidence = failure?.evidence.find((e) => e.file === `${WF}/bomb.yml`);
      expectAliasAt(workflowText, evidence?.line ?? undefined, failure?.details ?? '');
    }
    expect(findLeaks(run, [PLANTED.apiToken, key.identity])).toEqual([]);
  });

  test('a 6 MB workflow: each workflow check fails naming it as too large, and the other checks still judge the repository', async () => {
    const dir = newRepo('hostile-yaml-repo-');
    commitFiles(dir, { ...compliantFiles(key, bundle), [`${WF}/huge.yml`]: manyFindingsWorkflow(100_000) }, 'init', { force: true });
    const run = await runBundledAction('ops-controls', { workspace: dir, env: BOUNDED_HEAP });
    expect(run.main.stderr).toBe('');
    expect(run.main.exitCode).toBe(1);
    const report = readReport(join(dir, 'ops-controls-report.json'));
    for (const id of ['workflow-permissions', 'workflow-injection', 'actions-pinned']) {
      expect(report.checks.find((c) => c.id === id)).toMatchObject({
        status: 'fail',
        details: expect.stringContaining(`${WF}/huge.yml: not checked: the file is larger than 1 MiB, the most GitHub accepts for a workflow`),
        evidence: [{ file: `${WF}/huge.yml`, line: 1 }],
      });
    }
    expect(report.checks.find((c) => c.id === 'sops-bundle-encrypted')?.status).toBe('pass');
  });
});

describe('the gate (bundled dist)', () => {
  test('the same repository: every part finishes within the bounded heap, the gate fails and names both files', async () => {
    const { dir } = bombedRepo();
    const { main } = await runBundledAction('.', { workspace: dir, env: BOUNDED_HEAP });
    expect(main.stderr).toBe('');
    expect(main.exitCode).toBe(1);
    expect(main.outputs).toMatchObject({ result: 'fail' });
    expect(main.outputs['failed-parts']?.split(',')).toEqual(expect.arrayContaining(['workflow-permission-check', 'ops-controls']));
    expect(main.summary).toContain(`${WF}/bomb.yml`);
    // Markdown escapes the `*` of the alias.
    expect(main.summary).toMatch(/\.github\/workflows\/bomb\.yml: YAML refused: alias (\*|&#42;)a\d expands the document/);
  });
});
