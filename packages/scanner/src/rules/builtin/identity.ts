// Identity providers: Okta, Auth0, Keycloak, Authress and Duo. Entra ID (Azure AD) client
// secrets are azure.ts; Clerk and WorkOS secret keys share Stripe's sk_live_/sk_test_ shape and
// are reported by the Stripe rule (one finding per leak).
import type { BuiltinRule } from './builtin-rule';
import { assigned, token } from './rule-shapes';

export const IDENTITY_RULES: BuiltinRule[] = [
  assigned({
    id: 'okta-access-token',
    description: 'Okta API token (00 + 40 characters) assigned to an Okta setting',
    // Case-sensitive name, as gitleaks reads it: "okta" inside other words in lower case stays out.
    name: '(?-i:[Oo]kta|OKTA)',
    value: '00[A-Za-z0-9_=-]{40}',
    entropy: 4,
    keywords: ['okta'],
    tags: ['okta', 'identity', 'token'],
    gitleaks: true,
  }),
  assigned({
    id: 'auth0-client-secret',
    description: 'Auth0 application client secret (64 base64url characters) assigned to an Auth0 secret setting',
    name: 'auth0[\\w.-]{0,30}?secret',
    value: '[A-Za-z0-9_-]{64}',
    gap: 10,
    entropy: 4,
    keywords: ['auth0'],
    tags: ['auth0', 'identity', 'oauth'],
  }),
  assigned({
    id: 'keycloak-client-secret',
    description: 'Keycloak client secret (32 letters and digits) assigned to a Keycloak secret setting',
    name: '(?:keycloak|\\bkc[_.-])[\\w.-]{0,30}?secret',
    value: '[A-Za-z0-9]{32}',
    gap: 10,
    entropy: 3.5,
    keywords: ['keycloak', 'kc_', 'kc-', 'kc.'],
    tags: ['keycloak', 'identity', 'oauth'],
  }),
  token({
    id: 'authress-service-client-access-key',
    description: 'Authress service client access key (<client id>.<key id>.acc_<account>.<private key>)',
    regex:
      '\\b((?:sc|ext|scauth|authress)_[A-Za-z0-9]{5,30}\\.[A-Za-z0-9]{4,6}\\.acc[_-][A-Za-z0-9-]{10,32}\\.[A-Za-z0-9+/_=-]{30,120})' +
      '(?:[^A-Za-z0-9_=+/-]|$)',
    entropy: 3,
    keywords: ['.acc_', '.acc-'],
    tags: ['authress', 'identity', 'key'],
    gitleaks: true,
  }),
  assigned({
    id: 'duo-secret-key',
    description: 'Duo Security integration secret key (40 letters and digits) assigned to a Duo secret-key setting',
    name: '\\bduo[\\w.-]{0,30}?(?:secret[_.-]?key|skey|client[_.-]?secret)',
    value: '[A-Za-z0-9]{40}',
    gap: 10,
    entropy: 4,
    keywords: ['duo'],
    tags: ['duo', 'identity', 'key'],
  }),
];

/** How this family's tokens start (RE2, anchored at the secret's start): catch-all rules leave them to these rules. */
export const IDENTITY_TOKEN_PREFIXES: string[] = [
  '(?:sc|ext|scauth|authress)_[A-Za-z0-9]{5,30}\\.[A-Za-z0-9]{4,6}\\.acc[_-]',
];
