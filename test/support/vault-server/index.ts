// startVaultServer(): a Vault-API-compatible server on 127.0.0.1 for tests and the README demo.
// Seed it through its methods (fast, no token needed) or through Vault's own API with
// `rootToken`, exactly as against a real Vault.
import type { AddressInfo } from 'node:net';
import { upsertAppRole } from './auth-methods';
import { FaultQueue, type Fault } from './faults';
import { createVaultHttpServer, type RecordedRequest } from './server';
import { cleanMount, findMount, randomId, VaultState, type AuthMount, type KvV2Secret, type SecretsMount } from './state';

export type { Fault } from './faults';
export type { RecordedRequest } from './server';
export { seedDemo, DEMO } from './seed-demo';

export interface VaultServerOptions {
  /** Root token id (default "root", like `vault server -dev`). */
  rootToken?: string;
  /** Serve HTTPS with this key and certificate (PEM). */
  tls?: { key: string; cert: string };
  /** Refuse sys/internal/ui/mounts/* for every token, as a locked-down production Vault may. */
  denyMountsPreflight?: boolean;
}

interface InNamespace {
  namespace?: string;
}

export interface VaultServer {
  url: string;
  rootToken: string;
  close(): Promise<void>;
  /** Every request received, in order (headers only, credentials redacted). */
  readonly requests: RecordedRequest[];
  clearRequests(): void;
  createNamespace(name: string): void;
  enableKv(mount: string, version: 1 | 2, options?: InNamespace): void;
  /**
   * Writes `data` at a KV path as `vault kv put` takes it (`secret/mcp/ci`); returns the new version (1 for KV v1).
   * `createdAt` backdates a KV v2 version (ISO-8601), as if it had been written then.
   */
  writeKv(path: string, data: Record<string, unknown>, options?: InNamespace & { createdAt?: string }): number;
  /** Replaces a KV v2 secret's custom_metadata, as `vault kv metadata put -custom-metadata=k=v` does; reads it back. */
  customMetadata(path: string, replace?: Record<string, string>, options?: InNamespace): Record<string, string> | null;
  /** Soft-deletes a KV v2 version (default: the latest), as `vault kv delete -versions`. */
  deleteKvVersion(path: string, version?: number, options?: InNamespace & { at?: string }): void;
  destroyKvVersion(path: string, version: number, options?: InNamespace): void;
  putPolicy(name: string, hcl: string, options?: InNamespace): void;
  addAppRole(
    name: string,
    settings: { policies: string[]; tokenType?: 'service' | 'batch'; roleId?: string; secretId?: string; mount?: string } & InNamespace,
  ): { roleId: string; secretId: string };
  addJwtRole(
    name: string,
    settings: {
      policies: string[];
      boundAudiences?: string[];
      boundClaims?: Record<string, string | string[]>;
      boundSubject?: string;
      userClaim?: string;
      tokenType?: 'service' | 'batch';
      /** PEM public keys; without them signatures are not checked (structure and claims are). */
      pubkeys?: string[];
      mount?: string;
    } & InNamespace,
  ): void;
  createToken(settings: { policies: string[]; type?: 'service' | 'batch'; ttlSeconds?: number } & InNamespace): string;
  /** True while the token exists and is neither revoked nor expired. */
  isTokenValid(token: string): boolean;
  setSealed(sealed: boolean): void;
  setMountsPreflightDenied(denied: boolean): void;
  injectFault(fault: Fault): void;
  clearFaults(): void;
}

export async function startVaultServer(options: VaultServerOptions = {}): Promise<VaultServer> {
  const state = new VaultState();
  const rootToken = options.rootToken ?? 'root';
  state.issueToken({ namespace: '', policies: ['root'], id: rootToken, displayName: 'root', path: 'auth/token/root' });
  const behaviour = { state, faults: new FaultQueue(), requests: [] as RecordedRequest[], preflightDenied: options.denyMountsPreflight === true, delays: new Set<NodeJS.Timeout>() };
  const server = createVaultHttpServer(behaviour, options.tls);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const url = `${options.tls === undefined ? 'http' : 'https'}://127.0.0.1:${port}`;

  const kvAt = (path: string, namespace?: string): { mount: SecretsMount; key: string } => {
    const found = findMount(state.ensure(namespace).mounts, cleanMount(path));
    if (found === undefined || found.rest === '') throw new Error(`test server: no KV mount serves ${path}; call enableKv first`);
    return { mount: found.mount, key: found.mount.version === 2 ? found.rest.replace(/^data\//, '') : found.rest };
  };
  const v2Secret = (path: string, namespace?: string): KvV2Secret => {
    const { mount, key } = kvAt(path, namespace);
    const secret = mount.version === 2 ? mount.v2.get(key) : undefined;
    if (secret === undefined) throw new Error(`test server: no KV v2 secret at ${path}`);
    return secret;
  };
  const authMount = <T extends AuthMount['type']>(type: T, path: string, namespace?: string): Extract<AuthMount, { type: T }> => {
    const ns = state.ensure(namespace);
    const mount = ns.auths.get(cleanMount(path)) ?? state.enableAuth(ns, path, type);
    if (mount.type !== type) throw new Error(`test server: auth/${path} is a ${mount.type} mount, not ${type}`);
    return mount as Extract<AuthMount, { type: T }>;
  };

  return {
    url,
    rootToken,
    requests: behaviour.requests,
    close: () =>
      new Promise<void>((resolve, reject) => {
        for (const timer of behaviour.delays) clearTimeout(timer);
        server.close((err) => (err === undefined ? resolve() : reject(err)));
        server.closeAllConnections();
      }),
    clearRequests: () => {
      behaviour.requests.length = 0;
    },
    createNamespace: (name) => {
      state.createNamespace(name);
    },
    enableKv: (mount, version, opts = {}) => {
      state.enableKv(state.ensure(opts.namespace), mount, version);
    },
    writeKv: (path, data, opts = {}) => {
      const { mount, key } = kvAt(path, opts.namespace);
      if (mount.version === 1) {
        mount.v1.set(key, { ...data });
        return 1;
      }
      const now = opts.createdAt ?? new Date().toISOString();
      const secret = mount.v2.get(key) ?? { versions: [], createdTime: now, updatedTime: now, customMetadata: null, casRequired: false };
      secret.versions.push({ data: { ...data }, createdTime: now, deletionTime: '', destroyed: false });
      secret.updatedTime = now;
      mount.v2.set(key, secret);
      return secret.versions.length;
    },
    customMetadata: (path, replace, opts = {}) => {
      const secret = v2Secret(path, opts.namespace);
      if (replace !== undefined) secret.customMetadata = { ...replace };
      return secret.customMetadata === null ? null : { ...secret.customMetadata };
    },
    deleteKvVersion: (path, version, opts = {}) => {
      const secret = v2Secret(path, opts.namespace);
      const entry = secret.versions[(version ?? secret.versions.length) - 1];
      if (entry === undefined) throw new Error(`test server: ${path} has no version ${version}`);
      entry.deletionTime = opts.at ?? new Date().toISOString();
    },
    destroyKvVersion: (path, version, opts = {}) => {
      const entry = v2Secret(path, opts.namespace).versions[version - 1];
      if (entry === undefined) throw new Error(`test server: ${path} has no version ${version}`);
      Object.assign(entry, { destroyed: true, data: null });
    },
    putPolicy: (name, hcl, opts = {}) => {
      state.putPolicy(state.ensure(opts.namespace), name, hcl);
    },
    addAppRole: (name, settings) => {
      const mount = authMount('approle', settings.mount ?? 'approle', settings.namespace);
      const role = upsertAppRole(mount, name, {
        tokenPolicies: settings.policies,
        tokenType: settings.tokenType ?? 'service',
        secretIdNumUses: 0,
        ...(settings.roleId === undefined ? {} : { roleId: settings.roleId }),
      });
      const secretId = settings.secretId ?? `${randomId(8)}-${randomId(4)}-${randomId(4)}-${randomId(12)}`.toLowerCase();
      role.secretIds.set(secretId, { accessor: randomId(16), usesLeft: null });
      return { roleId: role.roleId, secretId };
    },
    addJwtRole: (name, settings) => {
      const mount = authMount('jwt', settings.mount ?? 'jwt', settings.namespace);
      if (settings.pubkeys !== undefined) mount.pubkeys = settings.pubkeys;
      mount.roles.set(name, {
        name,
        boundAudiences: settings.boundAudiences ?? [],
        boundClaims: settings.boundClaims ?? {},
        boundSubject: settings.boundSubject ?? '',
        userClaim: settings.userClaim ?? 'sub',
        tokenPolicies: settings.policies,
        tokenType: settings.tokenType ?? 'service',
      });
    },
    createToken: (settings) =>
      state.issueToken({
        namespace: cleanMount(settings.namespace ?? ''),
        policies: settings.policies,
        ...(settings.type === undefined ? {} : { type: settings.type }),
        ...(settings.ttlSeconds === undefined ? {} : { ttl: settings.ttlSeconds }),
      }).id,
    isTokenValid: (token) => {
      const entry = state.tokens.get(token);
      return entry !== undefined && !entry.revoked && (entry.ttl === 0 || entry.issuedAt.getTime() + entry.ttl * 1000 >= Date.now());
    },
    setSealed: (sealed) => {
      state.sealed = sealed;
    },
    setMountsPreflightDenied: (denied) => {
      behaviour.preflightDenied = denied;
    },
    injectFault: (fault) => behaviour.faults.add(fault),
    clearFaults: () => behaviour.faults.clear(),
  };
}
