import { randomBytes, randomUUID } from 'node:crypto';
import { DEFAULT_POLICY, parsePolicy, type PolicyRule } from './policy';

export interface KvVersion {
  data: Record<string, unknown> | null;
  createdTime: string;
  deletionTime: string;
  destroyed: boolean;
}

export interface KvV2Secret {
  versions: KvVersion[]; // index = version - 1
  createdTime: string;
  updatedTime: string;
  customMetadata: Record<string, string> | null;
  casRequired: boolean;
}

export type SecretsMount =
  | { type: 'kv'; version: 1; path: string; accessor: string; uuid: string; v1: Map<string, Record<string, unknown>> }
  | { type: 'kv'; version: 2; path: string; accessor: string; uuid: string; casRequired: boolean; v2: Map<string, KvV2Secret> };

export interface AppRole {
  name: string;
  roleId: string;
  secretIds: Map<string, { accessor: string; usesLeft: number | null }>;
  tokenPolicies: string[];
  tokenType: 'service' | 'batch';
  secretIdNumUses: number;
  /** The other role parameters as Vault reads them back (durations in seconds). */
  tuning: Record<string, unknown>;
}

export interface JwtRole {
  name: string;
  boundAudiences: string[];
  boundSubject: string;
  boundClaims: Record<string, string | string[]>;
  userClaim: string;
  tokenPolicies: string[];
  tokenType: 'service' | 'batch';
}

export type AuthMount =
  | { type: 'approle'; path: string; accessor: string; roles: Map<string, AppRole> }
  | { type: 'jwt'; path: string; accessor: string; roles: Map<string, JwtRole>; pubkeys: string[]; boundIssuer: string };

export interface TokenEntry {
  id: string;
  accessor: string;
  namespace: string;
  policies: string[];
  type: 'service' | 'batch';
  ttl: number;
  issuedAt: Date;
  displayName: string;
  meta: Record<string, string> | null;
  path: string;
  revoked: boolean;
}

export interface NamespaceState {
  mounts: Map<string, SecretsMount>;
  auths: Map<string, AuthMount>;
  policies: Map<string, PolicyRule[]>;
  policyTexts: Map<string, string>;
}

export const DEFAULT_TOKEN_TTL = 2_764_800; // 768h, Vault's default max lease TTL

const BASE62 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

export function randomId(length: number): string {
  return [...randomBytes(length)].map((b) => BASE62[b % 62]).join('');
}

/** Every namespace's mounts, auth methods and policies, and all tokens. */
export class VaultState {
  readonly namespaces = new Map<string, NamespaceState>([['', emptyNamespace()]]);
  readonly tokens = new Map<string, TokenEntry>();
  sealed = false;

  namespace(name: string): NamespaceState | undefined {
    return this.namespaces.get(cleanNamespace(name));
  }

  createNamespace(name: string): NamespaceState {
    const key = cleanNamespace(name);
    let ns = this.namespaces.get(key);
    if (ns === undefined) {
      // Parents first, as Vault requires.
      const parent = key.includes('/') ? key.slice(0, key.lastIndexOf('/')) : '';
      if (parent !== '') this.createNamespace(parent);
      ns = emptyNamespace();
      this.namespaces.set(key, ns);
    }
    return ns;
  }

  ensure(namespace: string | undefined): NamespaceState {
    return this.createNamespace(namespace ?? '');
  }

  enableKv(ns: NamespaceState, path: string, version: 1 | 2): SecretsMount {
    const mountPath = cleanMount(path);
    if (ns.mounts.has(mountPath)) throw new Error(`path is already in use at ${mountPath}/`);
    const base = { type: 'kv' as const, path: mountPath, accessor: `kv_${randomId(8).toLowerCase()}`, uuid: randomUUID() };
    const mount: SecretsMount = version === 2 ? { ...base, version: 2, casRequired: false, v2: new Map() } : { ...base, version: 1, v1: new Map() };
    ns.mounts.set(mountPath, mount);
    return mount;
  }

  enableAuth(ns: NamespaceState, path: string, type: 'approle' | 'jwt'): AuthMount {
    const mountPath = cleanMount(path);
    if (ns.auths.has(mountPath)) throw new Error(`path is already in use at auth/${mountPath}/`);
    const accessor = `auth_${type}_${randomId(8).toLowerCase()}`;
    const mount: AuthMount =
      type === 'approle'
        ? { type, path: mountPath, accessor, roles: new Map() }
        : { type, path: mountPath, accessor, roles: new Map(), pubkeys: [], boundIssuer: '' };
    ns.auths.set(mountPath, mount);
    return mount;
  }

  putPolicy(ns: NamespaceState, name: string, hcl: string): void {
    ns.policies.set(name, parsePolicy(hcl));
    ns.policyTexts.set(name, hcl);
  }

  issueToken(params: {
    namespace: string;
    policies: string[];
    type?: 'service' | 'batch';
    ttl?: number;
    displayName?: string;
    meta?: Record<string, string> | null;
    path?: string;
    noDefaultPolicy?: boolean;
    id?: string;
  }): TokenEntry {
    const type = params.type ?? 'service';
    const isRoot = params.policies.includes('root');
    const policies = isRoot || params.noDefaultPolicy === true ? [...params.policies] : [...new Set(['default', ...params.policies])];
    const entry: TokenEntry = {
      id: params.id ?? (type === 'batch' ? `hvb.${randomId(90)}` : `hvs.${randomId(24)}`),
      accessor: type === 'batch' ? '' : randomId(24),
      namespace: cleanNamespace(params.namespace),
      policies: policies.sort(),
      type,
      ttl: isRoot ? 0 : (params.ttl ?? DEFAULT_TOKEN_TTL),
      issuedAt: new Date(),
      displayName: params.displayName ?? 'token',
      meta: params.meta ?? null,
      path: params.path ?? 'auth/token/create',
      revoked: false,
    };
    this.tokens.set(entry.id, entry);
    return entry;
  }

  /** Policy rules of a token as seen from `requestNamespace` (the token's namespace or a child of it). */
  rulesFor(token: TokenEntry, requestNamespace: string): PolicyRule[] | 'root' {
    if (token.policies.includes('root')) return 'root';
    const home = this.namespaces.get(token.namespace);
    if (home === undefined) return [];
    // A parent namespace's policy names child paths with the child's prefix.
    const relative = requestNamespace === token.namespace ? '' : requestNamespace.slice(token.namespace === '' ? 0 : token.namespace.length + 1);
    return token.policies.flatMap((name) => {
      const rules = name === 'default' ? DEFAULT_POLICY : (home.policies.get(name) ?? []);
      if (relative === '') return rules;
      return rules.filter((r) => r.path.startsWith(`${relative}/`)).map((r) => ({ ...r, path: r.path.slice(relative.length + 1) }));
    });
  }
}

function emptyNamespace(): NamespaceState {
  return { mounts: new Map(), auths: new Map(), policies: new Map(), policyTexts: new Map() };
}

export function cleanNamespace(name: string): string {
  return name.trim().replace(/^\/+|\/+$/g, '');
}

export function cleanMount(path: string): string {
  return path.trim().replace(/^\/+|\/+$/g, '');
}

/** The mount serving `path` (longest prefix wins), with the rest of the path. */
export function findMount<T extends { path: string }>(mounts: Map<string, T>, path: string): { mount: T; rest: string } | undefined {
  let best: T | undefined;
  for (const mount of mounts.values()) {
    if ((path === mount.path || path.startsWith(`${mount.path}/`)) && (best === undefined || mount.path.length > best.path.length)) best = mount;
  }
  return best === undefined ? undefined : { mount: best, rest: path.slice(best.path.length + 1) };
}
