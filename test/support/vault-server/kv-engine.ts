// The KV secrets engine, v1 and v2 (api-docs/secret/kv/kv-v1 and kv-v2).
import { envelope, fail, noContent, ok, type Reply } from './reply';
import type { RequestContext } from './request-context';
import type { KvV2Secret, KvVersion, SecretsMount } from './state';

const KV_V1_LEASE = 2_764_800;
const WARNING_SUBCOMMAND: Record<string, string> = { GET: 'get', POST: 'put', PUT: 'put', DELETE: 'delete', LIST: 'list' };

export function handleKv(ctx: RequestContext, mount: SecretsMount, rest: string): Reply {
  return mount.version === 1 ? handleV1(ctx, mount.v1, rest) : handleV2(ctx, mount, rest);
}

function handleV1(ctx: RequestContext, store: Map<string, Record<string, unknown>>, key: string): Reply {
  switch (ctx.method) {
    case 'GET': {
      const data = store.get(key);
      return data === undefined ? fail(404) : ok({ data, leaseDuration: KV_V1_LEASE, mountType: 'kv' });
    }
    case 'POST':
    case 'PUT':
      if (key === '') return fail(405, 'unsupported operation');
      store.set(key, { ...ctx.body });
      return noContent;
    case 'DELETE':
      store.delete(key);
      return noContent;
    case 'LIST':
      return listKeys([...store.keys()], key);
    case 'PATCH':
      return fail(405, 'unsupported operation');
  }
}

function handleV2(ctx: RequestContext, mount: Extract<SecretsMount, { version: 2 }>, rest: string): Reply {
  const slash = rest.indexOf('/');
  const op = slash === -1 ? rest : rest.slice(0, slash);
  const key = slash === -1 ? '' : rest.slice(slash + 1);
  const store = mount.v2;
  switch (`${ctx.method} ${op}`) {
    case 'GET data':
      return readVersion(store.get(key), ctx.query.get('version'));
    case 'POST data':
    case 'PUT data':
      return writeVersion(mount, key, ctx.body);
    case 'DELETE data':
      return softDelete(store.get(key), []);
    case 'POST delete':
    case 'PUT delete':
      return softDelete(store.get(key), versionsField(ctx.body));
    case 'POST undelete':
    case 'PUT undelete':
      for (const version of versionsField(ctx.body)) {
        const entry = store.get(key)?.versions[version - 1];
        if (entry !== undefined && !entry.destroyed) entry.deletionTime = '';
      }
      return noContent;
    case 'POST destroy':
    case 'PUT destroy':
      for (const version of versionsField(ctx.body)) {
        const entry = store.get(key)?.versions[version - 1];
        if (entry !== undefined) Object.assign(entry, { destroyed: true, data: null });
      }
      return noContent;
    case 'GET metadata':
      return readMetadata(store.get(key));
    case 'POST metadata':
    case 'PUT metadata': {
      const custom = ctx.body.custom_metadata;
      const given = custom !== undefined && custom !== null && typeof custom === 'object' ? customMetadataOf(custom, false) : undefined;
      const invalid = given === undefined ? undefined : customMetadataErrors(given);
      if (invalid !== undefined) return invalid;
      const secret = store.get(key) ?? newSecret();
      // A write replaces custom_metadata whole.
      if (given !== undefined) secret.customMetadata = given;
      if (typeof ctx.body.cas_required === 'boolean') secret.casRequired = ctx.body.cas_required;
      store.set(key, secret);
      return noContent;
    }
    case 'PATCH metadata':
      return patchMetadata(store.get(key), ctx.body);
    case 'DELETE metadata':
      store.delete(key);
      return noContent;
    case 'LIST metadata':
      return listKeys([...store.keys()], key);
    case 'GET config':
      return ok({ data: { cas_required: mount.casRequired, delete_version_after: '0s', max_versions: 0 } });
    default: {
      // Vault's answer to v1-style paths on a v2 mount.
      const sub = WARNING_SUBCOMMAND[ctx.method] ?? 'get';
      const warning = `Invalid path for a versioned K/V secrets engine. See the API docs for the appropriate API endpoints to use. If using the Vault CLI, use 'vault kv ${sub}' for this operation.`;
      return { status: 404, body: envelope({ warnings: [warning] }) };
    }
  }
}

function newSecret(): KvV2Secret {
  const now = new Date().toISOString();
  return { versions: [], createdTime: now, updatedTime: now, customMetadata: null, casRequired: false };
}

function versionMetadata(version: KvVersion, number: number, secret: KvV2Secret): Record<string, unknown> {
  return {
    created_time: version.createdTime,
    custom_metadata: secret.customMetadata,
    deletion_time: version.deletionTime,
    destroyed: version.destroyed,
    version: number,
  };
}

function readVersion(secret: KvV2Secret | undefined, requested: string | null): Reply {
  if (secret === undefined || secret.versions.length === 0) return fail(404);
  const number = requested === null || requested === '0' ? secret.versions.length : Number(requested);
  const version = Number.isInteger(number) ? secret.versions[number - 1] : undefined;
  if (version === undefined) return fail(404);
  const metadata = versionMetadata(version, number, secret);
  if (version.deletionTime !== '' || version.destroyed) {
    // A deleted or destroyed version: 404, but with the metadata saying why.
    return { status: 404, body: envelope({ data: { data: null, metadata } }) };
  }
  return ok({ data: { data: version.data, metadata } });
}

function writeVersion(mount: Extract<SecretsMount, { version: 2 }>, key: string, body: Record<string, unknown>): Reply {
  if (key === '') return fail(405, 'unsupported operation');
  const data = body.data;
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return fail(400, 'no data provided');
  const secret = mount.v2.get(key) ?? newSecret();
  const options = body.options !== null && typeof body.options === 'object' ? (body.options as Record<string, unknown>) : {};
  const cas = options.cas;
  if (cas === undefined && (secret.casRequired || mount.casRequired)) return fail(400, 'check-and-set parameter required for this call');
  if (cas !== undefined && Number(cas) !== secret.versions.length) return fail(400, 'check-and-set parameter did not match the current version');
  const now = new Date().toISOString();
  const version: KvVersion = { data: { ...(data as Record<string, unknown>) }, createdTime: now, deletionTime: '', destroyed: false };
  secret.versions.push(version);
  secret.updatedTime = now;
  mount.v2.set(key, secret);
  return ok({ data: versionMetadata(version, secret.versions.length, secret) });
}

function softDelete(secret: KvV2Secret | undefined, versions: number[]): Reply {
  if (secret === undefined) return noContent;
  const targets = versions.length > 0 ? versions : [secret.versions.length];
  const now = new Date().toISOString();
  for (const number of targets) {
    const version = secret.versions[number - 1];
    if (version !== undefined && version.deletionTime === '') version.deletionTime = now;
  }
  return noContent;
}

function readMetadata(secret: KvV2Secret | undefined): Reply {
  if (secret === undefined) return fail(404);
  const versions = Object.fromEntries(
    secret.versions.map((v, i) => [String(i + 1), { created_time: v.createdTime, deletion_time: v.deletionTime, destroyed: v.destroyed }]),
  );
  return ok({
    data: {
      cas_required: secret.casRequired,
      created_time: secret.createdTime,
      current_version: secret.versions.length,
      custom_metadata: secret.customMetadata,
      delete_version_after: '0s',
      max_versions: 0,
      oldest_version: secret.versions.length > 0 ? 1 : 0,
      updated_time: secret.updatedTime,
      versions,
    },
  });
}

// Vault's limits on custom_metadata (api-docs/secret/kv/kv-v2, "Create/Update metadata").
const CUSTOM_METADATA_LIMITS = { keys: 64, keyLength: 128, valueLength: 512 };
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f]/;

/** Values as strings; with `dropNulls` (a merge patch) a null means "remove", so it is left out here. */
function customMetadataOf(raw: object, dropNulls: boolean): Record<string, string> {
  return Object.fromEntries(Object.entries(raw).filter(([, v]) => !(dropNulls && v === null)).map(([k, v]) => [k, String(v)]));
}

function customMetadataErrors(custom: Record<string, string>): Reply | undefined {
  const prefix = 'custom_metadata validation failed';
  const entries = Object.entries(custom);
  if (entries.length > CUSTOM_METADATA_LIMITS.keys) {
    return fail(400, `${prefix}: payload must contain at most ${CUSTOM_METADATA_LIMITS.keys} keys, provided ${entries.length}`);
  }
  const errors: string[] = [];
  for (const [key, value] of entries) {
    if (key.length === 0 || key.length > CUSTOM_METADATA_LIMITS.keyLength) errors.push(`${prefix}: length of key "${key}" is ${key.length} but must be 0 < len(key) <= ${CUSTOM_METADATA_LIMITS.keyLength}`);
    if (value.length === 0 || value.length > CUSTOM_METADATA_LIMITS.valueLength) errors.push(`${prefix}: length of value for key "${key}" is ${value.length} but must be 0 < len(value) <= ${CUSTOM_METADATA_LIMITS.valueLength}`);
    if (UNPRINTABLE.test(key)) errors.push(`${prefix}: key "${key}" contains unprintable characters`);
    if (UNPRINTABLE.test(value)) errors.push(`${prefix}: value for key "${key}" contains unprintable characters`);
  }
  return errors.length === 0 ? undefined : fail(400, ...errors);
}

/** A JSON merge patch of the metadata: the secret must exist; custom_metadata keys merge, a null removes one. */
function patchMetadata(secret: KvV2Secret | undefined, body: Record<string, unknown>): Reply {
  if (secret === undefined) return fail(404);
  const custom = body.custom_metadata;
  if (custom !== undefined && custom !== null && typeof custom === 'object') {
    const invalid = customMetadataErrors(customMetadataOf(custom, true));
    if (invalid !== undefined) return invalid;
    const merged: Record<string, string> = { ...(secret.customMetadata ?? {}) };
    for (const [k, v] of Object.entries(custom)) {
      if (v === null) delete merged[k];
      else merged[k] = String(v);
    }
    secret.customMetadata = Object.keys(merged).length === 0 ? null : merged;
  }
  if (typeof body.cas_required === 'boolean') secret.casRequired = body.cas_required;
  secret.updatedTime = new Date().toISOString();
  return noContent;
}

function versionsField(body: Record<string, unknown>): number[] {
  const value = body.versions;
  const list = Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : [];
  return list.map(Number).filter((n) => Number.isInteger(n) && n > 0);
}

function listKeys(keys: string[], prefix: string): Reply {
  const base = prefix === '' ? '' : `${prefix.replace(/\/+$/, '')}/`;
  const children = new Set(
    keys.filter((k) => k.startsWith(base)).map((k) => {
      const tail = k.slice(base.length);
      const slash = tail.indexOf('/');
      return slash === -1 ? tail : tail.slice(0, slash + 1);
    }),
  );
  return children.size === 0 ? fail(404) : ok({ data: { keys: [...children].sort() } });
}
