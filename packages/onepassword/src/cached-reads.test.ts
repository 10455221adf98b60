import { memoryStore } from '../../../test/support/memory-onepassword';
import { cachedReads } from './cached-reads';
import { OnePasswordError } from './onepassword-error';
import type { OpItem } from './store';

const ITEM: OpItem = { id: 'i1', title: 'CI', vaultId: 'v1', sections: [], fields: [{ id: 'f1', label: 'TOKEN', value: 'cached-planted-1' }] };

test('each listing and item is read once; callers get copies; a write passes through and is seen by later reads', async () => {
  const inner = memoryStore([ITEM]);
  const store = cachedReads(inner);
  await Promise.all([store.listVaults(), store.listVaults(), store.listItems('v1'), store.listItems('v1')]);
  const first = await store.getItem('v1', 'i1');
  first.fields[0].value = 'changed by a caller';
  expect((await store.getItem('v1', 'i1')).fields[0].value).toBe('cached-planted-1');
  expect(inner.calls).toEqual(['vaults', 'items v1', 'item i1']);

  await store.setFieldValue('v1', 'i1', 'f1', 'cached-planted-2');
  expect((await store.getItem('v1', 'i1')).fields[0].value).toBe('cached-planted-2');
  expect(inner.calls).toEqual(['vaults', 'items v1', 'item i1', 'set f1', 'item i1']);
});

test('a failed read is asked again, not kept', async () => {
  const inner = memoryStore([ITEM]);
  let failures = 1;
  const store = cachedReads({
    ...inner,
    listVaults: async () => {
      if (failures-- > 0) throw new OnePasswordError('network', 'cannot reach the Connect server');
      return inner.listVaults();
    },
  });
  await expect(store.listVaults()).rejects.toMatchObject({ kind: 'network' });
  expect((await store.listVaults()).map((vault) => vault.name)).toEqual(['MCP', 'Prod']);
});
