// `mcp-secrets audit --triage` from the bundled CLI: answers typed on a real terminal (a pseudo-terminal
// from util-linux `script`, as the command refuses to ask anything when stdin is not a terminal),
// the baseline saved after every answer, and never a secret on the screen or in the file.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { prng, TEST_CONFIG, testToken } from '../fixtures/audit/planted';
import { CLI_BUNDLE, runCliBundle } from '../helpers/cli';
import { NODE_BIN, type ProcessRun } from '../helpers/runner';
import { removeTempDirs, tempTree } from '../support/temp-repo';

afterAll(removeTempDirs);

const next = prng(1616);
const TOKEN_ENV = testToken(next);
const TOKEN_APP = testToken(next);
const BASELINE = join('config', 'detect-secrets.baseline');

const planted = (): string => tempTree({ 'config/gitleaks.toml': TEST_CONFIG, 'b.env': `# env\nB=${TOKEN_ENV}\n`, 'src/app.ts': `const key = "${TOKEN_APP}";\n` });

const quote = (word: string): string => `'${word.replace(/'/g, `'\\''`)}'`;

/** `mcp-secrets <args>` on a pseudo-terminal, `typed` fed to it as keystrokes; the terminal's output. */
function onTerminal(cwd: string, args: string[], typed: string): Promise<ProcessRun> {
  const command = [NODE_BIN, CLI_BUNDLE, ...args].map(quote).join(' ');
  return new Promise((resolvePromise, reject) => {
    const child = spawn('script', ['-qec', command, '/dev/null'], { cwd, env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: cwd, NO_COLOR: '1' }, timeout: 60_000, killSignal: 'SIGKILL' });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => resolvePromise({ exitCode: code ?? -1, stdout: stdout.replace(/\r\n/g, '\n'), stderr }));
    child.stdin.end(typed);
  });
}

interface Entry {
  filename: string;
  is_secret?: boolean;
}
const verdicts = (dir: string): Record<string, boolean | undefined> => {
  const results = (JSON.parse(readFileSync(join(dir, BASELINE), 'utf8')) as { results: Record<string, Entry[]> }).results;
  return Object.fromEntries(Object.values(results).flat().map((e) => [e.filename, e.is_secret]));
};

const noSecrets = (...texts: string[]): void => {
  for (const text of texts) for (const token of [TOKEN_ENV, TOKEN_APP]) expect(text).not.toContain(token.slice(4));
};

async function withBaseline(): Promise<string> {
  const dir = planted();
  expect((await runCliBundle(dir, ['audit', '--write-baseline'])).exitCode).toBe(0);
  return dir;
}

describe('mcp-secrets audit --triage (bundled CLI)', () => {
  test('each entry shown redacted; a secret still fails the audit, a false positive is suppressed', async () => {
    const dir = await withBaseline();
    const run = await onTerminal(dir, ['audit', '--triage'], 'maybe\ny\nn\n');
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toContain('[1/2] b.env:2  test-token\n    2 | B=REDACTED\n');
    expect(run.stdout).toContain('[2/2] src/app.ts:1  test-token\n    1 | const key = "REDACTED";\n');
    expect(run.stdout).toContain('Please answer y, n, s or q.');
    expect(run.stdout).toContain('config/detect-secrets.baseline: 1 marked secret, 1 not a secret, 0 skipped; 0 not audited yet.');
    expect(verdicts(dir)).toEqual({ 'b.env': true, 'src/app.ts': false });

    const audit = await runCliBundle(dir, ['audit', '--format', 'json']);
    expect(audit.exitCode).toBe(1);
    expect((JSON.parse(audit.stdout) as Array<{ File: string }>).map((f) => f.File)).toEqual(['b.env']);
    noSecrets(run.stdout, run.stderr, readFileSync(join(dir, BASELINE), 'utf8'));
  });

  test('quitting keeps the answers given; the next session asks only about the rest', async () => {
    const dir = await withBaseline();
    expect((await onTerminal(dir, ['audit', '--triage'], 'n\nq\n')).exitCode).toBe(0);
    expect(verdicts(dir)).toEqual({ 'b.env': false, 'src/app.ts': undefined });
    const again = await onTerminal(dir, ['audit', '--triage'], 's\n');
    expect(again.stdout).toContain('[1/1] src/app.ts:1');
    expect(again.stdout).toContain('0 marked secret, 0 not a secret, 1 skipped; 1 not audited yet.');
    const done = await onTerminal(dir, ['audit', '--triage'], 'y\n');
    expect(verdicts(dir)).toEqual({ 'b.env': false, 'src/app.ts': true });
    noSecrets(again.stdout, done.stdout);
    expect((await onTerminal(dir, ['audit', '--triage'], '')).stdout).toContain('Every entry of config/detect-secrets.baseline is audited already.');
  });

  test('usage errors (exit 2): stdin not a terminal, or no baseline to triage', async () => {
    const dir = await withBaseline();
    const before = readFileSync(join(dir, BASELINE), 'utf8');
    const piped = await runCliBundle(dir, ['audit', '--triage']);
    expect(piped.exitCode).toBe(2);
    expect(piped.stderr).toContain('--triage asks about each entry on a terminal, and stdin is not one');
    expect(readFileSync(join(dir, BASELINE), 'utf8')).toBe(before);

    rmSync(join(dir, BASELINE));
    const missing = await onTerminal(dir, ['audit', '--triage'], '');
    expect(missing.exitCode).toBe(2);
    expect(missing.stdout).toContain('no baseline at config/detect-secrets.baseline (write one with `mcp-secrets audit --write-baseline` first)');
    expect(existsSync(join(dir, BASELINE))).toBe(false);
  });
});
