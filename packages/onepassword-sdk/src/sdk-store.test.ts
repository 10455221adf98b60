// The service-account store over a stand-in for 1Password's SDK client (the live suite,
// test/live/onepassword-service-account.test.ts, runs the real one).
import { findItem, parseItemReference, parseSecretReference, fieldDestination } from '@mcp-secrets/onepassword';
import { sdkStore, type SdkClient, type SdkItem } from './sdk-store';

const TOKEN = 'ops_eyJzaWduSW5BZGRyZXNzIjoidGVzdCJ9planted';

function fakeClient(item: SdkItem): SdkClient & { puts: SdkItem[] } {
  const puts: SdkItem[] = [];
  return {
    puts,
    vaults: { list: async () => [{ id: 'vault1', title: 'MCP' }] },
    items: {
      list: async () => [{ id: item.id, title: item.title }],
      get: async () => structuredClone(item),
      put: async (next) => (puts.push(next), next),
    },
  };
}

const ITEM: SdkItem = {
  id: 'item1',
  title: 'SOPS Age key',
  vaultId: 'vault1',
  version: 3,
  sections: [{ id: 'sec', title: 'history' }],
  fields: [
    { id: 'private', title: 'private', value: 'AGE-SECRET-KEY-1SDK' },
    { id: 'old', title: 'private', sectionId: 'sec', value: 'AGE-SECRET-KEY-1OLDSDK' },
    { id: 'empty', title: 'empty', value: '' },
  ],
};

test('items map to the port: titles as labels, sections, empty fields without a value', async () => {
  const item = await findItem({ store: sdkStore(fakeClient(ITEM), TOKEN), input: 'op-item' }, parseItemReference('op://MCP/SOPS Age key', 'op-item'));
  expect(item).toEqual({
    id: 'item1',
    title: 'SOPS Age key',
    vaultId: 'vault1',
    version: 3,
    sections: [{ id: 'sec', label: 'history' }],
    fields: [
      { id: 'private', label: 'private', value: 'AGE-SECRET-KEY-1SDK' },
      { id: 'old', label: 'private', sectionId: 'sec', value: 'AGE-SECRET-KEY-1OLDSDK' },
      { id: 'empty', label: 'empty' },
    ],
  });
});

test('setting a field puts the whole item back with that one value changed', async () => {
  const client = fakeClient(ITEM);
  await fieldDestination({ store: sdkStore(client, TOKEN), input: 'age-key-to' }, parseSecretReference('op://MCP/SOPS Age key/private', 'age-key-to')).store('AGE-SECRET-KEY-1NEWSDK');
  expect(client.puts).toHaveLength(1);
  expect(client.puts[0].fields.map((f) => f.value)).toEqual(['AGE-SECRET-KEY-1NEWSDK', 'AGE-SECRET-KEY-1OLDSDK', '']);
});

test('SDK errors become OnePasswordErrors by kind, on one line, without the token', async () => {
  class RateLimitExceededError extends Error {}
  const client = fakeClient(ITEM);
  client.vaults.list = async () => {
    throw new Error(`invalid token ${TOKEN}\n::error::forged`);
  };
  const store = sdkStore(client, TOKEN);
  await expect(store.listVaults()).rejects.toMatchObject({ name: 'OnePasswordError', kind: 'server' });
  await expect(store.listVaults()).rejects.toThrow(/^1Password refused listing vaults: invalid token \*\*\* : :error: :forged$/);
  client.vaults.list = async () => {
    throw new RateLimitExceededError('too many requests');
  };
  await expect(store.listVaults()).rejects.toMatchObject({ kind: 'rate-limited' });
});
