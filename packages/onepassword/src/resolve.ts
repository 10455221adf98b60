// Reference resolution on top of a store, the same for Connect and service accounts: vaults,
// items, sections and fields by name or ID, case-insensitively (as 1Password resolves them).
// A name matching nothing, or several things, is the user's to fix: a ConfigurationError naming
// the reference. Failures of 1Password itself stay OnePasswordErrors, with the reference added.
import { ConfigurationError, showUntrusted, showUntrustedList } from '@mcp-secrets/ports';
import { OnePasswordError } from './onepassword-error';
import { showReference, type ItemReference, type NamedReference, type SecretReference } from './reference';
import type { OnePasswordStore, OpField, OpItem } from './store';

const same = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();
const shown = (name: string): string => `'${showUntrusted(name, 100)}'`;

/** What resolving needs besides the store: the input the references came from, for messages. */
export interface ResolveContext {
  store: OnePasswordStore;
  input: string;
}

function referenceError(ctx: ResolveContext, ref: ItemReference, problem: string, hint: string): ConfigurationError {
  return new ConfigurationError(`${showReference(ref.text)}: ${problem}`, { input: ctx.input, hint });
}

/** The one match, or a ConfigurationError for none or several (naming their IDs, never values). */
function single<T extends { id: string }>(ctx: ResolveContext, ref: ItemReference, found: T[], what: string, name: string): T {
  if (found.length === 1) return found[0];
  if (found.length === 0) {
    throw referenceError(ctx, ref, `no ${what} ${shown(name)} that the ${ctx.store.description} can read`, `check the ${what} name (or write its ID), and that the credential has access to it`);
  }
  const ids = showUntrustedList(found.map((match) => match.id), { maxItems: 5, maxLength: 40 }).join(', ');
  throw referenceError(ctx, ref, `${found.length} ${what}s are named ${shown(name)} (IDs ${ids})`, `write the ${what}'s ID in the reference instead of its name`);
}

/** Adds the reference to a failure of 1Password itself; a 404 after a listing named it means it vanished meanwhile. */
async function reading<T>(ctx: ResolveContext, ref: ItemReference, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (!(error instanceof OnePasswordError)) throw error;
    if (error.kind === 'not-found') throw referenceError(ctx, ref, error.message, 'check that the vault and item still exist');
    throw new OnePasswordError(error.kind, `reading ${showReference(ref.text)}: ${error.message}`, { ...(error.status === undefined ? {} : { status: error.status }), cause: error });
  }
}

/** The item a reference names, with its fields. */
export async function findItem(ctx: ResolveContext, ref: ItemReference): Promise<OpItem> {
  return reading(ctx, ref, async () => {
    const vaults = (await ctx.store.listVaults()).filter((vault) => same(vault.id, ref.vault) || same(vault.name, ref.vault));
    const vault = single(ctx, ref, vaults, 'vault', ref.vault);
    const items = (await ctx.store.listItems(vault.id)).filter((item) => same(item.id, ref.item) || same(item.title, ref.item));
    const summary = single(ctx, ref, items, 'item', ref.item);
    return ctx.store.getItem(vault.id, summary.id);
  });
}

/**
 * The field a reference names. With a section, only that section's fields; without one, a field
 * outside the named sections first (1Password's own preference), else any field of that name.
 */
export function findField(ctx: ResolveContext, item: OpItem, ref: SecretReference): OpField {
  let candidates = item.fields.filter((field) => same(field.id, ref.field) || same(field.label, ref.field));
  if (ref.section !== undefined) {
    const section = ref.section;
    const sections = item.sections.filter((s) => same(s.id, section) || same(s.label, section));
    const ids = new Set([single(ctx, ref, sections, 'section', section).id]);
    candidates = candidates.filter((field) => field.sectionId !== undefined && ids.has(field.sectionId));
  } else {
    const named = new Set(item.sections.filter((s) => s.label.trim() !== '').map((s) => s.id));
    const outside = candidates.filter((field) => field.sectionId === undefined || !named.has(field.sectionId));
    if (outside.length > 0) candidates = outside;
  }
  return single(ctx, ref, candidates, 'field', ref.field);
}

/** The value of every named reference, reading each item once. Values are secrets: the caller masks them. */
export async function readReferences(ctx: ResolveContext, references: readonly NamedReference[]): Promise<Record<string, string>> {
  const items = new Map<string, Promise<OpItem>>();
  const values: Record<string, string> = {};
  for (const { name, reference } of references) {
    const key = `${reference.vault.toLowerCase()}/${reference.item.toLowerCase()}`;
    if (!items.has(key)) items.set(key, findItem(ctx, reference));
    values[name] = findField(ctx, await (items.get(key) as Promise<OpItem>), reference).value ?? '';
  }
  return values;
}

/** A whole item as a bundle: each field with a value under its label (the key); a label twice is refused. */
export function itemEntries(ctx: ResolveContext, item: OpItem, ref: ItemReference): Record<string, string> {
  const entries: Record<string, string> = {};
  for (const field of item.fields) {
    if (field.value === undefined || field.label === '') continue;
    if (field.label in entries) {
      throw referenceError(ctx, ref, `two fields are labelled ${shown(field.label)}`, 'rename one, or pick fields one by one with op-secrets');
    }
    entries[field.label] = field.value;
  }
  return entries;
}

/** Where a value is to be stored (rotate): the field, and what it holds now, to put back on failure. */
export interface FieldLocation {
  vaultId: string;
  itemId: string;
  fieldId: string;
  /** The field's current value: a secret, never printed. */
  previous: string;
}

export async function locateField(ctx: ResolveContext, ref: SecretReference): Promise<FieldLocation> {
  const item = await findItem(ctx, ref);
  const field = findField(ctx, item, ref);
  return { vaultId: item.vaultId, itemId: item.id, fieldId: field.id, previous: field.value ?? '' };
}

/** Sets a located field, adding the reference to any failure. */
export async function writeField(ctx: ResolveContext, ref: SecretReference, location: FieldLocation, value: string): Promise<void> {
  await reading(ctx, ref, () => ctx.store.setFieldValue(location.vaultId, location.itemId, location.fieldId, value));
}
