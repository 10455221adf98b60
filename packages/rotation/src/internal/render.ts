// What rotate prints: key names, versions, files and public keys; never a value.
import { VERSION_KEY } from '@mcp-secrets/secrets-store';
import type { RotationResult } from './apply';
import type { PlannedKeyChange, RotationPlan } from './plan';

const HOW: Record<PlannedKeyChange['source'], string> = {
  set: 'value from --set',
  'set-from-env': 'value from the environment',
  generate: 'new random value, 32 bytes hex',
};

/** One line per changed key, indented by `indent`. */
export function changeLines(changes: readonly PlannedKeyChange[], indent = '  '): string[] {
  return changes.map((c) => `${indent}${c.added ? 'add   ' : 'change'} ${c.key} (${HOW[c.source]})`);
}

export function versionLine(version: { from: string | undefined; to: string }, indent = '  '): string {
  return `${indent}${VERSION_KEY} ${version.from ?? '(none)'} -> ${version.to}`;
}

/** The dry run: which keys change, the version bump, the recipients, what else would happen. */
export function renderPlan(plan: RotationPlan): string {
  const lines = [`Rotation plan for ${plan.bundle.display}${plan.task ? ` (task ${plan.task})` : ''}:`, ...changeLines(plan.changes), versionLine(plan.version)];
  if (plan.unchangedKeys.length > 0) lines.push(`  unchanged: ${plan.unchangedKeys.join(', ')}`);
  lines.push(`  recipients (${plan.sopsConfig.display}, creation rule ${plan.rule.index + 1}): ${plan.rule.recipients.join(', ')}`);
  if (plan.newAgeKey) {
    const where =
      plan.ageKeyTo !== undefined
        ? `stored in ${plan.ageKeyTo} (replacing its value) once the files are written and verified, before anything is published`
        : plan.ageKeyOut === undefined
          ? 'shown once on this terminal'
          : `written to ${plan.ageKeyOut} (0600)`;
    lines.push(`  + a new age identity: public key added to ${plan.sopsConfig.display}, secret key ${where}`);
  }
  if (plan.vaultPath !== undefined) lines.push(`  publish to Vault ${plan.vaultPath} (KV v2, check-and-set on the version read before writing)`);
  return `${lines.join('\n')}\n`;
}

/** The summary after applying: names and public keys, what was verified and published, what to do next. */
export function renderResult(result: RotationResult): string {
  const lines = [`Rotated ${result.bundleFile}${result.task ? ` (task ${result.task})` : ''}:`, ...changeLines(result.changes), versionLine(result.version)];
  if (result.unchangedKeys.length > 0) lines.push(`  unchanged: ${result.unchangedKeys.join(', ')}`);
  lines.push(`  encrypted for: ${result.recipients.join(', ')}`);
  if (result.newRecipient !== undefined) {
    lines.push(`  new age identity ${result.newRecipient} added to ${result.sopsConfigFile}`);
    if (result.ageKeyFile !== undefined) lines.push(`  its secret key is in ${result.ageKeyFile} (0600): store it in your secret manager, then delete the file`);
    if (result.ageKeyStoredIn !== undefined) lines.push(`  its secret key is stored in ${result.ageKeyStoredIn}, read back and compared`);
  }
  lines.push(`  verified: the written bundle decrypts to the rotated values with ${result.verifiedWith.join(', ')}`);
  if (result.vault !== undefined) {
    lines.push(`  published to Vault ${result.vault.path}: version ${result.vault.previousVersion} -> ${result.vault.version} (check-and-set)`);
    if (result.vault.lostAnswer !== undefined) {
      lines.push(`  the answer to the write was lost (${result.vault.lostAnswer}): rotate read version ${result.vault.version} back and it is this rotation's bundle`);
    }
    if (result.vault.droppedKeys.length > 0) lines.push(`  Vault no longer holds: ${result.vault.droppedKeys.join(', ')} (they are not in the bundle)`);
  }
  lines.push(`Next: review and commit ${result.changedFiles.join(' and ')}.`);
  return `${lines.join('\n')}\n`;
}
