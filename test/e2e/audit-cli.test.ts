// `mcp-secrets audit` from the bundled CLI (dist/cli/index.js), as a user runs it: exit codes,
// plain text without a terminal, json and sarif on stdout, and never a secret on the screen.
import { existsSync, readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../../packages/cli/src/cli';
import { prng, TEST_CONFIG, TEST_RULE_ID, testToken } from '../fixtures/audit/planted';
import { runCliBundle } from '../helpers/cli';
import { REPO_ROOT, type ProcessRun } from '../helpers/runner';
import { removeTempDirs, tempTree } from '../support/temp-repo';

afterAll(removeTempDirs);

const next = prng(8080);
const TOKEN_A = testToken(next);
const TOKEN_B = testToken(next);
const PREFIX = 'const key = "';

const planted = (): string =>
  tempTree({ 'config/gitleaks.toml': TEST_CONFIG, 'src/app.ts': `// app\n${PREFIX}${TOKEN_A}";\n`, 'b.env': `B=${TOKEN_B}\n` });

const noSecrets = (run: ProcessRun): void => {
  for (const token of [TOKEN_A, TOKEN_B]) {
    expect(run.stdout).not.toContain(token.slice(4));
    expect(run.stderr).not.toContain(token.slice(4));
  }
};

describe('mcp-secrets audit (bundled CLI)', () => {
  test('findings: exit 1, plain text grouped by file with the redacted line and a caret, then the verdict', async () => {
    const run = await runCliBundle(planted(), ['audit']);
    expect(run.exitCode).toBe(1);
    expect(run.stdout).not.toMatch(/\u001b\[/);
    expect(run.stdout).toContain(
      [
        'src/app.ts (1 finding)',
        `src/app.ts:2:${PREFIX.length + 1} error ${TEST_RULE_ID} Secret matched rule ${TEST_RULE_ID}: REDACTED`,
        `    2 | ${PREFIX}REDACTED";`,
      ].join('\n'),
    );
    const caretLine = run.stdout.split('\n').find((_line, i, all) => all[i - 1] === `    2 | ${PREFIX}REDACTED";`);
    expect(caretLine).toBe(`      | ${' '.repeat(PREFIX.length)}${'^'.repeat('REDACTED'.length)}`);
    expect(run.stdout.trimEnd().split('\n').pop()).toMatch(/^✖ 2 secrets in 3 files \(0\.0 MB, [\d.]+ s; rules: config\/gitleaks\.toml; suppressed: 0 allowlist, 0 \.gitleaksignore, 0 baseline, 0 gitleaks:allow\)$/);
    expect(run.stderr).toContain('Scanning the working tree with config/gitleaks.toml (1 rule)');
    noSecrets(run);
  });

  test('--path: a subfolder is reported from the current folder; no progress line off a terminal', async () => {
    const dir = planted();
    let out = '';
    let err = '';
    const code = await runCli(['audit', '--path', 'src', '--format', 'json'], { out: (t) => void (out += t), err: (t) => void (err += t), color: false, isTTY: false }, {}, dir);
    expect(code).toBe(1);
    expect((JSON.parse(out) as Array<{ File: string; StartColumn: number }>).map((f) => [f.File, f.StartColumn])).toEqual([['src/app.ts', PREFIX.length + 2]]);
    expect(err).not.toContain('\r');
  });

  test('json prints the gitleaks report and sarif the SARIF log, alone on stdout; no file is written unless asked', async () => {
    const dir = planted();
    const json = await runCliBundle(dir, ['audit', '--format', 'json']);
    expect(json.exitCode).toBe(1);
    expect((JSON.parse(json.stdout) as Array<{ File: string; Secret: string }>).map((f) => [f.File, f.Secret])).toEqual([
      ['b.env', 'REDACTED'],
      ['src/app.ts', 'REDACTED'],
    ]);
    const sarif = await runCliBundle(dir, ['audit', '--format', 'sarif', '--report-path', 'out/report.json']);
    expect(JSON.parse(sarif.stdout).runs[0].results).toHaveLength(2);
    expect(existsSync(join(dir, 'gitleaks-report.json'))).toBe(false);
    expect(existsSync(join(dir, 'gitleaks-report.sarif'))).toBe(false);
    expect(JSON.parse(readFileSync(join(dir, 'out', 'report.json'), 'utf8'))).toHaveLength(2);
    noSecrets(json);
    noSecrets(sarif);
  });

  test('a file not scanned: named on stderr with the reason, said with the verdict; --fail-on-skipped true: exit 1', async () => {
    const ws = tempTree({ 'config/gitleaks.toml': TEST_CONFIG, 'a.txt': 'ok\n' });
    symlinkSync('/etc/hostname', join(ws, 'host'));
    const listed = await runCliBundle(ws, ['audit']);
    expect(listed.exitCode).toBe(0);
    expect(listed.stderr).toContain('  host: symbolic link to outside the scanned folder, not followed');
    expect(listed.stdout).toMatch(/^⚠ No secrets found in 2 files .*; 1 file not scanned$/m);
    const failed = await runCliBundle(ws, ['audit', '--fail-on-skipped', 'true']);
    expect(failed.exitCode).toBe(1);
    expect(failed.stdout).toMatch(/^✖ No secrets found .*; 1 file not scanned$/m);
  });

  test('clean: exit 0; fail-on-findings false: exit 0 with the findings shown', async () => {
    const clean = await runCliBundle(tempTree({ 'config/gitleaks.toml': TEST_CONFIG, 'a.txt': 'ok\n' }), ['audit']);
    expect(clean.exitCode).toBe(0);
    expect(clean.stdout).toMatch(/^✔ No secrets found in 2 files/);
    const warn = await runCliBundle(planted(), ['audit', '--fail-on-findings', 'false']);
    expect(warn.exitCode).toBe(0);
    expect(warn.stdout).toMatch(/⚠ 2 secrets in 3 files/);
  });

  test('usage and configuration errors exit 2 and say what to fix', async () => {
    const dir = tempTree({ 'config/gitleaks.toml': '[[rules]\n', 'a.txt': 'x' });
    const config = await runCliBundle(dir, ['audit']);
    expect(config.exitCode).toBe(2);
    expect(config.stderr).toMatch(/mcp-secrets audit: --config, .*config\/gitleaks\.toml:1: invalid TOML/);
    const format = await runCliBundle(dir, ['audit', '--format', 'xml']);
    expect(format.exitCode).toBe(2);
    expect(format.stderr).toContain("unknown format 'xml'");
    const option = await runCliBundle(dir, ['audit', '--bogus']);
    expect(option.exitCode).toBe(2);
    const notGit = await runCliBundle(tempTree({ 'a.txt': 'x' }), ['audit', '--scan', 'git']);
    expect(notGit.exitCode).toBe(2);
    expect(notGit.stderr).toContain('mcp-secrets audit: --scan: ');
    expect(notGit.stderr).toContain('is not inside a git repository (use --scan files to scan a plain folder)');
  });

  test('--write-baseline lists every current finding; the next audit is clean', async () => {
    const dir = planted();
    const write = await runCliBundle(dir, ['audit', '--write-baseline']);
    expect(write.exitCode).toBe(0);
    expect(write.stdout).toBe('Wrote config/detect-secrets.baseline: 2 entries from 2 findings.\n');
    expect(Object.keys(JSON.parse(readFileSync(join(dir, 'config', 'detect-secrets.baseline'), 'utf8')).results)).toEqual(['b.env', 'src/app.ts']);
    const after = await runCliBundle(dir, ['audit']);
    expect(after.exitCode).toBe(0);
    expect(after.stdout).toContain('suppressed: 0 allowlist, 0 .gitleaksignore, 2 baseline');
    noSecrets(write);
    expect(readFileSync(join(dir, 'config', 'detect-secrets.baseline'), 'utf8')).not.toContain(TOKEN_A);
  });

  test("the README's demo: this repository audits clean", async () => {
    const run = await runCliBundle(REPO_ROOT, ['audit']);
    expect(run.stdout).toMatch(/^✔ No secrets found in \d+ files/);
    expect(run.exitCode).toBe(0);
  });
});

describe('mcp-secrets audit on a terminal', () => {
  test('colour, the same text, and still no secret', async () => {
    const dir = planted();
    let out = '';
    let err = '';
    const code = await runCli(['audit'], { out: (t) => void (out += t), err: (t) => void (err += t), color: true, isTTY: true }, {}, dir);
    expect(code).toBe(1);
    expect(out).toMatch(/\u001b\[/);
    expect(out.replace(/\u001b\[[0-9;]*m/g, '')).toContain(`    2 | ${PREFIX}REDACTED";`);
    expect(out + err).not.toContain(TOKEN_A.slice(4));
  });
});
