// Team chat: Slack (every token kind and its webhooks), Discord, Telegram bots, Microsoft Teams
// and Power Automate webhooks, Google Chat webhooks. Telephony and realtime APIs (Twilio, Vonage,
// MessageBird...) are in comms.ts, e-mail in email.ts.
import type { BuiltinRule } from './builtin-rule';
import { END_URLSAFE, PLACEHOLDER_ALLOWLIST } from './common';
import { NOT_A_CREDENTIAL_SETTING, onProviderLine, otherObjectIds } from './provider-context';
import { hex, named, prefixed, urlsafe, UUID } from './token-shapes';

// generic.ts reads the Twilio setting names from here; Twilio's rules live in comms.ts.
export { TWILIO_SECRET_CONTEXT } from './comms';

/** Slack's numeric ids inside tokens: team, user, bot, token ids. */
const SLACK_ID = '\\d{8,14}';

function slack(id: string, description: string, token: string, keywords: string[], entropy = 3): BuiltinRule {
  return prefixed({ id, description, token, entropy, keywords, tags: ['slack', 'messaging', 'token'], equivalents: { gitleaks: id, betterleaks: id } });
}

/**
 * A Discord bot token: base64url of the bot's numeric user id (so it starts with M, N or O and
 * then D, T, j or z), a 6-character timestamp and a 27-38 character HMAC, joined by dots.
 */
const DISCORD_BOT_TOKEN = '[MNO][DTjz][A-Za-z0-9_-]{21,25}\\.[A-Za-z0-9_-]{6}\\.[A-Za-z0-9_-]{27,38}';

/** Discord settings that name a server object by its snowflake id, not the application. */
const DISCORD_OBJECTS = ['channel', 'guild', 'server', 'user', 'role', 'message', 'webhook', 'emoji', 'category', 'owner', 'admin', 'member', 'thread', 'sticker', 'voice', 'forum', 'log'];

export const MESSAGING_RULES: BuiltinRule[] = [
  slack('slack-bot-token', 'Slack bot token (xoxb-<team id>-<bot id>-<24 alphanumerics>)', `xoxb-${SLACK_ID}-${SLACK_ID}-[A-Za-z0-9]{24,34}`, ['xoxb-']),
  slack('slack-legacy-bot-token', 'Slack legacy bot token (xoxb-<bot id>-<18-26 alphanumerics>, one numeric part)', `xoxb-${SLACK_ID}-[A-Za-z0-9]{18,26}`, ['xoxb-']),
  slack(
    'slack-user-token',
    'Slack user or enterprise token (xoxp-/xoxe-<team>-<user>-<token id>-<32 hex>)',
    `xox[pe]-${SLACK_ID}-${SLACK_ID}-${SLACK_ID}-[A-Za-z0-9]{28,34}`,
    ['xoxp-', 'xoxe-'],
  ),
  slack('slack-app-token', 'Slack app-level token (xapp-<version>-<app id>-<number>-<64 hex>)', 'xapp-\\d-[A-Z0-9]{8,14}-\\d{8,15}-[A-Za-z0-9]{64}', ['xapp-']),
  slack(
    'slack-config-access-token',
    'Slack app configuration or rotating access token (xoxe.xoxb-1- / xoxe.xoxp-1- + about 165 alphanumerics)',
    'xoxe\\.xox[bp]-\\d-[A-Za-z0-9]{150,200}',
    ['xoxe.xoxb-', 'xoxe.xoxp-'],
    4,
  ),
  slack('slack-config-refresh-token', 'Slack configuration or rotating refresh token (xoxe-1- + about 146 alphanumerics)', 'xoxe-\\d-[A-Za-z0-9]{130,170}', ['xoxe-'], 4),
  slack(
    'slack-legacy-token',
    'Slack legacy user or test token (xoxs-/xoxo-<id>-<id>-<id>-<hex>)',
    'xox[os]-\\d{3,14}-\\d{3,14}-\\d{3,14}-[A-Fa-f0-9]{8,64}',
    ['xoxs-', 'xoxo-'],
  ),
  slack(
    'slack-legacy-workspace-token',
    'Slack legacy workspace app access or refresh token (xoxa-/xoxr-, optional version, alphanumeric parts)',
    'xox[ar]-(?:\\d-)?[A-Za-z0-9]{8,48}(?:-[A-Za-z0-9]{1,48}){0,4}',
    ['xoxa-', 'xoxr-'],
    2.5,
  ),
  {
    ...slack('slack-session-token', 'Slack client session token (xoxc-<id>-<id>-<id>-<64 hex>), used with the d cookie', 'xoxc-\\d{9,15}-\\d{9,15}-\\d{9,15}-[a-f0-9]{64}', ['xoxc-']),
    equivalents: { betterleaks: 'slack-session-token' },
  },
  prefixed({
    id: 'slack-session-cookie',
    description: "Slack session cookie 'd' (xoxd- + URL-encoded base64), a signed-in user's browser session",
    // As browsers and cookie exports show it, URL-encoded (%2F, %2B, %3D); the decoding layer
    // rescans the decoded form, so only the encoded one is matched here, once.
    token: 'xoxd-[A-Za-z0-9%_-]{80,400}',
    end: '(?:[^A-Za-z0-9%/+_=-]|$)',
    entropy: 3.5,
    keywords: ['xoxd-'],
    tags: ['slack', 'messaging', 'session'],
    equivalents: { betterleaks: 'slack-session-cookie' },
  }),
  {
    id: 'slack-webhook-url',
    description: 'Slack incoming webhook or workflow trigger URL (hooks.slack.com/services|workflows|triggers/T<team>/<B or A id>/.../<secret>)',
    // The structured form, or what older configurations hold: one long opaque path.
    regex:
      '\\b(hooks\\.slack\\.com/(?:services|workflows|triggers)/(?:T[A-Z0-9]{6,12}/(?:[AB][A-Z0-9]{6,12}/)?(?:\\d{10,20}/)?[A-Za-z0-9]{20,48}|[A-Za-z0-9+/]{43,56}))' +
      '(?:[^A-Za-z0-9+/_-]|$)',
    secretGroup: 1,
    entropy: 3.5,
    keywords: ['hooks.slack.com'],
    tags: ['slack', 'messaging', 'webhook'],
    allowlists: [PLACEHOLDER_ALLOWLIST],
    equivalents: { gitleaks: 'slack-webhook-url', betterleaks: 'slack-webhook-url' },
  },
  named({
    id: 'discord-api-token',
    description: 'Discord application secret (64 hex) in a Discord setting; the application public key has the same shape and is not reported',
    names: ['discord'],
    value: hex(64),
    entropy: 3,
    keywords: ['discord'],
    tags: ['discord', 'messaging', 'key'],
    allowlists: [NOT_A_CREDENTIAL_SETTING],
    equivalents: { gitleaks: 'discord-api-token', betterleaks: 'discord-api-token' },
  }),
  named({
    id: 'discord-client-id',
    description: 'Discord application (client) id, a 17-20 digit snowflake, in a Discord setting that names no channel, guild or user',
    names: ['discord'],
    value: '[0-9]{17,20}',
    valueIsId: true,
    entropy: 2,
    keywords: ['discord'],
    tags: ['discord', 'messaging', 'oauth'],
    allowlists: [otherObjectIds('Discord', DISCORD_OBJECTS)],
    equivalents: { gitleaks: 'discord-client-id', betterleaks: 'discord-client-id' },
  }),
  named({
    id: 'discord-client-secret',
    description: 'Discord OAuth2 client secret (32 base64url characters) in a Discord setting',
    names: ['discord'],
    value: urlsafe(32),
    entropy: 3,
    keywords: ['discord'],
    tags: ['discord', 'messaging', 'oauth'],
    allowlists: [NOT_A_CREDENTIAL_SETTING],
    equivalents: { gitleaks: 'discord-client-secret', betterleaks: 'discord-client-secret' },
  }),
  onProviderLine({
    id: 'discord-bot-token',
    description: "Discord bot token (base64url of the bot's id . 6-character timestamp . HMAC) on a line naming Discord or a token",
    names: 'discord|token|\\.run\\(',
    token: DISCORD_BOT_TOKEN,
    entropy: 4,
    keywords: ['discord', 'token', '.run('],
    tags: ['discord', 'messaging', 'token'],
  }),
  {
    id: 'discord-webhook-url',
    description: 'Discord webhook URL (discord.com/api/webhooks/<id>/<68-character token>), which lets anyone post to the channel',
    regex: `\\b((?:(?:ptb|canary)\\.)?discord(?:app)?\\.com/api(?:/v\\d{1,2})?/webhooks/\\d{17,20}/[A-Za-z0-9_-]{60,80})${END_URLSAFE}`,
    secretGroup: 1,
    entropy: 4,
    keywords: ['discord.com/api', 'discordapp.com/api'],
    tags: ['discord', 'messaging', 'webhook'],
    allowlists: [PLACEHOLDER_ALLOWLIST],
  },
  onProviderLine({
    id: 'telegram-bot-api-token',
    description: 'Telegram Bot API token (<bot id>:AA + 33 base64url characters; older tokens with a Telegram name on the line)',
    names: 'telegr',
    token: '\\d{5,16}:A[A-Za-z0-9_-]{34}',
    // In an API URL the token follows /bot directly.
    start: '(?:^|[^A-Za-z0-9_.+/-]|/bot)',
    end: '(?:[^A-Za-z0-9_-]|$)',
    alone: '\\d{8,10}:AA[A-Za-z0-9_-]{33}',
    entropy: 3.5,
    keywords: ['telegr', ':aa'],
    tags: ['telegram', 'messaging', 'token'],
    equivalents: { gitleaks: 'telegram-bot-api-token', betterleaks: 'telegram-bot-api-token' },
  }),
  {
    id: 'microsoft-teams-webhook',
    description:
      'Microsoft Teams incoming webhook URL (<tenant>.webhook.office.com/webhookb2/<group>@<tenant>/IncomingWebhook/<32 hex>/<owner>[/V2...], or the legacy outlook.office.com/webhook form)',
    regex:
      `\\b(https://(?:[A-Za-z0-9-]+\\.webhook\\.office\\.com/webhookb2|outlook\\.office(?:365)?\\.com/webhook)/${UUID}@${UUID}/IncomingWebhook/[A-Fa-f0-9]{32}/${UUID}` +
      `(?:/V2[A-Za-z0-9_-]{20,100})?)${END_URLSAFE}`,
    secretGroup: 1,
    entropy: 3,
    keywords: ['webhook.office.com', 'outlook.office.com/webhook', 'outlook.office365.com/webhook'],
    tags: ['microsoft-teams', 'messaging', 'webhook'],
    allowlists: [PLACEHOLDER_ALLOWLIST],
    equivalents: { gitleaks: 'microsoft-teams-webhook', betterleaks: 'microsoft-teams-webhook' },
  },
  {
    id: 'microsoft-power-automate-webhook',
    description:
      'Power Automate / Logic Apps HTTP trigger URL (Teams workflows that replace connectors): the sig= signature of a .../workflows/<32 hex>/triggers/...?sp=...&sig= URL',
    regex:
      '\\bhttps://[A-Za-z0-9.-]+\\.(?:logic\\.azure\\.com|api\\.powerplatform\\.com)(?::443)?/[^\\s"\'<>\\x60]{0,200}?workflows/[A-Fa-f0-9]{32}/triggers/' +
      // sp= is percent-encoded in every generated URL; requiring it keeps the decoding layer's
      // copy of the URL from reporting the same signature twice.
      '[^\\s"\'<>\\x60]{0,300}?[?&]sp=%2[Ff][^\\s"\'<>\\x60]{0,200}?[?&]sig=([A-Za-z0-9_-]{40,90})(?:[^A-Za-z0-9_-]|$)',
    secretGroup: 1,
    entropy: 4,
    keywords: ['logic.azure.com', 'powerplatform.com'],
    tags: ['microsoft-teams', 'power-automate', 'azure', 'webhook'],
    allowlists: [PLACEHOLDER_ALLOWLIST],
  },
  {
    id: 'google-chat-webhook',
    description: 'Google Chat incoming webhook token (chat.googleapis.com/v1/spaces/<space>/messages?key=...&token=<43 characters>)',
    regex:
      '\\bchat\\.googleapis\\.com/v1/spaces/[^/\\s"\'<>\\x60]{1,80}/messages\\?[^\\s"\'<>\\x60]{0,300}?\\btoken=([A-Za-z0-9_-]{43}(?:%3[Dd]|=)?)(?:[^A-Za-z0-9_-]|$)',
    secretGroup: 1,
    entropy: 4,
    keywords: ['chat.googleapis.com'],
    tags: ['google-chat', 'messaging', 'webhook'],
    allowlists: [PLACEHOLDER_ALLOWLIST],
  },
];

/** How this family's tokens start (RE2, anchored at the secret's start): catch-all rules leave them to these rules. */
export const MESSAGING_TOKEN_PREFIXES: string[] = [
  'xox[a-z]-',
  'xoxe\\.',
  'xapp-',
  'hooks\\.slack\\.com/',
  DISCORD_BOT_TOKEN,
  // The same token as the decoding layer sees it, its first part decoded to the bot's id.
  '\\d{17,20}\\.[A-Za-z0-9_-]{6}\\.[A-Za-z0-9_-]{27,38}$',
  '\\d{5,16}:A[A-Za-z0-9_-]{34}$',
];
