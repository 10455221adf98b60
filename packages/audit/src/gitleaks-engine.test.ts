// runAudit with engine: gitleaks, against the fake gitleaks (test/support/fake-gitleaks), which
// accepts only gitleaks' real flags, records its command line and returns a canned report.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { GitleaksRunError, type InstallPorts } from '@mcp-secrets/gitleaks-engine';
import { ConfigurationError, Inputs } from '@mcp-secrets/ports';
import { sha1Hex } from '@mcp-secrets/scanner';
import { writeFakeReport, type PlantedLeak } from '../../../test/fixtures/audit/gitleaks-report';
import { prng, TEST_CONFIG, testToken } from '../../../test/fixtures/audit/planted';
import { memoryPorts, type MemoryPorts } from '../../../test/support/memory-ports';
import { commitFiles, git, newRepo, removeTempDirs, tempDir, tempTree } from '../../../test/support/temp-repo';
import { runAudit } from './audit';
import { readAuditOptions, type AuditInputName } from './options';

afterAll(removeTempDirs);

const FAKE_DIR = resolve(__dirname, '../../../test/support/fake-gitleaks');
const next = prng(3030);
const TOKEN_A = testToken(next);
const TOKEN_B = testToken(next);
const PREFIX = 'const key = "';
const RULE = 'generic-api-key';
const DESCRIPTION = 'Detected a Generic API Key, potentially exposing access to various services and sensitive operations.';

const planted = (token: string): string => `// one\n// two\n${PREFIX}${token}";\n`;
const leakIn = (file: string, secret: string, extra: Partial<PlantedLeak> = {}): PlantedLeak => ({
  file,
  line: 3,
  column: PREFIX.length + 1,
  secret,
  ruleId: RULE,
  description: DESCRIPTION,
  tags: ['api'],
  ...extra,
});

/** A tool cache that already holds gitleaks (the fake); nothing is downloaded. */
const cachedGitleaks: InstallPorts = {
  toolCache: {
    find: () => FAKE_DIR,
    downloadTool: () => Promise.reject(new Error('no download expected')),
    extractTar: () => Promise.reject(new Error('no extraction expected')),
    cacheDir: () => Promise.reject(new Error('no caching expected')),
  },
  fetch: { text: () => Promise.reject(new Error('no fetch expected')) },
};

interface FakeRun {
  env: NodeJS.ProcessEnv;
  /** The runner's temp folder, where the audit keeps gitleaks' own report while it runs. */
  runnerTemp: string;
  /** The command lines the fake gitleaks ran with. */
  argv(): string[][];
}

function fakeGitleaks(leaks: PlantedLeak[], env: NodeJS.ProcessEnv = {}): FakeRun {
  const scratch = tempDir('gitleaks-fake-');
  const runnerTemp = join(scratch, 'runner-temp');
  mkdirSync(runnerTemp);
  const argvFile = join(scratch, 'argv.jsonl');
  return {
    env: { PATH: process.env.PATH, RUNNER_TEMP: runnerTemp, FAKE_GITLEAKS_ARGV: argvFile, FAKE_GITLEAKS_REPORT: writeFakeReport(join(scratch, 'canned.json'), leaks), ...env },
    runnerTemp,
    argv: () =>
      readFileSync(argvFile, 'utf8')
        .trim()
        .split('\n')
        .map((line) => (JSON.parse(line) as { argv: string[] }).argv),
  };
}

function gitleaksOptions(workspace: string, given: Partial<Record<AuditInputName, string>> = {}, env: NodeJS.ProcessEnv = {}) {
  const inputs: Partial<Record<AuditInputName, string>> = { engine: 'gitleaks', ...given };
  const get = (name: string): string | undefined => inputs[name as AuditInputName];
  return readAuditOptions(new Inputs({ get }), get, { ...env, GITHUB_WORKSPACE: workspace });
}

async function audit(workspace: string, leaks: PlantedLeak[], given: Partial<Record<AuditInputName, string>> = {}, env: NodeJS.ProcessEnv = {}, gitleaksPorts = cachedGitleaks) {
  const fake = fakeGitleaks(leaks, env);
  const ports = memoryPorts(fake.env);
  const result = await runAudit(ports, gitleaksOptions(workspace, given, env), { gitleaksPorts });
  return { ports, result, ...fake };
}

const shown = (ports: MemoryPorts): string => JSON.stringify([ports.lines, ports.outputs, ports.summary]);

describe('runAudit with engine: gitleaks', () => {
  test("gitleaks' findings go through the same reports, annotations and summary; its own report is deleted", async () => {
    const ws = tempTree({ 'config/gitleaks.toml': TEST_CONFIG, '.gitleaksignore': '# none\n', 'src/a.ts': planted(TOKEN_A), 'b.ts': planted(TOKEN_B) });
    const { ports, result, argv, runnerTemp } = await audit(ws, [leakIn('b.ts', TOKEN_B), leakIn('src/a.ts', TOKEN_A)], { scan: 'files' });

    expect(argv()).toEqual([
      [
        'dir', '.', '--report-format', 'json', '--report-path', expect.stringContaining(runnerTemp), '--exit-code', '0', '--no-banner', '--log-level', 'info',
        '--config', join(ws, 'config/gitleaks.toml'), '--gitleaks-ignore-path', join(ws, '.gitleaksignore'),
      ],
    ]);
    expect(readdirSync(runnerTemp)).toEqual([]);
    expect(result.engine).toBe('gitleaks');
    expect(result.findings.map((f) => [f.File, f.StartLine, f.RuleID])).toEqual([
      ['b.ts', 3, RULE],
      ['src/a.ts', 3, RULE],
    ]);
    expect(ports.masked).toEqual([TOKEN_B, TOKEN_A]);
    expect(ports.lines.filter((l) => l.level === 'error').map((l) => [l.place, l.message])).toEqual([
      [{ title: RULE, file: 'b.ts', startLine: 3, endLine: 3, startColumn: PREFIX.length + 1, endColumn: PREFIX.length + 1 + TOKEN_B.length }, `Secret matched rule ${RULE}: REDACTED`],
      [{ title: RULE, file: 'src/a.ts', startLine: 3, endLine: 3, startColumn: PREFIX.length + 1, endColumn: PREFIX.length + 1 + TOKEN_A.length }, `Secret matched rule ${RULE}: REDACTED`],
    ]);
    expect(ports.lines).toContainEqual({ level: 'info', message: 'Scanning the working tree with gitleaks 8.30.1 with config/gitleaks.toml (gitleaks from the tool cache)' });

    const report = JSON.parse(readFileSync(join(ws, 'gitleaks-report.json'), 'utf8')) as Array<Record<string, unknown>>;
    expect(report.map((f) => [f.File, f.RuleID, f.Secret, f.Match, f.StartColumn, f.Fingerprint])).toEqual([
      ['b.ts', RULE, 'REDACTED', 'REDACTED', PREFIX.length + 2, `b.ts:${RULE}:3`],
      ['src/a.ts', RULE, 'REDACTED', 'REDACTED', PREFIX.length + 2, `src/a.ts:${RULE}:3`],
    ]);
    const sarif = JSON.parse(readFileSync(join(ws, 'gitleaks-report.sarif'), 'utf8'));
    expect(sarif.runs[0].tool.driver.rules).toEqual([
      expect.objectContaining({ id: RULE, shortDescription: { text: DESCRIPTION }, properties: expect.objectContaining({ tags: ['security', 'secret', 'api'] }) }),
    ]);
    expect(sarif.runs[0].results.map((r: { ruleId: string }) => r.ruleId)).toEqual([RULE, RULE]);

    const summary = ports.summary.join('');
    expect(summary).toContain('2 secrets found');
    expect(summary).toMatch(/\| working tree \| n\/a \(gitleaks\) \| 0\.0 MB \| [\d.]+ s \| gitleaks 8\.30\.1 with config\/gitleaks\.toml \|/);
    expect(summary).toContain('0 baseline; allowlist, .gitleaksignore and gitleaks:allow n/a (gitleaks)');
    const everything = shown(ports) + readFileSync(join(ws, 'gitleaks-report.json'), 'utf8') + readFileSync(join(ws, 'gitleaks-report.sarif'), 'utf8');
    for (const token of [TOKEN_A, TOKEN_B]) expect(everything).not.toContain(token.slice(4));
  });

  test('no config: gitleaks picks its own rules, and the summary says so; the detect-secrets baseline filters its findings', async () => {
    const baseline = JSON.stringify({ results: { 'b.ts': [{ type: 'Secret Keyword', hashed_secret: sha1Hex(TOKEN_B), line_number: 3 }] } });
    const ws = tempTree({ 'config/detect-secrets.baseline': baseline, 'a.ts': planted(TOKEN_A), 'b.ts': planted(TOKEN_B) });
    const { ports, result, argv } = await audit(ws, [leakIn('a.ts', TOKEN_A), leakIn('b.ts', TOKEN_B)], { scan: 'files', redact: 'false' });

    // The detect-secrets baseline is not a gitleaks baseline: it must never reach --baseline-path.
    expect(argv()[0]).not.toContain('--baseline-path');
    expect(argv()[0]).not.toContain('--config');
    expect(argv()[0]).not.toContain('--redact');
    expect(result.findings.map((f) => f.File)).toEqual(['a.ts']);
    expect(result.stats).toMatchObject({ findings: 1, suppressed: { baseline: 1 } });
    expect(result.configSource).toBe('gitleaks 8.30.1 default rules');
    expect(ports.summary.join('')).toContain('1 baseline; allowlist, .gitleaksignore and gitleaks:allow n/a (gitleaks)');
    expect(ports.summary.join('')).toContain('| gitleaks 8.30.1 default rules |');
    // redact: false keeps the secret in the report file only.
    expect(readFileSync(join(ws, 'gitleaks-report.json'), 'utf8')).toContain(TOKEN_A);
    expect(shown(ports)).not.toContain(TOKEN_A.slice(4));
  });

  test('gitleaks is given the configuration the audit chose (config/gitleaks.toml, .gitleaks.toml at the repository top); GITLEAKS_CONFIG_TOML it reads itself', async () => {
    const ws = tempTree({ '.gitleaks.toml': TEST_CONFIG, 'config/gitleaks.toml': TEST_CONFIG, 'pkg/a.ts': 'clean\n' });
    const sub = await audit(ws, [], { scan: 'files', path: 'pkg' });
    expect(sub.argv()[0]).toEqual(expect.arrayContaining(['--config', join(ws, '.gitleaks.toml')]));
    expect(sub.result.configSource).toBe('gitleaks 8.30.1 with .gitleaks.toml');
    const inline = await audit(ws, [], { scan: 'files' }, { GITLEAKS_CONFIG_TOML: TEST_CONFIG });
    expect(inline.argv()[0]).not.toContain('--config');
    expect(inline.result.configSource).toBe('gitleaks 8.30.1 with GITLEAKS_CONFIG_TOML');
    // Checked first, like a file: a broken one fails before gitleaks runs.
    await expect(audit(ws, [], { scan: 'files' }, { GITLEAKS_CONFIG_TOML: '[[rules]\n' })).rejects.toThrow(/^GITLEAKS_CONFIG_TOML:1: invalid TOML/);
  });

  test("baseline-path: gitleaks' findings already in the report are dropped by the audit, compared as redact says", async () => {
    const ws = tempTree({ 'a.ts': planted(TOKEN_A), 'b.ts': planted(TOKEN_B) });
    const first = await audit(ws, [leakIn('a.ts', TOKEN_A)], { scan: 'files', 'report-path': 'known.json' });
    expect(first.result.findings).toHaveLength(1);
    const { result, argv } = await audit(ws, [leakIn('a.ts', TOKEN_A), leakIn('b.ts', TOKEN_B)], { scan: 'files', 'baseline-path': 'known.json' });
    expect(argv()[0]).not.toContain('--baseline-path');
    expect(result.findings.map((f) => f.File)).toEqual(['b.ts']);
    expect(result.stats.suppressed.baseline).toBe(1);
  });

  test("a pull request: `gitleaks git` on the event's range; history findings keep their commit", async () => {
    const repo = newRepo('audit-gitleaks-');
    const base = commitFiles(repo, { 'a.txt': 'one\n' }, 'base');
    git(repo, 'checkout', '-q', '-b', 'feature');
    const head = commitFiles(repo, { 'new.ts': planted(TOKEN_A) }, 'add a secret');
    const event = join(tempDir('event-'), 'event.json');
    writeFileSync(event, JSON.stringify({ pull_request: { base: { sha: base }, head: { sha: head } } }));
    const commit = { sha: head, author: 't', email: 't@e', date: '2026-11-23T12:00:00Z', message: 'add a secret' };
    const { ports, result, argv } = await audit(repo, [leakIn('new.ts', TOKEN_A, { commit })], {}, { GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: event });

    expect(argv()[0]?.slice(0, 3)).toEqual(['git', repo, `--log-opts=${base}..${head}`]);
    expect(result.findings.map((f) => [f.File, f.Commit, f.Fingerprint])).toEqual([['new.ts', head, `${head}:new.ts:${RULE}:3`]]);
    expect(ports.lines.find((l) => l.level === 'error')?.place).toMatchObject({ file: 'new.ts', startLine: 3, startColumn: PREFIX.length + 1 });
    // Commits scanned come from gitleaks' log (the fake logs 3).
    expect(ports.summary.join('')).toContain(`| pull request commits ${base.slice(0, 7)}..${head.slice(0, 7)} | 3 |`);
  });

  test('a pull request changing the scan configuration: a warning that engine: gitleaks does not check what it hides', async () => {
    const repo = newRepo('audit-gitleaks-');
    const base = commitFiles(repo, { 'config/gitleaks.toml': TEST_CONFIG }, 'base');
    git(repo, 'checkout', '-q', '-b', 'feature');
    const head = commitFiles(repo, { 'config/gitleaks.toml': `${TEST_CONFIG}\n[allowlist]\npaths = ['''.*''']\n` }, 'allow everything');
    const event = join(tempDir('event-'), 'event.json');
    writeFileSync(event, JSON.stringify({ pull_request: { base: { sha: base }, head: { sha: head } } }));
    const { ports } = await audit(repo, [], {}, { GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: event });
    expect(ports.lines.filter((l) => l.level === 'warning').map((l) => l.message)).toContain(
      'this pull request changes the scan configuration config/gitleaks.toml; engine: gitleaks does not check what the change hides (engine: builtin does)',
    );
  });

  test('gitleaks failing fails the audit: no report is written, its temporary report is gone', async () => {
    const ws = tempTree({ 'a.ts': planted(TOKEN_A) });
    const fake = fakeGitleaks([leakIn('a.ts', TOKEN_A)], { FAKE_GITLEAKS_EXIT: '1', FAKE_GITLEAKS_STDERR: '2:04PM FTL unable to load gitleaks config\n' });
    const run = runAudit(memoryPorts(fake.env), gitleaksOptions(ws, { scan: 'files' }), { gitleaksPorts: cachedGitleaks });
    await expect(run).rejects.toThrow(GitleaksRunError);
    await expect(run).rejects.toThrow('unable to load gitleaks config');
    expect(readdirSync(fake.runnerTemp)).toEqual([]);
    expect(readdirSync(ws)).toEqual(['a.ts']);
  });

  test("the install's notes (a cache that could not be used) become warnings; the verified download still runs", async () => {
    const ws = tempTree({ 'a.ts': 'clean\n' });
    const { ports, result } = await audit(ws, [], { scan: 'files' }, {}, releaseServedLocally());
    expect(result.findings).toEqual([]);
    expect(ports.lines.filter((l) => l.level === 'warning').map((l) => l.message)).toEqual([
      'The Actions cache could not be read (cache service unavailable); downloading the release.',
      'The gitleaks archive was not saved to the Actions cache (cache service unavailable).',
    ]);
    expect(ports.lines).toContainEqual({ level: 'info', message: expect.stringContaining('(gitleaks downloaded, checksum verified)') });
  });

  test('off a runner without RUNNER_TOOL_CACHE, engine: gitleaks is a configuration error naming the input', async () => {
    const ws = tempTree({ 'a.ts': 'clean\n' });
    const get = (name: string): string | undefined => ({ engine: 'gitleaks', scan: 'files' })[name as 'engine' | 'scan'];
    const options = readAuditOptions(new Inputs({ get }), get, { GITHUB_WORKSPACE: ws });
    const error = await runAudit(memoryPorts({}), options).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as ConfigurationError).input).toBe('engine');
    expect((error as Error).message).toContain('RUNNER_TOOL_CACHE is not set');
  });
});

/**
 * Install ports whose tool cache misses and whose Actions cache fails, so the release is
 * "downloaded": a real tar.gz holding the fake gitleaks, with its true SHA-256 in the checksums file.
 */
function releaseServedLocally(): InstallPorts {
  const dir = tempDir('gitleaks-release-');
  mkdirSync(join(dir, 'content'));
  copyFileSync(join(FAKE_DIR, 'gitleaks'), join(dir, 'content', 'gitleaks'));
  const archive = join(dir, 'gitleaks_8.30.1_linux_x64.tar.gz');
  execFileSync('tar', ['-czf', archive, '-C', join(dir, 'content'), 'gitleaks']);
  const sha256 = createHash('sha256').update(readFileSync(archive)).digest('hex');
  const unavailable = (): Promise<never> => Promise.reject(new Error('cache service unavailable'));
  let n = 0;
  return {
    toolCache: {
      find: () => '',
      downloadTool: async () => {
        const copy = join(dir, `download-${n++}`);
        copyFileSync(archive, copy);
        return copy;
      },
      extractTar: async (file) => {
        const out = mkdtempSync(join(dir, 'extracted-'));
        execFileSync('tar', ['-xzf', file, '-C', out]);
        return out;
      },
      cacheDir: async () => join(dir, 'content'),
    },
    cache: { restore: unavailable, save: unavailable },
    fetch: { text: async () => `${sha256}  gitleaks_8.30.1_linux_x64.tar.gz\n` },
  };
}
