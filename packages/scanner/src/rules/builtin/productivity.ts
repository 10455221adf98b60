// Files, design and collaboration tools: Adobe, Dropbox, Box, Miro, Trello, Canva, Zapier webhooks,
// Beamer and Cloudinary. Calendly and monday.com issue JWTs, which the jwt rule reports.
import type { BuiltinRule } from './builtin-rule';
import { END_URLSAFE, PLACEHOLDER_ALLOWLIST } from './common';
import { NOT_A_CREDENTIAL_SETTING, otherObjectIds } from './provider-context';
import { alnum, hex, named, prefixed } from './token-shapes';

/** A Miro access token starts with base64url of {"miro.origin":"<region>"}, then _ and the token proper. */
const MIRO_TOKEN = 'eyJtaXJvLm9yaWdpbiI6I[A-Za-z0-9]{4,16}fQ_[A-Za-z0-9_-]{20,60}';

/** Trello tokens since 2022: ATTA + 64 hex + 8 upper-case hex (a checksum). */
const TRELLO_TOKEN = 'ATTA[a-f0-9]{64}[A-F0-9]{8}';

export const PRODUCTIVITY_RULES: BuiltinRule[] = [
  named({
    id: 'adobe-client-id',
    description: 'Adobe OAuth / Developer Console client id (API key, 32 hex) in an Adobe setting',
    names: ['adobe'],
    value: hex(32),
    valueIsId: true,
    entropy: 3,
    keywords: ['adobe'],
    tags: ['adobe', 'oauth'],
    allowlists: [NOT_A_CREDENTIAL_SETTING, otherObjectIds('Adobe', ['org', 'organi[sz]ation', 'technical[_.-]?account', 'account', 'ims[_.-]?org', 'product', 'asset', 'file', 'font', 'kit'])],
    equivalents: { gitleaks: 'adobe-client-id', betterleaks: 'adobe-client-id' },
  }),
  prefixed({
    id: 'adobe-client-secret',
    description: 'Adobe OAuth / Developer Console client secret (p8e- + 32 alphanumerics)',
    token: 'p8e-[A-Za-z0-9_-]{32}',
    entropy: 3,
    keywords: ['p8e-'],
    tags: ['adobe', 'oauth'],
    equivalents: { gitleaks: 'adobe-client-secret', betterleaks: 'adobe-client-secret' },
  }),
  named({
    id: 'dropbox-api-token',
    description: 'Dropbox app key or app secret (15 lower-case alphanumerics) in a Dropbox setting',
    names: ['dropbox'],
    value: '[A-Za-z0-9]{15}',
    entropy: 3,
    keywords: ['dropbox'],
    tags: ['dropbox', 'storage', 'oauth'],
    allowlists: [NOT_A_CREDENTIAL_SETTING],
    equivalents: { gitleaks: 'dropbox-api-token', betterleaks: 'dropbox-api-token' },
  }),
  named({
    id: 'dropbox-long-lived-api-token',
    description: 'Dropbox long-lived access token (11 characters + 10 A + 43 characters) in a Dropbox setting',
    names: ['dropbox'],
    value: '[A-Za-z0-9]{11}A{10}[A-Za-z0-9_=-]{43}',
    entropy: 3.5,
    keywords: ['dropbox'],
    tags: ['dropbox', 'storage', 'token'],
    equivalents: { gitleaks: 'dropbox-long-lived-api-token', betterleaks: 'dropbox-long-lived-api-token' },
  }),
  prefixed({
    id: 'dropbox-short-lived-api-token',
    description: 'Dropbox short-lived access token (sl. or sl.u. + 130 or more base64url characters)',
    token: 'sl\\.(?:u\\.)?[A-Za-z0-9_=-]{130,1000}',
    end: '(?:[^A-Za-z0-9_=.-]|$)',
    entropy: 4,
    keywords: ['sl.'],
    tags: ['dropbox', 'storage', 'token'],
    equivalents: { gitleaks: 'dropbox-short-lived-api-token', betterleaks: 'dropbox-short-lived-api-token' },
  }),
  named({
    id: 'box-api-access-token',
    description: 'Box developer token, access token or client secret (32 alphanumerics) in a Box setting',
    names: ['(?:^|[^a-z])box[_.-]?(?:api[_.-]?)?(?:access[_.-]?token|developer[_.-]?token|dev[_.-]?token|client[_.-]?secret)'],
    value: alnum(32),
    entropy: 3.5,
    keywords: ['box_', 'box-', 'box.', 'boxaccess', 'boxdev', 'boxclient', 'boxapi'],
    tags: ['box', 'storage', 'token'],
    equivalents: { betterleaks: 'box-api-access-token' },
  }),
  prefixed({
    id: 'miro-access-token',
    description: 'Miro REST API access token (base64url {"miro.origin":"..."} + _ + token)',
    token: MIRO_TOKEN,
    entropy: 4,
    keywords: ['eyjtaxjvlm9yawdpbii6i'],
    tags: ['miro', 'collaboration', 'token'],
  }),
  named({
    id: 'trello-api-token',
    description: 'Trello API token: ATTA + 64 hex + 8-hex checksum anywhere, or a legacy 64-hex token or secret in a Trello setting',
    names: ['trello[\\w.-]{0,20}?(?:token|secret)'],
    value: hex(64),
    prefixedValue: TRELLO_TOKEN,
    entropy: 3.5,
    keywords: ['trello', 'atta'],
    tags: ['trello', 'collaboration', 'token'],
  }),
  {
    id: 'zapier-webhook-url',
    description: 'Zapier catch hook URL (hooks.zapier.com/hooks/catch/<account>/<hook id>), which lets anyone trigger the Zap',
    regex: `\\b(hooks\\.zapier\\.com/hooks/catch/\\d{3,12}/[a-z0-9]{5,12})/?${END_URLSAFE}`,
    secretGroup: 1,
    entropy: 3,
    keywords: ['hooks.zapier.com'],
    tags: ['zapier', 'automation', 'webhook'],
    allowlists: [PLACEHOLDER_ALLOWLIST, { description: 'documentation examples', regexes: ['12345', '(?i)/abcde'] }],
  },
  prefixed({
    id: 'canva-client-secret',
    description: 'Canva Connect API client secret (cnvca + 51 base64url characters)',
    token: 'cnvca[A-Za-z0-9_-]{51}',
    entropy: 3.5,
    keywords: ['cnvca'],
    tags: ['canva', 'design', 'oauth'],
    equivalents: { betterleaks: 'canva-client-secret' },
  }),
  named({
    id: 'beamer-api-token',
    description: 'Beamer API key (b_ + 44 base64url characters) in a Beamer setting',
    names: ['beamer'],
    value: 'b_[A-Za-z0-9_=-]{44}',
    entropy: 3.5,
    keywords: ['beamer'],
    tags: ['beamer', 'key'],
    equivalents: { gitleaks: 'beamer-api-token', betterleaks: 'beamer-api-token' },
  }),
  named({
    id: 'cloudinary-api-secret',
    description: 'Cloudinary API secret (27-32 base64url characters) in a Cloudinary secret setting; the 15-digit API key is an identifier',
    names: ['cloudinary[\\w.-]{0,20}?secret'],
    value: '[A-Za-z0-9_-]{27,32}',
    entropy: 3.5,
    keywords: ['cloudinary'],
    tags: ['cloudinary', 'media', 'key'],
    equivalents: { betterleaks: 'cloudinary-api-secret' },
  }),
];

/** How this family's tokens start (RE2, anchored at the secret's start): catch-all rules leave them to these rules. */
export const PRODUCTIVITY_TOKEN_PREFIXES: string[] = ['p8e-', 'sl\\.[A-Za-z0-9_=.-]{130}', 'eyJtaXJvLm9yaWdpbiI6I', 'ATTA[a-f0-9]{64}', 'hooks\\.zapier\\.com/', 'cnvca', 'b_[A-Za-z0-9_=-]{44}$'];
