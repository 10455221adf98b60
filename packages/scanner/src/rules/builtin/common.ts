// Building blocks shared by the built-in rules. Every pattern here is Go RE2 syntax
// (the engine translates it), so no lookarounds or backreferences.
import type { AllowlistSpec } from '../../types';

/**
 * Closes a token whose alphabet includes `-`: `\b` would fail after a trailing `-`,
 * so the token is captured (secretGroup 1) and followed by a non-token character or the end.
 */
export const END_URLSAFE = '(?:[^A-Za-z0-9_-]|$)';

/** Same for base64 bodies (`+`, `/`, `=`). */
export const END_BASE64 = '(?:[^A-Za-z0-9+/=]|$)';

/** An assignment operator with the quotes and spacing seen in code, YAML, JSON, .env and shells. */
export const ASSIGN = `["'\\x60]?\\s{0,5}(?::=|=>|=|:)\\s{0,5}["'\\x60]?`;

/**
 * Values that look like a credential but are documentation or templates: provider docs examples,
 * masked or elided values, "your key here". Applied to every provider rule. Filler runs (`xxxx`,
 * `0000`, `123456789`) are judged by the engine on the whole secret (detect/placeholders.ts): a
 * random token may hold one by chance, a placeholder is mostly made of them.
 */
export const PLACEHOLDER_ALLOWLIST: AllowlistSpec = {
  description: 'placeholders, masked values and documentation examples',
  regexTarget: 'secret',
  regexes: [
    '\\*{4,}|\\.{3}',
    '(?i)(?:your|my|insert|replace)[_-]?[a-z_-]{0,20}(?:key|secret|token|password)',
  ],
  stopwords: ['example', 'sample', 'dummy', 'placeholder', 'redacted', 'changeme'],
};
