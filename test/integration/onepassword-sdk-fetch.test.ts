// fetchPinnedSdk with the real @actions/tool-cache against a local registry serving tarballs packed
// from node_modules (pinned here by what is served): download, sha512 check, tool cache, and the
// real SDK loaded from the cache, its WebAssembly core included. Signing in needs 1Password, so
// the sign-in is checked only up to the SDK's own refusal of a malformed token.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as toolCache from '@actions/tool-cache';
import { fetchPinnedSdk, PINNED_SDK, serviceAccountOpener, type PinnedPackage } from '@mcp-secrets/onepassword-sdk';
import { integrityOf, packInstalled, startNpmRegistry, type NpmRegistry } from '../support/npm-registry';
import { REPO_ROOT } from '../helpers/runner';

const TARBALLS = PINNED_SDK.map((pkg) => ({ pkg, body: packInstalled(REPO_ROOT, pkg.name) }));
const PINS: PinnedPackage[] = TARBALLS.map(({ pkg, body }) => ({ ...pkg, integrity: integrityOf(body) }));

let registry: NpmRegistry;
const saved = { RUNNER_TOOL_CACHE: process.env.RUNNER_TOOL_CACHE, RUNNER_TEMP: process.env.RUNNER_TEMP };
beforeEach(async () => {
  process.env.RUNNER_TOOL_CACHE = mkdtempSync(join(tmpdir(), 'tool-cache-'));
  process.env.RUNNER_TEMP = mkdtempSync(join(tmpdir(), 'runner-temp-'));
  registry = await startNpmRegistry();
  for (const { pkg, body } of TARBALLS) registry.serve(pkg.name, pkg.version, body);
});
afterEach(async () => {
  Object.assign(process.env, saved);
  await registry.close();
});

const fetchSdk = (packages: PinnedPackage[] = PINS) => fetchPinnedSdk({ registry: registry.url, packages, toolCache });
const cachedDir = (): string => toolCache.find('mcp-secrets-1password-sdk', '0.5.0');

test('downloads both tarballs, checks them, caches them and loads the SDK with its WebAssembly core', async () => {
  const sdk = await fetchSdk();
  expect(registry.requests).toEqual(['/@1password/sdk/-/sdk-0.5.0.tgz', '/@1password/sdk-core/-/sdk-core-0.5.0.tgz']);
  const cached = cachedDir();
  expect(JSON.parse(readFileSync(join(cached, 'pins.json'), 'utf8'))).toEqual(PINS);
  expect(readFileSync(join(cached, 'node_modules', '@1password', 'sdk-core', 'nodejs', 'core_bg.wasm')).length).toBeGreaterThan(10_000_000);

  // The SDK's core runs: it refuses a malformed token itself, and the token is in no message.
  const open = serviceAccountOpener(async () => sdk);
  const token = 'ops_not-a-token-planted-4d1c';
  await expect(open(token)).rejects.toMatchObject({ name: 'OnePasswordError', kind: 'auth', message: expect.stringMatching(/invalid service account token.*\(check OP_SERVICE_ACCOUNT_TOKEN\)$/) });
  await expect(open(token)).rejects.not.toThrow('planted');

  // A second run on the same runner takes it from the tool cache.
  await fetchSdk();
  expect(registry.requests).toHaveLength(2);
});

test('a tarball that is not the pinned one is refused before extraction; nothing is cached', async () => {
  registry.serve('@1password/sdk-core', '0.5.0', packInstalled(REPO_ROOT, '@1password/sdk-core', { 'nodejs/extra.js': 'module.exports = "swapped";\n' }));
  await expect(fetchSdk()).rejects.toMatchObject({
    name: 'OnePasswordError',
    kind: 'sdk',
    message: `the tarball of @1password/sdk-core@0.5.0 from ${registry.url}/@1password/sdk-core/-/sdk-core-0.5.0.tgz is not the pinned one (sha512 differs); nothing was extracted or loaded`,
  });
  expect(cachedDir()).toBe('');
});

test('a cached folder for other pins is not used', async () => {
  await fetchSdk();
  const other = PINS.map((pkg) => ({ ...pkg, integrity: integrityOf(Buffer.from(pkg.name)) }));
  await expect(fetchSdk(other)).rejects.toMatchObject({ kind: 'sdk', message: expect.stringContaining('@1password/sdk@0.5.0') });
  expect(registry.requests).toHaveLength(3);
});

test('a registry without the package is an error naming the URL', async () => {
  const missing = [{ name: '@1password/sdk', version: '9.9.9', integrity: PINS[0].integrity }];
  await expect(fetchSdk(missing)).rejects.toMatchObject({
    kind: 'sdk',
    message: expect.stringMatching(new RegExp(`^could not download 1Password's SDK @1password/sdk@9\\.9\\.9 from ${registry.url.replace(/\./g, '\\.')}/@1password/sdk/-/sdk-9\\.9\\.9\\.tgz: .*404`)),
  });
});
