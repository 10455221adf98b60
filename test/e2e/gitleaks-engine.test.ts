// The bundled audit action with `engine: gitleaks` (build it first: `node scripts/build.mjs audit`),
// run exactly as the runner runs it. The runner's tool cache is seeded with the fake gitleaks
// (test/support/fake-gitleaks), so the real @actions/tool-cache finds it installed: no download.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeFakeReport, type PlantedLeak } from '../fixtures/audit/gitleaks-report';
import { prng, TEST_CONFIG, testToken } from '../fixtures/audit/planted';
import { findLeaks } from '../helpers/leaks';
import { runBundledAction, type ActionRun, type WorkflowCommand } from '../helpers/runner';
import { seedToolCacheWithFakeGitleaks } from '../support/fake-gitleaks/tool-cache';
import { commitFiles, git, newRepo, removeTempDirs, tempDir, tempTree } from '../support/temp-repo';

afterAll(removeTempDirs);

const next = prng(7319);
const TOKENS = [testToken(next), testToken(next)];
const [TOKEN_A = '', TOKEN_B = ''] = TOKENS;
const PREFIX = 'const key = "';
const RULE = 'generic-api-key';
const DESCRIPTION = 'Detected a Generic API Key, potentially exposing access to various services and sensitive operations.';

const leakIn = (file: string, line: number, secret: string, extra: Partial<PlantedLeak> = {}): PlantedLeak => ({
  file,
  line,
  column: PREFIX.length + 1,
  secret,
  ruleId: RULE,
  description: DESCRIPTION,
  ...extra,
});

interface GitleaksRun {
  run: ActionRun;
  /** The command lines gitleaks ran with. */
  argv: string[][];
}

/** The bundled audit with engine: gitleaks, gitleaks being the fake in a seeded tool cache. */
async function auditWithGitleaks(workspace: string, leaks: PlantedLeak[], inputs: Record<string, string> = {}, env: Record<string, string> = {}): Promise<GitleaksRun> {
  const scratch = tempDir('gitleaks-e2e-');
  const toolCache = join(scratch, 'tool-cache');
  seedToolCacheWithFakeGitleaks(toolCache);
  const argvFile = join(scratch, 'argv.jsonl');
  const run = await runBundledAction('audit', {
    workspace,
    inputs: { engine: 'gitleaks', ...inputs },
    env: { RUNNER_TOOL_CACHE: toolCache, FAKE_GITLEAKS_ARGV: argvFile, FAKE_GITLEAKS_REPORT: writeFakeReport(join(scratch, 'canned.json'), leaks), ...env },
  });
  const argv = readFileSync(argvFile, 'utf8')
    .trim()
    .split('\n')
    .map((line) => (JSON.parse(line) as { argv: string[] }).argv);
  return { run, argv };
}

const annotations = (run: ActionRun, level = 'error'): WorkflowCommand[] => run.main.commands.filter((c) => c.command === level && c.properties.file !== undefined);

/** Leaks in what the runner shows or keeps, and in the report files. */
function leaks(run: ActionRun): string[] {
  const found = findLeaks(run, TOKENS);
  for (const output of ['report-path', 'sarif-path']) {
    const text = readFileSync(run.main.outputs[output] ?? '', 'utf8');
    for (const token of TOKENS) if (text.includes(token)) found.push(`${output} file: ${token.slice(0, 8)}...`);
  }
  return found;
}

describe('audit action with engine: gitleaks (bundled dist, seeded tool cache)', () => {
  test('working tree: gitleaks runs from the tool cache; findings, annotations, redacted report, SARIF rules, summary; exit 1', async () => {
    const workspace = tempTree({
      'config/gitleaks.toml': TEST_CONFIG,
      'src/app.ts': `// app\n\n${PREFIX}${TOKEN_A}";\n`,
      'deploy/.env': `${PREFIX}${TOKEN_B}";\n`,
    });
    const { run, argv } = await auditWithGitleaks(workspace, [leakIn('deploy/.env', 1, TOKEN_B), leakIn('src/app.ts', 3, TOKEN_A)], { scan: 'files' });

    expect(run.main.exitCode).toBe(1);
    expect(run.main.stderr).toBe('');
    expect(argv).toHaveLength(1);
    expect(argv[0]?.slice(0, 2)).toEqual(['dir', '.']);
    expect(argv[0]).toEqual(expect.arrayContaining(['--config', join(workspace, 'config/gitleaks.toml')]));
    expect(argv[0]).not.toContain('--redact');
    expect(run.main.stdout).toContain('Scanning the working tree with gitleaks 8.30.1 with config/gitleaks.toml (gitleaks from the tool cache)');
    expect(run.main.outputs).toEqual({
      findings: '2',
      'report-path': join(workspace, 'gitleaks-report.json'),
      'sarif-path': join(workspace, 'gitleaks-report.sarif'),
    });

    // True columns: gitleaks' are one off except on a file's first line; annotations carry the real ones.
    expect(annotations(run).map((a) => [a.properties, a.message])).toEqual([
      [{ title: RULE, file: 'deploy/.env', line: '1', endLine: '1', col: String(PREFIX.length + 1), endColumn: String(PREFIX.length + 1 + TOKEN_B.length) }, `Secret matched rule ${RULE}: REDACTED`],
      [{ title: RULE, file: 'src/app.ts', line: '3', endLine: '3', col: String(PREFIX.length + 1), endColumn: String(PREFIX.length + 1 + TOKEN_A.length) }, `Secret matched rule ${RULE}: REDACTED`],
    ]);
    expect(run.main.commands.filter((c) => c.command === 'error').pop()?.message).toBe('2 secrets found; see gitleaks-report.json and the job summary');

    const report = JSON.parse(readFileSync(join(workspace, 'gitleaks-report.json'), 'utf8')) as Array<Record<string, unknown>>;
    expect(report.map((f) => [f.File, f.StartLine, f.StartColumn, f.RuleID, f.Description, f.Secret, f.Match])).toEqual([
      ['deploy/.env', 1, PREFIX.length + 1, RULE, DESCRIPTION, 'REDACTED', 'REDACTED'],
      ['src/app.ts', 3, PREFIX.length + 2, RULE, DESCRIPTION, 'REDACTED', 'REDACTED'],
    ]);
    const sarif = JSON.parse(readFileSync(join(workspace, 'gitleaks-report.sarif'), 'utf8'));
    expect(sarif.runs[0].automationDetails).toEqual({ id: 'audit/' });
    expect(sarif.runs[0].tool.driver.rules.map((r: { id: string; shortDescription: { text: string } }) => [r.id, r.shortDescription.text])).toEqual([[RULE, DESCRIPTION]]);
    expect(sarif.runs[0].results.map((r: { ruleId: string }) => r.ruleId)).toEqual([RULE, RULE]);

    expect(run.main.summary).toContain('❌ **Failed**: 2 secrets found');
    expect(run.main.summary).toContain('| working tree | n/a (gitleaks) |');
    expect(run.main.summary).toContain('| gitleaks 8.30.1 with config/gitleaks.toml | 0 baseline; allowlist, .gitleaksignore and gitleaks:allow n/a (gitleaks) |');
    expect(run.main.masks).toEqual(expect.arrayContaining(TOKENS));
    expect(leaks(run)).toEqual([]);
  });

  test('a pull request: `gitleaks git` on its range with its default rules; the detect-secrets baseline still applies', async () => {
    const workspace = newRepo('gitleaks-e2e-');
    const base = commitFiles(workspace, { 'a.txt': 'one\n' }, 'base');
    git(workspace, 'checkout', '-q', '-b', 'feature');
    const head = commitFiles(workspace, { 'src/new.ts': `// new\n// file\n${PREFIX}${TOKEN_A}";\n`, 'old.ts': `${PREFIX}${TOKEN_B}";\n` }, 'add secrets');
    // old.ts's finding is reviewed in the detect-secrets baseline (by line: hashes are not recomputed here).
    mkdirSync(join(workspace, 'config'));
    writeFileSync(join(workspace, 'config/detect-secrets.baseline'), JSON.stringify({ results: { 'old.ts': [{ type: 'Secret Keyword', hashed_secret: 'reviewed', line_number: 1 }] } }));
    const event = join(tempDir('event-'), 'event.json');
    writeFileSync(event, JSON.stringify({ pull_request: { number: 7, base: { sha: base }, head: { sha: head } } }));
    const commit = { sha: head, author: 't', email: 't@e', date: '2026-11-23T12:00:00Z', message: 'add secrets' };

    const { run, argv } = await auditWithGitleaks(workspace, [leakIn('old.ts', 1, TOKEN_B, { commit }), leakIn('src/new.ts', 3, TOKEN_A, { commit })], {}, {
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: event,
    });

    expect(argv[0]?.slice(0, 3)).toEqual(['git', workspace, `--log-opts=${base}..${head}`]);
    expect(argv[0]).not.toContain('--config');
    expect(argv[0]).not.toContain('--baseline-path');
    expect(run.main.outputs.findings).toBe('1');
    expect(annotations(run).map((a) => a.properties)).toEqual([
      { title: RULE, file: 'src/new.ts', line: '3', endLine: '3', col: String(PREFIX.length + 1), endColumn: String(PREFIX.length + 1 + TOKEN_A.length) },
    ]);
    const report = JSON.parse(readFileSync(run.main.outputs['report-path'] ?? '', 'utf8')) as Array<Record<string, unknown>>;
    expect(report.map((f) => [f.File, f.Commit, f.Secret, f.Message])).toEqual([['src/new.ts', head, 'REDACTED', 'add secrets']]);
    expect(run.main.summary).toContain(`| pull request commits ${base.slice(0, 7)}..${head.slice(0, 7)} | 3 |`);
    expect(run.main.summary).toContain('| gitleaks 8.30.1 default rules |');
    expect(run.main.summary).toContain('1 baseline; allowlist');
    expect(leaks(run)).toEqual([]);
  });

  test('a gitleaks-version that is no release fails before anything runs, naming the input', async () => {
    const workspace = tempTree({ 'a.txt': 'fine\n' });
    const run = await runBundledAction('audit', { workspace, inputs: { engine: 'gitleaks', 'gitleaks-version': '8.1' } });
    expect(run.main.exitCode).toBe(1);
    expect(run.main.commands.find((c) => c.command === 'error')?.message).toMatch(/^input 'gitleaks-version': expected a gitleaks release version like 8\.30\.1, got '8\.1'/);
    expect(run.main.outputs).toEqual({});
  });
});
