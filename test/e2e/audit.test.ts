// The bundled audit action, run exactly as the runner runs it (child process, INPUT_* env, file
// commands), on temp workspaces with planted, generated secrets.
import { cpSync, existsSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import { findLeaks } from '../helpers/leaks';
import { runBundledAction, type ActionRun, type WorkflowCommand } from '../helpers/runner';
import { describeWithShared } from '../support/shared-fixtures';
import { prng, TEST_CONFIG, TEST_RULE_ID, testToken } from '../fixtures/audit/planted';
import { commitFiles, git, newRepo, removeTempDirs, tempTree } from '../support/temp-repo';

afterAll(removeTempDirs);

const next = prng(20261123);
const TOKENS = [testToken(next), testToken(next), testToken(next)];
const [TOKEN_A = '', TOKEN_B = '', TOKEN_C = ''] = TOKENS;
const PREFIX = 'const key = "';

const annotations = (run: ActionRun, level = 'error'): WorkflowCommand[] =>
  run.main.commands.filter((c) => c.command === level && c.properties.file !== undefined);

/** Everything the run showed or kept, report files included. */
function leaks(run: ActionRun, values: string[]): string[] {
  const found = findLeaks(run, values);
  for (const output of ['report-path', 'sarif-path']) {
    const path = run.main.outputs[output];
    if (path === undefined || path === '' || !existsSync(path)) continue;
    const text = readFileSync(path, 'utf8');
    for (const value of values) if (text.includes(value)) found.push(`${output} file: ${value.slice(0, 8)}...`);
  }
  return found;
}

function plantedWorkspace(extra: Record<string, string> = {}): string {
  return tempTree({
    'config/gitleaks.toml': TEST_CONFIG,
    'src/app.ts': `// app\n\n${PREFIX}${TOKEN_A}";\n`,
    'deploy/.env': `A=1\nTOKEN=${TOKEN_B}\n`,
    'README.md': 'nothing to see\n',
    ...extra,
  });
}

describe('audit action (bundled dist, child process)', () => {
  test('working tree: findings, exact annotations, outputs, reports, summary; exit 1', async () => {
    const workspace = plantedWorkspace();
    const run = await runBundledAction('audit', { workspace, inputs: { scan: 'files' } });
    expect(run.main.exitCode).toBe(1);
    expect(run.main.stderr).toBe('');
    expect(run.main.outputs).toEqual({
      findings: '2',
      'report-path': join(workspace, 'gitleaks-report.json'),
      'sarif-path': join(workspace, 'gitleaks-report.sarif'),
    });
    expect(annotations(run).map((a) => [a.properties, a.message])).toEqual([
      [
        { title: TEST_RULE_ID, file: 'deploy/.env', line: '2', endLine: '2', col: '7', endColumn: String(7 + TOKEN_B.length) },
        `Secret matched rule ${TEST_RULE_ID}: REDACTED`,
      ],
      [
        { title: TEST_RULE_ID, file: 'src/app.ts', line: '3', endLine: '3', col: String(PREFIX.length + 1), endColumn: String(PREFIX.length + 1 + TOKEN_A.length) },
        `Secret matched rule ${TEST_RULE_ID}: REDACTED`,
      ],
    ]);
    // The step's failure message comes last and names the report.
    expect(run.main.commands.filter((c) => c.command === 'error').pop()?.message).toBe('2 secrets found; see gitleaks-report.json and the job summary');

    const report = JSON.parse(readFileSync(run.main.outputs['report-path'] ?? '', 'utf8')) as Array<Record<string, unknown>>;
    expect(report.map((f) => [f.File, f.StartLine, f.RuleID, f.Secret])).toEqual([
      ['deploy/.env', 2, TEST_RULE_ID, 'REDACTED'],
      ['src/app.ts', 3, TEST_RULE_ID, 'REDACTED'],
    ]);
    expect(Object.keys(report[0] ?? {})).toEqual([
      'RuleID', 'Description', 'StartLine', 'EndLine', 'StartColumn', 'EndColumn', 'Match', 'Secret', 'File', 'SymlinkFile',
      'Commit', 'Entropy', 'Author', 'Email', 'Date', 'Message', 'Tags', 'Fingerprint',
    ]);
    expect(run.main.summary).toContain('❌ **Failed**: 2 secrets found');
    expect(run.main.summary).toContain('gitleaks-report&#39; not uploaded: not running on a GitHub runner');
    expect(run.main.masks).toEqual(expect.arrayContaining([TOKEN_A, TOKEN_B]));
    expect(leaks(run, TOKENS)).toEqual([]);
  });

  test('fail-on-findings false: exit 0, warnings, findings output', async () => {
    const run = await runBundledAction('audit', { workspace: plantedWorkspace(), inputs: { 'fail-on-findings': 'false' } });
    expect(run.main.exitCode).toBe(0);
    expect(run.main.outputs.findings).toBe('2');
    expect(annotations(run, 'warning')).toHaveLength(2);
    expect(annotations(run, 'error')).toHaveLength(0);
    expect(run.main.summary).toContain('Passed with warnings');
  });

  test('a clean tree passes with no annotation', async () => {
    const run = await runBundledAction('audit', { workspace: tempTree({ 'config/gitleaks.toml': TEST_CONFIG, 'a.txt': 'fine\n' }) });
    expect(run.main.exitCode).toBe(0);
    expect(run.main.outputs.findings).toBe('0');
    expect(run.main.commands.filter((c) => ['error', 'warning'].includes(c.command))).toEqual([]);
    expect(run.main.summary).toContain('✅ **Passed**: no secrets found');
  });

  test('a file it cannot scan: a warning on it and a summary row; fail-on-skipped fails the step on it', async () => {
    const workspace = tempTree({ 'config/gitleaks.toml': TEST_CONFIG, 'a.txt': 'fine\n' });
    symlinkSync('/etc/hostname', join(workspace, 'host-link'));
    const listed = await runBundledAction('audit', { workspace });
    expect(listed.main.exitCode).toBe(0);
    expect(annotations(listed, 'warning').map((a) => [a.properties.file, a.message])).toEqual([
      ['host-link', 'host-link not scanned: symbolic link to outside the scanned folder, not followed'],
    ]);
    expect(listed.main.summary).toContain('⚠️ **Passed with warnings**: no secrets found, 1 file not scanned');
    expect(listed.main.summary).toContain('### Not scanned (1)');
    const failed = await runBundledAction('audit', { workspace, inputs: { 'fail-on-skipped': 'true' } });
    expect(failed.main.exitCode).toBe(1);
    expect(failed.main.commands.filter((c) => c.command === 'error').pop()?.message).toBe('no secrets found, 1 file not scanned; see gitleaks-report.json and the job summary');
  });

  test('an artifact service that cannot be reached warns; the verdict still comes from the findings', async () => {
    const workspace = tempTree({ 'config/gitleaks.toml': TEST_CONFIG, 'a.txt': 'fine\n' });
    const run = await runBundledAction('audit', { workspace, env: { ACTIONS_RUNTIME_TOKEN: 'test', ACTIONS_RESULTS_URL: 'http://127.0.0.1:9/' } });
    expect(run.main.exitCode).toBe(0);
    expect(run.main.commands.filter((c) => c.command === 'warning').map((c) => c.message)).toEqual([
      expect.stringMatching(/^Artifact 'gitleaks-report' could not be uploaded: /),
    ]);
  });

  test('.gitleaksignore and the detect-secrets baseline suppress, and the summary counts them', async () => {
    const workspace = plantedWorkspace({
      '.gitleaksignore': `src/app.ts:${TEST_RULE_ID}:3\n`,
      'config/detect-secrets.baseline': JSON.stringify({
        version: '1.5.0',
        results: { 'deploy/.env': [{ type: 'Secret Keyword', filename: 'deploy/.env', hashed_secret: 'unrelated', is_verified: false, line_number: 2 }] },
      }),
    });
    const run = await runBundledAction('audit', { workspace });
    expect(run.main.exitCode).toBe(0);
    expect(run.main.outputs.findings).toBe('0');
    expect(run.main.summary).toContain('0 allowlist, 1 .gitleaksignore, 1 baseline, 0 gitleaks:allow');
  });

  test('redact false: the report keeps the secret, nothing else shows it', async () => {
    const run = await runBundledAction('audit', { workspace: plantedWorkspace(), inputs: { redact: 'false', 'sarif-path': '' } });
    expect(run.main.outputs['sarif-path']).toBe('');
    expect(readFileSync(run.main.outputs['report-path'] ?? '', 'utf8')).toContain(TOKEN_A);
    expect(findLeaks(run, TOKENS)).toEqual([]);
  });
});

describe('audit action: configuration errors exit 1, name the input, file and line, and leave no report', () => {
  const configError = (run: ActionRun): WorkflowCommand | undefined => run.main.commands.find((c) => c.command === 'error');
  const noReports = (workspace: string): void => {
    expect(existsSync(join(workspace, 'gitleaks-report.json'))).toBe(false);
    expect(existsSync(join(workspace, 'gitleaks-report.sarif'))).toBe(false);
  };

  test('invalid TOML', async () => {
    const workspace = plantedWorkspace({ 'config/gitleaks.toml': 'title = "x"\n[[rules]\n' });
    const run = await runBundledAction('audit', { workspace });
    expect(run.main.exitCode).toBe(1);
    const error = configError(run);
    expect(error?.properties).toMatchObject({ title: 'audit: configuration error', file: join(workspace, 'config/gitleaks.toml'), line: '2' });
    expect(error?.message).toMatch(/^input 'config', .*config\/gitleaks\.toml:2: invalid TOML/);
    expect(run.main.outputs).toEqual({});
    noReports(workspace);
  });

  test('a regex that cannot be translated', async () => {
    const workspace = plantedWorkspace({ 'config/gitleaks.toml': "\n[[rules]]\nid = \"lookbehind\"\nregex = '''(?<=k)v'''\n" });
    const run = await runBundledAction('audit', { workspace });
    expect(run.main.exitCode).toBe(1);
    expect(configError(run)?.message).toContain("rule 'lookbehind'");
    expect(configError(run)?.properties.line).toBe('2');
    noReports(workspace);
  });

  test('an unknown scan mode and a missing explicit config', async () => {
    const workspace = plantedWorkspace();
    const mode = await runBundledAction('audit', { workspace, inputs: { scan: 'everything' } });
    expect(configError(mode)?.message).toBe("input 'scan': unknown value 'everything' (use one of: auto, files, git, diff)");
    const missing = await runBundledAction('audit', { workspace, inputs: { config: 'nope.toml' } });
    expect(configError(missing)?.message).toContain("input 'config', nope.toml: 'nope.toml' does not exist");
    expect(missing.main.exitCode).toBe(1);
    noReports(workspace);
  });
});

describe('audit action: history and pull requests', () => {
  /** main: a secret in the base; feature: one secret added, then a clean commit. */
  function repo(): { workspace: string; base: string; head: string } {
    const workspace = newRepo('audit-');
    const base = commitFiles(workspace, { 'config/gitleaks.toml': TEST_CONFIG, 'old.ts': `${PREFIX}${TOKEN_C}";\n` }, 'base with an old secret');
    git(workspace, 'checkout', '-q', '-b', 'feature');
    commitFiles(workspace, { 'src/new.ts': `// new\n// file\n${PREFIX}${TOKEN_A}";\n` }, 'add a secret');
    const head = commitFiles(workspace, { 'src/other.ts': 'clean\n' }, 'clean');
    return { workspace, base, head };
  }

  test('scan: git finds secrets in every commit', async () => {
    const { workspace } = repo();
    const run = await runBundledAction('audit', { workspace, inputs: { scan: 'git' } });
    expect(run.main.outputs.findings).toBe('2');
    expect(run.main.summary).toContain('| git history (all commits) | 3 |');
    expect(leaks(run, TOKENS)).toEqual([]);
  });

  test('pull_request (scan: auto): only the PR commits, annotated at the exact column', async () => {
    const { workspace, base, head } = repo();
    const eventPath = join(mkdtempSync(join(tmpdir(), 'event-')), 'event.json');
    writeFileSync(eventPath, JSON.stringify({ pull_request: { number: 7, base: { sha: base }, head: { sha: head } } }));
    const run = await runBundledAction('audit', { workspace, env: { GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: eventPath } });
    expect(run.main.exitCode).toBe(1);
    expect(run.main.outputs.findings).toBe('1');
    expect(annotations(run).map((a) => a.properties)).toEqual([
      { title: TEST_RULE_ID, file: 'src/new.ts', line: '3', endLine: '3', col: String(PREFIX.length + 1), endColumn: String(PREFIX.length + 1 + TOKEN_A.length) },
    ]);
    expect(run.main.stdout).toContain(`Scanning the pull request commits ${base.slice(0, 7)}..${head.slice(0, 7)}`);
    const report = JSON.parse(readFileSync(run.main.outputs['report-path'] ?? '', 'utf8')) as Array<Record<string, unknown>>;
    expect(report[0]).toMatchObject({ File: 'src/new.ts', StartLine: 3, Author: 't', Message: 'add a secret' });
    expect(leaks(run, TOKENS)).toEqual([]);
  });

  test('push of a new branch (scan: diff): the pushed commits', async () => {
    const { workspace, base, head } = repo();
    const first = git(workspace, 'rev-parse', `${head}^`).trim();
    const eventPath = join(mkdtempSync(join(tmpdir(), 'event-')), 'event.json');
    writeFileSync(eventPath, JSON.stringify({ before: '0'.repeat(40), after: head, created: true, commits: [{ id: first }, { id: head }] }));
    const run = await runBundledAction('audit', { workspace, inputs: { scan: 'diff' }, env: { GITHUB_EVENT_NAME: 'push', GITHUB_EVENT_PATH: eventPath } });
    expect(run.main.outputs.findings).toBe('1');
    expect(run.main.stdout).toContain(`pushed commits ${first.slice(0, 7)}^..${head.slice(0, 7)}`);
    expect(base).not.toBe(first);
  });
});

describeWithShared(['fixtures', 'sarif', 'sarif-schema-2.1.0.json'], 'audit action: SARIF 2.1.0 schema', (schemaPath) => {
  const URI_CHARS = /^(?:[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=]|%[0-9A-Fa-f]{2})*$/;
  const formats = {
    uri: (s: string) => URI_CHARS.test(s) && /^[A-Za-z][A-Za-z0-9+.-]*:/.test(s),
    'uri-reference': (s: string) => URI_CHARS.test(s) && (/^[A-Za-z][A-Za-z0-9+.-]*:/.test(s) || !/^[^/?#]*:/.test(s)),
    'date-time': (s: string) => !Number.isNaN(Date.parse(s)),
  };

  test('the SARIF report validates, with rules and the audit category', async () => {
    // See packages/reporting/src/sarif-schema.test.ts for why the meta-schema check is off.
    const ajv = new Ajv2020({ strict: false, allErrors: true, validateSchema: false, formats });
    const validate = ajv.compile(JSON.parse(readFileSync(schemaPath, 'utf8')) as object);
    const run = await runBundledAction('audit', { workspace: plantedWorkspace({ 'odd dir/ü.env': `T=${TOKEN_C}\n` }) });
    const sarif = JSON.parse(readFileSync(run.main.outputs['sarif-path'] ?? '', 'utf8'));
    expect(validate(sarif)).toBe(true);
    expect(validate.errors ?? []).toEqual([]);
    expect(sarif.runs[0].automationDetails.id).toBe('audit/');
    expect(sarif.runs[0].results).toHaveLength(3);
    expect(sarif.runs[0].tool.driver.rules[0]).toMatchObject({ id: TEST_RULE_ID, properties: { 'security-severity': '8.5' } });
    expect(leaks(run, TOKENS)).toEqual([]);
  });
});

describeWithShared(['fixtures', 'gitleaks'], "audit action: gitleaks' nogit tree with gitleaks' default config", (dir) => {
  test('finds the AWS key gitleaks finds in both files, at line 20', async () => {
    const workspace = mkdtempSync(join(tmpdir(), 'nogit-'));
    cpSync(join(dir, 'testdata', 'repos', 'nogit'), workspace, { recursive: true });
    const run = await runBundledAction('audit', { workspace, inputs: { config: join(dir, 'gitleaks-default.toml'), 'fail-on-findings': 'false' } });
    expect(run.main.stderr).toBe('');
    const report = JSON.parse(readFileSync(run.main.outputs['report-path'] ?? '', 'utf8')) as Array<Record<string, unknown>>;
    const aws = report.filter((f) => f.RuleID === 'aws-access-token');
    // As gitleaks reports it (its tests expect these figures): columns counted from the newline before
    // the line, so one past the character; the entropy as a float32.
    expect(aws.map((f) => [f.File, f.StartLine, f.EndLine, f.StartColumn, f.EndColumn, f.Secret, f.Fingerprint])).toEqual([
      ['api.go', 20, 20, 16, 35, 'REDACTED', 'api.go:aws-access-token:20'],
      ['main.go', 20, 20, 16, 35, 'REDACTED', 'main.go:aws-access-token:20'],
    ]);
    for (const f of aws) expect(f.Entropy).toBeCloseTo(3.0841837, 5);
    // The annotation carries the real column: a tab and `awsToken := "` (14 characters) precede the key.
    expect(annotations(run, 'warning').find((a) => a.properties.file === 'api.go')?.properties).toMatchObject({ line: '20', col: '15', endColumn: '35' });
    // Its .gitleaksignore names the finding under another path and an old rule id, so it ignores nothing.
    expect(run.main.summary).toContain('0 .gitleaksignore');
  });
});
