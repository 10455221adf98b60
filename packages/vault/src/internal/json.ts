import type { VaultBody } from './vault-http';

/** Typed reads from Vault's JSON answers: missing or mistyped fields read as empty. */
export function objectAt(value: VaultBody | undefined, key: string): VaultBody | undefined {
  const found = value?.[key];
  return found !== null && typeof found === 'object' && !Array.isArray(found) ? (found as VaultBody) : undefined;
}

export function stringAt(value: VaultBody | undefined, key: string): string {
  const found = value?.[key];
  return typeof found === 'string' ? found : '';
}

export function numberAt(value: VaultBody | undefined, key: string): number {
  const found = value?.[key];
  return typeof found === 'number' ? found : 0;
}

export function arrayOfStrings(value: VaultBody | undefined, key: string): string[] {
  const found = value?.[key];
  return Array.isArray(found) ? found.filter((v): v is string => typeof v === 'string') : [];
}

// RFC 3339, as Vault writes created_time and deletion_time.
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/;

/** A timestamp field; anything else reads as empty, since these are shown in messages and summaries. */
export function timestampAt(value: VaultBody | undefined, key: string): string {
  const found = stringAt(value, key);
  return TIMESTAMP.test(found) ? found : '';
}
