// CRM, customer support, accounting, BI and product analytics: HubSpot, Intercom, Zendesk,
// Freshdesk, Help Scout, FreshBooks, Freemius, Looker, Segment, Mixpanel, Amplitude and PostHog.
// Keys built to ship in a browser (Mixpanel project tokens, PostHog phc_ keys, Amplitude keys in
// NEXT_PUBLIC_/VITE_ settings) are not reported.
import type { BuiltinRule } from './builtin-rule';
import { PLACEHOLDER_ALLOWLIST } from './common';
import { browserSetting, NOT_A_CREDENTIAL_SETTING, otherObjectIds } from './provider-context';
import { alnum, hex, named, prefixed, UUID } from './token-shapes';

/** HubSpot private app access tokens: pat-<region><n>-<UUID>. */
const HUBSPOT_PAT = `pat-(?:na|eu|ap)\\d{1,2}-${UUID}`;

/** An Intercom access token is base64 of "tok:<uuid>:...", so it always starts dG9rO. */
const INTERCOM_TOKEN = 'dG9rO[A-Za-z0-9+/_-]{50,70}={0,2}';

export const BUSINESS_APP_RULES: BuiltinRule[] = [
  named({
    id: 'hubspot-api-key',
    description: 'HubSpot legacy API key or developer API key (UUID) in a HubSpot setting',
    names: ['hubspot'],
    value: UUID,
    entropy: 3,
    keywords: ['hubspot'],
    tags: ['hubspot', 'crm', 'key'],
    allowlists: [otherObjectIds('HubSpot', ['portal', 'form', 'guid', 'owner', 'pipeline', 'stage', 'property', 'list', 'object', 'contact', 'deal', 'company', 'ticket', 'template', 'workflow', 'hub'])],
    equivalents: { gitleaks: 'hubspot-api-key', betterleaks: 'hubspot-api-key' },
  }),
  prefixed({
    id: 'hubspot-private-app-token',
    description: 'HubSpot private app or service key access token (pat-na1- / pat-eu1- + UUID)',
    token: HUBSPOT_PAT,
    entropy: 3,
    keywords: ['pat-na', 'pat-eu', 'pat-ap'],
    tags: ['hubspot', 'crm', 'token'],
  }),
  named({
    id: 'intercom-api-key',
    description: 'Intercom access token (base64 of tok:..., starting dG9rO, anywhere; or 60 characters in an Intercom setting)',
    names: ['intercom'],
    value: '[A-Za-z0-9+/_=-]{60}',
    prefixedValue: INTERCOM_TOKEN,
    entropy: 3.5,
    keywords: ['intercom', 'dg9ro'],
    tags: ['intercom', 'support', 'token'],
    allowlists: [NOT_A_CREDENTIAL_SETTING],
    equivalents: { gitleaks: 'intercom-api-key', betterleaks: 'intercom-api-key' },
  }),
  named({
    id: 'zendesk-secret-key',
    description: 'Zendesk API token or OAuth secret (40 alphanumerics) in a Zendesk setting',
    names: ['zendesk'],
    value: alnum(40),
    entropy: 3.5,
    keywords: ['zendesk'],
    tags: ['zendesk', 'support', 'key'],
    equivalents: { gitleaks: 'zendesk-secret-key', betterleaks: 'zendesk-secret-key' },
  }),
  named({
    id: 'freshdesk-api-key',
    description: 'Freshdesk API key (20 alphanumerics) in a Freshdesk setting',
    names: ['freshdesk'],
    value: alnum(20),
    entropy: 3,
    keywords: ['freshdesk'],
    tags: ['freshdesk', 'support', 'key'],
  }),
  named({
    id: 'helpscout-api-key',
    description: 'Help Scout app secret (32 alphanumerics) or legacy API key (40 hex) in a Help Scout setting',
    names: ['help[_.-]?scout'],
    value: `${alnum(32)}|${hex(40)}`,
    entropy: 3.5,
    keywords: ['helpscout', 'help_scout', 'help-scout', 'help.scout'],
    tags: ['helpscout', 'support', 'key'],
  }),
  named({
    id: 'freshbooks-access-token',
    description: 'FreshBooks access token or client secret (64 alphanumerics) in a FreshBooks setting',
    names: ['freshbooks'],
    value: alnum(64),
    entropy: 3.5,
    keywords: ['freshbooks'],
    tags: ['freshbooks', 'accounting', 'token'],
    equivalents: { gitleaks: 'freshbooks-access-token', betterleaks: 'freshbooks-access-token' },
  }),
  {
    id: 'freemius-secret-key',
    description: "Freemius SDK secret key (sk_ + 29 characters) in a PHP array's 'secret_key' => entry",
    regex: `(?i)["']secret_key["']\\s{0,5}=>\\s{0,5}["'](sk_[^\\s"']{29})["']`,
    secretGroup: 1,
    path: '(?i)\\.php$',
    entropy: 3,
    keywords: ['secret_key'],
    tags: ['freemius', 'key'],
    allowlists: [PLACEHOLDER_ALLOWLIST],
    equivalents: { gitleaks: 'freemius-secret-key', betterleaks: 'freemius-secret-key' },
  },
  named({
    id: 'looker-client-id',
    description: 'Looker API client id (20 alphanumerics) in a Looker setting',
    names: ['looker'],
    value: alnum(20),
    valueIsId: true,
    entropy: 3,
    keywords: ['looker'],
    tags: ['looker', 'analytics', 'oauth'],
    allowlists: [otherObjectIds('Looker', ['dashboard', 'look', 'folder', 'space', 'model', 'explore', 'user', 'group', 'query'])],
    equivalents: { gitleaks: 'looker-client-id', betterleaks: 'looker-client-id' },
  }),
  named({
    id: 'looker-client-secret',
    description: 'Looker API client secret (24 alphanumerics) in a Looker setting',
    names: ['looker'],
    value: alnum(24),
    entropy: 3,
    keywords: ['looker'],
    tags: ['looker', 'analytics', 'oauth'],
    equivalents: { gitleaks: 'looker-client-secret', betterleaks: 'looker-client-secret' },
  }),
  named({
    id: 'segment-write-key',
    description: 'Segment source write key (32 alphanumerics) in a Segment write-key setting (server-side sources)',
    names: ['segment[\\w.-]{0,20}?write[_.-]?key'],
    value: alnum(32),
    entropy: 3.5,
    keywords: ['segment'],
    tags: ['segment', 'analytics', 'key'],
    allowlists: [browserSetting('segment')],
  }),
  named({
    id: 'mixpanel-api-secret',
    description: 'Mixpanel API secret or service account secret (32 alphanumerics) in a Mixpanel secret setting; project tokens are public',
    names: ['mixpanel[\\w.-]{0,20}?secret'],
    value: alnum(32),
    entropy: 3,
    keywords: ['mixpanel'],
    tags: ['mixpanel', 'analytics', 'key'],
  }),
  named({
    id: 'amplitude-secret-key',
    description: 'Amplitude secret key or server-side API key (32 hex) in an Amplitude setting',
    names: ['amplitude[\\w.-]{0,20}?(?:secret|private|key|token|access)'],
    value: hex(32),
    entropy: 3,
    keywords: ['amplitude'],
    tags: ['amplitude', 'analytics', 'key'],
    allowlists: [browserSetting('amplitude')],
    equivalents: { betterleaks: 'amplitude-secret-key' },
  }),
  prefixed({
    id: 'posthog-personal-api-key',
    description: 'PostHog personal API key (phx_ + 47 base64url characters); phc_ project keys are public',
    token: 'phx_[A-Za-z0-9_-]{47}',
    entropy: 3.5,
    keywords: ['phx_'],
    tags: ['posthog', 'analytics', 'key'],
    equivalents: { betterleaks: 'posthog-personal-api-key' },
  }),
];

/**
 * How this family's tokens start (RE2, anchored at the secret's start): catch-all rules leave them
 * to these rules. PostHog phc_ project keys are listed too: they are public by design.
 */
export const BUSINESS_APP_TOKEN_PREFIXES: string[] = [
  HUBSPOT_PAT,
  'dG9rO',
  // An Intercom token as the decoding layer sees it.
  'tok:[0-9a-f]{8}-[0-9a-f]{4}-',
  'phx_',
  'phc_[A-Za-z0-9_-]{43}$',
];
