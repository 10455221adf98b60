// Secret stores: HashiCorp Vault tokens (the 1.10+ prefixed formats and the legacy s./b. ones),
// 1Password (account Secret Key, service account tokens; Connect tokens are JWTs, the jwt
// rule's), Infisical, Bitwarden Secrets Manager and Akeyless. Doppler belongs to the CI/CD family.
import type { BuiltinRule } from './builtin-rule';
import { END_BASE64, END_URLSAFE, PLACEHOLDER_ALLOWLIST } from './common';
import { assigned, token, UUID } from './rule-shapes';

const LOWER_UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

export const VAULT_RULES: BuiltinRule[] = [
  {
    id: 'vault-service-token',
    description: 'HashiCorp Vault service token: hvs. (Vault 1.10+, 90+ characters), or a legacy s. + 24 letters and digits near a Vault or token setting',
    // No secretGroup: the secret is whichever group matched. "s." is everywhere in code, so the
    // legacy form is only read in windows of its keywords, and must mix digits, upper and lower case.
    regex: `\\b(hvs\\.[A-Za-z0-9_-]{90,})${END_URLSAFE}|(?:^|[^\\w.])(s\\.[A-Za-z0-9]{24})\\b`,
    entropy: 3.5,
    keywords: ['hvs.', 'vault', 'token'],
    tags: ['vault', 'hashicorp', 'token'],
    allowlists: [
      PLACEHOLDER_ALLOWLIST,
      {
        description: 'legacy-looking identifiers: no digit, no upper case or no lower case (s.AcceptanceTimeoutSeconds)',
        regexes: ['^s\\.[A-Za-z]{24}$', '^s\\.[a-z0-9]{24}$', '^s\\.[A-Z0-9]{24}$'],
      },
    ],
    equivalents: { gitleaks: 'vault-service-token', betterleaks: 'vault-service-token' },
  },
  token({
    id: 'vault-batch-token',
    description: 'HashiCorp Vault batch token (hvb., legacy b.AAAAAQ...)',
    regex: `\\b((?:hvb\\.|b\\.AAAAAQ)[A-Za-z0-9_-]{100,})${END_URLSAFE}`,
    entropy: 4,
    keywords: ['hvb.', 'b.aaaaaq'],
    tags: ['vault', 'hashicorp', 'token'],
    gitleaks: true,
  }),
  token({
    id: 'vault-recovery-token',
    description: 'HashiCorp Vault recovery token (hvr.)',
    regex: `\\b(hvr\\.[A-Za-z0-9_-]{24,})${END_URLSAFE}`,
    entropy: 3.5,
    keywords: ['hvr.'],
    tags: ['vault', 'hashicorp', 'token'],
  }),
  token({
    id: '1password-secret-key',
    description: '1Password account Secret Key (A3-XXXXXX-XXXXXX-XXXXX-XXXXX-XXXXX-XXXXX)',
    regex: '\\b(A3-[A-Z0-9]{6}-(?:[A-Z0-9]{11}|[A-Z0-9]{6}-[A-Z0-9]{5})-[A-Z0-9]{5}-[A-Z0-9]{5}-[A-Z0-9]{5})\\b',
    entropy: 3.8,
    keywords: ['a3-'],
    tags: ['1password', 'secret-store', 'key'],
    gitleaks: true,
  }),
  token({
    id: '1password-service-account-token',
    description: '1Password service account token (ops_ + base64 JSON)',
    regex: `\\b(ops_eyJ[A-Za-z0-9+/]{250,}={0,3})${END_BASE64}`,
    entropy: 4,
    keywords: ['ops_eyj'],
    tags: ['1password', 'secret-store', 'token'],
    gitleaks: true,
  }),
  token({
    id: 'infisical-service-token',
    description: 'Infisical service token (st.<id>.<32 hex>.<32 hex>)',
    regex: `\\b(st\\.(?:${LOWER_UUID}|[a-f0-9]{24})\\.[a-f0-9]{32}\\.[a-f0-9]{32})\\b`,
    entropy: 3.5,
    // "st." is in every other line of code; the token travels in a token setting or flag.
    keywords: ['infisical', 'token'],
    tags: ['infisical', 'secret-store', 'token'],
  }),
  token({
    id: 'bitwarden-access-token',
    description: 'Bitwarden Secrets Manager machine account access token (0.<uuid>.<client secret>:<key>)',
    regex: `(?:^|[^\\w.])(0\\.${LOWER_UUID}\\.[A-Za-z0-9]{30}:[A-Za-z0-9+/]{22}==)`,
    entropy: 4,
    // The token has no fixed text but "0."; it travels as BWS_ACCESS_TOKEN or --access-token.
    keywords: ['bws_', 'bitwarden', 'access_token', 'access-token', 'accesstoken'],
    tags: ['bitwarden', 'secret-store', 'token'],
  }),
  assigned({
    id: 'akeyless-access-key',
    description: 'Akeyless access key (44 base64 characters) assigned to an Akeyless setting',
    name: 'akeyless[\\w.-]{0,30}?(?:access[_.-]?key|secret)',
    value: '[A-Za-z0-9+/]{43}=',
    gap: 10,
    entropy: 4,
    keywords: ['akeyless'],
    tags: ['akeyless', 'secret-store', 'key'],
  }),
];

/** How this family's tokens start (RE2, anchored at the secret's start): catch-all rules leave them to these rules. */
export const VAULT_TOKEN_PREFIXES: string[] = [
  'hv[sbr]\\.',
  's\\.[A-Za-z0-9]{24}$',
  'b\\.AAAAAQ',
  'A3-[A-Z0-9]{6}-',
  'ops_eyJ',
  `st\\.(?:${LOWER_UUID}|[a-f0-9]{24})\\.`,
  `0\\.${UUID}\\.`,
];
