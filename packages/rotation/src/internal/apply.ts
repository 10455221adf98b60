// Applies a plan under the bundle's lock: encrypt, write every file or none, verify by decrypting
// what was written, store a new identity in its destination, then publish with check-and-set; a
// failure restores the files, except when nobody can know whether Vault applied the write, or when
// the destination may hold the new identity: then they stay as rotated (they decrypt with it too).
import { readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { toError } from '@mcp-secrets/ports';
import { decryptSops, encryptSops, generateAgeIdentity, toPlain, type GeneratedAgeIdentity } from '@mcp-secrets/sops';
import { lockBundle, requireUnchanged } from './bundle-lock';
import { UnknownPublishOutcome } from './failed-write';
import { replaceFiles, RestoreError, type FileWrite } from './file-set';
import { UnknownStoreOutcome, type IdentityDestination } from './identity-destination';
import type { PlannedKeyChange, RotationPlan } from './plan';
import { addRecipient } from './sops-config';
import { publishBundle, readVaultTarget, type PublishedVersion, type VaultDestination } from './vault-publish';

/** What a rotation did, names and public keys only: for the summary and a later evidence step. */
export interface RotationResult {
  task: string | undefined;
  /** ISO-8601 time the files were written. */
  rotatedAt: string;
  repositoryRoot: string;
  /** Repository-relative paths of the files rotate changed (commit these). */
  bundleFile: string;
  sopsConfigFile: string;
  changedFiles: string[];
  version: { from: string | undefined; to: string };
  changes: PlannedKeyChange[];
  unchangedKeys: string[];
  /** Age public keys the bundle is now encrypted for. */
  recipients: string[];
  /** The new identity's public key, with --new-age-key. */
  newRecipient: string | undefined;
  /** Where the new identity's secret key was written (outside the repository), if it was. */
  ageKeyFile: string | undefined;
  /** The destination (plan.ageKeyTo) that holds the new identity's secret key, if it went to one. */
  ageKeyStoredIn: string | undefined;
  /** Public keys whose identities decrypted the written bundle to the expected values. */
  verifiedWith: string[];
  vault: PublishedVersion | undefined;
}

export interface AppliedRotation {
  result: RotationResult;
  /** The new identity when it was not written to a file: show its secret once, then drop it. */
  identityToShow: GeneratedAgeIdentity | undefined;
}

export interface ApplyOptions {
  /** Publish to Vault (KV v2, check-and-set). */
  vault?: VaultDestination;
  /**
   * Stores the new identity (the plan's ageKeyTo). After the files are written and verified, and
   * before anything is published: the files can still be restored should the store fail, and a
   * bundle encrypted for the new identity leaves this machine only once the identity is kept.
   */
  identityDestination?: IdentityDestination;
  now?: () => Date;
}

function ageKeyFile(identity: GeneratedAgeIdentity, now: Date): string {
  // age-keygen's layout, so `age -i` and SOPS_AGE_KEY_FILE read it.
  return `# created: ${now.toISOString().replace(/\.\d+Z$/, 'Z')}\n# public key: ${identity.recipient}\n${identity.identity}\n`;
}

/** One rotation of a bundle at a time (a second is refused), from the files exactly as planned. */
export async function applyRotation(plan: RotationPlan, options: ApplyOptions = {}): Promise<AppliedRotation> {
  const lock = lockBundle(plan);
  try {
    requireUnchanged(plan);
    return await applyLocked(plan, options);
  } finally {
    lock.release();
  }
}

async function applyLocked(plan: RotationPlan, options: ApplyOptions): Promise<AppliedRotation> {
  const now = options.now?.() ?? new Date();
  const { decrypted, tree, identities } = plan.material;
  const destination = plan.ageKeyTo === undefined ? undefined : options.identityDestination;
  if (plan.ageKeyTo !== undefined && destination === undefined) throw new Error(`the plan stores the new identity in ${plan.ageKeyTo}: applyRotation needs its identityDestination`);
  // Read Vault before writing anything: its version is the check-and-set value, and a refusal leaves no trace.
  const target = options.vault === undefined ? undefined : await readVaultTarget(options.vault, plan.version.to);

  const identity = plan.newAgeKey ? await generateAgeIdentity() : undefined;
  const recipients = identity === undefined ? plan.rule.recipients : [...plan.rule.recipients, identity.recipient];
  const { text } = await encryptSops({ tree }, { fileName: plan.bundle.display, format: decrypted.format, existingMetadata: decrypted.metadata, recipients, now });

  // The bundle goes last: should the process die half-way, the bundle is still the committed one.
  const writes: FileWrite[] = [];
  if (identity !== undefined) {
    if (plan.ageKeyOut !== undefined) writes.push({ path: plan.ageKeyOut, content: ageKeyFile(identity, now), mode: 0o600, original: undefined });
    const config = { path: plan.sopsConfig.path, text: plan.sopsConfig.original };
    writes.push({ path: plan.sopsConfig.path, content: addRecipient(config, plan.rule.index, identity.recipient, plan.sopsConfig.display), mode: plan.sopsConfig.mode, original: plan.sopsConfig.original });
  }
  writes.push({ path: plan.bundle.path, content: text, mode: plan.bundle.mode, original: plan.bundle.original });
  const restore = writeAllOrNothing(writes, plan);
  let verifiedWith: string[];
  let vault: PublishedVersion | undefined;
  let undoStore: (() => Promise<void>) | undefined;
  try {
    const verifiers = identities.keys.filter((k) => recipients.includes(k.recipient));
    if (identity !== undefined) verifiers.push({ secretKey: identity.identity, recipient: identity.recipient });
    verifiedWith = await verifyWritten(plan, verifiers);
    if (identity !== undefined && destination !== undefined) undoStore = await destination.store(identity.identity);
    vault = target === undefined ? undefined : await publishBundle(target, tree[0]);
  } catch (thrown) {
    const error = toError(thrown);
    if (error instanceof UnknownPublishOutcome) throw keptAsRotated(error, plan);
    if (error instanceof UnknownStoreOutcome) throw keptForIdentity(error, plan, `${plan.ageKeyTo} may hold the new identity (public key ${identity?.recipient})`);
    const undone = undoStore === undefined ? undefined : await undoing(undoStore);
    if (undone !== undefined && undone !== true) throw keptForIdentity(error, plan, `${plan.ageKeyTo} holds the new identity (public key ${identity?.recipient}) and its previous value could not be put back (${undone})`);
    error.message = `${error.message} ${undone === true ? `(${plan.ageKeyTo} holds its previous value again) ` : ''}${restoreAll(restore, plan)}`;
    throw error;
  }

  return {
    identityToShow: identity !== undefined && plan.ageKeyOut === undefined && plan.ageKeyTo === undefined ? identity : undefined,
    result: {
      task: plan.task,
      rotatedAt: now.toISOString(),
      repositoryRoot: plan.repositoryRoot,
      bundleFile: plan.bundle.display,
      sopsConfigFile: plan.sopsConfig.display,
      changedFiles: repositoryFiles(plan),
      version: plan.version,
      changes: plan.changes,
      unchangedKeys: plan.unchangedKeys,
      recipients,
      newRecipient: identity?.recipient,
      ageKeyFile: identity === undefined ? undefined : plan.ageKeyOut,
      ageKeyStoredIn: identity === undefined ? undefined : plan.ageKeyTo,
      verifiedWith,
      vault,
    },
  };
}

/** The repository files a rotation changes (to commit). */
function repositoryFiles(plan: RotationPlan): string[] {
  return plan.newAgeKey ? [plan.bundle.display, plan.sopsConfig.display] : [plan.bundle.display];
}

function writeAllOrNothing(writes: readonly FileWrite[], plan: RotationPlan): () => void {
  try {
    return replaceFiles(writes);
  } catch (thrown) {
    const error = toError(thrown);
    error.message = error instanceof RestoreError ? `${error.message}: ${restoreByHand(plan)}` : `${error.message} (nothing was written: every file is as it was)`;
    throw error;
  }
}

/** Restores the files and says so, or names those that could not be restored and how to do it by hand. */
function restoreAll(restore: () => void, plan: RotationPlan): string {
  try {
    restore();
    return '(the local files were restored as they were)';
  } catch (error) {
    if (!(error instanceof RestoreError)) throw error;
    return `(and the local files could NOT all be restored: ${error.message}: ${restoreByHand(plan)})`;
  }
}

function restoreByHand(plan: RotationPlan): string {
  return `restore them with \`git checkout -- ${repositoryFiles(plan).join(' ')}\`${removeKeyFile(plan)}`;
}

/** Puts back what the identity's destination held: true, or why it could not. */
async function undoing(undo: () => Promise<void>): Promise<true | string> {
  try {
    await undo();
    return true;
  } catch (error) {
    return toError(error).message;
  }
}

/**
 * The files stay as rotated when the destination may hold the new identity: they are encrypted for
 * the previous recipients and the new one, so they decrypt whichever it holds, while the committed
 * bundle would not decrypt with the new identity should it have replaced the only copy of an old one.
 */
function keptForIdentity(error: Error, plan: RotationPlan, holds: string): Error {
  error.message =
    `${error.message}. ${holds}: the local files were kept as rotated (${repositoryFiles(plan).join(', ')}), as they decrypt with both the previous identities and the new one` +
    `${plan.vaultPath === undefined ? '' : '; nothing was published to Vault'}. Check ${plan.ageKeyTo}: if it holds the new identity, commit the files${plan.vaultPath === undefined ? '' : ' (and publish them)'}; ` +
    `if it holds its previous value, undo with \`git checkout -- ${repositoryFiles(plan).join(' ')}\` and rotate again.`;
  return error;
}

/** The files stay as rotated: Vault holds them if it applied the write, the likelier case when only its answer was lost. */
function keptAsRotated(error: UnknownPublishOutcome, plan: RotationPlan): UnknownPublishOutcome {
  const files = plan.ageKeyOut === undefined ? repositoryFiles(plan) : [...repositoryFiles(plan), plan.ageKeyOut];
  error.message =
    `${error.message}. The local files were kept as rotated (${files.join(', ')}), as Vault holds them if it applied the write (an answer lost after the write was sent most often means it was): ` +
    `if it is published, review and commit them; if not, undo with \`git checkout -- ${repositoryFiles(plan).join(' ')}\`${removeKeyFile(plan)} and rotate again` +
    `${plan.ageKeyTo === undefined ? '' : ` (${plan.ageKeyTo} holds the new identity either way: the files as rotated decrypt with it)`}.`;
  return error;
}

function removeKeyFile(plan: RotationPlan): string {
  return plan.ageKeyOut === undefined ? '' : ` and \`rm ${plan.ageKeyOut}\``;
}

/** Decrypts the file as written, once per identity, and compares it with the intended values. */
async function verifyWritten(plan: RotationPlan, verifiers: readonly { secretKey: string; recipient: string }[]): Promise<string[]> {
  const written = readFileSync(plan.bundle.path);
  const expected = plan.material.tree.map((doc) => toPlain(doc));
  for (const { secretKey } of verifiers) {
    const result = await decryptSops(written, { fileName: plan.bundle.display, identities: secretKey });
    if (!isDeepStrictEqual(result.documents, expected)) {
      throw new Error(`${plan.bundle.display}: verification failed: the written bundle does not decrypt to the rotated values`);
    }
  }
  return verifiers.map((v) => v.recipient);
}
