// Provider-independent rules: JWTs (plain and base64-encoded) and credentials assigned to
// secret-looking settings (generic-api-key for token-shaped values, generic-password for the
// shorter or punctuated values passwords have). They defer to the provider rules
// (KNOWN_TOKEN_PREFIX) so that one leak yields one finding.
import type { AllowlistSpec } from '../../types';
import type { BuiltinRule } from './builtin-rule';
import { ZHIPU_CONTEXT } from './ai';
import { AWS_SECRET_CONTEXT, AZURE_KEY_CONTEXT } from './cloud';
import { PLACEHOLDER_ALLOWLIST } from './common';
import { PASSWORD_VALUE_ALLOWLIST, REFERENCE_VALUE, TEMPLATE_INSIDE, WORDS_WITH_TAIL } from './credential-values';
import { KNOWN_TOKEN_PREFIX } from './known-prefixes';
import { TWILIO_SECRET_CONTEXT } from './messaging';

/** Setting names a provider rule reads more precisely; the generic rules stay out of its way. */
const PROVIDER_CONTEXT =
  `(?i)(?:${AWS_SECRET_CONTEXT}|${AZURE_KEY_CONTEXT}|accountkey|${TWILIO_SECRET_CONTEXT}|vault[\\w.-]{0,20}?token|${ZHIPU_CONTEXT})` +
  `[\\w.-]{0,30}?["'\\x60]?\\s{0,5}(?::=|=>|=|:)`;

/**
 * File paths given to secret-sounding settings (`consoleSecretsFile: ~/.mcp/console-secrets.json`):
 * a path from the home or current folder, folders ending in a file name with an extension, or a
 * bare file name with a configuration, key or source extension (`.secretlintrc.json`). A secret
 * with slashes (base64) has no `.ext` at its end, so it is still reported.
 */
const PATH_VALUE = [
  '^(?:~|\\.{1,2})/[\\w.-]+(?:/[\\w.-]+)*$',
  '^(?:[\\w.-]+/)+[\\w-][\\w.-]*\\.[a-z][a-z0-9]{0,7}$',
  '^(?:\\.{1,2})?/[\\w.-]+/[\\w./-]*$',
  '(?i)^[\\w.-]*\\.(?:json|ya?ml|toml|ini|cfg|conf|config|properties|env|txt|pem|key|crt|cer|der|p12|pfx|jks|keystore|pub|gpg|asc|js|mjs|cjs|ts|py|rb|go|java|kt|cs|php|xml|html|md|sh|log|db|sqlite|lock)$',
];

/** A host name under a common top-level domain (`api.acme.io`), given to `token_host`-like settings. */
const HOST_VALUE = '(?i)^(?:[a-z0-9-]+\\.)+(?:com|net|org|io|dev|app|cloud|internal|local|localhost|co|ai|gov|edu|us|eu|uk|de)(?::\\d+)?$';

/** `"alg"` inside a base64url JSON header, at each of the three possible byte alignments. */
const JWT_ALG = '(?:JhbGci|ImFsZyI|iYWxnIj)';

/**
 * base64 of a JWT: `eyJ` encodes to `ZXlK`, and the `.eyJ` that opens the payload encodes to
 * `LmV5S`, `5leU` or `uZXlK` depending on its byte alignment.
 */
const JWT_BASE64 = 'ZXlK[A-Za-z0-9+/_-]{8,1000}?(?:LmV5S|5leU|uZXlK)[A-Za-z0-9+/_-]{40,}={0,2}';

/**
 * The end of a secret word in a setting name: an optional plural, then the assignment or more of
 * the name after a separator, digit or capital (`apiKeyProd`, `TOKEN_2`) - not a lower-case
 * letter, so `tokenizer`, `secretlintrc`, `passwordless` and `Keyword` are other words.
 */
const WORD_END = '(?:e?s)?(?:(?-i:[A-Z0-9_.-])[\\w.-]{0,20}?)?';

/** Secret words that may close a longer name (`clientSecret`, `PGPASSWORD`, `x-api-key`). */
const SECRET_WORDS =
  'secret|token|passw(?:or)?d|passphrase|credentials?|creds|' +
  '(?:api|access|auth|private|secret|encryption|decryption|signing|master|app|client|session|license|service|account|admin|' +
  'webhook|consumer|shared|hmac|jwt|cookie|crypt|cipher)[_.-]?key|salt';

/** Password words that only count as a whole name part (`DB_PASS`, `smtp.pw`; not `bypass` or `compass`). */
const SHORT_PASSWORD_WORDS = 'pass|pwd|pw';

/** The short password words as a camelCase hump (`becomePass`, `smtpPwd`; not `bypass`), case-sensitive. */
const PASSWORD_HUMP = '(?-i:[a-z0-9](?:Pass|Pwd|Pw))(?:(?-i:[A-Z0-9_.-])[\\w.-]{0,20}?)?';

/**
 * A setting name ending in one of `words`, or in one of `shortWords` taken as a whole name part
 * (between separators) or a password hump (RE2, inside a case-insensitive pattern).
 */
function settingName(words: string, shortWords: string): string {
  return (
    `(?:[\\w.-]{0,40}?(?:${words})${WORD_END}|(?:[\\w.-]{0,40}?[_.-])?(?:${shortWords})(?:[_.-][\\w.-]{0,20}?)?` +
    `|[\\w.-]{0,40}?${PASSWORD_HUMP})`
  );
}

/**
 * A type annotation between a name and its `=`: Rust `: &str`, `: &'static str`, TypeScript
 * `: string`, Kotlin and Swift `: String`, Python `: str`, generics `: Option<&str>`, `: string[]`.
 */
const TYPE_ANNOTATION = `:[ \\t]{0,5}&?(?:'static[ \\t]{1,5})?[A-Za-z_][\\w.]{0,30}(?:<[\\w ,.&']{0,40}>)?(?:\\[\\])?\\??[ \\t]{0,5}=`;

/**
 * The operators of code, YAML, JSON, .env, INI and shells, a typed declaration, and Ruby's and
 * JavaScript's assign-if-unset (`||=`, `??=`).
 */
const OPERATOR = `(?:${TYPE_ANNOTATION}|:=|=>|\\|\\|=|\\?\\?=|=|:)`;

/**
 * From a setting's name to its value: a closing quote and bracket (`ENV['KEY'] =`), spaces
 * (Terraform and YAML align operators in columns) and the operator, on one line (an empty `KEY=`
 * is not given the next line's text).
 */
const ASSIGN_OP = `["'\\x60]?\\]?[ \\t]{0,40}${OPERATOR}[ \\t]{0,5}`;

/** A YAML block scalar indicator (`key: |`, `key: >-`): the value is the next line. */
const BLOCK_SCALAR = '(?:[|>][-+]?[ \\t]*\\r?\\n[ \\t]{1,40})?';

/**
 * The ways a setting meets its value, each with its own capture groups:
 *  - an assignment, `name = value` / `name: value` / `"name": "value"` / `name: &str = "value"`, or
 *    a fallback literal (a name that starts after `:` or `/` is part of a value, as
 *    `arn:aws:secretsmanager:...:secret:name`);
 *  - a name/value pair (below);
 *  - a call whose two arguments are the quoted name and value, `getenv("API_KEY", "...")`,
 *    `define('AUTH_KEY', '...')` (not a list of strings, where neighbours are no pair);
 *  - an XML element, `<password>...</password>` (Maven settings.xml, Spring, .NET);
 *  - an XML key/value element, `<add key="ApiSecret" value="..."/>`, `<property name="password" value="..."/>`,
 *    or an element named by its attribute, `<string name="api_key">...</string>` (Android), `<entry key="...">`.
 * `assigned` captures the value of the first form (it closes the value itself); `quoted` is
 * the value pattern inside quotes or an element.
 */
function settingForms(name: string, assigned: string, quoted: string): string {
  return [
    // One name (PowerShell's `$env:KEY` too), then: an assignment, whose value may be a shell or
    // Spring default (`KEY="${KEY:-...}"`, `password: ${DB_PASSWORD:...}`: the literal inside is
    // the value) or a YAML block scalar's next
    // line (`key: >-`); a literal fallback when the variable is unset
    // (`process.env.KEY || "..."`, `?? "..."`, `os.getenv("KEY") or "..."`, `ENV['KEY'] || '...'`);
    // the shell's default itself (`${KEY:-...}`); or a setter or builder given the literal
    // (`sgMail.setApiKey("...")`, `.withClientSecret("...")`).
    `(?:^|[^\\w.:/-]|\\$env:)${name}(?:${ASSIGN_OP}(?:["'\\x60]?\\$\\{[\\w.]{1,60}:[-=]?(${quoted})\\}|${BLOCK_SCALAR}${assigned})` +
      `|["'\\x60]?[\\])]?[ \\t]{0,5}(?:\\|\\||\\?\\?|[ \\t]or[ \\t])[ \\t]{0,5}["'\\x60](${quoted})["'\\x60]|:[-=](${quoted})\\}` +
      `|\\(\\s{0,5}["'\\x60](${quoted})["'\\x60]\\s{0,5}\\))`,
    // A Kubernetes env entry or an ECS/Helm name/value pair: `name: KEY` then `value: ...` on
    // the next line, or `{ name: KEY, value: ... }` on one.
    `\\b(?:name|key)["']?[ \\t]{0,5}:[ \\t]{0,5}["']?${name}["']?[ \\t]{0,5}(?:,[ \\t]{0,5}|\\r?\\n[ \\t]{0,40})["']?value["']?[ \\t]{0,5}:[ \\t]{0,5}${assigned}`,
    `\\(\\s{0,5}["'\\x60]${name}["'\\x60]\\s{0,5},\\s{0,5}["'\\x60](${quoted})["'\\x60]\\s{0,5}\\)`,
    `<(?:[\\w-]+:)?${name}(?:\\s[^<>\\r\\n]{0,100})?>[ \\t]*(${quoted})[ \\t]*</`,
    `<[\\w:-]+\\s[^<>\\r\\n]{0,200}?\\b(?:key|name)\\s{0,3}=\\s{0,3}"${name}"` +
      `(?:[^<>\\r\\n]{0,200}?\\svalue\\s{0,3}=\\s{0,3}"(${quoted})"|[^<>\\r\\n]{0,100}?>[ \\t]*(${quoted})[ \\t]*</)`,
  ].join('|');
}

/** Characters of a token-shaped value (base64, base64url, hex and the punctuation of generated secrets). */
const TOKEN_CHARS = "[A-Za-z0-9_+/=.~!@#%^*-]";

/**
 * A token's characters inside quotes: any printable character but quotes, spaces, `<>` and `\`
 * (escapes make it text), since generated secrets (Django SECRET_KEY, WordPress salts) use
 * `$&()[]{}|;:,?` too.
 */
const QUOTED_TOKEN = "[^\"'\\x60\\s<>\\\\]";

/**
 * base64 of printable ASCII text: in every 4-character group the first character encodes a byte's
 * top bits (0x20-0x7e), the second and third only what a printable next byte allows. Such a value
 * is decoded by the engine and its text scanned again, where the rule that fits it reports it
 * (`password: czNj...` is the password it encodes); random tokens pass this about once in 40,000.
 */
const BASE64_TEXT =
  '^(?:[I-Za-f][C-HS-Xi-ny-z0-3][ABEFIJMNQRUVYZcdghklopstwx014589][A-Za-z0-9+/_-])+' +
  '(?:[I-Za-f][AQgw](?:==)?|[I-Za-f][C-HS-Xi-ny-z0-3][AEIMQUYcgkosw048]=?)?$';

/** A non-capturing, look-around or inline-flag group of a regular expression: `(?:`, `(?=`, `(?<`, `(?-i:`, `(?i)`. */
const REGEX_GROUP = '\\(\\?(?:[:=!<]|-?[imsU]{1,4}[:)])';
/** A character range (`[A-Za-z0-9]`) or a counted repetition (`{36}`, `{0,20}`) of a regular expression. */
const REGEX_CLASS_OR_COUNT = '\\[[^\\]]{0,20}[A-Za-z0-9]-[A-Za-z0-9][^\\]]{0,20}\\]|\\{\\d+(?:,\\d*)?\\}';

/**
 * Quoted values that are code or templates rather than a literal: interpolation (`${x}`, `{{x}}`,
 * `%(x)s`, `#{x}`, `<%= %>`), URLs, and regular expressions (a rule file's `token: 'ghp_[A-Za-z0-9]{36}'`).
 */
const CODE_VALUE = [
  TEMPLATE_INSIDE,
  '%\\(\\w+\\)[sd]',
  '(?i)^[a-z][a-z0-9+.-]{1,20}://',
  '^\\^.*\\$$',
  // Regular-expression source: a group, a character range or a counted repetition.
  `${REGEX_GROUP}|${REGEX_CLASS_OR_COUNT}`,
];

/** A password's characters outside quotes: no spaces, quotes, `&` (a query string goes on) or the brackets and separators of code. */
const BARE_PASSWORD = "[^\\s\"'\\x60,;&()\\[\\]{}<>]";

/** Setting names whose value is not itself secret although the name contains a secret word. */
const NON_SECRET_NAME =
  '(?i)(?:public|pub|publishable|site|primary|foreign|sort|partition|cache|idempotency|i18n|translation)[_.-]?key|' +
  'key[_.-]?(?:id|name|path|file|type|size|length|alias|ref|url|vault|store|word|board|press|pair|code|frame|spec|version)|' +
  '(?:public|publishable|site|csrf|xsrf|page|next|continuation|pagination|cursor|sync)[_.-]?token|credentials?[_.-]?ids?|' +
  'token[_.-]?(?:type|count|limit|url|uri|endpoint|path|file|name|length|expir\\w*|ttl|header|prefix|usage|source|budget|ids?)|tokeni[sz]|' +
  '(?:secret|passw(?:or)?d|passwd|pwd|pw|pass|passphrase|salt)[_.-]?(?:name|path|file|ref|key[_.-]?ref|ids?|policy|length|min|max|hint|field|env|var|' +
  'prompt|regex|pattern|label|placeholder|reset|rules?|strength|expir\\w*|age|history|hash(?:ed)?|digest|encoder|encrypted|mode|type|format|' +
  'required|enabled|changed|updated|valid\\w*|confirm\\w*|url|uri|endpoint|header|count|provider|store|mount|dir|location|command|cmd|script|' +
  'method|scheme|auth|version|rounds|chars|sha\\d*)|' +
  '(?:forgot|reset|new|old|current|confirm|repeat|retype|verify|change|show|hide|toggle|has|is|require[sd]?|use|allow|enable|validate|check|' +
  'hashed|encrypted|temp|initial|one[_.-]?time)[_.-]?(?:passw(?:or)?d|passwd|pwd|secret)|' +
  'hash|sha\\d|md5|digest|checksum|fingerprint|integrity|csrf|xsrf';

const NAME_ALLOWLIST: AllowlistSpec = {
  description: 'settings whose name says the value is not the secret itself',
  regexTarget: 'match',
  // The word must sit in the name, right before the assignment: `md5` inside a random value is no name.
  regexes: [`(?i)(?:${NON_SECRET_NAME.slice(4)})[\\w.-]{0,30}["'\\x60]?\\s{0,5}(?:=>|[:=,>]|\\s+value\\s{0,3}=)`],
};

const PROVIDER_ALLOWLIST: AllowlistSpec = {
  description: 'contexts a provider rule owns (AWS, Azure, Twilio, Vault, Zhipu)',
  regexTarget: 'match',
  regexes: [PROVIDER_CONTEXT],
};

/** Values of secret-named settings that are no secret: references, identifiers, UUIDs, hashes, paths, host names, provider tokens. */
const TOKEN_VALUE_ALLOWLIST: AllowlistSpec = {
  description: 'references, identifiers, UUIDs, hashes, paths and host names, and secrets a provider rule reports',
  regexes: [
    REFERENCE_VALUE,
    KNOWN_TOKEN_PREFIX,
    // Identifiers, not values: dashed/dotted lower-case words, camelCase or PascalCase words
    // (no digits: random base62 would pass too often), member chains, UPPER_SNAKE constants.
    WORDS_WITH_TAIL,
    '^_*[A-Z]*[a-z]*(?:[A-Z][a-z]+)+$',
    '^[A-Za-z_$][A-Za-z_$]*(?:\\.[A-Za-z_$][A-Za-z_$]*)+$',
    '^[A-Z]+(?:_[A-Z0-9]+)+$',
    '(?i)^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$',
    '(?i)^(?:sha(?:1|224|256|384|512)|md5)[:-]',
    HOST_VALUE,
    BASE64_TEXT,
    // A provider's structured token (Braintree's access_token$environment$...): its rule judges it.
    '^[a-z]+(?:_[a-z]+)*\\$[a-z]+\\$',
    ...CODE_VALUE,
    ...PATH_VALUE,
  ],
};

export const GENERIC_RULES: BuiltinRule[] = [
  {
    id: 'jwt',
    description: 'JSON Web Token with a signing algorithm in its header (eyJ...alg....eyJ....signature)',
    regex: `\\bey(?:JhbGci|J[A-Za-z0-9_-]{0,300}?${JWT_ALG})[A-Za-z0-9_-]{0,1000}\\.eyJ[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]{20,}`,
    entropy: 4,
    keywords: ['eyj'],
    tags: ['jwt', 'token'],
    allowlists: [
      PLACEHOLDER_ALLOWLIST,
      {
        description: "jwt.io's published example token (HS256, secret 'your-256-bit-secret')",
        regexes: ['SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c$'],
      },
      {
        // The engine decodes base64 and finds the JWT inside again: jwt-base64 reports it once.
        description: 'a JWT that sits base64-encoded on its line (jwt-base64)',
        regexTarget: 'line',
        regexes: [JWT_BASE64],
      },
    ],
    equivalents: { gitleaks: 'jwt', betterleaks: 'jwt' },
  },
  {
    id: 'jwt-base64',
    description: 'base64-encoded JSON Web Token (ZXlK... = base64 of eyJ..., with the encoded .eyJ payload marker)',
    regex: `\\b(${JWT_BASE64})`,
    secretGroup: 1,
    entropy: 4,
    keywords: ['zxlk'],
    tags: ['jwt', 'token', 'base64'],
    allowlists: [PLACEHOLDER_ALLOWLIST],
    equivalents: { gitleaks: 'jwt-base64', betterleaks: 'jwt-base64' },
  },
  {
    id: 'generic-api-key',
    description:
      'High-entropy token-shaped value (16+ characters) assigned to a key/secret/token/password setting, ' +
      'in code, configuration, XML or a quoted name/value pair',
    // An assigned value must be closed: by a quote (code, JSON), by `&` (a query string), or by
    // the end of the line, where a comment may follow (.env, YAML, INI). An unquoted value
    // followed by `(`, `;` or `,` is an expression or a type in code, not a literal.
    regex:
      '(?im)' +
      settingForms(
        settingName(SECRET_WORDS, `${SHORT_PASSWORD_WORDS}|auth`),
        `(?:["'\\x60](${QUOTED_TOKEN}{16,200})["'\\x60]|(${TOKEN_CHARS}{16,200})(?:&|[ \\t]*(?:#[^\\r\\n]*)?\\r?$))`,
        `${QUOTED_TOKEN}{16,200}`,
      ),
    entropy: 3.5,
    keywords: ['secret', 'token', 'password', 'passwd', 'pwd', 'pass', 'credential', 'creds', 'key', 'salt', 'auth'],
    tags: ['generic'],
    allowlists: [
      PLACEHOLDER_ALLOWLIST,
      TOKEN_VALUE_ALLOWLIST,
      {
        description: 'specification and well-known public examples',
        // RFC 6749's example access and refresh tokens; Yarn Berry's public npm-registry key.
        stopwords: ['2yotnfzfejr1zcsicmwpaa', 'tgzv3jokf0xg5qx2tlkwia', '6fe4476ee5a1832882e326b506d14126'],
      },
      NAME_ALLOWLIST,
      PROVIDER_ALLOWLIST,
      {
        // A password under 20 characters is generic-password's, whose entropy threshold fits passwords.
        description: 'password settings with values under 20 characters (generic-password)',
        regexTarget: 'match',
        regexes: [
          `(?i)^[^\\w.:/-]?[\\w.-]{0,40}?(?:passw(?:or)?d|passwd|passphrase|pwd|pass|pw)[\\w.-]{0,20}${ASSIGN_OP}` +
            `["'\\x60]?[^"'\\x60\\s<>]{16,19}(?:["'\\x60&]|[ \\t]*(?:#[^\\r\\n]*)?\\r?$)`,
        ],
      },
      {
        // An `auth` setting holds base64 of user:password (Docker config.json, .npmrc `_auth`): its
        // rule reports the base64, or the pair where the engine has decoded it.
        description: 'decoded user:password pairs of auth settings (docker-config-auth, npmrc-auth)',
        regexTarget: 'match',
        regexes: ['(?i)auth["\'\\x60]?[ \\t]{0,5}[:=][ \\t]{0,5}["\'\\x60]?[^\\s"\'\\x60:]{1,64}:'],
      },
    ],
    equivalents: { gitleaks: 'generic-api-key', betterleaks: 'generic-api-key' },
  },
  {
    id: 'generic-password',
    description:
      'Password assigned to a password/passphrase setting (.env, YAML, JSON, INI, .properties, code, XML) whose value ' +
      'generic-api-key does not report: shorter than 20 characters, or with punctuation a token lacks',
    regex:
      '(?im)' +
      settingForms(
        settingName('passw(?:or)?d|passphrase|bind[_.-]?pw', SHORT_PASSWORD_WORDS),
        `(?:["'\\x60]([^"'\\x60\\s]{6,128})["'\\x60]|(${BARE_PASSWORD}{6,128})(?:[ \\t]+#[^\\r\\n]*)?[ \\t]*\\r?$)`,
        `[^"'\\x60\\s<>]{6,128}`,
      ),
    entropy: 2.5,
    keywords: ['password', 'passwd', 'pwd', 'pass', 'passphrase', 'bindpw', 'bind_pw'],
    tags: ['generic', 'password'],
    allowlists: [
      PLACEHOLDER_ALLOWLIST,
      PASSWORD_VALUE_ALLOWLIST,
      {
        // base64 of text is decoded by the engine, and the password inside is reported instead.
        description: 'bare token-shaped values of 20+ characters (generic-api-key reports them), base64 text, paths, member chains and negations',
        regexes: [
          `^${TOKEN_CHARS}{20,}$`,
          BASE64_TEXT,
          ...PATH_VALUE,
          HOST_VALUE,
          '^[A-Za-z_$][A-Za-z_$]*(?:\\.[A-Za-z_$][A-Za-z_$]*)+$',
          // A negated identifier in code (`ownPass: !!ownPass`).
          '^!+[A-Za-z_$][\\w$.]*$',
        ],
      },
      {
        description: 'quoted values and XML elements of 20+ characters (generic-api-key reports them)',
        regexTarget: 'match',
        // Each pattern starts at the value's opening quote or tag, so it runs in linear time.
        regexes: [`["'\\x60]${QUOTED_TOKEN}{20,}["'\\x60]$`, '>[ \\t]*[^<>\\s]{20,}[ \\t]*</$'],
      },
      NAME_ALLOWLIST,
      PROVIDER_ALLOWLIST,
      {
        // A password may hold `(?` or `{3}` by chance, but not a regex group and a class or count both.
        description: 'regular-expression source (a password rule of code that matches passwords)',
        regexes: [`(?:${REGEX_GROUP}).*(?:${REGEX_CLASS_OR_COUNT})|(?:${REGEX_CLASS_OR_COUNT}).*(?:${REGEX_GROUP})`],
      },
      {
        // sql-password reports the statement; its match starts on the CREATE line, so it is named here.
        description: 'SQL user statements (sql-password)',
        regexTarget: 'line',
        regexes: ['(?i)\\bwith\\s+password\\s*=|\\bidentified\\s+by\\b'],
      },
    ],
  },
  {
    // Its own rule, bound to .tf files: as one more form of generic-api-key it slowed every file
    // (100 MB of node_modules: 21 MB/s instead of 60).
    id: 'terraform-variable-default',
    description: 'Secret given as the default of a Terraform variable named for one (variable "api_token" { default = "..." })',
    regex:
      `(?i)\\bvariable[ \\t]{1,5}"${settingName(SECRET_WORDS, SHORT_PASSWORD_WORDS)}"[ \\t]{0,5}\\{[^{}]{0,300}?` +
      `\\bdefault[ \\t]{0,5}=[ \\t]{0,5}"(${QUOTED_TOKEN}{8,200})"`,
    secretGroup: 1,
    path: '(?i)\\.tf$',
    entropy: 3,
    // The keyword must be on the line the match starts on (the prefilter scans from there).
    keywords: ['variable'],
    tags: ['generic', 'terraform'],
    allowlists: [PLACEHOLDER_ALLOWLIST, TOKEN_VALUE_ALLOWLIST, PASSWORD_VALUE_ALLOWLIST, NAME_ALLOWLIST],
  },
];
