// Attacks on the configuration a repository gives the audit and ops-controls (issue 11, "Hangs and
// memory"): regexes that backtrack forever, configuration files that are devices, pipes, symlinks
// out of the repository or far too large, and configurations with absurd numbers of rules, keywords
// or absurdly long patterns. Each must end in a clear error naming the file (exit 2) or a completed
// run, in bounded time, and no value planted outside the repository may appear in any output.
// The bundled CLI runs in a child process with a deadline, so an attack that hangs fails its test
// instead of hanging the suite.
import { execFileSync } from 'node:child_process';
import { closeSync, openSync, readFileSync, symlinkSync, writeFileSync, ftruncateSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigurationError } from '@mcp-secrets/ports';
import { compileConfig, loadConfig, scanText } from '@mcp-secrets/scanner';
import { BASE62, FakeSecrets } from '../../packages/scanner/src/rules/builtin/__fixtures__/fake-secrets';
import { CLI_BUNDLE } from '../helpers/cli';
import { spawnNode, type ProcessRun } from '../helpers/runner';
import { git, newRepo, removeTempDirs, tempDir, tempTree, writeFiles } from '../support/temp-repo';

afterAll(removeTempDirs);

/** Far above what any of these runs needs (a second or two), far below "forever". */
const DEADLINE_MS = 60_000;
jest.setTimeout(DEADLINE_MS * 2);

const fake = new FakeSecrets(4404);
/** Planted outside the repository: reading it through the repository would leak it. */
const OUTSIDE_SECRET = `tok_${fake.chars(BASE62, 32)}`;
/** 31 letters then a non-letter: `(\p{L}+)+$` tries 2^31 ways to split the run before failing. */
// 31 letters and a non-letter: what makes (\p{L}+)+$ backtrack exponentially. Not filler (one
// letter repeated would be a placeholder the scan drops before any allowlist runs).
const LETTERS = 'qzmwhrtkvlpxsbdngfjcyeuoiqzmwhr!';
const CATASTROPHIC = '(\\p{L}+)+$';

function cli(cwd: string, args: string[]): Promise<ProcessRun> {
  return spawnNode(CLI_BUNDLE, args, { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: cwd }, cwd, DEADLINE_MS);
}

function audit(cwd: string, ...args: string[]): Promise<ProcessRun> {
  return cli(cwd, ['audit', '--scan', 'files', '--format', 'json', ...args]);
}

function expectRefused(run: ProcessRun, ...messages: RegExp[]): void {
  expect({ exitCode: run.exitCode, stderr: run.stderr }).toEqual({ exitCode: 2, stderr: expect.stringMatching(messages[0] as RegExp) });
  for (const message of messages.slice(1)) expect(run.stderr).toMatch(message);
  expect(`${run.stdout}\n${run.stderr}`).not.toContain(OUTSIDE_SECRET);
}

/** A folder outside the repository holding a file with the planted secret. */
function outsideFile(name: string, content = `${OUTSIDE_SECRET}\n`): string {
  const file = join(tempDir('outside-'), name);
  writeFileSync(file, content);
  return file;
}

/** A sparse file of `bytes` (no disk space used): reading it whole would take that much memory. */
function sparseFile(path: string, bytes: number): void {
  const fd = openSync(path, 'w');
  ftruncateSync(fd, bytes);
  closeSync(fd);
}

const SPARSE_BYTES = 1.5 * 1024 ** 3;
const RULE = `[[rules]]\nid = "tok"\nregex = '''tok_[A-Za-z0-9]{32}'''\nkeywords = ["tok_"]\n`;

describe('audit: configuration files the repository controls', () => {
  test.each([
    ['config/gitleaks.toml', /config\/gitleaks\.toml/],
    ['config/detect-secrets.baseline', /config\/detect-secrets\.baseline/],
    ['.gitleaksignore', /\.gitleaksignore/],
  ])('%s committed as a symlink to /dev/zero is refused, naming the file', async (file, named) => {
    const repo = tempTree({ 'src/a.js': 'const a = 1;\n' });
    writeFiles(repo, { [`${file}.keep`]: '' });
    symlinkSync('/dev/zero', join(repo, file));
    expectRefused(await audit(repo), /outside the repository/, named);
  });

  test('config/gitleaks.toml committed as a symlink to a file outside the repository is refused, its content never printed', async () => {
    const repo = tempTree({ 'src/a.js': 'const a = 1;\n', 'config/.keep': '' });
    symlinkSync(outsideFile('secret.toml'), join(repo, 'config', 'gitleaks.toml'));
    expectRefused(await audit(repo), /config\/gitleaks\.toml.*outside the repository/);
  });

  test('a symlink that stays inside the repository is followed', async () => {
    const repo = tempTree({ 'src/a.js': `const a = "tok_${fake.chars(BASE62, 32)}";\n`, 'shared/rules.toml': RULE, 'config/.keep': '' });
    symlinkSync('../shared/rules.toml', join(repo, 'config', 'gitleaks.toml'));
    const run = await audit(repo);
    expect(run.exitCode).toBe(1);
    expect(JSON.parse(run.stdout)).toEqual([expect.objectContaining({ RuleID: 'tok', File: 'src/a.js' })]);
  });

  test('config/gitleaks.toml committed as a named pipe is refused instead of blocking on open', async () => {
    const repo = tempTree({ 'src/a.js': 'const a = 1;\n', 'config/.keep': '' });
    execFileSync('mkfifo', [join(repo, 'config', 'gitleaks.toml')]);
    expectRefused(await audit(repo), /config\/gitleaks\.toml.*not a regular file/);
  });

  test.each([
    ['config/gitleaks.toml', /config\/gitleaks\.toml.*larger than the 4 MiB/],
    ['config/detect-secrets.baseline', /config\/detect-secrets\.baseline.*larger than the 16 MiB/],
    ['.gitleaksignore', /\.gitleaksignore.*larger than the 8 MiB/],
  ])('a sparse 1.5 GiB %s is refused before it is read', async (file, message) => {
    const repo = tempTree({ 'src/a.js': 'const a = 1;\n', [`${file}.keep`]: '' });
    sparseFile(join(repo, file), SPARSE_BYTES);
    expectRefused(await audit(repo), message);
  });

  test('[extend] path = "/dev/zero" is refused with the file and line of the [extend]', async () => {
    const repo = tempTree({ 'src/a.js': 'const a = 1;\n', 'config/gitleaks.toml': `title = "t"\n\n[extend]\npath = "/dev/zero"\n` });
    expectRefused(await audit(repo), /config\/gitleaks\.toml:3.*\[extend\] path.*outside the repository/);
  });

  test('[extend] path to a file outside the repository is refused, its content never printed', async () => {
    const outside = outsideFile('base.toml', `[[rules]]\nid = "leak"\nregex = '''${OUTSIDE_SECRET}'''\n`);
    const repo = tempTree({ 'src/a.js': 'const a = 1;\n', 'config/gitleaks.toml': `[extend]\npath = "${outside}"\n` });
    expectRefused(await audit(repo), /\[extend\] path.*outside the repository/);
  });

  test('a CLI --config outside the repository is the user\'s own file: read, but /dev/zero is still refused', async () => {
    const repo = tempTree({ 'src/a.js': `const a = "tok_${fake.chars(BASE62, 32)}";\n` });
    const own = join(tempDir('own-config-'), 'rules.toml');
    writeFileSync(own, RULE);
    expect((await audit(repo, '--config', own)).exitCode).toBe(1);
    expectRefused(await audit(repo, '--config', '/dev/zero'), /\/dev\/zero.*not a regular file/);
  });
});

describe('audit, engine: gitleaks: the files gitleaks would read itself', () => {
  // Checked before gitleaks is even installed: these runs never reach a download.
  test.each([
    ['config/gitleaks.toml', /config\/gitleaks\.toml/],
    ['.gitleaks.toml', /\.gitleaks\.toml/],
    ['.gitleaksignore', /\.gitleaksignore/],
  ])('%s committed as a symlink to /dev/zero is refused instead of hanging gitleaks', async (file, named) => {
    const repo = tempTree({ 'src/a.js': 'const a = 1;\n', [`${file}.keep`]: '' });
    symlinkSync('/dev/zero', join(repo, file));
    expectRefused(await audit(repo, '--engine', 'gitleaks'), named);
  });

  test('a .gitleaks.toml whose [extend] path is a named pipe is refused', async () => {
    const repo = tempTree({ 'src/a.js': 'const a = 1;\n', '.gitleaks.toml': '[extend]\npath = "base.toml"\n' });
    execFileSync('mkfifo', [join(repo, 'base.toml')]);
    expectRefused(await audit(repo, '--engine', 'gitleaks'), /base\.toml.*not a regular file/);
  });
});

describe('audit: regexes from the repository run in linear time', () => {
  const finds = (run: ProcessRun): string[] => (JSON.parse(run.stdout) as Array<{ RuleID: string }>).map((f) => f.RuleID);

  test(`a rule regex ${CATASTROPHIC} against 31 letters completes`, async () => {
    const repo = tempTree({
      // Go's `$` without (?m) is the end of the text: the last line, without a newline, matches.
      'words.txt': `${LETTERS}\nZebra`,
      'config/gitleaks.toml': `[[rules]]\nid = "letters"\nregex = '''${CATASTROPHIC}'''\n`,
    });
    const run = await audit(repo);
    expect(run.exitCode).toBe(1);
    expect(finds(run)).toEqual(['letters']);
  });

  test(`an allowlist regex ${CATASTROPHIC} that runs on every match completes`, async () => {
    const repo = tempTree({
      'words.txt': `key ${LETTERS}\n`,
      'config/gitleaks.toml': `${`[[rules]]\nid = "key"\nregex = '''key [a-z!]+'''\nkeywords = ["key"]\n`}\n[[allowlists]]\nregexTarget = "line"\nregexes = ['''${CATASTROPHIC}''']\n`,
    });
    const run = await audit(repo);
    expect(run.exitCode).toBe(1);
    expect(finds(run)).toEqual(['key']);
  });

  test(`rule and global allowlist path regexes ^${CATASTROPHIC} against a 31-letter file name complete`, async () => {
    const repo = tempTree({
      [LETTERS]: 'key value\n',
      'config/gitleaks.toml': `[[rules]]\nid = "by-path"\npath = '''^${CATASTROPHIC}'''\n\n[[allowlists]]\npaths = ['''^${CATASTROPHIC}''']\n`,
    });
    const run = await audit(repo);
    expect(run.exitCode).toBe(0);
    expect(finds(run)).toEqual([]);
  });
});

describe('audit: configurations of absurd size are refused with the rule and line', () => {
  test('a TOML with a million rules is refused by its size, before it is parsed', async () => {
    const rules = Array.from({ length: 1_000_000 }, (_, i) => `[[rules]]\nid = "r${i}"\nregex = '''x${i}'''\n`).join('');
    const repo = tempTree({ 'src/a.js': 'const a = 1;\n', 'config/gitleaks.toml': rules });
    expectRefused(await audit(repo), /config\/gitleaks\.toml.*larger than the 4 MiB/);
  });

  const place = (toml: string): ConfigurationError => {
    try {
      compileConfig(loadConfig({ text: toml, path: 'config/gitleaks.toml' }));
    } catch (error) {
      if (error instanceof ConfigurationError) return error;
      throw error;
    }
    throw new Error('the configuration was accepted');
  };

  test('6,000 small rules are refused: more rules than the cap', () => {
    const toml = Array.from({ length: 6000 }, (_, i) => `[[rules]]\nid = "r${i}"\nregex = '''x${i}'''\n`).join('');
    expect(place(toml).message).toMatch(/config\/gitleaks\.toml.*6000 rules.*at most 5000/);
  });

  test('a rule with 100,000 keywords is refused with its id and line', () => {
    const keywords = Array.from({ length: 100_000 }, (_, i) => `"k${i}"`).join(',');
    const error = place(`title = "t"\n\n[[rules]]\nid = "many-keywords"\nregex = '''k\\d+'''\nkeywords = [${keywords}]\n`);
    expect(error).toMatchObject({ file: expect.stringMatching(/config\/gitleaks\.toml$/), line: 3 });
    expect(error.message).toMatch(/rule 'many-keywords'.*100000 keywords.*at most 1000/);
  });

  test('a global allowlist with 100,000 stopwords is refused', () => {
    const words = Array.from({ length: 100_000 }, (_, i) => `"w${i}"`).join(',');
    expect(place(`${RULE}\n[[allowlists]]\nstopwords = [${words}]\n`).message).toMatch(/global allowlist.*100000 stopwords.*at most 10000/);
  });

  test('a rule regex of 100,000 characters is refused with its id and line', () => {
    const error = place(`\n[[rules]]\nid = "long"\nregex = '''${'a'.repeat(100_000)}'''\n`);
    expect(error).toMatchObject({ file: expect.stringMatching(/config\/gitleaks\.toml$/), line: 2 });
    expect(error.message).toMatch(/rule 'long'.*regex.*100000 characters.*at most 4096/);
  });

  test('an allowlist regex of 100,000 characters is refused', () => {
    expect(place(`${RULE}[rules.allowlist]\nregexes = ['''${'a'.repeat(100_000)}''']\n`).message).toMatch(/rule 'tok' allowlist.*100000 characters/);
  });

  test('a short rule regex whose compiled program is absurdly large is refused with its id', () => {
    const error = place(`[[rules]]\nid = "huge-program"\nregex = '''${'\\w{1000}'.repeat(40)}'''\n`);
    expect(error).toMatchObject({ file: expect.stringMatching(/config\/gitleaks\.toml$/), line: 1 });
    expect(error.message).toMatch(/rule 'huge-program'.*too large/);
  });

  test('a configuration within the caps still loads and scans', () => {
    const config = compileConfig(loadConfig({ text: `${RULE}[[allowlists]]\nregexTarget = "line"\nregexes = ['''${CATASTROPHIC}''']\n` }));
    const secret = `tok_${fake.chars(BASE62, 32)}`;
    expect(scanText(`x = "${secret}"\n`, { config }).findings.map((f) => f.Secret)).toEqual([secret]);
  });
});

describe('ops-controls: configuration files the repository controls', () => {
  function repoWith(files: Record<string, string>): string {
    const repo = newRepo('hostile-controls-');
    writeFiles(repo, files);
    // Files planted after this are untracked: the checks read the working tree all the same.
    git(repo, 'add', '-A');
    return repo;
  }

  function opsControls(repo: string, checks: string): Promise<ProcessRun> {
    return cli(repo, ['ops-controls', '--format', 'json', '--checks', checks, '--fail-on', 'never']);
  }

  function check(run: ProcessRun, id: string): { status: string; details: string } {
    const report = JSON.parse(run.stdout) as { checks: Array<{ id: string; status: string; details: string }> };
    const found = report.checks.find((c) => c.id === id);
    if (found === undefined) throw new Error(`no check ${id} in the report: ${run.stdout}${run.stderr}`);
    return found;
  }

  test('[extend] path = "/dev/zero" in the gitleaks configuration fails the check instead of hanging', async () => {
    const repo = repoWith({ 'config/gitleaks.toml': `[extend]\npath = "/dev/zero"\n${RULE}` });
    const run = await opsControls(repo, 'gitleaks-config');
    expect(run.exitCode).toBe(0);
    expect(check(run, 'gitleaks-config')).toMatchObject({ status: 'fail', details: expect.stringMatching(/\[extend\] path.*outside the repository/) });
  });

  test('.sops.yaml committed as a symlink to a file outside the repository fails the check, its content never printed', async () => {
    const repo = repoWith({ 'config/secrets.enc.yaml': 'a: 1\n' });
    symlinkSync(outsideFile('sops.yaml', `creation_rules:\n  - pgp: ${OUTSIDE_SECRET}\n`), join(repo, '.sops.yaml'));
    const run = await opsControls(repo, 'sops-policy');
    expect(check(run, 'sops-policy')).toMatchObject({ status: 'fail', details: expect.stringMatching(/\.sops\.yaml.*outside the repository/) });
    expect(`${run.stdout}${run.stderr}${readFileSync(join(repo, 'ops-controls-report.json'), 'utf8')}`).not.toContain(OUTSIDE_SECRET);
  });

  test('a sparse 1.5 GiB .github/mcp-secrets.yml is refused before it is read', async () => {
    const repo = repoWith({ '.github/.keep': '' });
    sparseFile(join(repo, '.github', 'mcp-secrets.yml'), SPARSE_BYTES);
    const run = await opsControls(repo, 'gitleaks-config');
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toMatch(/\.github\/mcp-secrets\.yml.*larger than the 4 MiB/);
  });

  test("a .sops.yaml path_regex '([a-z]+)+$' against a bundle path of 31 letters and a slash completes", async () => {
    const repo = repoWith({
      '.github/mcp-secrets.yml': `controls:\n  bundle: ${'a'.repeat(31)}/\n`,
      '.sops.yaml': `creation_rules:\n  - path_regex: '([a-z]+)+$'\n    age: age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p\n`,
    });
    const run = await opsControls(repo, 'sops-policy');
    expect(run.exitCode).toBe(0);
    expect(check(run, 'sops-policy')).toMatchObject({ status: 'warn', details: expect.stringMatching(/no creation rule's `path_regex` matches/) });
  });

  test('a CODEOWNERS pattern of 30 stars against a bundle path of 60 letters completes', async () => {
    // A SOPS policy: the repository uses SOPS, so the bundle path is one CODEOWNERS must cover.
    const repo = repoWith({
      '.github/mcp-secrets.yml': `controls:\n  bundle: ${'a'.repeat(60)}\n`,
      '.sops.yaml': 'creation_rules:\n  - path_regex: .*\n',
      '.github/CODEOWNERS': `${'a*'.repeat(30)}b @org/security\n`,
    });
    const run = await opsControls(repo, 'codeowners-secrets');
    expect(run.exitCode).toBe(0);
    expect(check(run, 'codeowners-secrets')).toMatchObject({ status: 'fail', details: expect.stringContaining(`${'a'.repeat(60)} has no owner`) });
  });
});
