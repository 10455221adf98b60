import type { NamespaceState, TokenEntry, VaultState } from './state';

/** One API request as the handlers see it: path after /v1/ without slashes at either end. */
export interface RequestContext {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE' | 'LIST';
  path: string;
  query: URLSearchParams;
  body: Record<string, unknown>;
  namespace: string;
  ns: NamespaceState;
  token?: TokenEntry;
  state: VaultState;
}

export function stringField(body: Record<string, unknown>, key: string): string {
  const value = body[key];
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';
}

/** Vault accepts lists as JSON arrays or comma-separated strings. */
export function listField(body: Record<string, unknown>, key: string): string[] {
  const value = body[key];
  if (Array.isArray(value)) return value.map(String).filter((v) => v !== '');
  if (typeof value === 'string') return value.split(',').map((v) => v.trim()).filter((v) => v !== '');
  return [];
}
