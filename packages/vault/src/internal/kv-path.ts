import { ConfigurationError } from '@mcp-secrets/ports';

/** `secret/mcp/ci` from what a user typed (`/secret//mcp/ci/`), rejecting what cannot be a KV path. */
export function normalizeKvPath(path: string): string {
  const segments = path.trim().split('/').filter((s) => s !== '');
  if (segments.length < 2) {
    throw new ConfigurationError(`${JSON.stringify(path)} is not a KV path`, {
      input: 'vault-secret-path',
      hint: 'write it as `vault kv get` takes it: <mount>/<path>, e.g. secret/mcp/ci',
    });
  }
  if (segments.some((s) => s === '.' || s === '..' || /[?#\s]/.test(s))) {
    throw new ConfigurationError(`${JSON.stringify(path)} contains '.', '..', '?', '#' or spaces`, {
      input: 'vault-secret-path',
      hint: 'write it as `vault kv get` takes it, e.g. secret/mcp/ci',
    });
  }
  return segments.join('/');
}

/** The mount path (no slashes) of an auth method, accepting `approle`, `/approle/` and `auth/approle`. */
export function normalizeMountPath(mount: string): string {
  return mount.trim().replace(/^\/+|\/+$/g, '').replace(/^auth\//, '');
}

/** Path segments URL-encoded, slashes kept. */
export function encodePath(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

/** The part of `path` below `mount`, or undefined when `path` is not under it. */
export function below(path: string, mount: string): string | undefined {
  if (!path.startsWith(`${mount}/`)) return undefined;
  return path.slice(mount.length + 1);
}

/** A KV v2 path's secret name: users sometimes write the API form `secret/data/...` by hand. */
export function withoutDataPrefix(rest: string): string {
  return rest.startsWith('data/') && rest.length > 'data/'.length ? rest.slice('data/'.length) : rest;
}
