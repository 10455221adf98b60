// The Connect API's routes under /v1/ (developer.1password.com/docs/connect/api-reference):
// vaults, items, item replacement (PUT) and RFC 6902 patches (add, remove, replace).
import type { ConnectField, ConnectItem, ConnectState, ConnectToken } from './state';
import { connectId } from './state';

export interface Reply {
  status: number;
  body?: unknown;
}

/** Connect's error body: `{"status": n, "message": "..."}`. */
export const failure = (status: number, message: string): Reply => ({ status, body: { status, message } });

/** `name eq "X"` / `title eq "X"` (the SCIM filters the API takes). */
function filterValue(filter: string | null, attribute: string): string | undefined {
  if (filter === null) return undefined;
  return new RegExp(`^${attribute} eq "(.*)"$`).exec(filter.trim())?.[1];
}

/** An item as listings give it: no sections or fields. */
function summary(item: ConnectItem): Record<string, unknown> {
  const { id, title, vault, category, version, tags, createdAt, updatedAt } = item;
  return { id, title, vault, category, version, tags, createdAt, updatedAt };
}

export function route(state: ConnectState, token: ConnectToken, method: string, segments: string[], query: URLSearchParams, body: unknown): Reply {
  if (segments[0] !== 'vaults') return failure(404, 'Not Found');
  if (segments.length === 1) {
    if (method !== 'GET') return failure(405, 'Method Not Allowed');
    const name = filterValue(query.get('filter'), 'name');
    const vaults = [...state.vaults.values()].filter((v) => state.canRead(token, v.id) && (name === undefined || v.name === name));
    return { status: 200, body: vaults.map((v) => ({ id: v.id, name: v.name, items: v.items.size, type: 'USER_CREATED', createdAt: v.createdAt })) };
  }
  const vault = state.vaults.get(segments[1]);
  if (vault === undefined) return failure(404, `vault ${segments[1]} not found`);
  if (!state.canRead(token, vault.id)) return failure(403, `vault ${vault.id} is not in scope`);
  if (segments.length === 2) return { status: 200, body: { id: vault.id, name: vault.name, items: vault.items.size } };
  if (segments[2] !== 'items') return failure(404, 'Not Found');
  if (segments.length === 3) {
    if (method !== 'GET') return failure(405, 'Method Not Allowed');
    const title = filterValue(query.get('filter'), 'title');
    return { status: 200, body: [...vault.items.values()].filter((i) => title === undefined || i.title === title).map(summary) };
  }
  const item = vault.items.get(segments[3]);
  if (item === undefined || segments.length > 4) return failure(404, `item ${segments[3]} not found`);
  switch (method) {
    case 'GET':
      return { status: 200, body: item };
    case 'PUT': {
      const replacement = body as Partial<ConnectItem> | undefined;
      if (replacement === undefined || !Array.isArray(replacement.fields)) return failure(400, 'Invalid item: fields missing');
      Object.assign(item, { ...replacement, id: item.id, vault: item.vault }, touched(item));
      return { status: 200, body: item };
    }
    case 'PATCH':
      return patch(item, body);
    default:
      return failure(405, 'Method Not Allowed');
  }
}

function touched(item: ConnectItem): Pick<ConnectItem, 'version' | 'updatedAt'> {
  return { version: item.version + 1, updatedAt: new Date().toISOString() };
}

/** Applies a patch all or nothing: any bad operation leaves the item as it was. */
function patch(item: ConnectItem, body: unknown): Reply {
  if (!Array.isArray(body)) return failure(400, 'Invalid patch: expected an array of operations');
  const next: ConnectItem = structuredClone(item);
  for (const operation of body as { op?: unknown; path?: unknown; value?: unknown }[]) {
    const { op, path, value } = operation;
    if (op !== 'add' && op !== 'remove' && op !== 'replace') return failure(400, `Invalid patch operation: ${String(op)}`);
    if (typeof path !== 'string') return failure(400, 'Invalid patch: path missing');
    const [, top, fieldId, attribute, ...more] = path.split('/');
    if (top !== 'fields' || more.length > 0) return failure(400, `Unsupported patch path: ${path}`);
    if (fieldId === undefined || fieldId === '') {
      if (op !== 'add') return failure(400, `Unsupported patch path: ${path}`);
      next.fields.push({ id: connectId(), type: 'STRING', ...(value as Partial<ConnectField>) });
      continue;
    }
    const at = next.fields.findIndex((f) => f.id === fieldId);
    if (at === -1) return failure(400, `The item doesn't have a ${fieldId} field.`);
    const field = next.fields[at];
    if (attribute === undefined) {
      if (op === 'remove') next.fields.splice(at, 1);
      else next.fields[at] = { ...(value as Partial<ConnectField>), id: field.id, type: (value as Partial<ConnectField>)?.type ?? field.type };
    } else if (op === 'remove') {
      delete (field as unknown as Record<string, unknown>)[attribute];
    } else {
      (field as unknown as Record<string, unknown>)[attribute] = value;
    }
  }
  Object.assign(item, next, touched(item));
  return { status: 200, body: item };
}
