// Publishing the rotated bundle to Vault KV v2 with check-and-set on the version read first.
import { ConfigurationError, toError } from '@mcp-secrets/ports';
import { bundleFromVaultData, compareVersions, VERSION_KEY } from '@mcp-secrets/secrets-store';
import { toPlain, type SopsMapNode } from '@mcp-secrets/sops';
import { VaultError, type KvSecret, type KvWriteResult } from '@mcp-secrets/vault';
import { settleFailedWrite } from './failed-write';
import { layoutOf, secretData, type VaultLayout } from './vault-layout';

/** The two Vault calls rotate needs (VaultClient has them). */
export interface KvStore {
  readKv(path: string, options?: { version?: number }): Promise<KvSecret>;
  writeKvV2(path: string, data: Record<string, unknown>, options: { cas?: number }): Promise<KvWriteResult>;
}

export interface VaultDestination {
  kv: KvStore;
  /** As `vault kv get` takes it: `secret/mcp/ci`. */
  path: string;
  /** The field holding the JSON bundle (`secrets`); a secret without it has the bundle as its fields. */
  secretsKey: string;
  /**
   * The same Vault with a fresh deadline, to read back a write whose answer never came (`kv`'s
   * deadline may be what ran out); `kv` itself when absent.
   */
  reconnect?: () => KvStore;
}

/** What was read before writing anything: the version to check-and-set on and how the bundle is stored. */
export interface VaultTarget {
  destination: VaultDestination;
  /** 0 when the secret does not exist yet (KV v2: write only if absent). */
  cas: number;
  /** The secret's fields as read (kept next to the bundle field). */
  fields: Record<string, unknown>;
  layout: VaultLayout;
  currentKeys: string[];
}

export interface PublishedVersion {
  path: string;
  previousVersion: number;
  version: number;
  /** Keys Vault had that the rotated bundle does not (names only). */
  droppedKeys: string[];
  /** Why the write's own answer was lost, when reading the version back is what confirmed it. */
  lostAnswer?: string;
}

/** Reads the secret's current version and layout; refuses KV v1 and a Vault bundle already at (or past) the new version. */
export async function readVaultTarget(destination: VaultDestination, newVersion: string): Promise<VaultTarget> {
  let secret: KvSecret;
  try {
    secret = await destination.kv.readKv(destination.path);
  } catch (error) {
    if (error instanceof VaultError && error.kind === 'not-found') return { destination, cas: 0, fields: {}, layout: 'json-string', currentKeys: [] };
    throw error;
  }
  if (secret.kvVersion !== 2) {
    throw new ConfigurationError(`${secret.path} is on a KV v1 mount: rotate publishes with check-and-set, which needs KV v2`, { input: 'vault-secret-path' });
  }
  const layout = layoutOf(secret.data, destination.secretsKey);
  const current = bundleFromVaultData(secret.data, destination.secretsKey, secret.path);
  if (current.version !== undefined && isAtLeast(current.version, newVersion)) {
    throw new ConfigurationError(`${secret.path} already holds ${VERSION_KEY} ${current.version}, not older than the rotated ${newVersion}: nothing was written`, {
      input: 'vault-secret-path',
      hint: 'the SOPS bundle is behind Vault; bring it up to date and commit it first',
    });
  }
  return { destination, cas: secret.metadata?.version ?? 0, fields: secret.data, layout, currentKeys: Object.keys(current.entries) };
}

function isAtLeast(vaultVersion: string, newVersion: string): boolean {
  try {
    return compareVersions(vaultVersion, newVersion) >= 0;
  } catch {
    return false; // a version Vault holds that is not numeric cannot be compared; the bundle's own was checked
  }
}

/** JSON has no bigint or bytes: ints beyond 2^53 become strings, bytes base64. */
function jsonSafe(_key: string, value: unknown): unknown {
  if (typeof value === 'bigint') return value.toString();
  if (value instanceof Uint8Array) return Buffer.from(value).toString('base64');
  return value;
}

/**
 * Writes the bundle with `cas`. A write is never sent twice; when it fails, what Vault holds at
 * version cas+1 says what happened: this bundle (published), another (someone else published:
 * ConfigurationError), nothing (not published), or, when that cannot be read, UnknownPublishOutcome.
 */
export async function publishBundle(target: VaultTarget, document: SopsMapNode): Promise<PublishedVersion> {
  const { destination } = target;
  const bundle = JSON.parse(JSON.stringify(toPlain(document), jsonSafe)) as Record<string, unknown>;
  const data = secretData(target.layout, target.fields, destination.secretsKey, bundle);
  const droppedKeys = target.currentKeys.filter((key) => !(key in bundle));
  try {
    const written = await destination.kv.writeKvV2(destination.path, data, { cas: target.cas });
    return { path: written.path, previousVersion: target.cas, version: written.version, droppedKeys };
  } catch (error) {
    const version = await settleFailedWrite(target, data, `${VERSION_KEY} ${String(bundle[VERSION_KEY])}`, error);
    return { path: destination.path, previousVersion: target.cas, version, droppedKeys, lostAnswer: toError(error).message };
  }
}
