// Vault-only rotation (no SOPS bundle): the secrets at one or more KV v2 paths get new values for
// some keys. Everything is read and checked here, before anything is written: a dry run is this
// plan printed, and a refusal leaves Vault untouched.
import { ConfigurationError } from '@mcp-secrets/ports';
import { bundleFromVaultData, checkBundleLimits, ROTATED_AT_PREFIX, VERSION_KEY } from '@mcp-secrets/secrets-store';
import { VaultError, type KvSecret } from '@mcp-secrets/vault';
import { resolveKeyChanges, type KeyChange, type KeyChangeOptions } from './key-changes';
import type { PlannedKeyChange } from './plan';
import { checkTaskId } from './task-id';
import { layoutOf, secretData, storedBundle } from './vault-layout';
import type { KvStore } from './vault-publish';
import { bumpVersion } from './version-bump';

export interface VaultRotationRequest {
  /** KV v2 paths as `vault kv get` takes them; the same new values go to every one. */
  paths: readonly string[];
  changes: KeyChangeOptions;
  /** Let the changes add keys a secret does not have yet. */
  allowAdd: boolean;
  /** The field holding the JSON bundle (`secrets`); a secret without it has the bundle as its fields. */
  secretsKey: string;
  task?: string;
}

export interface PlannedPath {
  /** The path as Vault names it (`secret/app-prod`). */
  path: string;
  /** The version read: the check-and-set value of the write. */
  cas: number;
  changes: PlannedKeyChange[];
  /** Keys of the bundle that keep their values (names as the secret holds them). */
  unchangedKeys: string[];
  /** The MCP_SECRETS_VERSION bump; undefined when the secret has none. */
  version: { from: string; to: string } | undefined;
  /** The data read and the data to write: secret, never printed. */
  material: { current: Record<string, unknown>; next: Record<string, unknown> };
}

export interface VaultRotationPlan {
  paths: PlannedPath[];
  task: string | undefined;
  secretsKey: string;
}

// Vault's custom_metadata limits (a patch holds at most 64 keys, each up to 128 characters).
const CUSTOM_METADATA = { maxKeys: 64, maxKeyLength: 128 };
const BUMPABLE = /^v?(?:\d+\.)*\d+$/;

/** Reads every path and checks every refusal; writes nothing. */
export async function planVaultRotation(request: VaultRotationRequest, kv: Pick<KvStore, 'readKv'>, env: NodeJS.ProcessEnv): Promise<VaultRotationPlan> {
  checkTaskId(request.task);
  if (request.paths.length === 0) throw new ConfigurationError('no Vault path to rotate', { input: 'vault-secret-path' });
  const changes = resolveKeyChanges(request.changes, env);
  if (changes.length === 0) {
    throw new ConfigurationError('nothing to rotate', { hint: 'give --set-from-env KEY, --generate KEY or --set KEY=VALUE' });
  }
  checkRecordable(changes);
  const paths: PlannedPath[] = [];
  for (const path of request.paths) {
    const planned = planPath(await readSecret(kv, path), changes, request);
    if (paths.some((p) => p.path === planned.path)) {
      throw new ConfigurationError(`${planned.path} is given twice`, { input: 'vault-secret-path', hint: 'give each path once' });
    }
    paths.push(planned);
  }
  return { paths, task: request.task, secretsKey: request.secretsKey };
}

function checkRecordable(changes: readonly KeyChange[]): void {
  if (changes.length > CUSTOM_METADATA.maxKeys) {
    throw new ConfigurationError(`${changes.length} keys at once: Vault's custom_metadata records at most ${CUSTOM_METADATA.maxKeys}`, { hint: 'rotate them in several runs' });
  }
  const tooLong = changes.filter((c) => `${ROTATED_AT_PREFIX}${c.key}`.length > CUSTOM_METADATA.maxKeyLength).map((c) => c.key);
  if (tooLong.length > 0) {
    throw new ConfigurationError(`${tooLong.join(', ')}: too long to record as ${ROTATED_AT_PREFIX}KEY in Vault's custom_metadata (${CUSTOM_METADATA.maxKeyLength} characters at most)`, {
      hint: 'use a shorter key name',
    });
  }
}

async function readSecret(kv: Pick<KvStore, 'readKv'>, path: string): Promise<KvSecret> {
  try {
    return await kv.readKv(path);
  } catch (error) {
    if (error instanceof VaultError && error.kind === 'not-found') {
      throw new ConfigurationError(`${error.message}: rotate changes keys of an existing secret`, { input: 'vault-secret-path', hint: 'check the path, or create the secret first with `vault kv put`' });
    }
    throw error;
  }
}

function planPath(secret: KvSecret, changes: readonly KeyChange[], request: VaultRotationRequest): PlannedPath {
  const path = secret.path;
  if (secret.kvVersion !== 2 || secret.metadata === undefined) {
    throw new ConfigurationError(`${path} is on a KV v1 mount: rotate writes with check-and-set and records rotated_at in custom_metadata, which need KV v2`, {
      input: 'vault-secret-path',
    });
  }
  // The same reading sync does (a bundle field that is not a JSON object is refused here), bounded.
  checkBundleLimits(bundleFromVaultData(secret.data, request.secretsKey, path), path);
  const layout = layoutOf(secret.data, request.secretsKey);
  const current = storedBundle(secret.data, layout, request.secretsKey);

  const unknown = changes.filter((c) => !(c.key in current)).map((c) => c.key);
  if (unknown.length > 0 && !request.allowAdd) {
    throw new ConfigurationError(`${path} has no key ${unknown.join(', ')}`, { hint: 'check the spelling, or add --add to add new keys' });
  }
  const next: Record<string, unknown> = { ...current };
  for (const change of changes) next[change.key] = change.value;
  const version = bumpedVersion(current[VERSION_KEY], path);
  if (version !== undefined) next[VERSION_KEY] = typeof current[VERSION_KEY] === 'number' ? Number(version.to) : version.to;

  const changed = new Set(changes.map((c) => c.key));
  return {
    path,
    cas: secret.metadata.version,
    changes: changes.map((c) => ({ key: c.key, source: c.source, added: unknown.includes(c.key) })),
    unchangedKeys: Object.keys(current).filter((key) => !changed.has(key) && key !== VERSION_KEY),
    version,
    material: { current: secret.data, next: secretData(layout, secret.data, request.secretsKey, next) },
  };
}

/** The bump of MCP_SECRETS_VERSION when the secret has one (Vault-only rotation never adds it). */
function bumpedVersion(value: unknown, path: string): { from: string; to: string } | undefined {
  if (value === undefined || value === null) return undefined;
  const from = typeof value === 'string' ? value.trim() : typeof value === 'number' && Number.isSafeInteger(value) ? String(value) : '';
  // The secret's writer decides this text: it is checked, never shown.
  if (!BUMPABLE.test(from)) {
    throw new ConfigurationError(`${path}: ${VERSION_KEY} is not a version rotate can bump (the value is not shown)`, { hint: 'use numbers separated by dots, e.g. 7 or 2026.11.2' });
  }
  return { from, to: bumpVersion(from, path) };
}
