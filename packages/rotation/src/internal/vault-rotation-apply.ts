// Applies a Vault-only rotation: each path is written with check-and-set on the version read,
// read back and compared, in order. Vault has no transaction across paths, so when one fails the
// paths already written are rolled back (their previous values written again, with check-and-set
// on the version rotate wrote) and the error says exactly what each path holds. Only when every
// path is written and verified is `rotated_at.KEY` recorded in each secret's custom_metadata.
import { isDeepStrictEqual } from 'node:util';
import { toError } from '@mcp-secrets/ports';
import { ROTATED_AT_PREFIX, VERSION_KEY } from '@mcp-secrets/secrets-store';
import { settleFailedWrite, UnknownPublishOutcome } from './failed-write';
import type { PlannedKeyChange } from './plan';
import type { PlannedPath, VaultRotationPlan } from './vault-rotation-plan';
import type { KvStore, VaultDestination } from './vault-publish';

/** The Vault calls a Vault-only rotation needs (VaultClient has them). */
export interface VaultRotationStore extends KvStore {
  patchKvMetadata(path: string, custom: Record<string, string | null>): Promise<void>;
}

export interface VaultRotationOptions {
  kv: VaultRotationStore;
  /** The same Vault with a fresh deadline, to read back a write whose answer was lost. */
  reconnect?: () => KvStore;
  now?: () => Date;
}

export interface RotatedPath {
  path: string;
  previousVersion: number;
  version: number;
  changes: PlannedKeyChange[];
  unchangedKeys: string[];
  secretsVersion: { from: string; to: string } | undefined;
  /** Why the write's own answer was lost, when reading the version back is what confirmed it. */
  lostAnswer?: string;
  /** Why `rotated_at.KEY` could not be recorded (the values are rotated all the same). */
  notRecorded?: string;
}

/** What a Vault-only rotation did: paths, versions and key names, never a value. */
export interface VaultRotationResult {
  task: string | undefined;
  /** ISO-8601 time recorded as `rotated_at.KEY`. */
  rotatedAt: string;
  paths: RotatedPath[];
}

interface Written {
  planned: PlannedPath;
  version: number;
  lostAnswer?: string;
}

export async function applyVaultRotation(plan: VaultRotationPlan, options: VaultRotationOptions): Promise<VaultRotationResult> {
  const rotatedAt = (options.now?.() ?? new Date()).toISOString().replace(/\.\d+Z$/, 'Z');
  const written: Written[] = [];
  for (const [index, planned] of plan.paths.entries()) {
    try {
      const outcome = await writeWithCas(planned, planned.material.next, planned.cas, recognisable(planned), plan.secretsKey, options);
      written.push({ planned, ...outcome });
      await verify(planned, outcome.version, options);
    } catch (thrown) {
      const error = toError(thrown);
      const failedWrote = written.at(-1)?.planned === planned;
      const report = [
        ...(await rollBack(written, plan.secretsKey, options)),
        ...(failedWrote ? [] : [`${planned.path}: ${error instanceof UnknownPublishOutcome ? unknownOutcome(planned) : 'not rotated'}`]),
        ...plan.paths.slice(index + 1).map((p) => `${p.path}: not written`),
      ];
      error.message = `${planned.path}: ${error.message}\nWhat Vault holds now:\n${report.map((line) => `  ${line}`).join('\n')}`;
      throw error;
    }
  }
  const paths = await Promise.all(written.map((w) => record(w, rotatedAt, options)));
  return { task: plan.task, rotatedAt, paths };
}

/** How the user tells this rotation's write in `vault kv get` (for a lost answer Vault cannot confirm). */
function recognisable(planned: PlannedPath): string {
  if (planned.version !== undefined) return `${VERSION_KEY} ${planned.version.to}`;
  return `new values of ${planned.changes.map((c) => c.key).join(', ')} (compare with version ${planned.cas})`;
}

/** One check-and-set write, never sent twice; a failed one is settled by reading version cas+1 back. */
async function writeWithCas(
  planned: PlannedPath,
  data: Record<string, unknown>,
  cas: number,
  what: string,
  secretsKey: string,
  options: VaultRotationOptions,
): Promise<{ version: number; lostAnswer?: string }> {
  try {
    return { version: (await options.kv.writeKvV2(planned.path, data, { cas })).version };
  } catch (error) {
    const destination: VaultDestination = { kv: options.kv, path: planned.path, secretsKey, ...(options.reconnect && { reconnect: options.reconnect }) };
    const version = await settleFailedWrite({ destination, cas }, data, what, error);
    return { version, lostAnswer: toError(error).message };
  }
}

async function verify(planned: PlannedPath, version: number, options: VaultRotationOptions): Promise<void> {
  const back = await (options.reconnect?.() ?? options.kv).readKv(planned.path, { version });
  if (!isDeepStrictEqual(back.data, planned.material.next)) {
    throw new Error(`verification failed: version ${version} read back does not hold the rotated values`);
  }
}

/** Writes the previous values back over each written path, latest first; says what each path holds after. */
async function rollBack(written: readonly Written[], secretsKey: string, options: VaultRotationOptions): Promise<string[]> {
  const lines: string[] = [];
  for (const { planned, version } of [...written].reverse()) {
    try {
      const back = await writeWithCas(planned, planned.material.current, version, `the values of version ${planned.cas}`, secretsKey, options);
      lines.unshift(`${planned.path}: rotated as version ${version}, then rolled back: version ${back.version} holds the values of version ${planned.cas} again`);
    } catch (error) {
      lines.unshift(
        `${planned.path}: version ${version} holds the rotated values and could NOT be rolled back (${toError(error).message}); ` +
          `restore them with \`vault kv rollback -version=${planned.cas} ${planned.path}\``,
      );
    }
  }
  return lines;
}

function unknownOutcome(planned: PlannedPath): string {
  return `unknown (should \`vault kv get -version=${planned.cas + 1} ${planned.path}\` show the ${recognisable(planned)}, undo it with \`vault kv rollback -version=${planned.cas} ${planned.path}\`)`;
}

/** Records `rotated_at.KEY` for the keys rotated at one path; a failure is reported, not thrown. */
async function record({ planned, version, lostAnswer }: Written, rotatedAt: string, options: VaultRotationOptions): Promise<RotatedPath> {
  const rotated: RotatedPath = {
    path: planned.path,
    previousVersion: planned.cas,
    version,
    changes: planned.changes,
    unchangedKeys: planned.unchangedKeys,
    secretsVersion: planned.version,
    ...(lostAnswer !== undefined && { lostAnswer }),
  };
  try {
    await options.kv.patchKvMetadata(planned.path, Object.fromEntries(planned.changes.map((c) => [`${ROTATED_AT_PREFIX}${c.key}`, rotatedAt])));
  } catch (error) {
    rotated.notRecorded = toError(error).message;
  }
  return rotated;
}
