// loadBundle with 1Password: the bundle from op-item and op-secrets, the SOPS age identity from a
// 1Password field, and fallback: sops when 1Password fails. The store is the in-memory port.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { OnePasswordError, type OnePasswordStore, type OpItem } from '@mcp-secrets/onepassword';
import { Inputs, runnerInputSource } from '@mcp-secrets/ports';
import { encryptSops, generateAgeIdentity, type GeneratedAgeIdentity } from '@mcp-secrets/sops';
import { memoryPorts, type MemoryPorts } from '../../../test/support/memory-ports';
import { memoryStore } from '../../../test/support/memory-onepassword';
import { loadBundle } from './load-bundle';
import { readSyncOptions } from './options';

const TOKEN = 'ops_load-bundle-planted-token';
const CI_ITEM: OpItem = {
  id: 'item-ci',
  title: 'CI bundle',
  vaultId: 'v1',
  version: 3,
  sections: [{ id: 'sec-prod', label: 'prod' }],
  fields: [
    { id: 'f1', label: 'MCP_SECRETS_VERSION', value: '9' },
    { id: 'f2', label: 'OPENAI_API_KEY', value: 'op-planted-openai-7c1' },
    { id: 'f3', label: 'password', sectionId: 'sec-prod', value: 'op-planted-prod-pass-2b' },
    { id: 'f4', label: 'notes' },
  ],
};
const SOPS_BUNDLE = { MCP_SECRETS_VERSION: '12', DB_PASSWORD: 'sops-planted-pass-8d' };

let identity: GeneratedAgeIdentity;
let workspace: string;
beforeAll(async () => {
  identity = await generateAgeIdentity();
  workspace = mkdtempSync(join(tmpdir(), 'load-bundle-'));
  mkdirSync(join(workspace, 'config'));
  const { text } = await encryptSops({ data: SOPS_BUNDLE }, { fileName: 'config/secrets.enc.yaml', recipients: [identity.recipient] });
  writeFileSync(join(workspace, 'config', 'secrets.enc.yaml'), text);
});

const ageKeyItem = (): OpItem => ({ id: 'item-age', title: 'SOPS Age key', vaultId: 'v1', sections: [], fields: [{ id: 'k1', label: 'private', value: identity.identity }] });

function setUp(inputs: Record<string, string>, env: Record<string, string> = {}, store: OnePasswordStore = memoryStore([CI_ITEM, ageKeyItem()])) {
  const all = {
    HOME: '/home/runner',
    GITHUB_WORKSPACE: workspace,
    OP_SERVICE_ACCOUNT_TOKEN: TOKEN,
    ...env,
    ...Object.fromEntries(Object.entries(inputs).map(([name, value]) => [`INPUT_${name.toUpperCase()}`, value])),
  };
  const source = runnerInputSource(all);
  const options = readSyncOptions(new Inputs(source, all), (name) => source.get(name), all);
  const opened: string[] = [];
  const openServiceAccount = async (token: string): Promise<OnePasswordStore> => (opened.push(token), store);
  const ports = memoryPorts(all);
  return { ports, opened, load: () => loadBundle(ports, options, { openServiceAccount }) };
}

/** Nothing reaches a log line, the summary or an output before it is masked (the ports record no values otherwise). */
const visible = (ports: MemoryPorts): string => JSON.stringify([ports.lines, ports.summary, ports.outputs]);

describe('loadBundle from 1Password', () => {
  test('op-item is the bundle, op-secrets add to or replace its keys; every value and the token are masked', async () => {
    const { ports, opened, load } = setUp({
      'op-item': 'op://MCP/ci bundle',
      'op-secrets': 'PROD_PASSWORD=op://mcp/item-ci/prod/password\nOPENAI_API_KEY=op://v1/CI bundle/OPENAI_API_KEY',
    });
    const loaded = await load();
    expect(loaded).toMatchObject({
      provider: '1password',
      bundle: { version: '9', entries: { MCP_SECRETS_VERSION: '9', OPENAI_API_KEY: 'op-planted-openai-7c1', password: 'op-planted-prod-pass-2b', PROD_PASSWORD: 'op-planted-prod-pass-2b' } },
      source: 'op://MCP/ci bundle, op://mcp/item-ci, op://v1/CI bundle',
      details: [
        ['1Password', 'test store'],
        ['Item', 'op://MCP/ci bundle (version 3)'],
        ['References', '2: `PROD_PASSWORD`, `OPENAI_API_KEY`'],
      ],
    });
    expect(opened).toEqual([TOKEN]);
    expect(ports.masked).toEqual(expect.arrayContaining([TOKEN, 'op-planted-openai-7c1', 'op-planted-prod-pass-2b']));
    expect(visible(ports)).not.toMatch(/op-planted|load-bundle-planted/);
  });

  test('keys, required-keys and min-version apply as for the other providers', async () => {
    const selected = await setUp({ 'op-item': 'op://MCP/CI bundle', keys: 'OPENAI_API_KEY,MCP_SECRETS_VERSION', 'min-version': '8' }).load();
    expect(selected).toMatchObject({ bundle: { entries: { OPENAI_API_KEY: 'op-planted-openai-7c1', MCP_SECRETS_VERSION: '9' } }, dropped: ['password'] });
    await expect(setUp({ 'op-item': 'op://MCP/CI bundle', 'required-keys': 'DB_URL' }).load()).rejects.toThrow("input 'required-keys': op://MCP/CI bundle lacks required keys: DB_URL");
    await expect(setUp({ 'op-item': 'op://MCP/CI bundle', 'min-version': '10' }).load()).rejects.toMatchObject({ input: 'min-version' });
  });

  test('a reference naming nothing is an error naming the reference and the input, never a value', async () => {
    const missing = setUp({ 'op-secrets': 'TOKEN=op://MCP/CI bundle/no such field' }).load();
    await expect(missing).rejects.toMatchObject({ name: 'ConfigurationError', input: 'op-secrets' });
    await expect(setUp({ 'op-secrets': 'TOKEN=op://MCP/CI bundle/no such field' }).load()).rejects.toThrow(/^input 'op-secrets': 'op:\/\/MCP\/CI bundle\/no such field': no field 'no such field'/);
    await expect(setUp({ 'op-item': 'op://Nowhere/CI bundle' }).load()).rejects.toThrow(/input 'op-item': 'op:\/\/Nowhere\/CI bundle': no vault 'Nowhere'/);
  });

  test('without an SDK (a library caller) a service account token is a configuration error', async () => {
    const { ports } = setUp({ 'op-item': 'op://MCP/CI bundle' });
    const all = ports.env as Record<string, string>;
    const source = runnerInputSource(all);
    const options = readSyncOptions(new Inputs(source, all), (name) => source.get(name), all);
    await expect(loadBundle(ports, options)).rejects.toMatchObject({ name: 'ConfigurationError', input: 'op-service-account-token' });
  });
});

describe('the SOPS age identity from 1Password', () => {
  test('sops-age-key: op://... is read into memory, masked, and decrypts the bundle', async () => {
    const { ports, opened, load } = setUp({ 'sops-age-key': 'op://MCP/SOPS Age key/private' });
    const loaded = await load();
    expect(loaded).toMatchObject({ provider: 'sops', bundle: { entries: SOPS_BUNDLE } });
    expect(opened).toEqual([TOKEN]);
    expect(ports.masked).toEqual(expect.arrayContaining([identity.identity, SOPS_BUNDLE.DB_PASSWORD]));
    expect(loaded.provider !== 'none' && loaded.details).toContainEqual(['Age identity', 'from 1Password op://MCP/SOPS Age key/private']);
    expect(visible(ports)).not.toContain(identity.identity);
  });

  test('one store for the run: the bundle read fails, the fallback reads the age key from the same store', async () => {
    const store = memoryStore([CI_ITEM, ageKeyItem()]);
    const flaky: OnePasswordStore = {
      ...store,
      getItem: async (vaultId, itemId) => {
        if (itemId === CI_ITEM.id) throw new OnePasswordError('timeout', 'no answer within 60 s');
        return store.getItem(vaultId, itemId);
      },
    };
    const { opened, load } = setUp({ 'op-item': 'op://MCP/CI bundle', fallback: 'sops', 'sops-age-key': 'op://MCP/SOPS Age key/private' }, {}, flaky);
    expect(await load()).toMatchObject({ provider: 'sops', bundle: { entries: SOPS_BUNDLE } });
    expect(opened).toEqual([TOKEN]);
  });
});

describe('fallback: sops when 1Password fails', () => {
  const failing = (kind: 'auth' | 'network'): OnePasswordStore => ({
    ...memoryStore([]),
    listVaults: async () => {
      throw new OnePasswordError(kind, kind === 'auth' ? '1Password refused the token (HTTP 401)' : 'cannot reach the Connect server');
    },
  });

  test('a 1Password failure falls back to the SOPS bundle with a warning saying why', async () => {
    const { ports, load } = setUp({ 'op-item': 'op://MCP/CI bundle', fallback: 'sops' }, { SOPS_AGE_KEY: identity.identity }, failing('network'));
    const loaded = await load();
    expect(loaded).toMatchObject({ provider: 'sops', bundle: { entries: SOPS_BUNDLE } });
    expect(ports.lines.filter((line) => line.level === 'warning').map((line) => line.message)).toEqual([
      "1Password failed (reading 'op://MCP/CI bundle': cannot reach the Connect server); falling back to the SOPS bundle config/secrets.enc.yaml as fallback: sops allows.",
    ]);
  });

  test('without fallback, or without a key to fall back with, the 1Password failure stands', async () => {
    await expect(setUp({ 'op-item': 'op://MCP/CI bundle' }, { SOPS_AGE_KEY: identity.identity }, failing('auth')).load()).rejects.toMatchObject({ name: 'OnePasswordError', kind: 'auth' });
    await expect(setUp({ 'op-item': 'op://MCP/CI bundle', fallback: 'sops' }, {}, failing('auth')).load()).rejects.toThrow(
      "reading 'op://MCP/CI bundle': 1Password refused the token (HTTP 401) (fallback: sops is set, but there is no age key or no config/secrets.enc.yaml to fall back to)",
    );
  });

  test('a reference naming nothing is the user\'s to fix: no fallback', async () => {
    const { load } = setUp({ 'op-item': 'op://MCP/Not there', fallback: 'sops' }, { SOPS_AGE_KEY: identity.identity });
    await expect(load()).rejects.toMatchObject({ name: 'ConfigurationError', input: 'op-item' });
  });

  test('when the age key is in 1Password too, the fallback fails with 1Password\'s own error', async () => {
    const { load } = setUp({ 'op-item': 'op://MCP/CI bundle', fallback: 'sops', 'sops-age-key': 'op://MCP/SOPS Age key/private' }, {}, failing('auth'));
    await expect(load()).rejects.toMatchObject({ name: 'OnePasswordError', kind: 'auth', message: expect.stringContaining("'op://MCP/SOPS Age key/private'") });
  });
});
