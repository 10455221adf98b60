// Package registries: npm and PyPI publishing tokens.
import type { BuiltinRule } from './builtin-rule';
import { END_URLSAFE, PLACEHOLDER_ALLOWLIST } from './common';

export const PACKAGE_REGISTRY_RULES: BuiltinRule[] = [
  {
    id: 'npm-access-token',
    description: 'npm access token (npm_ + 30 random base62 characters + 6-character CRC32)',
    regex: '\\bnpm_[A-Za-z0-9]{36}\\b',
    entropy: 3.5,
    keywords: ['npm_'],
    tags: ['npm', 'registry', 'token'],
    allowlists: [PLACEHOLDER_ALLOWLIST],
  },
  {
    id: 'pypi-upload-token',
    description: 'PyPI or TestPyPI API token (a macaroon: pypi-AgEIcHlwaS5vcmc... / pypi-AgENdGVzdC5weXBpLm9yZw...)',
    // The fixed part is the base64 of the macaroon's location, "pypi.org" or "test.pypi.org".
    regex: `\\b(pypi-AgE(?:IcHlwaS5vcmc|NdGVzdC5weXBpLm9yZw)[A-Za-z0-9_-]{50,})${END_URLSAFE}`,
    secretGroup: 1,
    entropy: 4,
    keywords: ['pypi-age'],
    tags: ['pypi', 'registry', 'token'],
    allowlists: [PLACEHOLDER_ALLOWLIST],
  },
];

/** How this family's tokens start (RE2, anchored at the secret's start): catch-all rules leave them to these rules. */
export const PACKAGE_REGISTRY_TOKEN_PREFIXES: string[] = [
  'npm_',
  'pypi-',
];
