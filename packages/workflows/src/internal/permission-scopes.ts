import type { PermissionLevel, Severity } from '../model';

/**
 * Every scope GitHub accepts in `permissions:` (late 2026), the levels it takes,
 * and how bad a write grant is, graded as zizmor's excessive-permissions does
 * (a scope zizmor does not grade is a note, as zizmor's "unknown" severity).
 */
interface ScopeInfo {
  levels: readonly PermissionLevel[];
  writeSeverity: Severity;
}

const ALL: readonly PermissionLevel[] = ['read', 'write', 'none'];

export const PERMISSION_SCOPES: Readonly<Record<string, ScopeInfo>> = {
  actions: { levels: ALL, writeSeverity: 'error' },
  'artifact-metadata': { levels: ALL, writeSeverity: 'note' },
  attestations: { levels: ALL, writeSeverity: 'error' },
  checks: { levels: ALL, writeSeverity: 'warning' },
  'code-quality': { levels: ALL, writeSeverity: 'note' },
  contents: { levels: ALL, writeSeverity: 'error' },
  // Not in the issue's list, but documented by GitHub (Copilot CLI with GITHUB_TOKEN) and used in the wild.
  'copilot-requests': { levels: ALL, writeSeverity: 'note' },
  deployments: { levels: ALL, writeSeverity: 'error' },
  discussions: { levels: ALL, writeSeverity: 'warning' },
  'id-token': { levels: ['write', 'none'], writeSeverity: 'error' },
  issues: { levels: ALL, writeSeverity: 'error' },
  models: { levels: ['read', 'none'], writeSeverity: 'note' },
  packages: { levels: ALL, writeSeverity: 'error' },
  pages: { levels: ALL, writeSeverity: 'error' },
  'pull-requests': { levels: ALL, writeSeverity: 'error' },
  'repository-projects': { levels: ALL, writeSeverity: 'warning' },
  'security-events': { levels: ALL, writeSeverity: 'warning' },
  statuses: { levels: ALL, writeSeverity: 'note' },
  'vulnerability-alerts': { levels: ['read', 'none'], writeSeverity: 'note' },
};

export function isKnownScope(scope: string): boolean {
  return Object.hasOwn(PERMISSION_SCOPES, scope);
}

const RANK: Record<PermissionLevel, number> = { none: 0, read: 1, write: 2 };

export function levelAtLeast(granted: PermissionLevel, needed: PermissionLevel): boolean {
  return RANK[granted] >= RANK[needed];
}

export function maxLevel(a: PermissionLevel, b: PermissionLevel): PermissionLevel {
  return RANK[a] >= RANK[b] ? a : b;
}

export function isPermissionLevel(value: string): value is PermissionLevel {
  return value === 'read' || value === 'write' || value === 'none';
}
