// Attacks that try to get a secret past the audit without a finding: files the scanner used to
// skip without a word (too large, a NUL byte, UTF-16, binary diffs, hunks over the size limit), files
// it cannot read, and a pull request that changes the scan configuration to silence its own secret.
// Every test plants generated secrets and checks that none of them shows anywhere.
import { execFileSync } from 'node:child_process';
import { readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Inputs } from '@mcp-secrets/ports';
import { scanText, sha1Hex, type Finding } from '@mcp-secrets/scanner';
import { runAudit, readAuditOptions, type AuditInputName } from '@mcp-secrets/audit';
import { FakeSecrets } from '../../packages/scanner/src/rules/builtin/__fixtures__/fake-secrets';
import { prng, TEST_CONFIG, TEST_RULE_ID, testToken } from '../fixtures/audit/planted';
import { runCliBundle } from '../helpers/cli';
import { findLeaks } from '../helpers/leaks';
import { runBundledAction } from '../helpers/runner';
import { memoryPorts, type MemoryPorts } from '../support/memory-ports';
import { commitFiles, git, newRepo, removeTempDirs, tempDir, tempTree } from '../support/temp-repo';

afterAll(removeTempDirs);

const next = prng(110011);
const TOKENS = Array.from({ length: 6 }, () => testToken(next));
const [TOKEN_A = '', TOKEN_B = '', TOKEN_C = ''] = TOKENS;
const PREFIX = 'const key = "';
const MiB = 1024 * 1024;
/** The scanner's old per-file and per-hunk limit. */
const OLD_LIMIT = 10 * MiB;

type Given = Partial<Record<AuditInputName, string>>;

async function audit(workspace: string, given: Given = {}, env: NodeJS.ProcessEnv = {}) {
  const get = (name: string): string | undefined => given[name as AuditInputName];
  const ports = memoryPorts(env);
  const result = await runAudit(ports, readAuditOptions(new Inputs({ get }), get, { ...env, GITHUB_WORKSPACE: workspace }), {});
  return { ports, result };
}

/** Every place a secret could leak to: log lines, annotations, outputs, the summary and the report files. */
function leaked(ports: MemoryPorts, workspace: string, secrets: string[]): string[] {
  const files = ['gitleaks-report.json', 'gitleaks-report.sarif'].map((name) => {
    try {
      return readFileSync(join(workspace, name), 'utf8');
    } catch {
      return '';
    }
  });
  const shown = JSON.stringify([ports.lines, ports.outputs, ports.summary]) + files.join('');
  return secrets.filter((s) => shown.includes(s.slice(4)));
}

const summaryOf = (ports: MemoryPorts): string => ports.summary.join('');
const annotations = (ports: MemoryPorts, level: string) => ports.lines.filter((l) => l.level === level && l.place?.file !== undefined);
/** Lines of filler text, `count` of them, with no secret. */
const filler = (count: number): string => 'the quick brown fox jumps over the lazy dog 0123456789\n'.repeat(count);

describe('audit evasion: no file is left unscanned silently', () => {
  test('a secret in a file over the old 10 MiB limit is found at its exact line and column', async () => {
    const lines = Math.ceil((OLD_LIMIT + MiB) / 56);
    const ws = tempTree({ 'config/gitleaks.toml': TEST_CONFIG, 'big.txt': `${filler(lines)}${PREFIX}${TOKEN_A}";\n` });
    const { ports, result } = await audit(ws);
    expect(result.findings.map((f) => [f.File, f.StartLine, f.columns.start])).toEqual([['big.txt', lines + 1, PREFIX.length + 1]]);
    expect(result.verdict).toBe('fail');
    expect(leaked(ports, ws, TOKENS)).toEqual([]);
  }, 120_000);

  test('a secret after a leading NUL byte is found at its exact line', async () => {
    const ws = tempTree({ 'config/gitleaks.toml': TEST_CONFIG });
    writeFileSync(join(ws, 'notes.txt'), Buffer.concat([Buffer.from([0, 1, 2, 0]), Buffer.from(`\n// two\n${PREFIX}${TOKEN_A}";\n`)]));
    const { ports, result } = await audit(ws);
    expect(result.findings.map((f) => [f.File, f.StartLine])).toEqual([['notes.txt', 3]]);
    expect(leaked(ports, ws, TOKENS)).toEqual([]);
  });

  test('a secret in a UTF-16LE file (as Windows PowerShell writes them) is found at its line and column', async () => {
    const ws = tempTree({ 'config/gitleaks.toml': TEST_CONFIG });
    writeFileSync(join(ws, 'env.ps1.txt'), Buffer.from(`\ufeff# exported\r\n$env:TOKEN = "${TOKEN_A}"\r\n`, 'utf16le'));
    const { result } = await audit(ws);
    expect(result.findings.map((f) => [f.File, f.StartLine, f.columns.start])).toEqual([['env.ps1.txt', 2, '$env:TOKEN = "'.length + 1]]);
  });

  test('secrets in the text runs of a binary file (ASCII and UTF-16LE) are found at their lines', async () => {
    const ws = tempTree({ 'config/gitleaks.toml': TEST_CONFIG });
    const junk = Buffer.from(new FakeSecrets(5).bytes(4096)).map((b) => (b === 10 ? 0 : b));
    writeFileSync(
      join(ws, 'app.db'),
      Buffer.concat([Buffer.from([0x7f, 0x45, 0, 0]), junk, Buffer.from(`\ntoken=${TOKEN_A}\0\0`), junk, Buffer.from('\n\n'), Buffer.from(`secret ${TOKEN_B} `, 'utf16le'), junk]),
    );
    const { ports, result } = await audit(ws);
    expect(result.findings.map((f) => [f.File, f.StartLine, f.Tags.includes('binary-text')])).toEqual([
      ['app.db', 2, true],
      ['app.db', 4, true],
    ]);
    expect(summaryOf(ports)).toMatch(/1 binary file scanned as its text/);
    expect(leaked(ports, ws, TOKENS)).toEqual([]);
  });

  test('PEM private keys across every scan window boundary are each found once, whole, as in one whole-text scan', async () => {
    const fake = new FakeSecrets(77);
    // Keys back to back over 8.5 MiB: wherever the windows end and their overlaps begin, a key straddles it.
    const keys: string[] = [];
    let size = 0;
    while (size < 8.5 * MiB) {
      const key = ['-----BEGIN RSA PRIVATE KEY-----', ...fake.pemBody(1190), '-----END RSA PRIVATE KEY-----', `# key ${keys.length}`, ''].join('\n');
      keys.push(key);
      size += key.length;
    }
    const text = keys.join('');
    const ws = tempTree({ 'keys.txt': text });
    const { result } = await audit(ws, { annotations: 'false', 'report-path': '', 'sarif-path': '' });
    const lines = (findings: Finding[]): number[][] => findings.filter((f) => f.RuleID === 'private-key').map((f) => [f.StartLine, f.EndLine]);
    // The oracle: the same text scanned in one piece (the rule's own allowlist drops a random body now and then).
    const whole = lines(scanText(text, { path: 'keys.txt' }).findings);
    expect(whole.length).toBeGreaterThan(keys.length * 0.99);
    expect(lines(result.findings)).toEqual(whole);
    for (const [start = 0, end = 0] of whole) expect(end - start).toBe(26);
  }, 120_000);

  test('a secret at the end of a 20 MB single-line file is found at its line and column', async () => {
    const ws = tempTree({ 'config/gitleaks.toml': TEST_CONFIG, 'bundle.min.js': `// header\n${'var a=1;'.repeat(2.5 * 1024 * 1024)}k="${TOKEN_A}";\n` });
    const { result } = await audit(ws);
    expect(result.findings.map((f) => [f.StartLine, f.columns.start])).toEqual([[2, 20 * MiB + 'k="'.length + 1]]);
  }, 120_000);

  test('a symbolic link out of the repository is listed as not scanned, with the reason, in a warning and the summary', async () => {
    const outside = tempTree({ 'id_rsa.txt': `${PREFIX}${TOKEN_C}";\n` });
    const ws = tempTree({ 'config/gitleaks.toml': TEST_CONFIG, 'a.txt': 'fine\n' });
    symlinkSync(join(outside, 'id_rsa.txt'), join(ws, 'creds.txt'));
    const { ports, result } = await audit(ws);
    expect(result.findings).toEqual([]);
    expect(result.verdict).toBe('warn');
    const warning = annotations(ports, 'warning').find((l) => l.place?.file === 'creds.txt');
    expect(warning?.message).toMatch(/not scanned: symbolic link to outside the scanned folder/);
    expect(summaryOf(ports)).toMatch(/Not scanned[\s\S]*<code>creds\.txt<\/code>[\s\S]*symbolic link to outside the scanned folder, not followed/);
    expect(leaked(ports, ws, TOKENS)).toEqual([]);
  });

  test('a file not scanned whose name carries a newline and a workflow command is listed inert, on one line', async () => {
    const ws = tempTree({ 'config/gitleaks.toml': TEST_CONFIG, 'a.txt': 'fine\n' });
    const name = 'x\n::stop-commands::pwned\n::error::fake';
    symlinkSync('/etc/hostname', join(ws, name));
    const { ports } = await audit(ws);
    const logged = ports.lines.filter((l) => l.message.includes('stop-commands'));
    expect(logged.length).toBeGreaterThan(0);
    for (const line of logged) expect(line.message).not.toMatch(/\n|::/);
    expect(summaryOf(ports)).not.toMatch(/\n::/);
  });

  test('a FIFO in the scanned folder is listed as not scanned, and the scan does not wait on it', async () => {
    const ws = tempTree({ 'config/gitleaks.toml': TEST_CONFIG, 'a.txt': 'fine\n' });
    execFileSync('mkfifo', [join(ws, 'pipe')]);
    const { ports, result } = await audit(ws);
    expect(result.verdict).toBe('warn');
    expect(summaryOf(ports)).toMatch(/<code>pipe<\/code>[\s\S]*not a regular file/);
  });

  test('fail-on-skipped: a file left unscanned fails the audit, and the list says which and why', async () => {
    const ws = tempTree({ 'config/gitleaks.toml': TEST_CONFIG, 'a.txt': 'fine\n' });
    symlinkSync('/etc/hostname', join(ws, 'link'));
    const { ports, result } = await audit(ws, { 'fail-on-skipped': 'true' });
    expect(result.verdict).toBe('fail');
    expect(result.headline).toBe('no secrets found, 1 file not scanned');
    expect(summaryOf(ports)).toContain('<code>link</code>');
  });

  test("an allowlisted path is the configuration's choice, not a file left unscanned", async () => {
    const ws = tempTree({ 'config/gitleaks.toml': `${TEST_CONFIG}\n[allowlist]\npaths = ['''^vendor/''']\n`, 'vendor/lib.js': `${PREFIX}${TOKEN_A}";\n` });
    const { ports, result } = await audit(ws, { 'fail-on-skipped': 'true' });
    expect(result.verdict).toBe('pass');
    expect(summaryOf(ports)).not.toMatch(/Not scanned/);
  });
});

describe('audit evasion: history and pull request diffs', () => {
  function pullRequest(files: Record<string, string | Buffer>, prepare: (repo: string) => void = () => undefined) {
    const repo = newRepo('evasion-');
    const base = commitFiles(repo, { 'config/gitleaks.toml': TEST_CONFIG, 'README.md': 'hello\n' }, 'base');
    git(repo, 'checkout', '-q', '-b', 'feature');
    prepare(repo);
    for (const [path, content] of Object.entries(files)) writeFileSync(join(repo, path), content);
    const head = commitFiles(repo, {}, 'the pull request');
    const event = join(tempDir('event-'), 'event.json');
    writeFileSync(event, JSON.stringify({ pull_request: { number: 7, base: { sha: base }, head: { sha: head } } }));
    return { repo, base, head, env: { GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: event } };
  }

  test('a secret at the end of a hunk over the old 10 MiB limit is found at its exact line', async () => {
    const lines = Math.ceil((OLD_LIMIT + MiB) / 56);
    const { repo, env, head } = pullRequest({ 'data.txt': `${filler(lines)}${PREFIX}${TOKEN_A}";\n` });
    const { ports, result } = await audit(repo, {}, env);
    expect(result.findings.map((f) => [f.File, f.StartLine, f.Commit])).toEqual([['data.txt', lines + 1, head]]);
    expect(leaked(ports, repo, TOKENS)).toEqual([]);
  }, 120_000);

  test('a secret in a binary file the pull request adds (git says "Binary files differ") is found', async () => {
    const { repo, env } = pullRequest({ 'blob.bin': Buffer.concat([Buffer.from([0, 0, 0, 1]), Buffer.from(`\n${PREFIX}${TOKEN_A}";\n`)]) });
    const { ports, result } = await audit(repo, {}, env);
    expect(result.findings.map((f) => [f.File, f.StartLine])).toEqual([['blob.bin', 2]]);
    expect(leaked(ports, repo, TOKENS)).toEqual([]);
  });

  test('a .gitattributes "-diff" that makes git show a .env file as binary does not hide its secret', async () => {
    const { repo, env } = pullRequest({ '.gitattributes': '*.env -diff\n', 'prod.env': `A=1\nTOKEN=${TOKEN_A}\n` });
    const { result } = await audit(repo, {}, env);
    expect(result.findings.map((f) => [f.File, f.StartLine])).toEqual([['prod.env', 2]]);
  });
});

describe('audit evasion: a pull request cannot silence the audit by changing its configuration', () => {
  function pullRequest(baseFiles: Record<string, string>, prFiles: Record<string, string>, removed: string[] = []) {
    const repo = newRepo('silence-');
    const base = commitFiles(repo, { 'config/gitleaks.toml': TEST_CONFIG, 'README.md': 'hello\n', ...baseFiles }, 'base');
    git(repo, 'checkout', '-q', '-b', 'feature');
    for (const path of removed) git(repo, 'rm', '-q', path);
    const head = commitFiles(repo, prFiles, 'the pull request');
    const event = join(tempDir('event-'), 'event.json');
    writeFileSync(event, JSON.stringify({ pull_request: { number: 7, base: { sha: base }, head: { sha: head } } }));
    return { repo, env: { GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: event } };
  }
  const leak = { 'src/app.ts': `// app\n${PREFIX}${TOKEN_A}";\n` };
  const note = (file: string) => `suppressed by this pull request's change to ${file}`;
  /** The summary escapes quotes as HTML entities. */
  const inSummary = (text: string) => text.replace(/'/g, '&#39;');

  test("a PR adding [allowlist] paths = ['''.*'''] to config/gitleaks.toml still fails, with a note on the finding", async () => {
    const { repo, env } = pullRequest({}, { ...leak, 'config/gitleaks.toml': `${TEST_CONFIG}\n[allowlist]\npaths = ['''.*''']\n` });
    const { ports, result } = await audit(repo, {}, env);
    expect(result.verdict).toBe('fail');
    expect(result.findings.map((f) => [f.File, f.StartLine, f.RuleID])).toEqual([['src/app.ts', 2, TEST_RULE_ID]]);
    const error = annotations(ports, 'error')[0];
    expect(error?.place).toMatchObject({ file: 'src/app.ts', startLine: 2 });
    expect(error?.message).toContain(note('config/gitleaks.toml'));
    expect(summaryOf(ports)).toContain(inSummary(note('config/gitleaks.toml')));
    expect(leaked(ports, repo, TOKENS)).toEqual([]);
  });

  test('a PR adding its own finding to .gitleaksignore still fails, with a note', async () => {
    const { repo, env } = pullRequest({ '.gitleaksignore': '# reviewed\n' }, { ...leak, '.gitleaksignore': `# reviewed\nsrc/app.ts:${TEST_RULE_ID}:2\n` });
    const { ports, result } = await audit(repo, {}, env);
    expect(result.findings).toHaveLength(1);
    expect(annotations(ports, 'error')[0]?.message).toContain(note('.gitleaksignore'));
  });

  test('a PR adding its own secret to the detect-secrets baseline still fails, with a note', async () => {
    const baseline = { version: '1.5.0', results: { 'src/app.ts': [{ type: 'Secret Keyword', filename: 'src/app.ts', hashed_secret: sha1Hex(TOKEN_A), is_verified: false, line_number: 2 }] } };
    const { repo, env } = pullRequest({}, { ...leak, 'config/detect-secrets.baseline': JSON.stringify(baseline) });
    const { ports, result } = await audit(repo, {}, env);
    expect(result.findings).toHaveLength(1);
    expect(annotations(ports, 'error')[0]?.message).toContain(note('config/detect-secrets.baseline'));
  });

  test('a PR deleting config/gitleaks.toml (and the custom rule that finds its secret) still fails, with a note', async () => {
    const { repo, env } = pullRequest({}, leak, ['config/gitleaks.toml']);
    const { ports, result } = await audit(repo, {}, env);
    expect(result.findings.map((f) => f.RuleID)).toEqual([TEST_RULE_ID]);
    expect(annotations(ports, 'error')[0]?.message).toContain(note('config/gitleaks.toml'));
  });

  test('a PR whose configuration change hides nothing passes, and says it compared', async () => {
    const { repo, env } = pullRequest({}, { 'src/app.ts': '// clean\n', 'config/gitleaks.toml': `${TEST_CONFIG}\n[allowlist]\npaths = ['''^docs/''']\n` });
    const { ports, result } = await audit(repo, {}, env);
    expect(result.verdict).toBe('pass');
    expect(summaryOf(ports)).toContain(inSummary("changes config/gitleaks.toml: also scanned with the base branch's version; it hides nothing"));
  });

  test('gitleaks:allow comments the PR adds on its own lines are listed as suppressed inline by this PR', async () => {
    const { repo, env } = pullRequest({}, { 'src/app.ts': `// app\n${PREFIX}${TOKEN_A}"; // gitleaks:allow\n` });
    const { ports, result } = await audit(repo, {}, env);
    expect(result.findings).toEqual([]);
    expect(result.verdict).toBe('warn');
    const notice = ports.lines.find((l) => l.level === 'notice' && l.place?.file === 'src/app.ts');
    expect(notice?.place).toMatchObject({ startLine: 2 });
    expect(notice?.message).toMatch(/suppressed inline by this pull request/);
    expect(summaryOf(ports)).toMatch(/Suppressed inline by this pull request[\s\S]*src\/app\.ts/);
    expect(leaked(ports, repo, TOKENS)).toEqual([]);
  });
});

describe('audit evasion, end to end (bundled action and CLI in child processes)', () => {
  test("the audit action fails a PR that allowlists everything, and the gate's audit part too", async () => {
    const repo = newRepo('silence-e2e-');
    const base = commitFiles(repo, { 'config/gitleaks.toml': TEST_CONFIG }, 'base');
    git(repo, 'checkout', '-q', '-b', 'feature');
    const head = commitFiles(repo, { 'config/gitleaks.toml': `${TEST_CONFIG}\n[allowlist]\npaths = ['''.*''']\n`, 'app.ts': `${PREFIX}${TOKEN_A}";\n` }, 'pr');
    const event = join(tempDir('event-'), 'event.json');
    writeFileSync(event, JSON.stringify({ pull_request: { number: 7, base: { sha: base }, head: { sha: head } } }));
    const env = { GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: event };
    const action = await runBundledAction('audit', { workspace: repo, env });
    expect(action.main.exitCode).toBe(1);
    expect(action.main.outputs.findings).toBe('1');
    expect(action.main.commands.find((c) => c.command === 'error' && c.properties.file === 'app.ts')?.message).toContain("suppressed by this pull request's change to config/gitleaks.toml");
    expect(findLeaks(action, TOKENS)).toEqual([]);
    const gate = await runBundledAction('.', { workspace: repo, env, inputs: { 'audit-upload-artifact': 'false' } });
    expect(gate.main.outputs['failed-parts']).toContain('audit');
    expect(findLeaks(gate, TOKENS)).toEqual([]);
  }, 120_000);

  test('the CLI finds a secret at the end of a 96 MiB file with a 64 MB heap, and fail-on-skipped fails on a symlink', async () => {
    const ws = tempTree({ 'config/gitleaks.toml': TEST_CONFIG });
    const lines = Math.ceil((96 * MiB) / 56);
    writeFileSync(join(ws, 'huge.log'), filler(lines) + `${PREFIX}${TOKEN_B}";\n`);
    const run = await runCliBundle(ws, ['audit', '--scan', 'files', '--format', 'json'], { NODE_OPTIONS: '--max-old-space-size=64' });
    expect(run.stderr).not.toMatch(/heap out of memory/i);
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain(`huge.log`);
    expect(run.stdout + run.stderr).not.toContain(TOKEN_B.slice(4));
    symlinkSync('/etc/hostname', join(ws, 'link'));
    const skipped = await runCliBundle(ws, ['audit', '--scan', 'files', '--fail-on-skipped', 'true', '--format', 'json'], { NODE_OPTIONS: '--max-old-space-size=64' });
    expect(skipped.exitCode).toBe(1);
    expect(skipped.stderr).toMatch(/link.*symbolic link/);
  }, 180_000);
});
