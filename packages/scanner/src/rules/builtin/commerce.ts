// Commerce and shipping: Shopify, WooCommerce, BigCommerce, Squarespace, Etsy, Gumroad, and the
// shipping and mail APIs EasyPost, Shippo, Lob and Duffel (travel).
import type { BuiltinRule } from './builtin-rule';
import { hex, lowerAlnum, named, prefixed, urlsafe, UUID } from './token-shapes';

/** Shopify tokens: `shp<kind>_` + 32 hex. */
function shopify(id: string, kind: string, what: string): BuiltinRule {
  return prefixed({
    id,
    description: `Shopify ${what} (shp${kind}_ + 32 hex)`,
    token: `shp${kind}_[a-fA-F0-9]{32}`,
    entropy: 3,
    keywords: [`shp${kind}_`],
    tags: ['shopify', 'commerce', 'token'],
    equivalents: { gitleaks: id, betterleaks: id },
  });
}

/** How code names a Lob setting; plain `lob` would also hit every `global` and `blob`. */
const LOB_KEYWORDS = ['lob_', 'lob.', 'lob:', 'lob-', 'lob"', "lob'", 'lob(', 'lobapi', 'lobkey', 'lobsecret', 'lobtoken'];

/** EasyPost keys: `EZ<mode>K` + 54 letters and digits. */
function easypost(id: string, mode: string, what: string): BuiltinRule {
  return prefixed({
    id,
    description: `EasyPost ${what} (EZ${mode}K + 54 letters and digits)`,
    token: `EZ${mode}K[A-Za-z0-9]{54}`,
    end: '\\b',
    entropy: 3.5,
    keywords: [`ez${mode.toLowerCase()}k`],
    tags: ['easypost', 'shipping', 'key'],
    equivalents: { gitleaks: id, betterleaks: id },
  });
}

export const COMMERCE_RULES: BuiltinRule[] = [
  shopify('shopify-access-token', 'at', 'Admin API access token'),
  shopify('shopify-custom-access-token', 'ca', 'custom app access token'),
  shopify('shopify-private-app-access-token', 'pa', 'private app access token'),
  shopify('shopify-shared-secret', 'ss', 'app shared secret'),
  prefixed({
    id: 'woocommerce-api-key',
    description: 'WooCommerce REST API consumer key or secret (ck_ / cs_ + 40 hex)',
    token: `c[ks]_${hex(40)}`,
    end: '\\b',
    entropy: 3,
    keywords: ['ck_', 'cs_'],
    tags: ['woocommerce', 'commerce', 'key'],
  }),
  named({
    id: 'bigcommerce-access-token',
    description: 'BigCommerce API account access token (30 to 40 lower-case letters and digits) in a BigCommerce setting',
    names: ['big[_.-]?commerce'],
    value: lowerAlnum('30,40'),
    entropy: 3.5,
    keywords: ['bigcommerce', 'big_commerce', 'big-commerce'],
    tags: ['bigcommerce', 'commerce', 'token'],
  }),
  named({
    id: 'squarespace-access-token',
    description: 'Squarespace API key (a UUID) in a Squarespace setting',
    names: ['squarespace'],
    value: UUID,
    entropy: 3,
    keywords: ['squarespace'],
    tags: ['squarespace', 'commerce', 'key'],
    equivalents: { gitleaks: 'squarespace-access-token', betterleaks: 'squarespace-access-token' },
  }),
  named({
    id: 'etsy-access-token',
    description: 'Etsy API keystring (24 lower-case letters and digits, optionally :shared secret) in an Etsy setting',
    names: ['(?:\\b|_)etsy'],
    value: `${lowerAlnum(24)}(?::${lowerAlnum('10,64')})?`,
    entropy: 3,
    keywords: ['etsy'],
    tags: ['etsy', 'commerce', 'key'],
    equivalents: { gitleaks: 'etsy-access-token', betterleaks: 'etsy-open-api-key' },
  }),
  named({
    id: 'gumroad-access-token',
    description: 'Gumroad access token (64 hex or 43 base64url characters) in a Gumroad setting',
    names: ['gumroad'],
    value: `${hex(64)}|${urlsafe(43)}`,
    entropy: 3.5,
    keywords: ['gumroad'],
    tags: ['gumroad', 'commerce', 'token'],
    equivalents: { betterleaks: 'gumroad-access-token' },
  }),
  easypost('easypost-api-token', 'A', 'production API key'),
  easypost('easypost-test-api-token', 'T', 'test API key'),
  prefixed({
    id: 'shippo-api-token',
    description: 'Shippo API token (shippo_live_ / shippo_test_ + 40 hex)',
    token: `shippo_(?:live|test)_[a-fA-F0-9]{40}`,
    end: '\\b',
    entropy: 3,
    keywords: ['shippo_'],
    tags: ['shippo', 'shipping', 'token'],
    equivalents: { gitleaks: 'shippo-api-token', betterleaks: 'shippo-api-token' },
  }),
  named({
    id: 'lob-api-key',
    description: 'Lob secret API key (live_ / test_ + 35 hex) in a Lob setting',
    names: ['(?:\\b|_)lob'],
    value: `(?:live|test)_${hex(35)}`,
    entropy: 3,
    keywords: LOB_KEYWORDS,
    tags: ['lob', 'mail', 'key'],
    equivalents: { gitleaks: 'lob-api-key', betterleaks: 'lob-api-key' },
  }),
  named({
    id: 'lob-pub-api-key',
    description: 'Lob publishable API key (live_pub_ / test_pub_ + 31 hex) in a Lob setting, reported as gitleaks does',
    names: ['(?:\\b|_)lob'],
    value: `(?:live|test)_pub_${hex(31)}`,
    entropy: 3,
    keywords: LOB_KEYWORDS,
    tags: ['lob', 'mail', 'key', 'public'],
    equivalents: { gitleaks: 'lob-pub-api-key', betterleaks: 'lob-pub-api-key' },
  }),
  prefixed({
    id: 'duffel-api-token',
    description: 'Duffel API access token (duffel_live_ / duffel_test_ + 43 base64url characters)',
    token: `duffel_(?:live|test)_[A-Za-z0-9_=-]{43}`,
    entropy: 3,
    keywords: ['duffel_'],
    tags: ['duffel', 'travel', 'token'],
    equivalents: { gitleaks: 'duffel-api-token', betterleaks: 'duffel-api-token' },
  }),
];

/** How this family's tokens start (RE2, anchored at the secret's start): catch-all rules leave them to these rules. */
export const COMMERCE_TOKEN_PREFIXES: string[] = [
  'shp(?:at|ca|pa|ss)_',
  'c[ks]_[a-f0-9]+$',
  'EZ[AT]K',
  'shippo_',
  'duffel_',
];
