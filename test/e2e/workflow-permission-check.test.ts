// The bundled workflow-permission-check action run as the runner runs it (child process, INPUT_*
// variables from action.yml defaults, file commands) over small fixture workflow trees.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import type { Log } from 'sarif';
import { describeWithShared, sharedPath } from '../support/shared-fixtures';
import { readActionMetadata, REPO_ROOT, runBundledAction, type StepRun } from '../helpers/runner';

const ACTION = 'workflow-permission-check';
const FIXTURES = join(REPO_ROOT, 'test', 'fixtures', 'workflows');
const WF = '.github/workflows';

/** A fresh workspace holding a fixture tree, or only some of its workflow files. */
function workspaceFrom(fixture: string, only?: string[]): string {
  const workspace = mkdtempSync(join(tmpdir(), 'wpc-'));
  if (only === undefined) {
    cpSync(join(FIXTURES, fixture), workspace, { recursive: true });
  } else {
    mkdirSync(join(workspace, WF), { recursive: true });
    for (const file of only) cpSync(join(FIXTURES, fixture, WF, file), join(workspace, WF, file));
  }
  return workspace;
}

const ANNOTATION_COMMANDS = new Set(['error', 'warning', 'notice']);

/** `level file:line:col-endColumn title`, in the order they were emitted. */
function annotations(step: StepRun): string[] {
  return step.commands
    .filter((c) => ANNOTATION_COMMANDS.has(c.command))
    .map((c) => {
      const p = c.properties;
      const where = p.file !== undefined ? ` ${p.file}:${p.line}:${p.col}-${p.endColumn}` : '';
      return `${c.command}${where} ${p.title}`;
    });
}

const messageAt = (step: StepRun, file: string, line: number): string =>
  step.commands.find((c) => c.properties.file === `${WF}/${file}` && c.properties.line === String(line))?.message ?? '';

const FINDINGS_ANNOTATIONS = [
  `error ${WF}/broken.yml:8:9-10 parse-error`,
  `error ${WF}/crlf-bom.yml:7:24-39 template-injection`,
  // A list of labels in the workflows folder: GitHub refuses it as a workflow. Its span has two lines: no column.
  `error ${WF}/labels.yml:2:undefined-undefined parse-error`,
  `error ${WF}/pr-target.yml:2:1-24 dangerous-triggers`,
  `error ${WF}/pr-target.yml:13:16-57 untrusted-checkout`,
  `error ${WF}/template-injection.yml:14:34-58 template-injection`,
  `error ${WF}/top-level-write.yml:6:3-23 excessive-permissions`,
  `error ${WF}/unpinned.yml:14:15-37 unpinned-uses`,
  `error ${WF}/write-all.yml:6:1-23 excessive-permissions`,
  `warning ${WF}/crlf-bom.yml:1:1-23 unneeded-permissions`,
  `warning ${WF}/missing-permissions.yml:5:3-7 excessive-permissions`,
  `warning ${WF}/upload-sarif.yml:15:15-89 undeclared-permissions`,
];

describe('workflow-permission-check (bundled dist, child process)', () => {
  test('action.yml defaults are the ones the code documents', () => {
    const inputs = readActionMetadata(ACTION).inputs ?? {};
    expect(inputs.paths.default).toBe('.github/workflows/*.yml, .github/workflows/*.yaml, **/action.yml, **/action.yaml');
    expect(inputs['fail-on'].default).toBe('error');
    expect(inputs['sarif-path'].default).toBe('workflow-permission-check.sarif');
    expect(inputs.config.default).toBeUndefined();
  });

  test('every finding is annotated at its line and column, errors first, then the step fails', async () => {
    const workspace = workspaceFrom('findings');
    const run = await runBundledAction(ACTION, { workspace });
    expect(run.main.stderr).toBe('');
    expect(run.main.exitCode).toBe(1);
    expect(annotations(run.main)).toEqual([...FINDINGS_ANNOTATIONS, `error ${ACTION} failed`]);
    expect(run.main.outputs).toEqual({
      findings: '12',
      errors: '9',
      warnings: '3',
      'sarif-path': join(workspace, 'workflow-permission-check.sarif'),
    });
    expect(run.main.stdout).toContain('Checked 11 workflow and action files (11 matched): 9 errors, 3 warnings');

    // The message carries the fix: the permissions block to write instead.
    expect(messageAt(run.main, 'write-all.yml', 6)).toBe(
      'permissions: write-all gives every job write access to every scope; grant only what the jobs need\nFix: permissions:\n  contents: read',
    );
    expect(messageAt(run.main, 'upload-sarif.yml', 15)).toContain('Fix:     permissions:\n      contents: read\n      security-events: write');
    expect(messageAt(run.main, 'broken.yml', 8)).toMatch(/^not valid YAML: /);
    const failure = run.main.commands.find((c) => c.properties.title === `${ACTION} failed`);
    expect(failure?.message).toBe('9 errors, 3 warnings in workflow files (fail-on: error); the job summary lists each finding with its fix');
  });

  test('the job summary lists every finding per file and the fix blocks ready to paste', async () => {
    const run = await runBundledAction(ACTION, { workspace: workspaceFrom('findings') });
    const summary = run.main.summary;
    expect(summary).toContain('## Workflow permission check');
    expect(summary).toContain('❌ **Failed**: 9 errors, 3 warnings');
    expect(summary).toContain('| Errors | Warnings | Notes | Files checked | Config | SARIF |');
    expect(summary).toContain('| 9 | 3 | 0 | 11 | built-in defaults | workflow-permission-check.sarif |');
    for (const file of ['broken.yml', 'crlf-bom.yml', 'labels.yml', 'missing-permissions.yml', 'pr-target.yml', 'template-injection.yml', 'top-level-write.yml', 'unpinned.yml', 'upload-sarif.yml', 'write-all.yml']) {
      expect(summary).toContain(`<code>${WF}/${file}</code> (`);
    }
    expect(summary).toContain('### Fixes');
    expect(summary).toContain(
      `#### <code>${WF}/missing-permissions.yml</code>\n\nFor line 5 (<code>excessive-permissions</code>):\n\n\`\`\`yaml\n    permissions:\n      contents: read\n\`\`\`\n`,
    );
    expect(summary).toContain('For line 7 (<code>template-injection</code>):\n\n```yaml\nenv:\n  HEAD_REF: ${{ github.head_ref }}\n```');
    expect(summary).not.toContain('clean.yml');
  });

  test.each([
    ['error', 0, 'warn'],
    ['warning', 1, 'fail'],
    ['never', 0, 'warn'],
  ])('fail-on %s with warnings only: exit %d', async (failOn, exitCode, verdict) => {
    const workspace = workspaceFrom('findings', ['missing-permissions.yml', 'upload-sarif.yml']);
    const run = await runBundledAction(ACTION, { workspace, inputs: { 'fail-on': failOn } });
    expect(run.main.exitCode).toBe(exitCode);
    expect(run.main.outputs).toMatchObject({ findings: '2', errors: '0', warnings: '2' });
    expect(run.main.summary).toContain(verdict === 'fail' ? '❌ **Failed**' : '⚠️ **Passed with warnings**');
    expect(annotations(run.main).filter((a) => a.endsWith(`${ACTION} failed`))).toHaveLength(exitCode);
  });

  test('fail-on never: errors are reported and the step still passes', async () => {
    const run = await runBundledAction(ACTION, { workspace: workspaceFrom('findings'), inputs: { 'fail-on': 'never' } });
    expect(run.main.exitCode).toBe(0);
    expect(annotations(run.main)).toEqual(FINDINGS_ANNOTATIONS);
    expect(run.main.outputs).toMatchObject({ findings: '12', errors: '9', warnings: '3' });
  });

  test('a clean tree passes with an empty SARIF log', async () => {
    const workspace = workspaceFrom('clean');
    const run = await runBundledAction(ACTION, { workspace });
    expect(run.main.exitCode).toBe(0);
    expect(annotations(run.main)).toEqual([]);
    expect(run.main.outputs).toMatchObject({ findings: '0', errors: '0', warnings: '0' });
    expect(run.main.summary).toContain('✅ **Passed**: no findings');
    expect(run.main.summary).not.toContain('### Fixes');
    const log = JSON.parse(readFileSync(run.main.outputs['sarif-path'], 'utf8')) as Log;
    expect(log.runs[0].results).toEqual([]);
  });

  test('a file that is not valid YAML is one parse-error finding; the valid file beside it is still checked', async () => {
    const workspace = workspaceFrom('findings', ['broken.yml', 'write-all.yml']);
    const run = await runBundledAction(ACTION, { workspace });
    expect(run.main.exitCode).toBe(1);
    expect(annotations(run.main)).toEqual([
      `error ${WF}/broken.yml:8:9-10 parse-error`,
      `error ${WF}/write-all.yml:6:1-23 excessive-permissions`,
      `error ${ACTION} failed`,
    ]);
  });

  test('action metadata files are checked too: a composite action with an injection', async () => {
    const workspace = workspaceFrom('clean');
    mkdirSync(join(workspace, 'tools', 'greet'), { recursive: true });
    writeFileSync(
      join(workspace, 'tools', 'greet', 'action.yml'),
      ['name: greet', 'runs:', '  using: composite', '  steps:', '    - shell: bash', '      run: echo "${{ github.event.pull_request.title }}"', ''].join('\n'),
    );
    const run = await runBundledAction(ACTION, { workspace });
    expect(annotations(run.main)).toEqual(['error tools/greet/action.yml:6:22-53 template-injection', `error ${ACTION} failed`]);
  });

  test('the config file switches rules and accepts write scopes; inline ignores silence a line', async () => {
    const workspace = workspaceFrom('findings', ['template-injection.yml', 'top-level-write.yml', 'unpinned.yml', 'write-all.yml']);
    writeFileSync(
      join(workspace, '.github', 'mcp-secrets.yml'),
      ['workflows:', '  rules:', '    unpinned-uses: off', '  allowed-write-permissions:', '    top-level-write.yml:', "      '*': [pull-requests]", ''].join('\n'),
    );
    const text = readFileSync(join(workspace, WF, 'write-all.yml'), 'utf8');
    writeFileSync(join(workspace, WF, 'write-all.yml'), text.replace('permissions: write-all', 'permissions: write-all # mcp-secrets: ignore[excessive-permissions]'));
    const run = await runBundledAction(ACTION, { workspace });
    expect(annotations(run.main)).toEqual([`error ${WF}/template-injection.yml:14:34-58 template-injection`, `error ${ACTION} failed`]);
    expect(run.main.summary).toContain('| .github/mcp-secrets.yml |');
  });

  test('a config error names the file and line, fails the step and leaves no SARIF behind', async () => {
    const workspace = workspaceFrom('findings', ['write-all.yml']);
    writeFileSync(join(workspace, '.github', 'mcp-secrets.yml'), ['workflows:', '  rules:', '    no-such-rule: off', ''].join('\n'));
    const run = await runBundledAction(ACTION, { workspace });
    expect(run.main.exitCode).toBe(1);
    const [error, ...rest] = run.main.commands.filter((c) => ANNOTATION_COMMANDS.has(c.command));
    expect(rest).toEqual([]);
    expect(error.properties).toMatchObject({ title: `${ACTION}: configuration error`, file: '.github/mcp-secrets.yml', line: '3' });
    expect(error.message).toMatch(/^\.github\/mcp-secrets\.yml:3: unknown rule "no-such-rule"/);
    expect(existsSync(join(workspace, 'workflow-permission-check.sarif'))).toBe(false);
    expect(run.main.outputs).toEqual({});
    expect(run.main.summary).toBe('');
  });

  test('a config input naming a missing file is a configuration error', async () => {
    const run = await runBundledAction(ACTION, { workspace: workspaceFrom('clean'), inputs: { config: 'ci/checks.yml' } });
    expect(run.main.exitCode).toBe(1);
    expect(run.main.commands.find((c) => c.command === 'error')?.message).toMatch(/^input 'config': config file 'ci\/checks\.yml' does not exist/);
  });

  test('sarif-path empty writes no SARIF; annotations false lists the findings in the log instead', async () => {
    const workspace = workspaceFrom('findings', ['write-all.yml']);
    const run = await runBundledAction(ACTION, { workspace, inputs: { 'sarif-path': '', annotations: 'false', 'fail-on': 'never' } });
    expect(run.main.exitCode).toBe(0);
    expect(run.main.outputs['sarif-path']).toBe('');
    expect(existsSync(join(workspace, 'workflow-permission-check.sarif'))).toBe(false);
    expect(annotations(run.main)).toEqual([]);
    expect(run.main.stdout).toContain(`${WF}/write-all.yml:6:1: error [excessive-permissions] permissions: write-all`);
  });

  test('paths narrows the files checked', async () => {
    const run = await runBundledAction(ACTION, { workspace: workspaceFrom('findings'), inputs: { paths: `${WF}/unpinned.yml\n${WF}/clean.yml` } });
    expect(annotations(run.main)).toEqual([
      // actions/* on a tag passes (zizmor's policy); a third-party tag does not.
      `error ${WF}/unpinned.yml:14:15-37 unpinned-uses`,
      `error ${ACTION} failed`,
    ]);
    expect(run.main.stdout).toContain('Checked 2 workflow and action files (2 matched)');
  });

  test("this repository's own workflows and actions pass with zero errors", async () => {
    const run = await runBundledAction(ACTION, { workspace: REPO_ROOT, inputs: { 'sarif-path': '', 'fail-on': 'error' } });
    expect(annotations(run.main).filter((a) => a.startsWith('error'))).toEqual([]);
    expect(run.main.outputs.errors).toBe('0');
    expect(run.main.exitCode).toBe(0);
  });
});

// RFC 3986 characters with well-formed percent escapes (as packages/reporting's schema test checks them).
const URI_CHARS = /^(?:[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=]|%[0-9A-Fa-f]{2})*$/;
const FORMATS = {
  uri: (s: string) => URI_CHARS.test(s) && /^[A-Za-z][A-Za-z0-9+.-]*:/.test(s),
  'uri-reference': (s: string) => URI_CHARS.test(s) && (/^[A-Za-z][A-Za-z0-9+.-]*:/.test(s) || !/^[^/?#]*:/.test(s)),
  'date-time': (s: string) => /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?(?:Z|[+-]\d\d:\d\d)$/i.test(s) && !Number.isNaN(Date.parse(s)),
};

/** The SARIF 2.1.0 schema validator (validateSchema off: this copy nests an anyOf the 2020-12 meta-schema rejects). */
function sarifValidator(schemaPath: string): (log: unknown) => unknown[] {
  const ajv = new Ajv2020({ strict: false, allErrors: true, validateSchema: false, formats: FORMATS });
  const validate = ajv.compile(JSON.parse(readFileSync(schemaPath, 'utf8')) as object);
  return (log) => (validate(log) ? [] : (validate.errors ?? ['invalid']));
}

describeWithShared(['fixtures', 'sarif', 'sarif-schema-2.1.0.json'], 'workflow-permission-check SARIF against the 2.1.0 schema', (schemaPath) => {
  const errorsOf = sarifValidator(schemaPath);

  test('the SARIF log over the fixture tree is valid and locates each finding', async () => {
    const run = await runBundledAction(ACTION, { workspace: workspaceFrom('findings') });
    const log = JSON.parse(readFileSync(run.main.outputs['sarif-path'], 'utf8')) as Log;
    expect(errorsOf(log)).toEqual([]);
    const sarifRun = log.runs[0];
    expect(sarifRun.automationDetails?.id).toBe('workflows/');
    expect(sarifRun.tool.driver.rules?.map((r) => r.id)).toEqual(expect.arrayContaining(['excessive-permissions', 'template-injection', 'parse-error']));
    const results = sarifRun.results ?? [];
    expect(results).toHaveLength(12);
    const writeAll = results.find((r) => r.locations?.[0].physicalLocation?.artifactLocation?.uri === `${WF}/write-all.yml`);
    expect(writeAll?.ruleId).toBe('excessive-permissions');
    expect(writeAll?.locations?.[0].physicalLocation?.region).toEqual({ startLine: 6, startColumn: 1, endLine: 6, endColumn: 23 });
    expect(writeAll?.message.text).toContain('Fix: permissions:\n  contents: read');
    for (const result of results) expect(Object.values(result.partialFingerprints ?? {})).toHaveLength(1);
  });
});

describeWithShared(['corpus', 'workflows-realworld'], 'workflow-permission-check over the real-world corpus', (corpus) => {
  test('561 files checked without a crash; sane totals; annotations within GitHub limits; valid SARIF', async () => {
    const out = mkdtempSync(join(tmpdir(), 'wpc-corpus-'));
    const sarifPath = join(out, 'corpus.sarif');
    const run = await runBundledAction(ACTION, {
      workspace: corpus,
      inputs: { paths: '**/*.yml, **/*.yaml', 'fail-on': 'never', 'sarif-path': sarifPath },
    });
    expect(run.main.stderr).toBe('');
    expect(run.main.exitCode).toBe(0);
    expect(run.main.stdout).toMatch(/Checked 561 workflow and action files \(561 matched\)/);
    const findings = Number(run.main.outputs.findings);
    const errors = Number(run.main.outputs.errors);
    const warnings = Number(run.main.outputs.warnings);
    // Popular repositories are mostly careful: findings are common but not several per line.
    expect(errors).toBeGreaterThan(0);
    expect(warnings).toBeGreaterThan(0);
    expect(errors + warnings).toBeLessThanOrEqual(findings);
    expect(findings).toBeLessThan(561 * 20);
    const shown = annotations(run.main);
    expect(shown.filter((a) => a.startsWith('error '))).toHaveLength(10);
    expect(shown.filter((a) => a.startsWith('warning '))).toHaveLength(10);
    expect(shown.length).toBeLessThanOrEqual(50);
    expect(run.main.stdout).toMatch(/more findings not annotated .*; see the job summary\./);
    expect(Buffer.byteLength(run.main.summary)).toBeLessThan(1024 * 1024);
    const log = JSON.parse(readFileSync(sarifPath, 'utf8')) as Log;
    expect(log.runs[0].results).toHaveLength(findings);
    const schema = sharedPath('fixtures', 'sarif', 'sarif-schema-2.1.0.json');
    if (schema !== undefined) expect(sarifValidator(schema)(log)).toEqual([]);
  });
});
