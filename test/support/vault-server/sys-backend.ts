// sys/*: health, mounts, auth methods, ACL policies, namespaces and the UI mounts preflight.
import { fail, noContent, noHandler, ok, permissionDenied, type Reply } from './reply';
import { stringField, type RequestContext } from './request-context';
import { cleanMount, findMount } from './state';

export const VAULT_VERSION = '1.17.0+mcp-secrets-test';

export function healthReply(sealed: boolean, method: string): Reply {
  const body = {
    initialized: true,
    sealed,
    standby: false,
    performance_standby: false,
    replication_performance_mode: 'disabled',
    replication_dr_mode: 'disabled',
    server_time_utc: Math.floor(Date.now() / 1000),
    version: VAULT_VERSION,
    cluster_name: 'vault-cluster-test',
    cluster_id: '00000000-0000-0000-0000-000000000000',
  };
  return { status: sealed ? 503 : 200, ...(method === 'HEAD' ? {} : { body }) };
}

export function handleSys(ctx: RequestContext, rest: string, preflightDenied: boolean): Reply {
  const { ns, state } = ctx;
  const write = ctx.method === 'POST' || ctx.method === 'PUT';
  let m: RegExpExecArray | null;
  if ((m = /^internal\/ui\/mounts\/(.+)$/.exec(rest)) !== null) return preflight(ctx, m[1], preflightDenied);
  if ((m = /^mounts\/(.+)$/.exec(rest)) !== null) {
    const path = cleanMount(m[1]);
    if (ctx.method === 'DELETE') {
      ns.mounts.delete(path);
      return noContent;
    }
    if (!write) return noHandler(`sys/${rest}`);
    const type = stringField(ctx.body, 'type');
    const options = (ctx.body.options ?? {}) as Record<string, unknown>;
    if (type !== 'kv' && type !== 'kv-v2') return fail(400, `plugin not found in the catalog: ${type} (this test server supports kv)`);
    const version = type === 'kv-v2' || String(options.version ?? '1') === '2' ? 2 : 1;
    return attempt(() => state.enableKv(ns, path, version));
  }
  if (rest === 'mounts' && ctx.method === 'GET') {
    const data = Object.fromEntries([...ns.mounts.values()].map((mt) => [`${mt.path}/`, mountInfo(mt)]));
    return ok({ data });
  }
  if ((m = /^auth\/(.+)$/.exec(rest)) !== null) {
    const path = cleanMount(m[1]);
    if (ctx.method === 'DELETE') {
      ns.auths.delete(path);
      return noContent;
    }
    if (!write) return noHandler(`sys/${rest}`);
    const type = stringField(ctx.body, 'type');
    if (type !== 'approle' && type !== 'jwt') return fail(400, `unknown backend type: "${type}" (this test server supports approle and jwt)`);
    return attempt(() => state.enableAuth(ns, path, type));
  }
  if ((m = /^(?:policies\/acl|policy)\/([^/]+)$/.exec(rest)) !== null) {
    const name = m[1];
    if (ctx.method === 'DELETE') {
      ns.policies.delete(name);
      ns.policyTexts.delete(name);
      return noContent;
    }
    if (ctx.method === 'GET') {
      const text = ns.policyTexts.get(name);
      return text === undefined ? fail(404) : ok({ data: { name, policy: text } });
    }
    if (name === 'root' || name === 'default') return fail(400, `cannot update "${name}" policy`);
    return attempt(() => state.putPolicy(ns, name, stringField(ctx.body, 'policy') || stringField(ctx.body, 'rules')));
  }
  if ((m = /^namespaces\/(.+)$/.exec(rest)) !== null && write) {
    const full = ctx.namespace === '' ? m[1] : `${ctx.namespace}/${m[1]}`;
    state.createNamespace(full);
    return ok({ data: { path: `${full}/`, id: full } });
  }
  return noHandler(`sys/${rest}`);
}

function attempt(change: () => unknown): Reply {
  try {
    change();
    return noContent;
  } catch (err) {
    return fail(400, (err as Error).message);
  }
}

function preflight(ctx: RequestContext, path: string, denied: boolean): Reply {
  const found = findMount(ctx.ns.mounts, cleanMount(path));
  const rules = ctx.token === undefined ? [] : ctx.state.rulesFor(ctx.token, ctx.namespace);
  if (denied || found === undefined) return permissionDenied;
  if (rules !== 'root' && !rules.some((r) => r.capabilities.some((c) => c !== 'deny') && overlaps(r.path, `${found.mount.path}/`))) {
    return permissionDenied;
  }
  return ok({ data: mountInfo(found.mount) });
}

function overlaps(rulePath: string, mountPrefix: string): boolean {
  const literal = rulePath.split(/[*+]/)[0];
  return literal.startsWith(mountPrefix) || mountPrefix.startsWith(literal);
}

function mountInfo(mount: { path: string; accessor: string; uuid: string; version: 1 | 2 }): Record<string, unknown> {
  return {
    accessor: mount.accessor,
    config: { default_lease_ttl: 0, force_no_cache: false, max_lease_ttl: 0 },
    description: '',
    external_entropy_access: false,
    local: false,
    options: { version: String(mount.version) },
    path: `${mount.path}/`,
    plugin_version: '',
    running_plugin_version: 'v0.19.0+builtin',
    seal_wrap: false,
    type: 'kv',
    uuid: mount.uuid,
  };
}

