// runGitleaks against test/support/fake-gitleaks/gitleaks, which accepts only gitleaks' real flags,
// records its command line and writes a canned report.
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { GitleaksRunError, runGitleaks, type RunGitleaksOptions } from './run';

const FAKE = resolve(__dirname, '../../../../test/support/fake-gitleaks/gitleaks');
// Key-shaped values built at run time, so this file holds no contiguous token.
const GH = ['ghp', '_', 'R4nd0mL00k1ngT0k3nV4lu3F0rT3st1ng0000'].join('');

const ROW = {
  RuleID: 'aws-access-token',
  Description: 'AWS Access Key',
  StartLine: 1,
  EndLine: 1,
  StartColumn: 15,
  EndColumn: 34,
  Match: 'REDACTED',
  Secret: 'REDACTED',
  File: 'app/config.go',
  SymlinkFile: '',
  Commit: '',
  Entropy: 3.0841837,
  Author: '',
  Email: '',
  Date: '',
  Message: '',
  Tags: [],
  Fingerprint: 'app/config.go:aws-access-token:1',
};
// gitleaks 8.2x adds Link, which Finding does not carry.
const REPORT = [{ ...ROW, Link: '' }];

let dir: string;
let workspace: string;
let argvFile: string;
let reportFile: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'run-gitleaks-'));
  workspace = join(dir, 'workspace');
  mkdirSync(join(workspace, 'app'), { recursive: true });
  argvFile = join(dir, 'argv.jsonl');
  reportFile = join(dir, 'canned.json');
  writeFileSync(reportFile, JSON.stringify(REPORT));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));
beforeEach(() => mkdirSync(join(dir, 'out')));

function run(over: Partial<RunGitleaksOptions>, env: Record<string, string> = {}): ReturnType<typeof runGitleaks> {
  let t = 1000;
  return runGitleaks({
    binary: FAKE,
    mode: 'files',
    root: workspace,
    redact: 100,
    reportPath: join(dir, 'out', 'gitleaks-report.json'),
    env: { PATH: process.env.PATH ?? '', FAKE_GITLEAKS_ARGV: argvFile, FAKE_GITLEAKS_REPORT: reportFile, ...env },
    now: () => (t += 250),
    ...over,
  });
}

function recorded(): Array<{ argv: string[]; cwd: string }> {
  return readFileSync(argvFile, 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as { argv: string[]; cwd: string });
}

describe('runGitleaks', () => {
  test('files: `gitleaks dir` from the workspace, report parsed into findings and stats', async () => {
    const result = await run({ relativeTo: workspace });
    const reportPath = join(dir, 'out', 'gitleaks-report.json');
    const args = ['dir', '.', '--report-format', 'json', '--report-path', reportPath, '--exit-code', '0', '--no-banner', '--log-level', 'info', '--redact'];
    expect(recorded()).toEqual([{ argv: args, cwd: workspace }]);
    expect(result.args).toEqual(args);
    expect(result.findings).toEqual([{ ...ROW, columns: { start: 15, end: 35 } }]);
    expect(result.stats).toEqual({
      filesScanned: 0,
      bytesScanned: 2048,
      commitsScanned: 0,
      skipped: { unreadable: 0, symlinks: 0, special: 0, allowlistedPaths: 0 },
      skippedFiles: [],
      binaryFiles: 0,
      suppressed: { allowlist: 0, inline: 0, placeholder: 0, lowEntropy: 0, checksum: 0, ignoreFile: 0, baseline: 0 },
      truncatedWindows: 0,
      findings: 1,
      durationMs: 250,
    });
    expect(result.warnings).toEqual([]);
  });

  test('files: a subfolder is passed relative to the workspace so findings are named from it', async () => {
    await run({ root: join(workspace, 'app'), relativeTo: workspace });
    expect(recorded()[0]).toMatchObject({ argv: expect.arrayContaining(['dir', 'app']), cwd: workspace });
    expect(recorded()[0]?.argv.slice(0, 2)).toEqual(['dir', 'app']);
  });

  test('files: a folder outside the workspace is passed absolute', async () => {
    const outside = join(dir, 'elsewhere');
    mkdirSync(outside);
    await run({ root: outside, relativeTo: workspace });
    expect(recorded()[0]?.argv.slice(0, 2)).toEqual(['dir', outside]);
  });

  test('git: `gitleaks git <repo>` with configuration, baseline, ignore file and partial redaction', async () => {
    const result = await run({ mode: 'git', config: join(workspace, '.gitleaks.toml'), baselinePath: join(dir, 'baseline.json'), ignorePath: join(workspace, '.gitleaksignore'), redact: 40 });
    expect(recorded()).toEqual([
      {
        argv: [
          'git',
          workspace,
          '--report-format',
          'json',
          '--report-path',
          join(dir, 'out', 'gitleaks-report.json'),
          '--exit-code',
          '0',
          '--no-banner',
          '--log-level',
          'info',
          '--redact=40',
          '--config',
          join(workspace, '.gitleaks.toml'),
          '--baseline-path',
          join(dir, 'baseline.json'),
          '--gitleaks-ignore-path',
          join(workspace, '.gitleaksignore'),
        ],
        cwd: workspace,
      },
    ]);
    expect(result.stats.commitsScanned).toBe(3);
    // History columns follow gitleaks' later-line rule (see trueColumns).
    expect(result.findings[0]?.columns).toEqual({ start: 14, end: 34 });
  });

  test('diff: the range becomes --log-opts; redact 0 passes no --redact; history metadata is kept', async () => {
    writeFileSync(reportFile, JSON.stringify([{ ...ROW, Match: `token = "${GH}"`, Secret: GH, Commit: 'abc123', Author: 'Dev', Email: 'dev@example.com', Date: '2026-11-01T10:00:00Z', Message: 'add config', Tags: ['key'] }]));
    const result = await run({ mode: 'diff', range: 'base123..head456', redact: 0 });
    const argv = recorded()[0]?.argv ?? [];
    expect(argv.slice(0, 3)).toEqual(['git', workspace, '--log-opts=base123..head456']);
    expect(argv.some((a) => a.startsWith('--redact'))).toBe(false);
    expect(result.findings[0]).toMatchObject({ Secret: GH, Commit: 'abc123', Author: 'Dev', Message: 'add config', Tags: ['key'] });
  });

  test('diff: raw log options are joined as gitleaks expects; a spaced option or no range is refused', async () => {
    await run({ mode: 'diff', logOpts: ['--max-count=2', 'head456'] });
    expect(recorded()[0]?.argv[2]).toBe('--log-opts=--max-count=2 head456');
    await expect(run({ mode: 'diff' })).rejects.toThrow('gitleaks diff mode needs a revision range (base..head) or log options');
    await expect(run({ mode: 'git', logOpts: ['--author=A B'] })).rejects.toThrow("git log option '--author=A B' contains whitespace");
  });

  test('an empty report is no findings; gitleaks warnings are passed on', async () => {
    writeFileSync(reportFile, '[]');
    const result = await run({}, { FAKE_GITLEAKS_STDERR: '2:04PM WRN skipping symlink: a/b\n2:04PM INF scanned ~10 bytes (10 bytes) in 1ms\n' });
    expect(result.findings).toEqual([]);
    expect(result.stats).toMatchObject({ findings: 0, bytesScanned: 10 });
    expect(result.warnings).toEqual(['skipping symlink: a/b']);
  });

  test('a stale report from an earlier run is removed first', async () => {
    const reportPath = join(dir, 'out', 'gitleaks-report.json');
    writeFileSync(reportPath, JSON.stringify(REPORT));
    await expect(run({}, { FAKE_GITLEAKS_EXIT: '0' })).rejects.toThrow(`gitleaks exited 0 but wrote no report at ${reportPath}`);
    expect(existsSync(reportPath)).toBe(false);
  });

  test('a fatal error (exit 1) carries gitleaks’ own reason and points at the configuration', async () => {
    const error = await run(
      { config: 'custom.toml' },
      { FAKE_GITLEAKS_EXIT: '1', FAKE_GITLEAKS_STDERR: '2:04PM FTL unable to load gitleaks config, err: While parsing config: toml: line 3: expected =\n' },
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GitleaksRunError);
    expect(error).toMatchObject({ exitCode: 1 });
    expect((error as Error).message).toBe(
      `gitleaks failed with exit code 1: unable to load gitleaks config, err: While parsing config: toml: line 3: expected = (if the message is about the configuration, check custom.toml)`,
    );
  });

  test('exit 126 (a flag this gitleaks does not know) asks for a newer version', async () => {
    await expect(run({}, { FAKE_GITLEAKS_EXIT: '126', FAKE_GITLEAKS_STDERR: 'Error: unknown flag: --gitleaks-ignore-path\n' })).rejects.toThrow(
      'gitleaks rejected its command line (Error: unknown flag: --gitleaks-ignore-path); engine: gitleaks needs gitleaks 8.19.0 or newer, check the version input',
    );
  });

  test('the fake rejects flags gitleaks does not have, so the command line above is real', async () => {
    const fake = join(dir, 'fake-with-bad-flag');
    writeFileSync(fake, `#!/bin/sh\nexec "${FAKE}" dir . --no-such-flag\n`);
    chmodSync(fake, 0o755);
    await expect(run({ binary: fake })).rejects.toThrow(/unknown flag: --no-such-flag/);
  });

  test('a missing or non-executable binary says so', async () => {
    await expect(run({ binary: join(dir, 'nope', 'gitleaks') })).rejects.toThrow(`cannot run gitleaks at ${join(dir, 'nope', 'gitleaks')} (not found)`);
    const plain = join(dir, 'plain');
    writeFileSync(plain, 'not a program');
    chmodSync(plain, 0o644);
    await expect(run({ binary: plain })).rejects.toThrow(`cannot run gitleaks at ${plain} (not executable)`);
  });

  test('a report that is not gitleaks JSON names the report file', async () => {
    writeFileSync(reportFile, '{"oops": true}');
    await expect(run({})).rejects.toThrow(`${join(dir, 'out', 'gitleaks-report.json')}: expected gitleaks' JSON report (an array of findings), got object`);
  });
});
