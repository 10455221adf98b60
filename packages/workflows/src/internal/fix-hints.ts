import type { Job, PermissionLevel, PermissionsBlock } from '../model';
import { isKnownScope, isPermissionLevel, maxLevel } from './permission-scopes';

/** Renders a `permissions:` block, indented as the keys it sits among; no scopes renders `{}`. */
export function renderPermissions(scopes: Readonly<Record<string, PermissionLevel>>, indent = ''): string {
  const entries = Object.entries(scopes)
    .filter(([, level]) => level !== 'none')
    .sort(([a], [b]) => a.localeCompare(b));
  if (entries.length === 0) return `${indent}permissions: {}`;
  return [`${indent}permissions:`, ...entries.map(([scope, level]) => `${indent}  ${scope}: ${level}`)].join('\n');
}

/** Indentation of a job's keys: two more than its id. */
export function jobIndent(job: Job): string {
  return ' '.repeat(job.idRange.column + 1);
}

/** Valid entries of a map block, for keeping what unknown steps may rely on. */
export function grantedScopes(block: PermissionsBlock | undefined): Record<string, PermissionLevel> {
  if (block?.kind !== 'map') return {};
  const out: Record<string, PermissionLevel> = {};
  for (const e of block.entries) if (isKnownScope(e.scope) && isPermissionLevel(e.level)) out[e.scope] = e.level;
  return out;
}

/** `base` raised to cover `needs`. */
export function mergeScopes(
  base: Readonly<Record<string, PermissionLevel>>,
  needs: Readonly<Record<string, PermissionLevel>>,
): Record<string, PermissionLevel> {
  const out: Record<string, PermissionLevel> = { ...base };
  for (const [scope, level] of Object.entries(needs)) out[scope] = maxLevel(out[scope] ?? 'none', level);
  return out;
}

/** The scopes needed at read level only: what a top-level block may hold (writes belong to jobs). */
export function readsOnly(scopes: Readonly<Record<string, PermissionLevel>>): Record<string, PermissionLevel> {
  return Object.fromEntries(Object.entries(scopes).filter(([, level]) => level === 'read'));
}
