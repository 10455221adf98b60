// Social networks and media APIs: Facebook/Meta Graph, Instagram, Twitter/X, LinkedIn, Twitch,
// Reddit, Pinterest, Flickr, Spotify, Disqus, Bitly and the New York Times APIs. App ids and
// other public identifiers are not reported.
import type { BuiltinRule } from './builtin-rule';
import { NOT_A_CREDENTIAL_SETTING, otherObjectIds } from './provider-context';
import { alnum, hex, named, NOT_IN_BASE64, prefixed, VALUE_END } from './token-shapes';

/** Twitter/X API credentials: prefixless values told apart by length and shape under a Twitter setting. */
function twitter(id: string, what: string, value: string, entropy = 3.5): BuiltinRule {
  return named({
    id,
    description: `Twitter/X ${what} in a Twitter setting`,
    names: ['twitter'],
    value,
    entropy,
    keywords: ['twitter'],
    tags: ['twitter', 'social', 'oauth'],
    allowlists: [NOT_A_CREDENTIAL_SETTING],
    equivalents: { gitleaks: id, betterleaks: id },
  });
}

/** A LinkedIn client secret issued since 2023: WPL_AP<version>.<16>.<base64 with padding>. */
const LINKEDIN_SECRET = 'WPL_AP\\d\\.[A-Za-z0-9]{16}\\.[A-Za-z0-9+/]{6,12}={0,2}';

/** LinkedIn ids of members, pages and organisations, which are not the application's client id. */
const LINKEDIN_OBJECTS = ['company', 'organi[sz]ation', 'org', 'member', 'person', 'profile', 'page', 'urn', 'post', 'share', 'campaign', 'account', 'ad', 'partner', 'insight'];

export const SOCIAL_RULES: BuiltinRule[] = [
  prefixed({
    id: 'facebook-access-token',
    description: 'Facebook app access token (<15-16 digit app id>|<app secret or 27+ character signature>, | also URL-encoded)',
    token: '\\d{15,16}(?:\\||%7[Cc])[A-Za-z0-9_-]{27,40}',
    entropy: 3,
    keywords: ['facebook', 'fb_', 'fb-', 'access_token', 'accesstoken', 'access-token', 'app_token', 'apptoken', 'graph.facebook'],
    tags: ['facebook', 'social', 'token'],
    equivalents: { gitleaks: 'facebook-access-token', betterleaks: 'facebook-access-token' },
  }),
  prefixed({
    id: 'facebook-page-access-token',
    description: 'Facebook/Meta Graph API access token (EAA + app-specific letter + 100 or more alphanumerics): user, page or system-user token',
    token: 'EAA[A-Za-z0-9]{100,400}',
    start: NOT_IN_BASE64,
    end: VALUE_END,
    entropy: 4,
    keywords: ['eaa'],
    tags: ['facebook', 'meta', 'social', 'token'],
    equivalents: { gitleaks: 'facebook-page-access-token', betterleaks: 'facebook-page-access-token' },
  }),
  named({
    id: 'facebook-secret',
    description: 'Facebook app secret or client token (32 hex) in a Facebook / FB app setting',
    names: ['facebook', '(?:\\b|_)fb[_.-]?(?:app[_.-]?)?(?:secret|client[_.-]?token)'],
    value: hex(32),
    entropy: 3,
    keywords: ['facebook', 'fb_', 'fb-', 'fb.', 'fbapp', 'fbsecret', 'fbclient'],
    tags: ['facebook', 'social', 'oauth'],
    allowlists: [NOT_A_CREDENTIAL_SETTING],
    equivalents: { gitleaks: 'facebook-secret', betterleaks: 'facebook-secret' },
  }),
  prefixed({
    id: 'instagram-access-token',
    description: 'Instagram API access token (IGQV... Basic Display or IGAA... Instagram Login token, 100 or more characters)',
    token: 'IG(?:QV|AA)[A-Za-z0-9_-]{100,400}',
    start: NOT_IN_BASE64,
    end: VALUE_END,
    entropy: 4,
    keywords: ['igqv', 'igaa'],
    tags: ['instagram', 'meta', 'social', 'token'],
  }),
  twitter('twitter-api-key', 'API (consumer) key, 25 alphanumerics', alnum(25)),
  twitter('twitter-api-secret', 'API (consumer) secret, 50 alphanumerics', alnum(50)),
  twitter('twitter-access-token', 'access token (<numeric user id>-<alphanumerics>)', '\\d{15,25}-[A-Za-z0-9]{20,40}'),
  twitter('twitter-access-secret', 'access token secret, 45 alphanumerics', alnum(45)),
  prefixed({
    id: 'twitter-bearer-token',
    description: 'Twitter/X app-only bearer token (a run of A characters, then URL-encoded base64, about 110 characters)',
    token: 'A{20,24}[A-Za-z0-9%]{80,110}',
    start: '(?:^|[^A-Za-z0-9%])',
    end: '(?:[^A-Za-z0-9%]|$)',
    entropy: 3.5,
    keywords: ['aaaaaaaaaaaaaaaaaaaa'],
    tags: ['twitter', 'social', 'token'],
    equivalents: { gitleaks: 'twitter-bearer-token', betterleaks: 'twitter-bearer-token' },
  }),
  named({
    id: 'linkedin-client-id',
    description:
      'LinkedIn application client id (12-14 lower-case letters and digits) in a LinkedIn setting that names no member, page or organisation',
    names: ['linked[_.-]?in'],
    value: '[a-z0-9]{12,14}',
    valueIsId: true,
    entropy: 2.5,
    keywords: ['linkedin', 'linked_in', 'linked-in', 'linked.in'],
    tags: ['linkedin', 'social', 'oauth'],
    allowlists: [
      otherObjectIds('LinkedIn', LINKEDIN_OBJECTS),
      // A generated id mixes letters and digits; one of letters alone is a word or placeholder (`yourclientid`).
      { description: 'numeric ids and words', regexes: ['^[0-9]+$', '^[a-z]+$'] },
    ],
    equivalents: { gitleaks: 'linkedin-client-id', betterleaks: 'linkedin-client-id' },
  }),
  named({
    id: 'linkedin-client-secret',
    description: 'LinkedIn application client secret: WPL_AP<n>.<16>.<...> anywhere, or 16 alphanumerics in a LinkedIn setting',
    names: ['linked[_.-]?in'],
    value: `${LINKEDIN_SECRET}|${alnum(16)}`,
    prefixedValue: LINKEDIN_SECRET,
    entropy: 3,
    keywords: ['linkedin', 'linked_in', 'linked-in', 'linked.in', 'wpl_ap'],
    tags: ['linkedin', 'social', 'oauth'],
    allowlists: [{ description: 'numeric ids', regexes: ['^[0-9]+$'] }],
    equivalents: { gitleaks: 'linkedin-client-secret', betterleaks: 'linkedin-client-secret' },
  }),
  named({
    id: 'twitch-api-token',
    description: 'Twitch OAuth access token or client secret (30 lower-case alphanumerics, optionally oauth:) in a Twitch setting',
    names: ['twitch'],
    value: '(?:oauth:)?[a-z0-9]{30}',
    entropy: 3,
    keywords: ['twitch'],
    tags: ['twitch', 'social', 'token'],
    allowlists: [NOT_A_CREDENTIAL_SETTING],
    equivalents: { gitleaks: 'twitch-api-token', betterleaks: 'twitch-api-token' },
  }),
  named({
    id: 'reddit-client-secret',
    description: 'Reddit API client secret (27-30 base64url characters) in a Reddit secret setting',
    names: ['reddit[\\w.-]{0,20}?secret'],
    value: '[A-Za-z0-9_-]{27,30}',
    entropy: 3.5,
    keywords: ['reddit'],
    tags: ['reddit', 'social', 'oauth'],
  }),
  prefixed({
    id: 'pinterest-access-token',
    description: 'Pinterest API v5 access or refresh token (pina_ / pinr_ + base32-like body)',
    token: 'pin[ar]_[A-Za-z0-9_-]{40,300}',
    entropy: 3.5,
    keywords: ['pina_', 'pinr_'],
    tags: ['pinterest', 'social', 'token'],
  }),
  named({
    id: 'flickr-access-token',
    description: 'Flickr API key or token (32 alphanumerics) in a Flickr setting',
    names: ['flickr'],
    value: alnum(32),
    entropy: 3,
    keywords: ['flickr'],
    tags: ['flickr', 'social', 'key'],
    equivalents: { gitleaks: 'flickr-access-token', betterleaks: 'flickr-access-token' },
  }),
  named({
    id: 'nytimes-access-token',
    description: 'New York Times API key (32 characters) in an NYTimes setting',
    names: ['nytimes', 'new[_.-]?york[_.-]?times'],
    value: '[A-Za-z0-9_=-]{32}',
    entropy: 3,
    keywords: ['nytimes', 'new-york-times', 'newyorktimes', 'new_york_times', 'new.york.times'],
    tags: ['nytimes', 'media', 'key'],
    equivalents: { gitleaks: 'nytimes-access-token', betterleaks: 'nytimes-access-token' },
  }),
  named({
    id: 'spotify-client-secret',
    description: 'Spotify Web API client secret (32 hex) in a Spotify secret setting',
    names: ['spotify[\\w.-]{0,20}?secret'],
    value: hex(32),
    entropy: 3,
    keywords: ['spotify'],
    tags: ['spotify', 'media', 'oauth'],
  }),
  named({
    id: 'disqus-api-key',
    description: 'Disqus API secret key (64 alphanumerics) in a Disqus setting',
    names: ['disqus'],
    value: alnum(64),
    entropy: 3.5,
    keywords: ['disqus'],
    tags: ['disqus', 'social', 'key'],
    allowlists: [NOT_A_CREDENTIAL_SETTING],
    equivalents: { betterleaks: 'disqus-api-key' },
  }),
  named({
    id: 'bitly-access-token',
    description: 'Bitly generic access token (40 hex) in a Bitly setting',
    names: ['bitly'],
    value: hex(40),
    entropy: 3,
    keywords: ['bitly'],
    tags: ['bitly', 'social', 'token'],
    equivalents: { betterleaks: 'bitly-access-token' },
  }),
];

/** How this family's tokens start (RE2, anchored at the secret's start): catch-all rules leave them to these rules. */
export const SOCIAL_TOKEN_PREFIXES: string[] = ['\\d{15,16}(?:\\||%7[Cc])', 'EAA[A-Za-z0-9]{100}', 'IG(?:QV|AA)[A-Za-z0-9_-]{100}', 'A{20}', 'WPL_AP\\d\\.', 'pin[ar]_'];
