// Data, search and maps APIs: Algolia, Mapbox, RapidAPI, Airtable, Adafruit IO. Keys meant for the
// browser (Algolia search-only keys, Mapbox pk. tokens) are not secrets and are not reported.
import type { BuiltinRule } from './builtin-rule';
import { alnum, hex, lowerAlnum, named, prefixed, urlsafe } from './token-shapes';

/** RapidAPI keys: 50 hex with `msh`, `p` and `jsn` at fixed places. */
const RAPIDAPI_KEY = `${hex(10)}msh${hex(15)}p${hex(6)}jsn${hex(12)}`;

export const DATA_API_RULES: BuiltinRule[] = [
  named({
    id: 'algolia-api-key',
    description: 'Algolia admin or write API key (32 hex) in an Algolia setting; search-only keys are public',
    names: ['algolia'],
    value: lowerAlnum(32),
    entropy: 3,
    keywords: ['algolia'],
    tags: ['algolia', 'search', 'key'],
    allowlists: [
      {
        description: 'search-only keys, meant for the browser',
        regexTarget: 'match',
        regexes: ['(?i)search[_.-]?(?:only[_.-]?)?(?:api[_.-]?)?key'],
      },
      {
        description: 'settings exposed to the browser by front-end build tools',
        regexTarget: 'line',
        regexes: ['(?i)(?:next_public|vite|react_app|nuxt_public|gatsby|expo_public|public)_\\w*algolia'],
      },
    ],
    equivalents: { gitleaks: 'algolia-api-key', betterleaks: 'algolia-api-key' },
  }),
  prefixed({
    id: 'mapbox-api-token',
    description: 'Mapbox secret access token (sk.eyJ... + . + 22 characters); pk. public tokens are not reported',
    token: 'sk\\.eyJ[A-Za-z0-9_-]{20,400}\\.[A-Za-z0-9_-]{20,30}',
    entropy: 4,
    keywords: ['sk.eyj'],
    tags: ['mapbox', 'maps', 'token'],
    equivalents: { gitleaks: 'mapbox-api-token', betterleaks: 'mapbox-api-token' },
  }),
  named({
    id: 'rapidapi-access-token',
    description: 'RapidAPI key (50 hex with msh, p and jsn at fixed places; or 50 base64url characters in a RapidAPI setting)',
    names: ['rapid[_.-]?api'],
    value: urlsafe(50),
    prefixedValue: RAPIDAPI_KEY,
    entropy: 3.5,
    keywords: ['rapidapi', 'rapid_api', 'rapid-api', 'jsn'],
    tags: ['rapidapi', 'api-marketplace', 'key'],
    equivalents: { gitleaks: 'rapidapi-access-token', betterleaks: 'rapidapi-access-token' },
  }),
  named({
    id: 'airtable-api-key',
    description: 'Airtable legacy API key (17 letters and digits, key...) in an Airtable setting; base, table and record ids are not keys',
    names: ['airtable'],
    value: alnum(17),
    entropy: 3,
    keywords: ['airtable'],
    tags: ['airtable', 'database', 'key'],
    allowlists: [
      {
        description: 'Airtable object ids (bases, tables, views, fields, records, users, workspaces)',
        regexes: ['^(?:app|tbl|viw|fld|rec|usr|wsp|sel|ent|att|itm|shr)[A-Za-z0-9]{14}$'],
      },
    ],
    equivalents: { gitleaks: 'airtable-api-key', betterleaks: 'airtable-api-key' },
  }),
  prefixed({
    id: 'airtable-personnal-access-token',
    description: 'Airtable personal access token (pat + 14 letters and digits + . + 64 hex)',
    token: `pat${alnum(14)}\\.${hex(64)}`,
    end: '\\b',
    entropy: 3.5,
    keywords: ['pat'],
    tags: ['airtable', 'database', 'token'],
    equivalents: { gitleaks: 'airtable-personnal-access-token', betterleaks: 'airtable-personnal-access-token' },
  }),
  named({
    id: 'adafruit-api-key',
    description: 'Adafruit IO key (aio_ + 28 letters and digits; legacy keys: 32 characters in an Adafruit setting)',
    names: ['adafruit', '(?:\\b|_)aio[_.-]?key'],
    value: urlsafe(32),
    prefixedValue: `aio_${alnum(28)}`,
    entropy: 3,
    keywords: ['adafruit', 'aio_'],
    tags: ['adafruit', 'iot', 'key'],
    equivalents: { gitleaks: 'adafruit-api-key', betterleaks: 'adafruit-api-key' },
  }),
];

/**
 * How this family's tokens start (RE2, anchored at the secret's start): catch-all rules leave them
 * to these rules. Mapbox pk. tokens are listed too: they are public by design and no rule reports them.
 */
export const DATA_API_TOKEN_PREFIXES: string[] = [
  'sk\\.eyJ',
  'pk\\.[A-Za-z0-9_-]{20,}\\.[A-Za-z0-9_-]{20,}$',
  `pat${alnum(14)}\\.`,
  'aio_[A-Za-z0-9]{28}$',
  `${RAPIDAPI_KEY}$`,
];
