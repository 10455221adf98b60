// Payment providers: Stripe.
import type { BuiltinRule } from './builtin-rule';
import { END_BASE64, PLACEHOLDER_ALLOWLIST } from './common';

/** Stripe's own documentation test key, published in every quick start: not a leak (split so it is not one literal). */
const STRIPE_DOCS_TEST_KEY = ['^sk', '_test_', '4eC39HqLyjWDarjtT1zdp7dc$'].join('');

export const PAYMENT_RULES: BuiltinRule[] = [
  {
    id: 'stripe-live-secret-key',
    description: 'Stripe live secret or restricted key (sk_live_, rk_live_)',
    regex: '\\b[sr]k_live_[A-Za-z0-9]{24,247}\\b',
    entropy: 3.5,
    keywords: ['sk_live_', 'rk_live_'],
    tags: ['stripe', 'payments', 'key'],
    allowlists: [PLACEHOLDER_ALLOWLIST],
  },
  {
    id: 'stripe-test-secret-key',
    description: 'Stripe test-mode secret or restricted key (sk_test_, rk_test_): reads test data, rotate it too',
    regex: '\\b[sr]k_test_[A-Za-z0-9]{24,247}\\b',
    entropy: 3.5,
    keywords: ['sk_test_', 'rk_test_'],
    tags: ['stripe', 'payments', 'key', 'test-mode'],
    allowlists: [PLACEHOLDER_ALLOWLIST, { description: "Stripe's documentation key", regexes: [STRIPE_DOCS_TEST_KEY] }],
  },
  {
    id: 'stripe-webhook-secret',
    description: 'Stripe webhook signing secret (whsec_)',
    regex: `\\b(whsec_[A-Za-z0-9+/]{32,88}={0,2})${END_BASE64}`,
    secretGroup: 1,
    entropy: 3.5,
    keywords: ['whsec_'],
    tags: ['stripe', 'payments', 'webhook'],
    allowlists: [PLACEHOLDER_ALLOWLIST],
  },
];

/** How this family's tokens start (RE2, anchored at the secret's start): catch-all rules leave them to these rules. */
export const PAYMENT_TOKEN_PREFIXES: string[] = [
  '[sr]k_(?:live|test)_',
  'whsec_',
];
