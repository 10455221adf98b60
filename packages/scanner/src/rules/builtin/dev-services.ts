// Developer APIs and services: Postman, ReadMe, Contentful, LaunchDarkly, ConfigCat, SettleMint.
import type { BuiltinRule } from './builtin-rule';
import { assignedValue, prefixedOrAssigned, prefixedToken, UUID } from './token-rules';

/** SettleMint tokens: `sm_<kind>_` + 16 base62 characters. */
function settlemint(kind: string, what: string): BuiltinRule {
  const id = `settlemint-${what.replaceAll(' ', '-')}`;
  return prefixedToken({
    id,
    description: `SettleMint ${what} (sm_${kind}_ + 16 base62 characters)`,
    token: `sm_${kind}_[A-Za-z0-9]{16}`,
    entropy: 3,
    keywords: [`sm_${kind}_`],
    tags: ['settlemint', 'blockchain', 'token'],
    equivalents: { gitleaks: id, betterleaks: id },
  });
}

export const DEV_SERVICE_RULES: BuiltinRule[] = [
  prefixedToken({
    id: 'postman-api-token',
    description: 'Postman API key (PMAK- + 24 hex + - + 34 hex) or collection access token (PMAT- + 26-character ULID)',
    token: 'PMAK-[0-9a-fA-F]{24}-[0-9a-fA-F]{34}|PMAT-[0-9A-HJKMNP-TV-Z]{26}',
    entropy: 3,
    keywords: ['pmak-', 'pmat-'],
    tags: ['postman', 'api', 'key'],
    equivalents: { gitleaks: 'postman-api-token', betterleaks: 'postman-api-token' },
  }),
  prefixedToken({
    id: 'readme-api-token',
    description: 'ReadMe API key (rdme_ + 70 lowercase alphanumerics)',
    token: 'rdme_[a-z0-9]{70}',
    entropy: 3.5,
    keywords: ['rdme_'],
    tags: ['readme', 'docs', 'key'],
    equivalents: { gitleaks: 'readme-api-token', betterleaks: 'readme-api-token' },
  }),
  assignedValue({
    id: 'contentful-delivery-api-token',
    description: 'Contentful Content Delivery/Preview API token (43 base64url characters) assigned to a Contentful setting',
    name: 'contentful',
    value: '[A-Za-z0-9_-]{43}',
    entropy: 3.5,
    keywords: ['contentful'],
    tags: ['contentful', 'cms', 'token'],
    equivalents: { gitleaks: 'contentful-delivery-api-token', betterleaks: 'contentful-delivery-api-token' },
  }),
  prefixedToken({
    id: 'contentful-personal-access-token',
    description: 'Contentful Content Management personal access token (CFPAT- + 43 base64url characters)',
    token: 'CFPAT-[A-Za-z0-9_-]{43}',
    entropy: 3.5,
    keywords: ['cfpat-'],
    tags: ['contentful', 'cms', 'token'],
  }),
  assignedValue({
    id: 'launchdarkly-access-token',
    description: 'LaunchDarkly API access token or server SDK key (api-/sdk- + UUID, or 40 characters) in a LaunchDarkly setting',
    name: '(?:launch[_.-]?darkly|\\bld[_.-]?(?:api|sdk|access|server))',
    value: `(?:api|sdk)-${UUID}|[A-Za-z0-9_=-]{40}`,
    entropy: 3,
    keywords: ['launchdarkly', 'launch_darkly', 'launch-darkly', 'ld_api', 'ld_sdk', 'ld_access', 'ld_server', 'ldapi', 'ldsdk', 'ldaccess', 'ldserver'],
    tags: ['launchdarkly', 'feature-flags', 'token'],
    equivalents: { gitleaks: 'launchdarkly-access-token', betterleaks: 'launchdarkly-access-token' },
  }),
  prefixedOrAssigned({
    id: 'configcat-sdk-key',
    description: 'ConfigCat SDK key (configcat-sdk-1/<22>/<22>, or <22>/<22> in a ConfigCat setting)',
    token: 'configcat-sdk-1/[A-Za-z0-9_-]{22}/[A-Za-z0-9_-]{22}',
    name: 'configcat',
    value: '[A-Za-z0-9_-]{22}/[A-Za-z0-9_-]{22}',
    entropy: 3.5,
    keywords: ['configcat'],
    tags: ['configcat', 'feature-flags', 'key'],
    equivalents: { betterleaks: 'configcat-sdk-key' },
  }),
  settlemint('aat', 'application access token'),
  settlemint('pat', 'personal access token'),
  settlemint('sat', 'service access token'),
];

/** How this family's tokens start (RE2, anchored at the secret's start): catch-all rules leave them to these rules. */
export const DEV_SERVICE_TOKEN_PREFIXES: string[] = [
  'PMAK-',
  'PMAT-[0-9A-HJKMNP-TV-Z]{26}$',
  'rdme_',
  'CFPAT-',
  'configcat-sdk-',
  'sm_[aps]at_',
];
