// What a Vault-only rotation prints: paths, versions and key names; never a value. Key names come
// from the secrets, which someone else may have written: shown as showKeyNames makes them safe.
import { ROTATED_AT_PREFIX, showKeyNames, VERSION_KEY } from '@mcp-secrets/secrets-store';
import { changeLines, versionLine } from './render';
import type { VaultRotationResult } from './vault-rotation-apply';
import type { VaultRotationPlan } from './vault-rotation-plan';

const INDENT = '    ';

function pathLines(entry: { changes: VaultRotationPlan['paths'][number]['changes']; unchangedKeys: string[]; version: { from: string; to: string } | undefined }): string[] {
  const lines = changeLines(entry.changes, INDENT);
  lines.push(entry.version === undefined ? `${INDENT}(no ${VERSION_KEY} to bump)` : versionLine(entry.version, INDENT));
  if (entry.unchangedKeys.length > 0) lines.push(`${INDENT}unchanged: ${showKeyNames(entry.unchangedKeys)}`);
  return lines;
}

const forTask = (task: string | undefined): string => (task ? ` (task ${task})` : '');

/** The dry run: for each path the version read, the keys that change and the version bump. */
export function renderVaultPlan(plan: VaultRotationPlan): string {
  const lines = [`Rotation plan for Vault${forTask(plan.task)}:`];
  for (const path of plan.paths) lines.push(`  ${path.path} (KV v2, version ${path.cas}):`, ...pathLines(path));
  const same = plan.paths.length > 1 ? ' The same new values go to every path;' : '';
  lines.push(
    `  Each path is written with check-and-set on the version above and read back;${same} a failure rolls back the paths already written.`,
    `  ${ROTATED_AT_PREFIX}KEY is recorded in each secret's custom_metadata.`,
  );
  return `${lines.join('\n')}\n`;
}

/** The summary after applying: what each path holds now and what to do next. */
export function renderVaultResult(result: VaultRotationResult): string {
  const lines = [`Rotated in Vault${forTask(result.task)}:`];
  for (const path of result.paths) {
    lines.push(`  ${path.path}: version ${path.previousVersion} -> ${path.version} (check-and-set), read back and verified`);
    lines.push(...pathLines({ ...path, version: path.secretsVersion }));
    if (path.lostAnswer !== undefined) {
      lines.push(`${INDENT}the answer to the write was lost (${path.lostAnswer}): rotate read version ${path.version} back and it is this rotation's`);
    }
    lines.push(
      path.notRecorded === undefined
        ? `${INDENT}recorded ${ROTATED_AT_PREFIX}<key> = ${result.rotatedAt} in its custom_metadata`
        : `${INDENT}NOT recorded in its custom_metadata (${path.notRecorded}): the version's created_time stands in for ${ROTATED_AT_PREFIX}<key>; ` +
            `record it with \`vault kv metadata patch ${path.changes.map((c) => `-custom-metadata=${ROTATED_AT_PREFIX}${c.key}=${result.rotatedAt}`).join(' ')} ${path.path}\``,
    );
  }
  lines.push('Next: restart or redeploy what reads these paths, then revoke the old credentials at their providers.');
  return `${lines.join('\n')}\n`;
}
