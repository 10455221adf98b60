// Network and infrastructure services: Cloudflare, Fastly, Tailscale, ngrok, Defined Networking
// (Nebula), Cisco Meraki, MaxMind, and Kubernetes Secret manifests.
import type { BuiltinRule } from './builtin-rule';
import { END_URLSAFE, PLACEHOLDER_ALLOWLIST } from './common';
import { assigned, SETTING_ASSIGN, token } from './rule-shapes';

/** Setting names that hold a Cloudflare credential: anything naming Cloudflare, and the CF_*_API_* variables of its tools. */
const CLOUDFLARE_NAME = '(?:cloudflare|\\bcf[_.-](?:dns[_.-]|zone[_.-])?api[_.-]?)';
const CLOUDFLARE_KEYWORDS = ['cloudflare', 'cf_api', 'cf-api', 'cf.api', 'cf_dns_api', 'cf_zone_api'];

/** Setting names that hold an ngrok credential (ngrok's own files call it `authtoken`). */
const NGROK_NAME = '(?:ngrok[\\w.-]{0,30}?(?:token|key)|auth[_.-]?token)';

/**
 * A Kubernetes Secret data entry whose base64 value is long enough to hold a credential (group),
 * on the key's line or, after `|` or `>`, on the next.
 */
const K8S_ENTRY = '[ \\t]+[\\w.-]+:[ \\t]*(?:[|>][-+]?[ \\t]*\\r?\\n[ \\t]+)?["\']?([A-Za-z0-9+/]{12,}={0,2})["\']?[ \\t]*\\r?$';
/**
 * `data:` and the indented or blank lines (entries, comments) before the one reported. Each line
 * can be split only one way (indentation, then a non-blank character), so a failed match does
 * not retry the lines it skipped.
 */
const K8S_DATA = '^[ \\t]*data:[ \\t]*\\r?\\n(?:(?:[ \\t]+[^ \\t\\r\\n][^\\n]*|[ \\t]*\\r?)\\n){0,50}?';
/** `kind: Secret` (not SecretStore, ExternalSecret, SopsSecret), quoted or not. */
const K8S_KIND = '^[ \\t]*kind:[ \\t]*["\']?(?i:secret)["\']?[ \\t]*\\r?$';
/** Lines between `kind: Secret` and `data:` (or the reverse) in one manifest, at most 120. */
const K8S_GAP = '(?:[^\\n]*\\n){0,120}?';

export const INFRA_RULES: BuiltinRule[] = [
  assigned({
    id: 'cloudflare-api-key',
    description: 'Cloudflare API token (40 base64url characters) assigned to a Cloudflare / CF_API_* setting',
    name: CLOUDFLARE_NAME,
    value: '[A-Za-z0-9_-]{40}',
    entropy: 3.5,
    keywords: CLOUDFLARE_KEYWORDS,
    tags: ['cloudflare', 'cdn', 'token'],
    gitleaks: true,
    // A token mixes cases; 40 lower-case hex is a commit SHA (cloudflare/...-action@<sha>).
    allowlists: [{ description: 'commit SHAs', regexes: ['^[a-f0-9]{40}$'] }],
  }),
  assigned({
    id: 'cloudflare-global-api-key',
    description: 'Cloudflare Global API Key (37 hex) assigned to a Cloudflare / CF_API_KEY setting',
    name: CLOUDFLARE_NAME,
    value: '[a-f0-9]{37}',
    entropy: 3,
    keywords: CLOUDFLARE_KEYWORDS,
    tags: ['cloudflare', 'cdn', 'key'],
    gitleaks: true,
  }),
  token({
    id: 'cloudflare-origin-ca-key',
    description: 'Cloudflare Origin CA key (v1.0-<24 hex>-<146 hex>)',
    regex: `\\b(v1\\.0-[a-f0-9]{24}-[a-f0-9]{146})${END_URLSAFE}`,
    entropy: 3,
    keywords: ['v1.0-'],
    tags: ['cloudflare', 'cdn', 'key'],
    gitleaks: true,
  }),
  assigned({
    id: 'fastly-api-token',
    description: 'Fastly API token (32 base64url characters) assigned to a Fastly setting',
    name: 'fastly',
    value: '[A-Za-z0-9_-]{32}',
    entropy: 3.5,
    keywords: ['fastly'],
    tags: ['fastly', 'cdn', 'token'],
    gitleaks: true,
  }),
  token({
    id: 'tailscale-key',
    description: 'Tailscale auth key, API access token, OAuth client secret or webhook secret (tskey-<kind>-<id>-<secret>)',
    regex: '\\b(tskey-(?:[a-z]{3,8}-)?[A-Za-z0-9]{6,32}-[A-Za-z0-9]{16,64})\\b',
    entropy: 3.5,
    keywords: ['tskey-'],
    tags: ['tailscale', 'network', 'key'],
  }),
  token({
    id: 'ngrok-auth-token',
    description: 'ngrok authtoken or API key (27 characters, an underscore, 21 more) in an ngrok setting or `ngrok config add-authtoken`',
    regex:
      `(?i)(?:${NGROK_NAME}[\\w \\t.-]{0,10}?${SETTING_ASSIGN}|ngrok(?:\\s+config)?\\s+(?:add-)?authtoken\\s+)` +
      '(?-i:([1-9][A-Za-z0-9]{26}_[0-9][A-Za-z0-9]{20}))\\b',
    entropy: 4,
    keywords: ['ngrok', 'authtoken', 'auth_token', 'auth-token'],
    tags: ['ngrok', 'network', 'token'],
  }),
  token({
    id: 'defined-networking-api-token',
    description: 'Defined Networking (managed Nebula) API token (dnkey-<26>-<52>)',
    regex: `\\b(dnkey-[A-Za-z0-9=_-]{26}-[A-Za-z0-9=_-]{52})${END_URLSAFE}`,
    entropy: 3.5,
    keywords: ['dnkey-'],
    tags: ['defined-networking', 'nebula', 'network', 'token'],
    gitleaks: true,
  }),
  assigned({
    id: 'cisco-meraki-api-key',
    description: 'Cisco Meraki Dashboard API key (40 hex) assigned to a Meraki setting or X-Cisco-Meraki-API-Key header',
    // Case-sensitive, as gitleaks reads it: "CameraKit" is not Meraki.
    name: '(?-i:[Mm]eraki|MERAKI)',
    value: '[a-f0-9]{40}',
    entropy: 3,
    keywords: ['meraki'],
    tags: ['cisco', 'meraki', 'network', 'key'],
    gitleaks: true,
  }),
  token({
    id: 'maxmind-license-key',
    description: 'MaxMind (GeoIP) license key (6 characters, _, 29 characters, _mmk)',
    regex: '\\b([A-Za-z0-9]{6}_[A-Za-z0-9]{29}_mmk)\\b',
    entropy: 4,
    keywords: ['_mmk'],
    tags: ['maxmind', 'geoip', 'key'],
    gitleaks: true,
  }),
  {
    id: 'kubernetes-secret-yaml',
    description: 'Kubernetes Secret manifest (kind: Secret) with a base64 value under data: (the first entry), in either key order',
    // kubectl writes keys alphabetically (data before kind); people usually write kind first.
    regex: `(?m)(?:${K8S_KIND}\\n${K8S_GAP}${K8S_DATA}${K8S_ENTRY}|${K8S_DATA}${K8S_ENTRY}\\n${K8S_GAP}${K8S_KIND})`,
    entropy: 3.5,
    // Both lines the match can start on, exactly: "kind:" and "data:" alone are everywhere in
    // code, and each hit of a multi-line rule opens a 32 KB window.
    keywords: ['kind: secret', 'kind: "secret"', "kind: 'secret'", 'data:\n', 'data:\r\n'],
    tags: ['kubernetes', 'secret'],
    allowlists: [
      PLACEHOLDER_ALLOWLIST,
      {
        // A `---` separates documents: a data: of one and the kind: of another are not one Secret.
        description: 'matches that span two YAML documents',
        regexTarget: 'match',
        regexes: ['\\n---'],
      },
    ],
    equivalents: { gitleaks: 'kubernetes-secret-yaml', betterleaks: 'kubernetes-secret-yaml' },
  },
];

/** How this family's tokens start (RE2, anchored at the secret's start): catch-all rules leave them to these rules. */
export const INFRA_TOKEN_PREFIXES: string[] = [
  'v1\\.0-[a-f0-9]{24}-',
  'tskey-',
  'dnkey-',
  '[A-Za-z0-9]{6}_[A-Za-z0-9]{29}_mmk$',
];
