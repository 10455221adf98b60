// Provider-independent rules: JWTs, credentials embedded in URLs, and high-entropy values
// assigned to secret-looking settings. They defer to the provider rules (KNOWN_TOKEN_PREFIX)
// so that one leak yields one finding.
import type { BuiltinRule } from './builtin-rule';
import { ZHIPU_CONTEXT } from './ai';
import { AWS_SECRET_CONTEXT, AZURE_KEY_CONTEXT } from './cloud';
import { ASSIGN, PLACEHOLDER_ALLOWLIST } from './common';
import { KNOWN_TOKEN_PREFIX } from './known-prefixes';
import { TWILIO_SECRET_CONTEXT } from './messaging';

/** Setting names a provider rule reads more precisely; the generic rule stays out of its way. */
const PROVIDER_CONTEXT =
  `(?i)(?:${AWS_SECRET_CONTEXT}|${AZURE_KEY_CONTEXT}|accountkey|${TWILIO_SECRET_CONTEXT}|vault[\\w.-]{0,20}?token|${ZHIPU_CONTEXT})` +
  `[\\w.-]{0,30}?["'\\x60]?\\s{0,5}(?::=|=>|=|:)`;

/** Values that point at a secret instead of holding one: variables, templates, masks. */
const REFERENCE_VALUE =
  '(?i)^(?:\\$|%[a-z_][a-z0-9_]*%$|\\{|' +
  '(?:process\\.env|import\\.meta\\.env|os\\.environ|os\\.getenv|system\\.getenv|env|config|settings|self|this|props|params|secrets|vars|inputs)[.\\[(])';

/**
 * File paths given to secret-sounding settings (`consoleSecretsFile: ~/.mcp/console-secrets.json`):
 * a path from the home or current folder, or folders ending in a file name with an extension.
 * A secret with slashes (base64) has no `.ext` at its end, so it is still reported.
 */
const PATH_VALUE = ['^(?:~|\\.{1,2})/[\\w.-]+(?:/[\\w.-]+)*$', '^(?:[\\w.-]+/)+[\\w-][\\w.-]*\\.[a-z][a-z0-9]{0,7}$'];

/** `"alg"` inside a base64url JSON header, at each of the three possible byte alignments. */
const JWT_ALG = '(?:JhbGci|ImFsZyI|iYWxnIj)';

/** Setting names whose value is not itself secret although the name contains a secret word. */
const NON_SECRET_NAME =
  '(?i)(?:public|pub)[_.-]?key|key[_.-]?(?:id|name|path|file|type|size|length|alias|ref|url|vault)|' +
  'token[_.-]?(?:type|count|limit|url|uri|endpoint|path|file|name|length|expir\\w*|ttl|header|prefix|usage)|tokeni[sz]e|' +
  '(?:secret|password|passwd|pwd)[_.-]?(?:name|path|file|ref|key[_.-]?ref|id|policy|length|hint|field|env|var|prompt|regex|pattern)|' +
  'hash|sha\\d|md5|digest|checksum|fingerprint|integrity';

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
    ],
  },
  {
    id: 'url-credentials',
    description: 'Password embedded in a URL (scheme://user:password@host)',
    // Userinfo cannot hold unescaped `/?#@` (nor `\\`, seen only in escaped test strings), so those
    // bound the password; a second `:` means another syntax (cvs://:pserver:user@host).
    regex:
      '\\b[A-Za-z][A-Za-z0-9+.-]{1,20}://[^\\s:/?#@"\'<>\\x60\\\\]{0,64}:([^\\s:/?#@"\'<>\\x60\\\\]{3,128})@[A-Za-z0-9][A-Za-z0-9.-]*[A-Za-z0-9]',
    secretGroup: 1,
    entropy: 2.5,
    keywords: ['://'],
    tags: ['url', 'password'],
    allowlists: [
      PLACEHOLDER_ALLOWLIST,
      {
        description: 'variables, templates and the stock words of documentation URLs',
        regexes: [
          REFERENCE_VALUE,
          '(?i)^(?:password|passwd|pass|pwd|secret|token|test|admin|root|user|username|guest|anonymous|none|null|pw|foo|bar|baz|qwerty)$',
          KNOWN_TOKEN_PREFIX,
        ],
      },
    ],
  },
  {
    id: 'generic-secret',
    description: 'High-entropy value assigned to a key/secret/token/password setting',
    // The value must be closed: by a quote (code, JSON), by `&` (a query string), or by the end
    // of the line, where a comment may follow (.env, YAML, INI). An unquoted value followed by
    // `(`, `;` or `,` is an expression or a type in code, not a literal.
    regex:
      '(?im)\\b[\\w.-]{0,40}?(?:secret|token|passw(?:or)?d|pwd|credentials?|' +
      '(?:api|access|auth|private|secret|encryption|signing|master|app|client|session)[_.-]?key)' +
      `[\\w.-]{0,20}?${ASSIGN}([A-Za-z0-9_+/=.~!@#%^*-]{16,200})(?:["'\\x60&]|[ \\t]*(?:#[^\\r\\n]*)?\\r?$)`,
    secretGroup: 1,
    entropy: 3.5,
    keywords: ['secret', 'token', 'password', 'passwd', 'pwd', 'credential', 'key'],
    tags: ['generic'],
    allowlists: [
      PLACEHOLDER_ALLOWLIST,
      {
        description: 'references, identifiers, UUIDs, hashes, paths, and secrets a provider rule reports',
        regexes: [
          REFERENCE_VALUE,
          KNOWN_TOKEN_PREFIX,
          // Identifiers, not values: dashed/dotted lower-case words, camelCase or PascalCase words
          // (no digits: random base62 would pass too often), member chains, UPPER_SNAKE constants.
          '^[a-z]+(?:[._-][a-z]+)+$',
          '^_*[a-z]*(?:[A-Z][a-z]+)+$',
          '^[A-Za-z_$][A-Za-z_$]*(?:\\.[A-Za-z_$][A-Za-z_$]*)+$',
          '^[A-Z]+(?:_[A-Z0-9]+)+$',
          '(?i)^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$',
          '(?i)^(?:sha(?:1|224|256|384|512)|md5)[:-]',
          '^(?:\\.{1,2})?/[\\w.-]+/[\\w./-]*$',
          ...PATH_VALUE,
        ],
      },
      {
        // RFC 6749's example access and refresh tokens, quoted by every OAuth library's docs.
        description: 'specification examples',
        stopwords: ['2yotnfzfejr1zcsicmwpaa', 'tgzv3jokf0xg5qx2tlkwia'],
      },
      {
        description: 'settings whose name says the value is not the secret itself',
        regexTarget: 'match',
        regexes: [NON_SECRET_NAME],
      },
      {
        description: 'contexts a provider rule owns (AWS, Azure, Twilio, Vault, Zhipu)',
        regexTarget: 'match',
        regexes: [PROVIDER_CONTEXT],
      },
    ],
  },
];
