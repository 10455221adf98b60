// Messaging and communication platforms: Slack, Twilio, SendGrid.
import type { BuiltinRule } from './builtin-rule';
import { ASSIGN, END_URLSAFE, PLACEHOLDER_ALLOWLIST } from './common';

/** Setting names that hold a Twilio auth token or API key secret (both 32 characters). */
export const TWILIO_SECRET_CONTEXT = 'twilio[\\w.-]{0,20}?(?:token|secret)';

export const MESSAGING_RULES: BuiltinRule[] = [
  {
    id: 'slack-bot-token',
    description: 'Slack bot token (xoxb-<team>-<bot>-<24 characters>)',
    regex: '\\bxoxb-\\d{10,13}-\\d{10,13}-[A-Za-z0-9]{24}\\b',
    entropy: 3,
    keywords: ['xoxb-'],
    tags: ['slack', 'messaging', 'token'],
    allowlists: [PLACEHOLDER_ALLOWLIST],
  },
  {
    id: 'slack-user-token',
    description: 'Slack user or enterprise token (xoxp-/xoxe-<team>-<user>-<id>-<32 hex>)',
    regex: '\\bxox[pe]-\\d{10,13}-\\d{10,13}-\\d{10,13}-[a-f0-9]{32}\\b',
    entropy: 3,
    keywords: ['xoxp-', 'xoxe-'],
    tags: ['slack', 'messaging', 'token'],
    allowlists: [PLACEHOLDER_ALLOWLIST],
  },
  {
    id: 'slack-rotating-token',
    description: 'Slack rotating access or refresh token (xoxe.xoxb-1-, xoxe.xoxp-1-, xoxe-1-)',
    regex: '\\bxoxe(?:\\.xox[bp])?-1-[A-Za-z0-9]{140,250}\\b',
    entropy: 4,
    keywords: ['xoxe.', 'xoxe-1-'],
    tags: ['slack', 'messaging', 'token'],
    allowlists: [PLACEHOLDER_ALLOWLIST],
  },
  {
    id: 'slack-app-token',
    description: 'Slack app-level token (xapp-1-<app>-<number>-<64 hex>)',
    regex: '\\bxapp-\\d-[A-Z0-9]{9,12}-\\d{10,13}-[a-f0-9]{64}\\b',
    entropy: 3,
    keywords: ['xapp-'],
    tags: ['slack', 'messaging', 'token'],
    allowlists: [PLACEHOLDER_ALLOWLIST],
  },
  {
    id: 'slack-webhook-url',
    description: 'Slack incoming webhook or workflow trigger URL (hooks.slack.com/services|workflows|triggers/T.../...)',
    regex:
      '\\bhooks\\.slack\\.com/(?:services|workflows|triggers)/T[A-Z0-9]{8,12}/(?:[A-Z][A-Z0-9]{8,12}/)?(?:\\d{10,20}/)?[A-Za-z0-9]{24,48}\\b',
    entropy: 4,
    keywords: ['hooks.slack.com'],
    tags: ['slack', 'messaging', 'webhook'],
    allowlists: [PLACEHOLDER_ALLOWLIST],
  },
  {
    id: 'twilio-api-key',
    description: 'Twilio API key SID (SK + 32 hex), the identifier that travels with an API key secret',
    regex: '\\bSK[0-9a-f]{32}\\b',
    entropy: 3,
    keywords: ['sk'],
    tags: ['twilio', 'messaging', 'key'],
    allowlists: [PLACEHOLDER_ALLOWLIST],
  },
  {
    id: 'twilio-auth-token',
    description: 'Twilio auth token (32 hex) or API key secret (32 alphanumerics) assigned to a Twilio setting (next to an AC... account SID)',
    regex: `(?i)${TWILIO_SECRET_CONTEXT}[\\w.-]{0,20}?${ASSIGN}([A-Za-z0-9]{32})\\b`,
    secretGroup: 1,
    entropy: 3,
    keywords: ['twilio'],
    tags: ['twilio', 'messaging', 'token'],
    allowlists: [PLACEHOLDER_ALLOWLIST],
  },
  {
    id: 'sendgrid-api-key',
    description: 'SendGrid API key (SG.<22>.<43>)',
    regex: `\\b(SG\\.[A-Za-z0-9_-]{22}\\.[A-Za-z0-9_-]{43})${END_URLSAFE}`,
    secretGroup: 1,
    entropy: 4,
    keywords: ['sg.'],
    tags: ['sendgrid', 'messaging', 'key'],
    allowlists: [PLACEHOLDER_ALLOWLIST],
  },
];

/** How this family's tokens start (RE2, anchored at the secret's start): catch-all rules leave them to these rules. */
export const MESSAGING_TOKEN_PREFIXES: string[] = [
  'xox[a-z]-',
  'xoxe\\.',
  'xapp-',
  'SG\\.',
  'SK[0-9a-f]{32}$',
];
