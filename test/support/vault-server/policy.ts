// Vault ACL policies, the subset tests need: HCL `path "..." { capabilities = [...] }` blocks,
// globs (`*` at the end, `+` for one segment), exact paths before globs, and `deny` winning.

export type Capability = 'create' | 'read' | 'update' | 'delete' | 'list' | 'sudo' | 'deny' | 'patch';

export interface PolicyRule {
  path: string;
  capabilities: Capability[];
}

const RULE = /path\s+"([^"]+)"\s*\{\s*capabilities\s*=\s*\[([^\]]*)\]\s*\}/g;

/** The rules of an HCL policy; throws with Vault's wording when the text has no rule at all. */
export function parsePolicy(hcl: string): PolicyRule[] {
  const text = hcl.replace(/(^|\s)(#|\/\/)[^\n]*/g, '$1');
  const rules: PolicyRule[] = [];
  for (const match of text.matchAll(RULE)) {
    const capabilities = [...match[2].matchAll(/"([a-z]+)"/g)].map((m) => m[1] as Capability);
    rules.push({ path: match[1].replace(/^\//, ''), capabilities });
  }
  if (rules.length === 0 && text.trim() !== '') throw new Error('failed to parse policy: no path blocks found');
  return rules;
}

/** Vault's built-in `default` policy, reduced to the token self-service paths. */
export const DEFAULT_POLICY: PolicyRule[] = [
  { path: 'auth/token/lookup-self', capabilities: ['read'] },
  { path: 'auth/token/renew-self', capabilities: ['update'] },
  { path: 'auth/token/revoke-self', capabilities: ['update'] },
  { path: 'sys/capabilities-self', capabilities: ['update'] },
];

function matches(pattern: string, path: string): boolean {
  const prefix = pattern.endsWith('*');
  const body = prefix ? pattern.slice(0, -1) : pattern;
  const patternParts = body.split('/');
  const pathParts = path.split('/');
  if (!prefix && patternParts.length !== pathParts.length) return false;
  if (pathParts.length < patternParts.length) return false;
  return patternParts.every((part, i) => {
    if (part === '+') return true;
    const last = i === patternParts.length - 1;
    return prefix && last ? pathParts[i].startsWith(part) : pathParts[i] === part;
  });
}

/** The capabilities `rules` grant on `path`: exact rules first, else the longest matching glob. */
export function capabilitiesOn(rules: PolicyRule[], path: string): Set<Capability> {
  const matching = rules.filter((r) => matches(r.path, path));
  const exact = matching.filter((r) => !r.path.endsWith('*') && !r.path.includes('+'));
  const chosen = exact.length > 0 ? exact : longest(matching);
  const caps = new Set(chosen.flatMap((r) => r.capabilities));
  return caps.has('deny') ? new Set<Capability>(['deny']) : caps;
}

function longest(rules: PolicyRule[]): PolicyRule[] {
  const max = Math.max(-1, ...rules.map((r) => r.path.length));
  return rules.filter((r) => r.path.length === max);
}
