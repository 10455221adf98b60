// Hostile input: the attacks of test/hostile, each run once through the bundle the runner would
// run (or the CLI), with the wall time, the peak memory of the process and how it ended. The
// tests assert the outcome; this prints what it costs (issue 11: bounded time and memory).
import { execFileSync } from 'node:child_process';
import { closeSync, existsSync, ftruncateSync, mkdirSync, mkdtempSync, openSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { NODE, ROOT, bundleHelper, runnerEnv, table, timeProcess } from './lib.mjs';

const require = createRequire(import.meta.url);
const inputs = require(bundleHelper('bench/hostile-inputs.ts', 'hostile-inputs'));
const fake = new inputs.FakeSecrets(20261202);
const TOKEN = `tkn_${fake.chars(inputs.BASE62, 32)}`;
const TEST_RULE = `[[rules]]\nid = "test-token"\nregex = '''\\b(tkn_[A-Za-z0-9]{32})\\b'''\nsecretGroup = 1\nkeywords = ["tkn_"]\n`;
const WF = '.github/workflows';
// GNU time reports the peak resident set of the process it runs (%M, in KB).
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

function tree(files) {
  const dir = mkdtempSync(join(tmpdir(), 'bench-hostile-'));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

function sparse(path, bytes) {
  mkdirSync(dirname(path), { recursive: true });
  const fd = openSync(path, 'w');
  ftruncateSync(fd, bytes);
  closeSync(fd);
}

function gitRepo(files) {
  const dir = tree(files);
  const git = (...args) => execFileSync('git', ['-c', 'user.name=b', '-c', 'user.email=b@e', '-c', 'commit.gpgsign=false', ...args], { cwd: dir, stdio: 'ignore' });
  git('init', '-q', '-b', 'main');
  git('add', '-A', '-f');
  git('commit', '-q', '-m', 'init');
  return dir;
}

/** One run: the script with runner inputs (an action) or CLI arguments, in `cwd`. */
async function measure(script, args, cwd, env) {
  const [cmd, argv] = TIME ? [TIME, ['-f', '%M', NODE, script, ...args]] : [NODE, [script, ...args]];
  const run = await timeProcess(cmd, argv, { cwd, env });
  const lines = run.stderr.trimEnd().split('\n');
  const peakKb = TIME ? Number(lines.pop()) : NaN;
  return { ms: run.ms, peakMb: peakKb / 1024, code: run.code, said: outcome(run.stdout, lines).slice(0, 90) };
}

/** The audit's JSON report as a count; otherwise the step's first error, or the CLI's first stderr line. */
function outcome(stdout, stderrLines) {
  try {
    const report = JSON.parse(stdout);
    if (Array.isArray(report)) return `${report.length} finding(s)`;
  } catch {
    // not a JSON report
  }
  const error = stdout.split('\n').find((l) => l.startsWith('::error'));
  if (error !== undefined) return error.replace(/^::error[^:]*::/, '').replace(/%0A.*/, '');
  return stderrLines.find((l) => l.trim() !== '') ?? (stdout.split('\n').find((l) => l.startsWith('Checked')) ?? '');
}

const action = (id) => join(ROOT, 'dist', id, 'index.js');
const cli = join(ROOT, 'dist', 'cli', 'index.js');
const runAction = (id, workspace, extra = {}) => measure(action(id), [], workspace, runnerEnv({ GITHUB_WORKSPACE: workspace, ...extra }));
const runCli = (cwd, args, extra = {}) => measure(cli, args, cwd, { PATH: process.env.PATH, HOME: cwd, ...extra });
const audit = (cwd, ...args) => runCli(cwd, ['audit', '--scan', 'files', '--format', 'json', ...args]);

const key = await inputs.ageKey();
const bundle = await inputs.encryptedBundle(key, '1');
const bombed = () => gitRepo({ ...inputs.compliantFiles(key, bundle), [inputs.BUNDLE]: inputs.withAliasBomb(bundle), [`${WF}/bomb.yml`]: inputs.aliasBombWorkflow() });

const CASES = [
  ['audit', 'config/gitleaks.toml -> /dev/zero', () => {
    const dir = tree({ 'a.js': 'x\n', 'config/.keep': '' });
    symlinkSync('/dev/zero', join(dir, 'config/gitleaks.toml'));
    return audit(dir);
  }],
  ['audit', 'rule regex (\\p{L}+)+$ on 31 letters', () => audit(tree({ 'a.txt': `${'a'.repeat(31)}!\n`, 'config/gitleaks.toml': `[[rules]]\nid = "r"\nregex = '''(\\p{L}+)+$'''\n` }))],
  ['audit', 'TOML of 1,000,000 rules (30 MB)', () => {
    const rules = Array.from({ length: 1_000_000 }, (_, i) => `[[rules]]\nid = "r${i}"\nregex = '''x${i}'''\n`).join('');
    return audit(tree({ 'a.js': 'x\n', 'config/gitleaks.toml': rules }));
  }],
  ['audit', 'secret at the end of a 96 MiB file, 64 MB heap', () => {
    const body = 'the quick brown fox jumps over the lazy dog 0123456789\n'.repeat(1_797_559);
    const dir = tree({ 'config/gitleaks.toml': TEST_RULE, 'huge.log': `${body}const key = "${TOKEN}";\n` });
    return runCli(dir, ['audit', '--scan', 'files', '--format', 'json'], { NODE_OPTIONS: '--max-old-space-size=64' });
  }],
  ['audit', 'secret after a leading NUL byte', () => audit(tree({ 'config/gitleaks.toml': TEST_RULE, 'notes.txt': `\0\u0001\u0002\0\nconst key = "${TOKEN}";\n` }))],
  ['audit', '50 MB random binary with a secret in a text run', () => {
    const dir = tree({ 'config/gitleaks.toml': TEST_RULE });
    writeFileSync(join(dir, 'app.db'), Buffer.concat([Buffer.from(fake.bytes(4096)), Buffer.from(`\ntoken=${TOKEN}\0`), Buffer.from(fake.bytes(50 * 1024 * 1024))]));
    return audit(dir);
  }],
  ['workflow-permission-check', 'alias bomb workflow (9 levels x 10)', () => runAction('workflow-permission-check', tree({ [`${WF}/bomb.yml`]: inputs.aliasBombWorkflow() }))],
  ['workflow-permission-check', '<< merge-key bomb workflow', () => runAction('workflow-permission-check', tree({ [`${WF}/bomb.yml`]: inputs.mergeBombWorkflow() }))],
  ['workflow-permission-check', 'workflow nested 5,000 deep', () => runAction('workflow-permission-check', tree({ [`${WF}/deep.yml`]: inputs.deepWorkflow(5000) }))],
  ['workflow-permission-check', '6 MB workflow of 100,000 injections', () => runAction('workflow-permission-check', tree({ [`${WF}/huge.yml`]: inputs.manyFindingsWorkflow(100_000) }))],
  ['workflow-permission-check', '250,000 unclosed ${{ in one run:', () => runAction('workflow-permission-check', tree({ [`${WF}/u.yml`]: inputs.unclosedExpressionsWorkflow() }))],
  ['workflow-permission-check', 'sparse 1.5 GiB workflow', () => {
    const dir = tree({ [`${WF}/ok.yml`]: 'on: push\njobs: {}\n' });
    sparse(join(dir, WF, 'huge.yml'), 1536 * 1024 * 1024);
    return runAction('workflow-permission-check', dir);
  }],
  ['sync', 'alias bomb before the sops: block', () => runAction('sync', tree({ [inputs.BUNDLE]: inputs.withAliasBomb(bundle) }), { SOPS_AGE_KEY: key.identity })],
  ['sync', 'SOPS bundle -> /dev/zero', () => {
    const dir = tree({ 'config/.keep': '' });
    symlinkSync('/dev/zero', join(dir, inputs.BUNDLE));
    return runAction('sync', dir, { SOPS_AGE_KEY: key.identity });
  }],
  ['ops-controls', 'alias bombs in bundle and workflow', () => runAction('ops-controls', bombed(), { 'INPUT_SOPS-AGE-KEY': key.identity })],
  ['gate', 'alias bombs in bundle and workflow', () => runAction('gate', bombed())],
];

const rows = [['step', 'attack', 'wall s', 'peak MB', 'exit', 'what it said']];
for (const [step, name, run] of CASES) {
  const r = await run();
  rows.push([step, name, (r.ms / 1000).toFixed(2), Number.isNaN(r.peakMb) ? 'n/a' : r.peakMb.toFixed(0), String(r.code), r.said]);
}
table(rows);
if (!TIME) process.stdout.write('(peak memory needs GNU time at /usr/bin/time)\n');
