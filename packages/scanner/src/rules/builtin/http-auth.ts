// HTTP credentials outside any provider's token format: curl's `-H "Authorization: ..."`,
// API-key header flags and `-u user:password`, and Authorization headers written in code,
// HTTP request files and configuration. A Basic header is read where the engine has decoded its
// base64 (`Basic user:password`), so only real `user:password` pairs are reported, and the
// password alone is the secret; tokens a provider rule knows by prefix are that rule's finding.
import type { BuiltinRule } from './builtin-rule';
import { PLACEHOLDER_ALLOWLIST } from './common';
import { PASSWORD_VALUE_ALLOWLIST } from './credential-values';

/** A decoded Basic credential, `Basic user:password`: the password is the capture group. */
const BASIC_DECODED = `basic[ \\t]+[^\\s:"'\\x60(){}\\[\\]<>]{0,64}:([^\\s"'\\x60<>]{3,128})`;

/** Authorization schemes that carry a token (RFC 6750 Bearer and the vendor schemes seen in APIs). */
const TOKEN_SCHEME = '(?:bearer|token|api-?token|api-?key|key|bot|oauth|jwt|ssws|geniekey|splunk)';

/** A header token's characters: base64, base64url, hex, the `~.+/=` of RFC 6750 b64token, and `@`. */
const HEADER_TOKEN = '[\\w~.+/=@-]';

/**
 * Vendor-neutral header names that carry an API key or token (`X-API-Key`, `Api-Token`, `X-Auth-Token`,
 * `Private-Token`, `apikey`). A vendor's own header (`X-Postmark-Server-Token`, `X-Figma-Token`) is
 * its provider rule's: one leak, one finding.
 */
const KEY_HEADER = '(?:x-)?(?:(?:api|auth|access|app|client|private|secret)-?)?(?:key|token|secret)|apikey';

/** curl's header flag, `-H` (case-sensitive: `-h` is help) or `--header`, then the opening quote. */
const HEADER_FLAG = `(?:^|[\\s#])(?:(?-i:-H)|--header)(?:=|[ \\t]{1,5})["']?`;

/** Lines where a curl header flag sets the Authorization header: curl-auth-header reports those. */
const CURL_AUTHORIZATION_LINE = `(?i)${HEADER_FLAG}(?:proxy-)?authorization[ \\t]*:`;

/**
 * A line continued on the next one in a shell (`\`) or cmd (`^`). Each command line is read up to
 * 500 characters, and a line can be consumed one way only (its continuation character right before
 * the line break), so each `curl` costs a bounded, linear scan.
 */
const CONTINUED_LINE = '[^\\r\\n]{0,500}?[\\\\^]\\r?\\n';

/** curl's `-u`/`--user` value: `user:password` quoted in either way or bare, or `token:` with an empty password. */
const CURL_USER_VALUE = [
  `"[^":\\s<>]{0,64}:([^"\\r\\n<>]{3,128})"`,
  `"([^":\\s<>]{8,128}):"`,
  `'[^':\\s<>]{0,64}:([^'\\r\\n<>]{3,128})'`,
  `'([^':\\s<>]{8,128}):'`,
  `[^\\s:"'<>]{1,64}:(?:"([^"\\r\\n]{3,128})"|'([^'\\r\\n]{3,128})'|([^\\s"'<>]{3,128}))`,
  `([^\\s:"'<>]{8,128}):`,
].join('|');

export const HTTP_AUTH_RULES: BuiltinRule[] = [
  {
    id: 'curl-auth-header',
    description:
      'Credential in a curl header flag: -H/--header "Authorization: Bearer|Token|... <token>", a decoded ' +
      '"Authorization: Basic user:password", or an API-key header (X-API-Key, Private-Token, apikey)',
    regex:
      `(?i)${HEADER_FLAG}(?:(?:proxy-)?authorization[ \\t]*:[ \\t]*(?:${BASIC_DECODED}|${TOKEN_SCHEME}[ \\t]+(${HEADER_TOKEN}{8,})|(${HEADER_TOKEN}{8,}))` +
      `|(?:${KEY_HEADER})[ \\t]*:[ \\t]*(${HEADER_TOKEN}{8,}))(?:["'\\s\\\\]|$)`,
    entropy: 2.75,
    keywords: ['-h "', "-h '", '-h\t', '-h=', '--header'],
    tags: ['curl', 'http', 'token'],
    allowlists: [PLACEHOLDER_ALLOWLIST, PASSWORD_VALUE_ALLOWLIST],
    equivalents: { gitleaks: 'curl-auth-header', betterleaks: 'curl-auth-header' },
  },
  {
    id: 'curl-auth-user',
    description: 'Password in a curl -u/--user user:password option (on the curl line or a continued one), or an API key given as `-u key:`',
    regex: `\\bcurl\\b(?:${CONTINUED_LINE})*?[^\\r\\n]{0,500}?[ \\t](?:-u|--user)(?:=|[ \\t]{1,5})(?:${CURL_USER_VALUE})(?:[\\s\\\\]|$)`,
    entropy: 2,
    keywords: ['curl'],
    tags: ['curl', 'http', 'password'],
    allowlists: [PLACEHOLDER_ALLOWLIST, PASSWORD_VALUE_ALLOWLIST],
    equivalents: { gitleaks: 'curl-auth-user', betterleaks: 'curl-auth-user' },
  },
  {
    id: 'authorization-header',
    description:
      'Authorization header written in code, an HTTP request file or configuration: Bearer/Token <token>, a raw ' +
      'token, or a decoded Basic user:password (curl header flags are curl-auth-header)',
    regex:
      `(?i)(?:^|[\\s"'{(,\\[])(?:proxy-)?authorization(?:["'\\x60]?\\s{0,3}(?:=>|[:=,])\\s{0,3}["'\\x60]?|[ \\t]+["'\\x60])` +
      `(?:${BASIC_DECODED}|${TOKEN_SCHEME}[ \\t]+([A-Za-z0-9._~+/-]{16,}=*)|([A-Za-z0-9._~+/-]{20,}=*))(?:["'\\x60\\s,;)}\\]]|$)`,
    entropy: 2.75,
    keywords: ['authorization'],
    tags: ['http', 'token'],
    allowlists: [
      PLACEHOLDER_ALLOWLIST,
      PASSWORD_VALUE_ALLOWLIST,
      { description: 'curl header flags (curl-auth-header)', regexTarget: 'line', regexes: [CURL_AUTHORIZATION_LINE] },
    ],
  },
];
