// Builders for the developer-platform families (vcs, gitlab, packages, ci-cd, deploy-platforms,
// dev-platforms, dev-services): a token known by its own prefix, an unprefixed value assigned to a
// setting named after its provider, or both forms of one token kind in one rule.
import type { AllowlistSpec } from '../../types';
import type { BuiltinRule } from './builtin-rule';
import { END_URLSAFE, PLACEHOLDER_ALLOWLIST } from './common';

/** A UUID, the shape of several providers' unprefixed keys (Heroku, Snyk, Railway, Codecov). */
export const UUID = '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}';

/** What may follow a token whose alphabet includes `.` or `=` as well as base64url. */
export const END_DOTTED = '(?:[^A-Za-z0-9_.=-]|$)';

/**
 * Settings named for an identifier, not a credential (`HEROKU_APP_ID`, `RAILWAY_PROJECT_ID`,
 * `gitea_url`): a context rule whose setting name ends so is silent. Checked on the whole match.
 */
const IDENTIFIER_SETTING: AllowlistSpec = {
  description: 'settings that hold an identifier, a name or an address, not a credential',
  regexTarget: 'match',
  regexes: [
    '(?i)(?:^|[^a-z])(?:ids?|uuid|guid|name|slug|url|uri|endpoint|host|domain|region|version|email|user|username|org|organization|owner|project|team|workspace|app|env|environment)' +
      `["'\\x60]?[ \\t]{0,5}(?:[.?+:]{0,3}=>?|:|>|,|\\()`,
  ],
};

export interface RuleMeta {
  id: string;
  description: string;
  tags: string[];
  /** Lowercase; the prefilter decides from them which regexes run at all. */
  keywords: string[];
  entropy: number;
  equivalents?: BuiltinRule['equivalents'];
  allowlists?: AllowlistSpec[];
}

function rule(meta: RuleMeta, regex: string, extra: Partial<BuiltinRule>, allowlists: AllowlistSpec[]): BuiltinRule {
  return {
    id: meta.id,
    description: meta.description,
    regex,
    ...extra,
    entropy: meta.entropy,
    keywords: meta.keywords,
    tags: meta.tags,
    allowlists: [PLACEHOLDER_ALLOWLIST, ...allowlists, ...(meta.allowlists ?? [])],
    ...(meta.equivalents === undefined ? {} : { equivalents: meta.equivalents }),
  };
}

/**
 * From the rest of a setting's name to its value, as code and configuration write it: .env, INI
 * and shell `=`, YAML/JSON `:` (a JSON key's closing quote, escaped inside a string too), Go and
 * Makefile `:=` `::=` `?=` `+=`, PHP `.=`, `=>`, Ruby `||=`, a type between name and operator
 * (`val key: String =`, `var key string =`, `KEY: &str =`), an XML element `<name>value`, a call
 * `(`, a CSV `,`, a fallback literal (`process.env.KEY || "..."`, `?? "..."`), a closing bracket
 * (`ENV['KEY'] =`), a Kubernetes env entry (`name: KEY` then `value: ...`), a YAML block scalar
 * (`key: |`), and a value on the next line.
 */
const TO_VALUE = [
  '[\\w.-]{0,20}?',
  '(?:\\\\?["\'\\x60])?\\]?',
  // a Kubernetes env entry: `name: KEY` then `value: ...` on the next line
  '(?:[ \\t]{0,5},?\\s{1,40}["\']?value["\']?)?',
  "(?::?[ \\t]{1,3}&?(?:'static[ \\t]{1,3})?[A-Za-z][\\w?]{0,15})?",
  '[ \\t]{0,5}(?:[.?+:|]{0,3}=>?|:|>|,|\\(|\\|\\|?|\\?\\?)',
  '(?:[ \\t]{0,5}[|>][-+]?)?',
  '\\s{0,10}(?:\\\\?["\'\\x60])?',
].join('');

/** The setting part of a context rule: the provider's name (case-insensitive), the rest of the name, an assignment. */
function setting(name: string): string {
  return `(?i:${name})${TO_VALUE}`;
}

/** A token recognised by its own prefix: `token` is the whole token's pattern, `end` what may follow it. */
export function prefixedToken(meta: RuleMeta & { token: string; end?: string }): BuiltinRule {
  return rule(meta, `\\b(${meta.token})${meta.end ?? END_URLSAFE}`, { secretGroup: 1 }, []);
}

/**
 * An unprefixed value assigned to a setting named after the provider (`name`, case-insensitive
 * RE2). Settings named for an identifier are skipped unless `identifiers` is set (client-id rules).
 */
export function assignedValue(meta: RuleMeta & { name: string; value: string; end?: string; identifiers?: boolean }): BuiltinRule {
  const regex = `${setting(meta.name)}(${meta.value})${meta.end ?? END_URLSAFE}`;
  return rule(meta, regex, { secretGroup: 1 }, meta.identifiers === true ? [] : [IDENTIFIER_SETTING]);
}

/**
 * One token kind in its two forms: the prefixed token anywhere, or its older unprefixed value
 * under a provider setting. Two capture groups; the engine reports the one that matched.
 */
export function prefixedOrAssigned(
  meta: RuleMeta & { token: string; end?: string; name: string; value: string; valueEnd?: string },
): BuiltinRule {
  const regex = `\\b(${meta.token})${meta.end ?? END_URLSAFE}|${setting(meta.name)}(${meta.value})${meta.valueEnd ?? END_URLSAFE}`;
  return rule(meta, regex, {}, [IDENTIFIER_SETTING]);
}
