// Communication APIs: SMS and voice (Twilio, Vonage/Nexmo, Plivo, MessageBird), in-app chat and
// realtime messaging (Sendbird, Pusher, Ably), push notifications (Firebase Cloud Messaging,
// OneSignal), LINE, Webex and Zoom. Identifiers that travel with these secrets (Twilio account
// SIDs, Pusher app keys, Vonage API keys, OneSignal app ids) are not reported.
import type { BuiltinRule } from './builtin-rule';
import { onProviderLine, otherObjectIds } from './provider-context';
import { alnum, hex, named, prefixed, UUID } from './token-shapes';

/** Setting names that hold a Twilio auth token or API key secret (both 32 characters). */
export const TWILIO_SECRET_CONTEXT = 'twilio[\\w.-]{0,20}?(?:token|secret)';

/** The names LINE's SDKs and docs give a Messaging API channel's settings. */
const LINE_CHANNEL = 'line[_.-]?(?:channel|bot|messaging)[\\w.-]{0,20}?';
/** OneSignal REST API keys since 2024: os_v2_app_ / os_v2_org_ + a lower-case base32 body. */
const ONESIGNAL_KEY = 'os_v2_(?:app|org)_[a-z0-9]{40,200}';

const LINE_KEYWORDS = ['line_channel', 'line-channel', 'line.channel', 'linechannel', 'line_bot', 'line-bot', 'linebot', 'line_messaging', 'linemessaging'];

export const COMMS_RULES: BuiltinRule[] = [
  prefixed({
    id: 'twilio-api-key',
    description: 'Twilio API key SID (SK + 32 hex), the identifier that travels with an API key secret',
    token: 'SK[0-9a-f]{32}',
    end: '\\b',
    entropy: 3,
    keywords: ['sk'],
    tags: ['twilio', 'sms', 'key'],
    equivalents: { gitleaks: 'twilio-api-key', betterleaks: 'twilio-api-key' },
  }),
  named({
    id: 'twilio-auth-token',
    description: 'Twilio auth token (32 hex) or API key secret (32 alphanumerics) in a Twilio token/secret setting; the AC... account SID is an identifier',
    names: [TWILIO_SECRET_CONTEXT],
    value: alnum(32),
    entropy: 3,
    keywords: ['twilio'],
    tags: ['twilio', 'sms', 'token'],
  }),
  named({
    id: 'vonage-api-secret',
    description: 'Vonage (Nexmo) API secret (16 alphanumerics) in a Vonage/Nexmo secret setting',
    names: ['(?:vonage|nexmo)[\\w.-]{0,20}?secret'],
    value: alnum(16),
    entropy: 3,
    keywords: ['vonage', 'nexmo'],
    tags: ['vonage', 'sms', 'key'],
  }),
  named({
    id: 'plivo-auth-token',
    description: 'Plivo auth token (40 alphanumerics) in a Plivo token/secret setting',
    names: ['plivo[\\w.-]{0,20}?(?:token|secret)'],
    value: alnum(40),
    entropy: 3.5,
    keywords: ['plivo'],
    tags: ['plivo', 'sms', 'token'],
  }),
  named({
    id: 'messagebird-api-token',
    description: 'MessageBird (Bird) access key (25 alphanumerics, optionally live_/test_) in a MessageBird setting',
    names: ['message[_.-]?bird'],
    value: `(?:live_|test_)?${alnum(25)}`,
    entropy: 3,
    keywords: ['messagebird', 'message_bird', 'message-bird', 'message.bird'],
    tags: ['messagebird', 'sms', 'key'],
    equivalents: { gitleaks: 'messagebird-api-token', betterleaks: 'messagebird-api-token' },
  }),
  named({
    id: 'messagebird-client-id',
    description: 'MessageBird client id (UUID) in a MessageBird setting',
    names: ['message[_.-]?bird'],
    value: UUID,
    valueIsId: true,
    entropy: 3,
    keywords: ['messagebird', 'message_bird', 'message-bird', 'message.bird'],
    tags: ['messagebird', 'sms', 'oauth'],
    allowlists: [otherObjectIds('MessageBird', ['channel', 'workspace', 'organi[sz]ation', 'conversation', 'contact', 'message', 'flow', 'number', 'template'])],
    equivalents: { gitleaks: 'messagebird-client-id', betterleaks: 'messagebird-client-id' },
  }),
  named({
    id: 'sendbird-access-id',
    description: 'Sendbird application id (UUID) in a Sendbird setting',
    names: ['sendbird'],
    value: UUID,
    valueIsId: true,
    entropy: 3,
    keywords: ['sendbird'],
    tags: ['sendbird', 'chat', 'key'],
    equivalents: { gitleaks: 'sendbird-access-id', betterleaks: 'sendbird-access-id' },
  }),
  named({
    id: 'sendbird-access-token',
    description: 'Sendbird API or user access token (40 hex) in a Sendbird setting',
    names: ['sendbird'],
    value: hex(40),
    entropy: 3,
    keywords: ['sendbird'],
    tags: ['sendbird', 'chat', 'token'],
    equivalents: { gitleaks: 'sendbird-access-token', betterleaks: 'sendbird-access-token' },
  }),
  named({
    id: 'pusher-app-secret',
    description: 'Pusher Channels app secret (20 hex) in a Pusher secret setting; the app key is public',
    names: ['pusher[\\w.-]{0,20}?secret'],
    value: hex(20),
    entropy: 3,
    keywords: ['pusher'],
    tags: ['pusher', 'realtime', 'key'],
  }),
  onProviderLine({
    id: 'ably-api-key',
    description: 'Ably API key (<app id>.<key id>:<43-character secret>) on a line naming Ably',
    names: '\\bably',
    token: '[A-Za-z0-9_-]{5,8}\\.[A-Za-z0-9_-]{5,8}:[A-Za-z0-9_+/=-]{40,46}',
    entropy: 4,
    keywords: ['ably'],
    tags: ['ably', 'realtime', 'key'],
  }),
  prefixed({
    id: 'firebase-cloud-messaging-server-key',
    description: 'Firebase Cloud Messaging legacy server key (AAAA + 7 characters + :APA91b + 134 base64url characters)',
    token: 'AAAA[A-Za-z0-9_-]{7}:APA91b[A-Za-z0-9_-]{134}',
    entropy: 4,
    keywords: [':apa91b'],
    tags: ['firebase', 'google', 'push', 'key'],
  }),
  named({
    id: 'onesignal-api-key',
    description: 'OneSignal REST API key: os_v2_app_/os_v2_org_ + base32 anywhere, or a legacy 48-character key in a OneSignal key setting',
    names: ['one[_.-]?signal[\\w.-]{0,20}?(?:api|rest|auth|org)[_.-]?key'],
    value: `${ONESIGNAL_KEY}|[A-Za-z0-9+/]{46,48}={0,2}`,
    prefixedValue: ONESIGNAL_KEY,
    entropy: 3.5,
    keywords: ['onesignal', 'one_signal', 'one-signal', 'os_v2_'],
    tags: ['onesignal', 'push', 'key'],
  }),
  named({
    id: 'line-channel-secret',
    description: 'LINE Messaging API channel secret (32 hex) in a LINE channel setting',
    names: [`${LINE_CHANNEL}secret`, 'channel[_.-]?secret'],
    value: hex(32),
    entropy: 3,
    keywords: [...LINE_KEYWORDS, 'channel_secret', 'channelsecret', 'channel-secret'],
    tags: ['line', 'messaging', 'key'],
  }),
  named({
    id: 'line-channel-access-token',
    description: 'LINE Messaging API channel access token (long-lived, about 172 base64 characters) in a LINE channel setting',
    names: [`${LINE_CHANNEL}(?:access[_.-]?)?token`, 'channel[_.-]?access[_.-]?token'],
    value: '[A-Za-z0-9+/]{100,220}={0,2}',
    entropy: 4.5,
    keywords: [...LINE_KEYWORDS, 'channel_access_token', 'channelaccesstoken', 'channel-access-token'],
    tags: ['line', 'messaging', 'token'],
  }),
  onProviderLine({
    id: 'webex-access-token',
    description: 'Webex (Cisco Spark) bot or personal access token (64 alphanumerics _ 4 characters _ organisation UUID) on a line naming Webex',
    names: 'webex|spark',
    token: `[A-Za-z0-9]{64}_[A-Za-z0-9]{4}_${UUID}`,
    entropy: 4,
    keywords: ['webex', 'spark'],
    tags: ['webex', 'video', 'token'],
  }),
  named({
    id: 'zoom-client-secret',
    description: 'Zoom OAuth / Server-to-Server client secret or JWT API secret (32-36 alphanumerics) in a Zoom secret setting',
    names: ['zoom[\\w.-]{0,20}?secret'],
    value: '[A-Za-z0-9]{32,36}',
    entropy: 3.5,
    keywords: ['zoom'],
    tags: ['zoom', 'video', 'oauth'],
  }),
];

/** How this family's tokens start (RE2, anchored at the secret's start): catch-all rules leave them to these rules. */
export const COMMS_TOKEN_PREFIXES: string[] = ['SK[0-9a-f]{32}$', 'AAAA[A-Za-z0-9_-]{7}:APA91b', 'os_v2_(?:app|org)_', `[A-Za-z0-9]{64}_[A-Za-z0-9]{4}_${UUID}$`];
