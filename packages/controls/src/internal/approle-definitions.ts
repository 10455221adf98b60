import { isMap, isScalar, isSeq } from 'yaml';
import type { Node, YAMLMap } from 'yaml';
import { parseWithPositions } from './yaml-positions';

/** One setting of an AppRole, with the line that sets it when it comes from a file. */
export interface RoleField {
  value: unknown;
  line: number | null;
}

/** An AppRole's settings, from Vault or from a definition in the repository. */
export interface RoleDefinition {
  /** How the report names it: `Vault auth/approle/role/ci`, `infra/vault.tf: mcp_ci`. */
  label: string;
  file?: string;
  line: number | null;
  fields: Map<string, RoleField>;
}

export const ROLE_KEYS = [
  'token_ttl',
  'token_max_ttl',
  'secret_id_ttl',
  'bind_secret_id',
  'secret_id_num_uses',
  'token_bound_cidrs',
  'secret_id_bound_cidrs',
  'token_policies',
] as const;

const TF_RESOURCE = /^\s*resource\s+"vault_approle_auth_backend_role"\s+"([^"]+)"\s*\{/;
const ATTRIBUTE = /^\s*([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*?)\s*(?:#.*|\/\/.*)?$/;

/** A `key = value` line (a list may span lines up to its `]`): the setting and the index of its last line. */
function attributeAt(lines: string[], index: number): { key: string; field: RoleField; last: number } | undefined {
  const attribute = ATTRIBUTE.exec(lines[index] ?? '');
  if (attribute?.[1] === undefined || attribute[2] === undefined) return undefined;
  let raw = attribute[2];
  // `x = {` opens a nested map: left to the caller's brace counting.
  if (raw.endsWith('{')) return undefined;
  let last = index;
  while (raw.startsWith('[') && !raw.includes(']') && last + 1 < lines.length) raw += ` ${(lines[(last += 1)] ?? '').trim()}`;
  return { key: attribute[1], field: { value: terraformValue(raw), line: index + 1 }, last };
}

/** `vault_approle_auth_backend_role` resources of a Terraform file (their top-level attributes). */
export function terraformRoles(file: string, text: string): RoleDefinition[] {
  const lines = text.split('\n');
  const roles: RoleDefinition[] = [];
  let role: RoleDefinition | undefined;
  let depth = 0;
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i] ?? '';
    if (role === undefined) {
      const header = TF_RESOURCE.exec(line);
      if (header !== null) {
        role = { label: `${file}: ${header[1]}`, file, line: i + 1, fields: new Map() };
        roles.push(role);
        depth = 1;
      }
      continue;
    }
    const attribute = depth === 1 ? attributeAt(lines, i) : undefined;
    if (attribute !== undefined) {
      role.fields.set(attribute.key, attribute.field);
      i = attribute.last;
      continue;
    }
    depth += (line.match(/\{/g) ?? []).length - (line.match(/\}/g) ?? []).length;
    if (depth <= 0) role = undefined;
  }
  return roles;
}

/**
 * An HCL role file (`vault write auth/approle/role/x @role.hcl` style): the role settings it assigns,
 * at any depth; undefined when it assigns none (a policy file, say).
 */
export function hclRole(file: string, text: string): RoleDefinition | undefined {
  const lines = text.split('\n');
  const fields = new Map<string, RoleField>();
  for (let i = 0; i < lines.length; i += 1) {
    const attribute = attributeAt(lines, i);
    if (attribute === undefined) continue;
    if ((ROLE_KEYS as readonly string[]).includes(attribute.key)) fields.set(attribute.key, attribute.field);
    i = attribute.last;
  }
  return fields.size === 0 ? undefined : { label: file, file, line: 1, fields };
}

function terraformValue(raw: string): unknown {
  if (raw === 'true' || raw === 'false') return raw === 'true';
  if (/^-?\d+$/.test(raw)) return Number(raw);
  if (raw.startsWith('[')) {
    return raw
      .replace(/^\[|\][\s,]*$/g, '')
      .split(',')
      .map((item) => item.trim().replace(/^"|"$/g, ''))
      .filter((item) => item !== '');
  }
  return raw.replace(/^"|"$/g, '');
}

/** A JSON role file (`vault write` payload, or `vault read -format=json` output with `data`). */
export function jsonRole(file: string, text: string): RoleDefinition | undefined {
  const { doc, lineOf, error } = parseWithPositions(text);
  if (error !== undefined || !isMap(doc.contents)) return undefined;
  const data = doc.contents.get('data', true);
  const map = (isMap(data) ? data : doc.contents) as YAMLMap<Node, Node | null>;
  const fields = new Map<string, RoleField>();
  for (const pair of map.items) {
    if (!isScalar(pair.key) || !ROLE_KEYS.includes(String(pair.key.value) as (typeof ROLE_KEYS)[number])) continue;
    fields.set(String(pair.key.value), { value: plainValue(pair.value), line: lineOf(pair.key) });
  }
  return fields.size === 0 ? undefined : { label: file, file, line: lineOf(map), fields };
}

function plainValue(node: Node | null): unknown {
  if (isScalar(node)) return node.value;
  if (isSeq(node)) return node.items.map((item) => (isScalar(item) ? String(item.value) : ''));
  return undefined;
}

/** The role as Vault returns it from `auth/approle/role/<name>`. */
export function vaultRole(label: string, data: Record<string, unknown>): RoleDefinition {
  const fields = new Map<string, RoleField>();
  for (const key of ROLE_KEYS) if (key in data) fields.set(key, { value: data[key], line: null });
  return { label, line: null, fields };
}
