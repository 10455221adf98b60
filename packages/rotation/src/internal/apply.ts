// Applies a plan: encrypt, write every file or none, verify by decrypting what was written, then
// publish with check-and-set; a failed verification or publication restores the files.
import { readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { toError } from '@mcp-secrets/ports';
import { decryptSops, encryptSops, generateAgeIdentity, toPlain, type GeneratedAgeIdentity } from '@mcp-secrets/sops';
import { replaceFiles, type FileWrite } from './file-set';
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
  now?: () => Date;
}

function ageKeyFile(identity: GeneratedAgeIdentity, now: Date): string {
  // age-keygen's layout, so `age -i` and SOPS_AGE_KEY_FILE read it.
  return `# created: ${now.toISOString().replace(/\.\d+Z$/, 'Z')}\n# public key: ${identity.recipient}\n${identity.identity}\n`;
}

export async function applyRotation(plan: RotationPlan, options: ApplyOptions = {}): Promise<AppliedRotation> {
  const now = options.now?.() ?? new Date();
  const { decrypted, tree, identities } = plan.material;
  // Read Vault before writing anything: its version is the check-and-set value, and a refusal leaves no trace.
  const target = options.vault === undefined ? undefined : await readVaultTarget(options.vault, plan.version.to);

  const identity = plan.newAgeKey ? await generateAgeIdentity() : undefined;
  const recipients = identity === undefined ? plan.rule.recipients : [...plan.rule.recipients, identity.recipient];
  const { text } = await encryptSops({ tree }, { fileName: plan.bundle.display, format: decrypted.format, existingMetadata: decrypted.metadata, recipients, now });

  const writes: FileWrite[] = [{ path: plan.bundle.path, content: text, mode: plan.bundle.mode, original: plan.bundle.original }];
  if (identity !== undefined) {
    const config = { path: plan.sopsConfig.path, text: plan.sopsConfig.original };
    writes.push({ path: plan.sopsConfig.path, content: addRecipient(config, plan.rule.index, identity.recipient, plan.sopsConfig.display), mode: plan.sopsConfig.mode, original: plan.sopsConfig.original });
    if (plan.ageKeyOut !== undefined) writes.push({ path: plan.ageKeyOut, content: ageKeyFile(identity, now), mode: 0o600, original: undefined });
  }
  const restore = replaceFiles(writes);
  let verifiedWith: string[];
  let vault: PublishedVersion | undefined;
  try {
    const verifiers = identities.keys.filter((k) => recipients.includes(k.recipient));
    if (identity !== undefined) verifiers.push({ secretKey: identity.identity, recipient: identity.recipient });
    verifiedWith = await verifyWritten(plan, verifiers);
    vault = target === undefined ? undefined : await publishBundle(target, tree[0]);
  } catch (thrown) {
    restore();
    const error = toError(thrown);
    error.message = `${error.message} (the local files were restored as they were)`;
    throw error;
  }

  return {
    identityToShow: identity !== undefined && plan.ageKeyOut === undefined ? identity : undefined,
    result: {
      task: plan.task,
      rotatedAt: now.toISOString(),
      repositoryRoot: plan.repositoryRoot,
      bundleFile: plan.bundle.display,
      sopsConfigFile: plan.sopsConfig.display,
      changedFiles: identity === undefined ? [plan.bundle.display] : [plan.bundle.display, plan.sopsConfig.display],
      version: plan.version,
      changes: plan.changes,
      unchangedKeys: plan.unchangedKeys,
      recipients,
      newRecipient: identity?.recipient,
      ageKeyFile: identity === undefined ? undefined : plan.ageKeyOut,
      verifiedWith,
      vault,
    },
  };
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
