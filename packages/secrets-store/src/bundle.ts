import { ConfigurationError } from '@mcp-secrets/ports';

/** The key that carries the bundle's version; never masked (it is not a secret and appears in logs). */
export const VERSION_KEY = 'MCP_SECRETS_VERSION';

/** `rotated_at.KEY` in a Vault secret's custom_metadata: when rotate last gave KEY a new value (ISO-8601). */
export const ROTATED_AT_PREFIX = 'rotated_at.';

/** A flat map of exportable names to string values, in the order the source gave them. */
export interface Bundle {
  entries: Record<string, string>;
  version?: string;
}

/**
 * Flattens one level: strings stay as they are, anything else (numbers,
 * booleans, maps, lists) becomes compact JSON under its top-level key, the same
 * rule for Vault fields and SOPS documents. null and undefined values are dropped.
 */
export function bundleFromObject(values: Record<string, unknown>): Bundle {
  const entries: Record<string, string> = {};
  for (const [key, value] of Object.entries(values)) {
    if (value === null || value === undefined) continue;
    entries[key] = exportString(value);
  }
  const version = entries[VERSION_KEY];
  return version === undefined ? { entries } : { entries, version };
}

function exportString(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'bigint') return value.toString();
  if (value instanceof Uint8Array) return Buffer.from(value).toString('utf8');
  return JSON.stringify(value, jsonSafe);
}

/** SOPS files can hold integers beyond 2^53 (bigint) and `type:bytes` values, which JSON cannot carry as is. */
function jsonSafe(_key: string, value: unknown): unknown {
  if (typeof value === 'bigint') return value.toString();
  if (value instanceof Uint8Array) return Buffer.from(value).toString('utf8');
  return value;
}

/**
 * The bundle inside a Vault secret: the field `secretsKey` holding a JSON object
 * (or a JSON string of one); when the secret has no such field, its fields are the bundle.
 */
export function bundleFromVaultData(data: Record<string, unknown>, secretsKey: string, source: string): Bundle {
  if (!(secretsKey in data)) return bundleFromObject(data);
  const field = data[secretsKey];
  if (field !== null && typeof field === 'object' && !Array.isArray(field)) {
    return bundleFromObject(field as Record<string, unknown>);
  }
  if (typeof field === 'string') {
    let parsed: unknown;
    try {
      parsed = JSON.parse(field);
    } catch {
      // JSON.parse's message quotes the text it failed on: never pass it on.
      throw new ConfigurationError(`field '${secretsKey}' of ${source} is not valid JSON (the value is not shown)`, {
        input: 'vault-secrets-key',
        hint: 'store the bundle as a JSON object, or set vault-secrets-key to the field that holds it',
      });
    }
    if (parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed)) {
      return bundleFromObject(parsed as Record<string, unknown>);
    }
  }
  throw new ConfigurationError(`field '${secretsKey}' of ${source} is not a JSON object`, {
    input: 'vault-secrets-key',
    hint: 'store the bundle as a JSON object, or set vault-secrets-key to the field that holds it',
  });
}
