// The two shapes of the provider rules in ai, ai-platforms, payments, finance, commerce and
// data-apis: a token whose own prefix says who issued it (found anywhere), and an unprefixed value
// (a 32-hex key, a UUID) found only where a setting's name says which provider it belongs to.
// Every pattern is Go RE2 syntax (no lookarounds); the secret is always the first capture group.
import type { AllowlistSpec } from '../../types';
import type { BuiltinRule } from './builtin-rule';
import { END_URLSAFE, PLACEHOLDER_ALLOWLIST } from './common';

type Equivalents = BuiltinRule['equivalents'];

/**
 * Before a token that could also occur inside a base64 blob (`EAAA`, `AQE`): the start or a
 * character that is not part of base64 (`=` stays allowed: `KEY=token`).
 */
export const NOT_IN_BASE64 = '(?:^|[^A-Za-z0-9_+/-])';

/** After such a token, or after an unprefixed value: nothing that could continue it. */
export const VALUE_END = '(?:[^A-Za-z0-9_+/=.-]|$)';

/** Keys on the line after the provider's that generic-api-key does not read: an id, `key`, `user`. */
const UNREAD_KEY = '(?:(?:[A-Za-z_][\\w.-]{0,20})?(?:id|Id|ID)|key|Key|KEY|user|username|login)';

/** A key in double quotes, single quotes or none (never an opening quote alone: that starts a value). */
const quotedOrBare = (key: string): string => `(?:"${key}"|'${key}'|${key})`;

/**
 * From the provider's name in a setting to the value. Covers what code and configuration write:
 * .env/INI/shell `=`, YAML/JSON `:` (also JSON inside a string, with `\"`), `:=`, `=>`, `.=`,
 * `+=`, `?=`, `||=`, Makefile `::=`/`:::=`, a type between name and operator (`var x string =`,
 * `val x: String =`, `x: &str =`, `name="x" value=`), a call `(`, a CSV `,`, an XML element `<name>value</name>`,
 * a fallback literal (`process.env.X || "..."`, `?? "..."`), `ENV['X'] =`,
 * YAML block scalars (`name: |` then the value on the next line), the first key nested under the
 * provider's (`"plaid": {"secret": ...}`, a keyword argument `Plaid(secret=...)`, `plaid:` then
 * `  client_id: ...`, TOML `[plaid]`), and a Kubernetes env entry (`name: PLAID_SECRET` then `value: ...`).
 *
 * `nextLineKey`: the keys followed from the provider's line to the next (see UNREAD_KEY).
 */
function nameToValue(nextLineKey: string): string {
  return [
    '[\\w.-]{0,40}?', // the rest of the name: _API_KEY, Token, .secret
    '(?:\\\\?["\'\\x60])?\\]?', // its closing quote, maybe escaped, and bracket (ENV['KEY'])
    // a key nested under the provider's on the same line (JSON, dict, keyword argument), or on the
    // next line (YAML, TOML table): there only keys generic-api-key does not read, as it dedups
    // against this rule on the same line only
    `(?:[ \\t]{0,5}[:=\\](][ \\t]{0,5}\\{?[ \\t]{0,12}${quotedOrBare('[A-Za-z_][\\w.-]{0,30}')}` +
      `|[ \\t]{0,5}[:\\]][ \\t]{0,5}\\r?\\n[ \\t]{0,12}${quotedOrBare(nextLineKey)}` +
      // a Kubernetes env entry: `name: PLAID_SECRET` then `value: ...`
      '|[ \\t]{0,5},?\\s{1,40}["\']?value["\']?)?',
    "(?::?[ \\t]{1,3}&?(?:'static[ \\t]{1,3})?[A-Za-z][\\w?]{0,15})?", // a type or attribute (Rust `: &str`)
    '[ \\t]{0,5}(?:[.?+:|]{0,3}=>?|:|>|,|\\(|\\|\\||\\?\\?)', // the operator, `||=`, or a fallback `|| "..."`
    '(?:[ \\t]{0,5}[|>][-+]?)?\\s{0,10}(?:\\\\?["\'\\x60])?', // block scalar, line break, opening quote
  ].join('');
}

export const NAME_TO_VALUE = nameToValue(UNREAD_KEY);

/** For UUID values, which generic-api-key never reports, any nested key is followed. */
const NAME_TO_UUID = nameToValue('[A-Za-z_][\\w.-]{0,30}');

/** Settings whose name ends in an id (`transcript_id`, `projectId`): they name an object, not a credential. */
const ID_SETTING: AllowlistSpec = {
  description: 'settings named ..._id or ...Id, which hold an identifier',
  regexTarget: 'match',
  regexes: ['(?:[_.-][iI][dD]|[a-z]Id)["\'\\x60]?\\s{0,5}(?:[:=,>(]|$)'],
};

/** For a rule whose value is itself an id (a client id): only ids of other objects are excluded. */
const OBJECT_ID_SETTING: AllowlistSpec = {
  description: 'settings that name a request, account, item or other object by its id',
  regexTarget: 'match',
  regexes: [
    '(?i)(?:request|trace|correlation|idempotency|item|account|institution|transaction|event|order|product|customer|user|session|link|price|plan|webhook|merchant|store|shop|site|base|table|view|record|field|dataset|model|project|org|organization|team|workspace|index|deployment|job|run|file|document|message|thread|assistant|batch|task)[_.-]?id\\b',
  ],
};

interface Common {
  id: string;
  description: string;
  keywords: string[];
  tags: string[];
  entropy: number;
  equivalents?: Equivalents;
  /** Allowlists besides the placeholder one. */
  allowlists?: AllowlistSpec[];
}

function finish(spec: Common, regex: string): BuiltinRule {
  const rule: BuiltinRule = {
    id: spec.id,
    description: spec.description,
    regex,
    secretGroup: 1,
    entropy: spec.entropy,
    keywords: spec.keywords,
    tags: spec.tags,
    allowlists: [PLACEHOLDER_ALLOWLIST, ...(spec.allowlists ?? [])],
  };
  if (spec.equivalents !== undefined) rule.equivalents = spec.equivalents;
  return rule;
}

/**
 * A token that carries its issuer's prefix. `token` is its whole pattern (prefix and body, no
 * groups); `start` and `end` bound it (by default a word boundary and a non-token character).
 */
export function prefixed(spec: Common & { token: string; start?: string; end?: string }): BuiltinRule {
  return finish(spec, `${spec.start ?? '\\b'}(${spec.token})${spec.end ?? END_URLSAFE}`);
}

/**
 * An unprefixed value assigned to a setting whose name contains one of `names` (RE2 fragments,
 * matched case-insensitively). `value` is the value's exact pattern (case-sensitive, no groups).
 * With `prefixedValue`, a self-identifying form of the same kind is found anywhere as well.
 * Settings named ..._id are skipped, unless `valueIsId` (a client id): then only other objects' ids are.
 */
export function named(spec: Common & { names: string[]; value: string; prefixedValue?: string; valueIsId?: boolean }): BuiltinRule {
  const glue = spec.value === UUID ? NAME_TO_UUID : NAME_TO_VALUE;
  const assigned = `(?i:${spec.names.length === 1 ? spec.names[0] : `(?:${spec.names.join('|')})`})${glue}(${spec.value})${VALUE_END}`;
  const regex = spec.prefixedValue === undefined ? assigned : `${assigned}|\\b(${spec.prefixedValue})${VALUE_END}`;
  const ids = spec.valueIsId === true ? OBJECT_ID_SETTING : ID_SETTING;
  const rule = finish({ ...spec, allowlists: [ids, ...(spec.allowlists ?? [])] }, regex);
  // Two alternatives, two groups: the secret is whichever matched (the engine takes the first non-empty group).
  if (spec.prefixedValue !== undefined) delete rule.secretGroup;
  return rule;
}

/** Hex, lower case. */
export const hex = (n: number | string): string => `[a-f0-9]{${n}}`;
/** Letters and digits. */
export const alnum = (n: number | string): string => `[A-Za-z0-9]{${n}}`;
/** Lower-case letters and digits. */
export const lowerAlnum = (n: number | string): string => `[a-z0-9]{${n}}`;
/** base64url (letters, digits, `-`, `_`). */
export const urlsafe = (n: number | string): string => `[A-Za-z0-9_-]{${n}}`;
/** A UUID (hex in either case). */
export const UUID = '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}';
