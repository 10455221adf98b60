import { isMap, isScalar } from 'yaml';
import type { Pair, Scalar } from 'yaml';
import type { PermissionEntry, PermissionLevel, PermissionsBlock } from '../model';
import { isKnownScope, isPermissionLevel, PERMISSION_SCOPES } from './permission-scopes';
import { keyText } from './source';
import type { YamlSource } from './source';

/** The `permissions:` pair of a workflow or job as a block; positions of key and value kept. */
export function parsePermissions(source: YamlSource, pair: Pair<Scalar, unknown>): PermissionsBlock {
  const keyRange = source.nodeRange(pair.key);
  const value = source.resolve(pair.value);
  const valueRange = value && (isScalar(value) || isMap(value)) ? source.nodeRange(value) : keyRange;
  if (isMap(value)) {
    const entries: PermissionEntry[] = source.pairs(value).map((entry) => ({
      scope: keyText(entry),
      level: source.scalarText(entry.value) ?? '',
      keyRange: source.nodeRange(entry.key),
      valueRange: source.nodeRange(entry.value),
    }));
    return { kind: 'map', keyRange, valueRange, entries };
  }
  const text = source.scalarText(value);
  if (text === 'read-all' || text === 'write-all') return { kind: text, keyRange, valueRange, entries: [] };
  return { kind: 'invalid', keyRange, valueRange, entries: [], raw: text ?? '' };
}

/** The level a block grants for a scope (unknown scopes and invalid levels grant nothing). */
export function grantedLevel(block: PermissionsBlock, scope: string): PermissionLevel {
  if (block.kind === 'write-all') return PERMISSION_SCOPES[scope]?.levels.includes('write') ? 'write' : 'read';
  if (block.kind === 'read-all') return PERMISSION_SCOPES[scope]?.levels.includes('read') ? 'read' : 'none';
  if (block.kind === 'invalid') return 'none';
  const entry = block.entries.find((e) => e.scope === scope);
  return entry && isKnownScope(scope) && isPermissionLevel(entry.level) ? entry.level : 'none';
}
