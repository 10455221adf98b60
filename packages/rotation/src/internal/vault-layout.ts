// How a bundle sits in a Vault secret, as sync reads it: the field `vault-secrets-key` holding a
// JSON string or an object, or, without that field, the secret's fields themselves. Rotation
// writes it back the same way, with the secret's other fields kept.

export type VaultLayout = 'json-string' | 'object' | 'fields';

export function layoutOf(data: Record<string, unknown>, secretsKey: string): VaultLayout {
  if (!(secretsKey in data)) return 'fields';
  return typeof data[secretsKey] === 'string' ? 'json-string' : 'object';
}

/**
 * The bundle's entries as stored (numbers, nested objects kept). Call it on data that
 * bundleFromVaultData accepted: it has already refused a field that is not a JSON object.
 */
export function storedBundle(data: Record<string, unknown>, layout: VaultLayout, secretsKey: string): Record<string, unknown> {
  if (layout === 'fields') return { ...data };
  const field = data[secretsKey];
  return { ...((layout === 'json-string' ? JSON.parse(field as string) : field) as Record<string, unknown>) };
}

/** The secret's new data: the bundle in its layout, the other fields as they were. */
export function secretData(layout: VaultLayout, fields: Record<string, unknown>, secretsKey: string, bundle: Record<string, unknown>): Record<string, unknown> {
  if (layout === 'fields') return bundle;
  return { ...fields, [secretsKey]: layout === 'json-string' ? JSON.stringify(bundle, null, 2) : bundle };
}
