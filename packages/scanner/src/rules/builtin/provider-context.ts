// Shapes shared by the messaging, email, social, productivity and business-app families, on top of
// token-shapes.ts: a token with no prefix of its own that counts only on a line naming its
// provider, and the allowlists that keep context rules off values that are not credentials.
import type { AllowlistSpec } from '../../types';
import type { BuiltinRule } from './builtin-rule';
import { PLACEHOLDER_ALLOWLIST } from './common';
import { VALUE_END } from './token-shapes';

/** Before a token: the start, or a character that cannot continue it. */
export const TOKEN_START = '(?:^|[^A-Za-z0-9_.+/-])';

export interface LineSpec {
  id: string;
  description: string;
  /** RE2 fragment naming the provider (case-insensitive), e.g. `discord|\\.run\\(`. */
  names: string;
  /** The token's exact pattern (case-sensitive, no groups). */
  token: string;
  /** How far after the name the token may start on its line (default 100). */
  gap?: number;
  /** What may come right before the token (default TOKEN_START). */
  start?: string;
  /** What may follow the token (default VALUE_END). */
  end?: string;
  entropy: number;
  keywords: string[];
  tags: string[];
  equivalents?: BuiltinRule['equivalents'];
  allowlists?: AllowlistSpec[];
  /** Another pattern of the same kind, distinctive enough to be reported without the provider's name. */
  alone?: string;
}

/**
 * A token found after its provider's name on the same line (`new Telegraf("...")`,
 * `ABLY_KEY=...`, `client.run('...')`) or the line above, or anywhere when it has an `alone` form too.
 * The secret is whichever group matched.
 */
export function onProviderLine(spec: LineSpec): BuiltinRule {
  const start = spec.start ?? TOKEN_START;
  const end = spec.end ?? VALUE_END;
  // The name on the token's line, or on the line above it (a YAML or TOML section: `ably:` then `  key: ...`).
  const between = `(?:[^\\r\\n]{0,${spec.gap ?? 100}}?|[^\\r\\n]{0,40}\\r?\\n[^\\r\\n]{0,40}?)`;
  const named = `(?i:${spec.names})${between}${start}(${spec.token})${end}`;
  const regex = spec.alone === undefined ? named : `${named}|${start}(${spec.alone})${end}`;
  const rule: BuiltinRule = {
    id: spec.id,
    description: spec.description,
    regex,
    entropy: spec.entropy,
    keywords: spec.keywords,
    tags: spec.tags,
    allowlists: [PLACEHOLDER_ALLOWLIST, ...(spec.allowlists ?? [])],
  };
  if (spec.alone === undefined) rule.secretGroup = 1;
  if (spec.equivalents !== undefined) rule.equivalents = spec.equivalents;
  return rule;
}

/**
 * For a context rule whose value is an identifier (a client id): settings that name another
 * object of the provider (a channel, a guild, a portal) hold that object's id, not the client's.
 */
export function otherObjectIds(provider: string, objects: string[]): AllowlistSpec {
  const object = `(?:${objects.join('|')})`;
  return {
    description: `ids of other ${provider} objects`,
    regexTarget: 'match',
    regexes: [
      // ...ChannelId, ..._GUILD_ID, ...channel:
      `(?i)${object}[_.-]?(?:ids?|guid|key|number|no)?["'\\x60]?\\s{0,5}(?:[:=,>(]|$)`,
      // ..._ROLE_ADMIN, .channel.alerts: the object as a whole part of a longer name
      `(?i)[_.-]${object}(?:[_.-][a-z0-9]+){1,3}["'\\x60]?\\s{0,5}(?:[:=,>(]|$)`,
    ],
  };
}

/** Settings whose name says the value is public or not a credential (a public key, a hash, a handle). */
export const NOT_A_CREDENTIAL_SETTING: AllowlistSpec = {
  description: 'settings that hold a public key, a hash, a handle or an address',
  regexTarget: 'match',
  regexes: [
    '(?i)(?:public|pub|verify|verification)[_.-]?key|(?:hash|checksum|digest|avatar|icon|banner|handle|username|user[_.-]?name|url|uri|link|href|email)["\'\\x60]?\\s{0,5}(?:[:=,>(]|$)',
  ],
};

/** Values a browser bundle is given on purpose (NEXT_PUBLIC_, VITE_, REACT_APP_ ...): public by design. */
export function browserSetting(provider: string): AllowlistSpec {
  return {
    description: 'settings exposed to the browser by front-end build tools',
    regexTarget: 'line',
    regexes: [`(?i)(?:next_public|vite|react_app|nuxt_public|nuxt_env|gatsby|expo_public|public)_\\w*(?:${provider})`],
  };
}
