import { OnePasswordError } from './onepassword-error';
import { parseItemReference, parseNamedReferences, parseSecretReference } from './reference';
import { findField, findItem, itemEntries, readReferences, type ResolveContext } from './resolve';
import type { OnePasswordStore, OpItem } from './store';
import { fieldDestination } from './field-destination';
import { memoryStore } from '../../../test/support/memory-onepassword';

const AGE_KEY: OpItem = {
  id: 'i1',
  title: 'SOPS Age key',
  vaultId: 'v1',
  sections: [{ id: 's1', label: 'old' }, { id: 'add more', label: '' }],
  fields: [
    { id: 'f1', label: 'private', value: 'AGE-SECRET-KEY-1CURRENT' },
    { id: 'f2', label: 'private', sectionId: 's1', value: 'AGE-SECRET-KEY-1OLDER' },
    { id: 'f3', label: 'notesPlain' },
  ],
};
const BUNDLE: OpItem = {
  id: 'i2',
  title: 'CI bundle',
  vaultId: 'v1',
  sections: [],
  fields: [
    { id: 'a', label: 'OPENAI_API_KEY', value: 'op-planted-openai' },
    { id: 'b', label: 'MCP_SECRETS_VERSION', value: '4' },
    { id: 'c', label: 'EMPTY' },
  ],
};

const ctx = (store: OnePasswordStore): ResolveContext => ({ store, input: 'op-secrets' });

describe('resolving references through the store port', () => {
  test('names and IDs, in any case; each item (as written) read once; a field outside the named sections first', async () => {
    const store = memoryStore([AGE_KEY, BUNDLE]);
    const refs = parseNamedReferences(['KEY=op://mcp/sops age KEY/PRIVATE', 'OLD=op://MCP/SOPS Age key/old/private', 'BY_ID=op://v1/i1/f1', 'OPENAI=op://MCP/CI bundle/openai_api_key'], 'op-secrets');
    expect(await readReferences(ctx(store), refs)).toEqual({ KEY: 'AGE-SECRET-KEY-1CURRENT', OLD: 'AGE-SECRET-KEY-1OLDER', BY_ID: 'AGE-SECRET-KEY-1CURRENT', OPENAI: 'op-planted-openai' });
    expect(store.calls.filter((c) => c.startsWith('item '))).toEqual(['item i1', 'item i1', 'item i2']);
  });

  test.each([
    ['a vault', 'op://Nope/SOPS Age key/private', /'op:\/\/Nope\/SOPS Age key\/private': no vault 'Nope' that the test store can read/],
    ['an item', 'op://MCP/Nope/private', /no item 'Nope'/],
    ['a section', 'op://MCP/SOPS Age key/nope/private', /no section 'nope'/],
    ['a field', 'op://MCP/SOPS Age key/public', /no field 'public'/],
  ])('a missing %s is a ConfigurationError naming the reference and the input', async (_what, text, message) => {
    const run = readReferences(ctx(memoryStore([AGE_KEY])), parseNamedReferences([`X=${text}`], 'op-secrets'));
    await expect(run).rejects.toThrow(message);
    await expect(readReferences(ctx(memoryStore([AGE_KEY])), parseNamedReferences([`X=${text}`], 'op-secrets'))).rejects.toMatchObject({ name: 'ConfigurationError', input: 'op-secrets' });
  });

  test('two items of one name are ambiguous: the message gives their IDs and asks for one', async () => {
    const twin = { ...BUNDLE, id: 'i3' };
    await expect(findItem(ctx(memoryStore([BUNDLE, twin])), parseItemReference('op://MCP/CI bundle', 'op-item'))).rejects.toThrow(/2 items are named 'CI bundle' \(IDs i2, i3\).*write the item's ID/);
  });

  test('a failure of 1Password itself stays a OnePasswordError, with the reference added', async () => {
    const store = memoryStore([AGE_KEY]);
    store.listVaults = async () => {
      throw new OnePasswordError('auth', 'the token was refused');
    };
    await expect(findItem(ctx(store), parseItemReference('op://MCP/SOPS Age key', 'op-item'))).rejects.toMatchObject({
      name: 'OnePasswordError',
      kind: 'auth',
      message: "reading 'op://MCP/SOPS Age key': the token was refused",
    });
  });

  test('a whole item: every field with a value under its label; a label twice is refused', () => {
    const ref = parseItemReference('op://MCP/CI bundle', 'op-item');
    expect(itemEntries(ctx(memoryStore([])), BUNDLE, ref)).toEqual({ OPENAI_API_KEY: 'op-planted-openai', MCP_SECRETS_VERSION: '4' });
    expect(() => itemEntries(ctx(memoryStore([])), AGE_KEY, ref)).toThrow(/two fields are labelled 'private'/);
  });

  test('a field destination stores a value and its undo puts the previous one back', async () => {
    const item = structuredClone(AGE_KEY);
    const store = memoryStore([item]);
    const undo = await fieldDestination(ctx(store), parseSecretReference('op://MCP/SOPS Age key/private', 'age-key-to')).store('AGE-SECRET-KEY-1NEW');
    expect(item.fields[0].value).toBe('AGE-SECRET-KEY-1NEW');
    await undo();
    expect(item.fields[0].value).toBe('AGE-SECRET-KEY-1CURRENT');
    expect(findField(ctx(store), item, parseSecretReference('op://MCP/SOPS Age key/private', 'x')).id).toBe('f1');
  });
});
