import type { OnePasswordStore, OpItem, OpItemSummary, OpVault } from './store';

/**
 * A store that reads each listing and item once: a run resolves many references against the same
 * vaults and items (by name, by ID, for the bundle and for the SOPS key). A write passes through
 * and forgets what was read, so a later read sees it.
 */
export function cachedReads(store: OnePasswordStore): OnePasswordStore {
  const vaults = new Map<string, Promise<OpVault[]>>();
  const items = new Map<string, Promise<OpItemSummary[]>>();
  const item = new Map<string, Promise<OpItem>>();
  // A failed read is not kept: the next caller asks again.
  const once = <T>(cache: Map<string, Promise<T>>, key: string, read: () => Promise<T>): Promise<T> => {
    let found = cache.get(key);
    if (found === undefined) {
      found = read();
      cache.set(key, found);
      found.catch(() => cache.delete(key));
    }
    return found;
  };
  return {
    description: store.description,
    listVaults: () => once(vaults, '', () => store.listVaults()),
    listItems: (vaultId) => once(items, vaultId, () => store.listItems(vaultId)),
    // Copies: a caller may change what it gets without changing what the next one gets.
    getItem: async (vaultId, itemId) => structuredClone(await once(item, `${vaultId}/${itemId}`, () => store.getItem(vaultId, itemId))),
    setFieldValue: async (vaultId, itemId, fieldId, value) => {
      await store.setFieldValue(vaultId, itemId, fieldId, value);
      vaults.clear();
      items.clear();
      item.clear();
    },
  };
}
