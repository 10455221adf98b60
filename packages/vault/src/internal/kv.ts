import type { KvMetadata, KvSecret, KvWriteResult } from '../types';
import { showUntrusted } from '@mcp-secrets/ports';
import { VaultError } from '../vault-error';
import { errorsOf, failureFor, isSealed, shownErrors } from './failures';
import { below, encodePath, normalizeKvPath, withoutDataPrefix } from './kv-path';
import { numberAt, objectAt, stringAt, timestampAt } from './json';
import { MAY_HAVE_APPLIED, type VaultBody, type VaultCall, type VaultResponse } from './vault-http';

/** What the KV code needs from the client: authenticated calls and the token's policies. */
export interface KvSession {
  call(call: Omit<VaultCall, 'token' | 'namespace'>): Promise<VaultResponse>;
  /** Policies for permission errors; undefined when they cannot be learnt. */
  policies(): Promise<string[] | undefined>;
}

interface MountInfo {
  mount: string;
  version: 1 | 2;
}

const VERSIONED_KV_WARNING = /Invalid path for a versioned K\/V secrets engine/i;

/** KV v1/v2 reads and v2 writes, with the KV version detected once per mount. */
export class KvAccess {
  private readonly mounts = new Map<string, MountInfo>();

  constructor(private readonly session: KvSession) {}

  async read(path: string, options: { version?: number } = {}): Promise<KvSecret> {
    const full = normalizeKvPath(path);
    const known = this.cached(full) ?? (await this.preflight(full));
    if (known !== undefined) {
      const rest = below(full, known.mount) ?? '';
      if (known.version === 2) return this.readV2(known.mount, withoutDataPrefix(rest), options.version);
      return this.readV1(known.mount, rest);
    }
    return this.readByProbing(full, options.version);
  }

  async writeV2(path: string, data: Record<string, unknown>, options: { cas?: number } = {}): Promise<KvWriteResult> {
    const { mount, rest, shown } = await this.v2Target(path, 'written with check-and-set');
    const apiPath = `${mount}/data/${rest}`;
    const body = { data, options: options.cas === undefined ? {} : { cas: options.cas } };
    // Never repeated blindly: a repeat after a lost answer fails its own check-and-set (or, without cas, writes twice).
    const response = await this.session.call({ method: 'POST', path: encodePath(apiPath), body, action: `writing ${apiPath}`, idempotent: false });
    if (ok(response)) {
      const written = objectAt(response.body, 'data');
      return {
        mount,
        path: shown,
        apiPath,
        version: numberAt(written, 'version'),
        createdTime: timestampAt(written, 'created_time'),
      };
    }
    if (response.status === 400 && errorsOf(response.body).some((e) => /check-and-set parameter did not match/i.test(e))) {
      throw await this.casMismatch(mount, rest, shown, options.cas, response);
    }
    const failure = await this.failure(response, `writing ${apiPath}`, `no secret at ${shown}`);
    // A 5xx on the way back (a gateway's 502/504 included) does not say the write was not applied.
    if (response.status < 500 || failure.kind !== 'server') throw failure;
    throw new VaultError('server', `${failure.message}${MAY_HAVE_APPLIED}`, { status: failure.status, errors: failure.errors, outcomeUnknown: true });
  }

  /**
   * Merges `custom` into the secret's custom_metadata as a JSON merge patch (Vault 1.9+, the
   * `patch` capability on `<mount>/metadata/<path>`): other keys stay, a null removes one.
   */
  async patchMetadataV2(path: string, custom: Record<string, string | null>): Promise<void> {
    const { mount, rest, shown } = await this.v2Target(path, 'given custom metadata');
    const apiPath = `${mount}/metadata/${rest}`;
    const action = `writing the custom metadata of ${apiPath}`;
    // The same patch applied twice leaves the same metadata: it may be repeated after a lost answer.
    const response = await this.session.call({
      method: 'PATCH',
      path: encodePath(apiPath),
      body: { custom_metadata: custom },
      contentType: 'application/merge-patch+json',
      action,
    });
    if (ok(response)) return;
    if (response.status === 405) {
      throw new VaultError('bad-request', `Vault refused PATCH while ${action}: custom metadata needs Vault 1.9 or later`, { status: 405, errors: shownErrors(response.body) });
    }
    throw await this.failure(response, action, `no secret at ${shown}`);
  }

  /** The KV v2 mount and path below it; a KV v1 mount is refused, saying what needed v2. */
  private async v2Target(path: string, needs: string): Promise<{ mount: string; rest: string; shown: string }> {
    const full = normalizeKvPath(path);
    const known = this.cached(full) ?? (await this.preflight(full)) ?? firstSegmentMount(full, 2);
    const rest = withoutDataPrefix(below(full, known.mount) ?? '');
    const shown = `${known.mount}/${rest}`;
    if (known.version !== 2) {
      throw new VaultError('bad-request', `${shown} is on a KV version 1 mount: only KV version 2 secrets can be ${needs}`);
    }
    return { mount: known.mount, rest, shown };
  }

  private cached(full: string): MountInfo | undefined {
    let best: MountInfo | undefined;
    for (const info of this.mounts.values()) {
      if (below(full, info.mount) !== undefined && (best === undefined || info.mount.length > best.mount.length)) best = info;
    }
    return best;
  }

  private remember(info: MountInfo): MountInfo {
    this.mounts.set(info.mount, info);
    return info;
  }

  /** Asks Vault which mount serves `full` and its KV version; undefined when the token may not ask. */
  private async preflight(full: string): Promise<MountInfo | undefined> {
    const response = await this.session.call({
      method: 'GET',
      path: `sys/internal/ui/mounts/${encodePath(full)}`,
      action: `detecting the KV version of ${full}`,
    });
    if (ok(response)) {
      const data = objectAt(response.body, 'data');
      const mount = stringAt(data, 'path').replace(/\/+$/, '');
      const type = stringAt(data, 'type');
      if (mount === '' || below(full, mount) === undefined) return undefined;
      if (type !== '' && type !== 'kv' && type !== 'generic') {
        throw new VaultError('bad-request', `${full} is on a ${showUntrusted(type, 40)} secrets engine mounted at ${mount}/, not on a KV mount`);
      }
      const version = String(objectAt(data, 'options')?.version ?? '1') === '2' ? 2 : 1;
      return this.remember({ mount, version });
    }
    // Denied (403) or unknown (old Vault, no such mount): find out by reading instead.
    if (isSealed(response) || response.status >= 500) throw await this.failure(response, `detecting the KV version of ${full}`);
    return undefined;
  }

  /** Without the preflight: try the KV v2 layout, then KV v1, and learn the version from Vault's answers. */
  private async readByProbing(full: string, version: number | undefined): Promise<KvSecret> {
    const guess = firstSegmentMount(full, 2);
    const rest = below(full, guess.mount) ?? '';
    const v2Path = `${guess.mount}/data/${withoutDataPrefix(rest)}`;
    const v2 = await this.session.call({ method: 'GET', path: encodePath(v2Path) + versionQuery(version), action: `reading ${v2Path}` });
    if (ok(v2) || hasVersionMetadata(v2)) {
      this.remember(guess);
      return this.interpretV2(v2, guess.mount, withoutDataPrefix(rest), version);
    }
    if (isSealed(v2) || v2.status >= 500 || (v2.status !== 403 && v2.status !== 404)) throw await this.failure(v2, `reading ${v2Path}`);
    const v1Path = `${guess.mount}/${rest}`;
    const v1 = await this.session.call({ method: 'GET', path: encodePath(v1Path), action: `reading ${v1Path}` });
    if (isVersionedWarning(v1)) {
      // Vault says the mount is KV v2: the v2 answer above was the real one.
      this.remember(guess);
      return this.interpretV2(v2, guess.mount, withoutDataPrefix(rest), version);
    }
    if (ok(v1)) {
      this.remember({ mount: guess.mount, version: 1 });
      return this.interpretV1(v1, guess.mount, rest);
    }
    if (v1.status === 403 && v2.status === 403) throw await this.failure(v2, `reading ${v2Path}`);
    return this.interpretV1(v1, guess.mount, rest);
  }

  private async readV2(mount: string, rest: string, version: number | undefined): Promise<KvSecret> {
    const apiPath = `${mount}/data/${rest}`;
    const response = await this.session.call({ method: 'GET', path: encodePath(apiPath) + versionQuery(version), action: `reading ${apiPath}` });
    return this.interpretV2(response, mount, rest, version);
  }

  private async readV1(mount: string, rest: string): Promise<KvSecret> {
    const apiPath = `${mount}/${rest}`;
    const response = await this.session.call({ method: 'GET', path: encodePath(apiPath), action: `reading ${apiPath}` });
    if (isVersionedWarning(response)) {
      // The mount was upgraded to v2 since we looked.
      this.remember({ mount, version: 2 });
      return this.readV2(mount, withoutDataPrefix(rest), undefined);
    }
    return this.interpretV1(response, mount, rest);
  }

  private async interpretV2(response: VaultResponse, mount: string, rest: string, version: number | undefined): Promise<KvSecret> {
    const shown = `${mount}/${rest}`;
    const apiPath = `${mount}/data/${rest}`;
    const envelope = objectAt(response.body, 'data');
    const rawMetadata = objectAt(envelope, 'metadata');
    const metadata = rawMetadata === undefined ? undefined : toMetadata(rawMetadata);
    if (metadata !== undefined && (metadata.deletionTime !== '' || metadata.destroyed)) {
      const what = metadata.destroyed ? 'was destroyed' : `was deleted at ${metadata.deletionTime}`;
      throw new VaultError('deleted', `secret ${shown} version ${metadata.version} ${what}; write a new version or undelete it`, {
        status: response.status,
        errors: shownErrors(response.body),
      });
    }
    const data = objectAt(envelope, 'data');
    if (ok(response) && data !== undefined) {
      return { mount, kvVersion: 2, path: shown, apiPath, data, ...(metadata === undefined ? {} : { metadata }) };
    }
    const notFound = version === undefined ? `no secret at ${shown}` : `no version ${version} of secret ${shown}`;
    throw await this.failure(ok(response) ? { ...response, status: 404 } : response, `reading ${apiPath}`, notFound);
  }

  private async interpretV1(response: VaultResponse, mount: string, rest: string): Promise<KvSecret> {
    const apiPath = `${mount}/${rest}`;
    const data = objectAt(response.body, 'data');
    if (ok(response) && data !== undefined) return { mount, kvVersion: 1, path: apiPath, apiPath, data };
    throw await this.failure(ok(response) ? { ...response, status: 404 } : response, `reading ${apiPath}`, `no secret at ${apiPath}`);
  }

  private async casMismatch(mount: string, rest: string, shown: string, cas: number | undefined, response: VaultResponse): Promise<VaultError> {
    const metadataPath = `${mount}/metadata/${rest}`;
    const meta = await this.session.call({ method: 'GET', path: encodePath(metadataPath), action: `reading ${metadataPath}` });
    const current = ok(meta) ? numberAt(objectAt(meta.body, 'data'), 'current_version') : 0;
    const who = current > 0 ? `someone else wrote version ${current} meanwhile` : 'someone else wrote a newer version meanwhile';
    const expected = cas === undefined ? '' : ` (expected version ${cas})`;
    return new VaultError('cas-mismatch', `cannot write ${shown}: ${who}${expected}; read it again and retry`, {
      status: response.status,
      errors: shownErrors(response.body),
    });
  }

  private async failure(response: VaultResponse, action: string, notFound?: string): Promise<VaultError> {
    const policies = response.status === 403 ? await this.session.policies() : undefined;
    return failureFor(response, { action, ...(policies === undefined ? {} : { policies }), ...(notFound === undefined ? {} : { notFound }) });
  }
}

function firstSegmentMount(full: string, version: 1 | 2): MountInfo {
  return { mount: full.slice(0, full.indexOf('/')), version };
}

function versionQuery(version: number | undefined): string {
  return version === undefined ? '' : `?version=${version}`;
}

function ok(response: VaultResponse): boolean {
  return response.status >= 200 && response.status < 300;
}

function isVersionedWarning(response: VaultResponse): boolean {
  const warnings = response.body?.warnings;
  const texts = [...(Array.isArray(warnings) ? warnings : []), ...errorsOf(response.body)];
  return response.status === 404 && texts.some((w) => typeof w === 'string' && VERSIONED_KV_WARNING.test(w));
}

/** A KV v2 answer, even a 404 for a deleted version, carries version metadata. */
function hasVersionMetadata(response: VaultResponse): boolean {
  return objectAt(objectAt(response.body, 'data'), 'metadata') !== undefined;
}

function toMetadata(raw: VaultBody): KvMetadata {
  const custom = objectAt(raw, 'custom_metadata');
  return {
    version: numberAt(raw, 'version'),
    createdTime: timestampAt(raw, 'created_time'),
    deletionTime: timestampAt(raw, 'deletion_time'),
    destroyed: raw.destroyed === true,
    customMetadata: custom === undefined ? null : (Object.fromEntries(Object.entries(custom).map(([k, v]) => [k, String(v)])) as Record<string, string>),
  };
}
