// What the context rules (generic assignments, URLs, connection strings, HTTP headers, command
// lines, configuration files) share: how a value that only points at a credential, or stands in
// for one, looks. Every pattern is Go RE2 (no lookarounds, no backreferences).
import type { AllowlistSpec } from '../../types';
import { KNOWN_TOKEN_PREFIX } from './known-prefixes';

/**
 * A value that refers to a secret held elsewhere: shell and template variables (`$X`, `${X}`,
 * `%X%`, `$env:X`, `{{ x }}`, `#{x}`, `<%= x %>`, Maven/Ant `@x@`, Ruby `@x`), code expressions (`process.env.X`, `config.x`,
 * `var.x` in Terraform), encrypted or vaulted values (`ENC(...)` Jasypt, `ENC[...]` SOPS, `{cipher}...`, `!vault`), and
 * references into secret stores (Vault, AWS, GCP, Azure Key Vault, 1Password, SSM). A generated
 * password may start with `$`, `[` or `@` too, so only the reference shapes count (`$X`, not `$&9#`).
 */
export const REFERENCE_VALUE =
  '(?i)^(?:\\$[{(]|\\$[a-z_]\\w*$|\\$env:|%[a-z_]\\w*%$|%[({]|\\{[\\w{%$ ]|\\[[a-z_ ]|\\([a-z_ ]|<[a-z_ %?=!/]|#\\{|@@?[a-z_]+$|@[\\w.-]+@$|' +
  '@microsoft\\.keyvault\\(|!vault|enc[(\\[]|' +
  '(?:process\\.env|import\\.meta\\.env|os\\.environ|os\\.getenv|system\\.getenv|env|environ|config|conf|cfg|settings|' +
  'self|this|props|params|secrets|vars|inputs|var|local|data|module|each|args|opts|options|ctx|context|req|request|window)[.\\[(]|' +
  'vault:|arn:aws:|op://|sm://|ssm:|akv://|keyvault:|secretmanager:|projects/[^/\\s]+/secrets/)';

/** Words that open a default or example password (`my-`, `db_`, `super`, `admin`). */
const WEAK_PREFIX =
  'my|your|our|the|this|some|a|db|database|app|admin|root|user|default|new|old|test|dev|prod|production|staging|stage|local|super|' +
  'strong|secure|very|top|sample|demo|example|dummy|fake|mock|temp|initial|master|service|svc|api|web|mail|smtp|ftp|redis|mongo|' +
  'postgres|mysql|rabbit|jenkins|ci|plain|plaintext|simple|hello|secret|password|pass';

/** Default, documentation and placeholder passwords and the words they are made of. */
const WEAK_WORD =
  'p[a@4][s$5]{1,2}(?:w[o0]rd|wd)?|pwd|pw|s[e3]cr[e3]t|token|key|adm[i1]n|r[o0]{2}t|t[e3]st(?:ing)?|user(?:name)?|guest|demo|sample|' +
  'example|default|changeme|change[-_]?me|changeit|letmein|welcome|qwerty(?:uiop)?|asdf(?:gh)?|abc|foo(?:bar)?|bar|baz|temp|tmp|' +
  'dummy|fake|mock|none|null|nil|undefined|empty|blank|todo|fixme|tbd|redacted|hidden|masked|postgres(?:ql)?|mysql|mariadb|' +
  'redis|mongo(?:db)?|rabbit(?:mq)?|oracle|tiger|scott|sa|dev|devel|development|local(?:host)?|docker|master|hunter|secure|strong|' +
  'super|private|mine|value|string|text';

/**
 * Default, documentation and placeholder passwords, matched whole and case-insensitively: a weak
 * word (`password`, `secret`, `admin`, `postgres`, `changeme`, `p@ssw0rd` spellings too) after up
 * to two prefix words and before digits or a short suffix (`Password123!`, `my-secret-pw`,
 * `demo-db-password-42`, `hunter2`), or any letters before `password`/`secret` (`testpassword`).
 * A generated password is not built from these words.
 */
export const WEAK_PASSWORD =
  `(?i)^(?:(?:${WEAK_PREFIX})[-_.]?){0,2}(?:${WEAK_WORD})(?:[-_.!@#]?(?:\\d{1,8}|pw|pwd|pass|password|key|token|secret)){0,2}[!.?#,]?$` +
  '|^[a-z]{0,16}(?:p[a@4][s$5]{2}w[o0]rd|passwd|s[e3]cr[e3]t)\\d{0,4}[!.?#]?$';

/**
 * Words and identifiers, not credentials: one lower-case word, a capitalised word, an UPPER_SNAKE
 * constant, dashed, dotted or snake_case words, camelCase and PascalCase names of letters only,
 * each hump two letters or more (a generated password mixes digits and single letters into its
 * humps), and digits alone (ports, ids, PINs).
 */
export const WORD_OR_IDENTIFIER = [
  '^[a-z]{1,16}$',
  '^[A-Z][a-z]+$',
  '^[A-Z]+(?:_[A-Z0-9]+)*$',
  '^[a-z]+(?:[-_.][a-z]+)+$',
  '^_*[a-z]{2,}(?:[A-Z][a-z]{2,})+$',
  '^_*[A-Z]{1,4}[a-z]{2,}(?:[A-Z][a-z]{2,})*$',
  '^[0-9]+$',
];

/** A document's word for a value it leaves out: `[password]`, `(hidden)`, `...`. */
const ELIDED = '^(?:\\[[^\\]]*\\]|\\([^)]*\\)|\\.{2,}|…)$';

/** A command-line option where a value was expected (`--password --host db`). */
const OPTION = '^--?[a-z]+(?:-[a-z]+)*$';

/** A template or interpolation anywhere in the value (`pre-${env}-x`, `{{ pass }}`, `#{x}`, `<%= x %>`). */
export const TEMPLATE_INSIDE = '\\$\\{|\\{\\{|#\\{|<%';

/**
 * Words joined by dashes, dots or underscores with at most a short tail (`planted-api-token-1a2b`,
 * `demo-db-password-42`): what people write for a fake value, not what a generator produces.
 */
export const WORDS_WITH_TAIL = '^[a-z]+(?:[-_.][a-z]+)+(?:[-_.][a-z0-9]{1,8})?$';

/**
 * The allowlist every password-like context rule applies to its secret: references, placeholder
 * and default passwords, words and identifiers, and tokens a provider rule reports by prefix.
 */
export const PASSWORD_VALUE_ALLOWLIST: AllowlistSpec = {
  description: 'references, placeholder and default passwords, words and identifiers, and tokens a provider rule reports',
  regexes: [REFERENCE_VALUE, WEAK_PASSWORD, ELIDED, OPTION, TEMPLATE_INSIDE, WORDS_WITH_TAIL, KNOWN_TOKEN_PREFIX, ...WORD_OR_IDENTIFIER],
  stopwords: ['your-', 'your_', 'yourpass', 'secretpass', 'mypass', 'passw0rd'],
};

/** A value in double quotes, single quotes or bare (`bare`: the RE2 class of a bare value's characters); one capture group each. */
export function quotedOrBare(bare: string, min = 3, max = 128): string {
  return `(?:"([^"\\r\\n]{${min},${max}})"|'([^'\\r\\n]{${min},${max}})'|(${bare}{${min},${max}}))`;
}
