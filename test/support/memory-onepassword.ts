// A 1Password store in memory: the port both back ends (Connect, service account) implement,
// for unit tests of what runs on top of it. It records the calls made.
import { OnePasswordError, type OnePasswordStore, type OpItem, type OpVault } from '@mcp-secrets/onepassword';

export type MemoryOnePasswordStore = OnePasswordStore & { calls: string[] };

export function memoryStore(items: OpItem[], vaults: OpVault[] = [{ id: 'v1', name: 'MCP' }, { id: 'v2', name: 'Prod' }]): MemoryOnePasswordStore {
  const calls: string[] = [];
  return {
    calls,
    description: 'test store',
    listVaults: async () => (calls.push('vaults'), vaults),
    listItems: async (vaultId) => (calls.push(`items ${vaultId}`), items.filter((i) => i.vaultId === vaultId).map(({ id, title }) => ({ id, title }))),
    getItem: async (vaultId, itemId) => {
      calls.push(`item ${itemId}`);
      const item = items.find((i) => i.vaultId === vaultId && i.id === itemId);
      if (item === undefined) throw new OnePasswordError('not-found', `item ${itemId} not found`);
      return structuredClone(item);
    },
    setFieldValue: async (_vaultId, itemId, fieldId, value) => {
      calls.push(`set ${fieldId}`);
      const field = items.find((i) => i.id === itemId)?.fields.find((f) => f.id === fieldId);
      if (field === undefined) throw new OnePasswordError('server', 'no such field');
      field.value = value;
    },
  };
}
