// Package and artifact registries: npm, PyPI, RubyGems, Clojars, NuGet, crates.io, Private
// Packagist, JFrog Artifactory, Docker Hub, Cloudsmith.
import type { BuiltinRule } from './builtin-rule';
import { githubStyleChecksumOk } from './checksums';
import { END_BASE64, END_URLSAFE, PLACEHOLDER_ALLOWLIST } from './common';
import { assignedValue, prefixedToken, UUID } from './token-rules';

/** Settings JFrog tools read (jfrog, artifactory, bintray, xray). */
const JFROG = '(?:jfrog|artifactory|bintray|xray)';

export const PACKAGE_REGISTRY_RULES: BuiltinRule[] = [
  {
    ...prefixedToken({
      id: 'npm-access-token',
      description: 'npm access token (npm_ + 30 random base62 characters + their 6-character base62 CRC32, as GitHub tokens)',
      token: 'npm_[A-Za-z0-9]{36}',
      entropy: 3.5,
      keywords: ['npm_'],
      tags: ['npm', 'registry', 'token'],
      equivalents: { gitleaks: 'npm-access-token', betterleaks: 'npm-access-token' },
    }),
    validate: githubStyleChecksumOk,
  },
  prefixedToken({
    id: 'pypi-upload-token',
    description: 'PyPI or TestPyPI API token (a macaroon: pypi-AgEIcHlwaS5vcmc... / pypi-AgENdGVzdC5weXBpLm9yZw...)',
    // The fixed part is the base64 of the macaroon's location, "pypi.org" or "test.pypi.org".
    token: 'pypi-AgE(?:IcHlwaS5vcmc|NdGVzdC5weXBpLm9yZw)[A-Za-z0-9_-]{50,}',
    entropy: 4,
    keywords: ['pypi-age'],
    tags: ['pypi', 'registry', 'token'],
    equivalents: { gitleaks: 'pypi-upload-token', betterleaks: 'pypi-upload-token' },
  }),
  prefixedToken({
    id: 'rubygems-api-token',
    description: 'RubyGems.org API key (rubygems_ + 48 hex)',
    token: 'rubygems_[0-9a-f]{48}',
    entropy: 3,
    keywords: ['rubygems_'],
    tags: ['rubygems', 'registry', 'token'],
    equivalents: { gitleaks: 'rubygems-api-token', betterleaks: 'rubygems-api-token' },
  }),
  prefixedToken({
    id: 'clojars-api-token',
    description: 'Clojars deploy token (CLOJARS_ + 60 alphanumerics)',
    token: 'CLOJARS_[A-Za-z0-9]{60}',
    entropy: 3,
    keywords: ['clojars_'],
    tags: ['clojars', 'registry', 'token'],
    equivalents: { gitleaks: 'clojars-api-token', betterleaks: 'clojars-api-token' },
  }),
  prefixedToken({
    id: 'nuget-api-key',
    description: 'NuGet.org API key (oy2 + 43 lowercase base32 characters)',
    token: 'oy2[a-z0-9]{43}',
    entropy: 3.5,
    keywords: ['oy2'],
    tags: ['nuget', 'registry', 'key'],
  }),
  {
    id: 'nuget-config-password',
    description: 'Password of a package source in a NuGet config (<add key="Password|ClearTextPassword" value="..."/>)',
    // NuGet writes this element in nuget.config; the key names keep the rule precise without a path filter.
    regex: `(?i:<add\\s{1,5}key\\s{0,3}=\\s{0,3}"(?:ClearText)?Password"\\s{1,5}value\\s{0,3}=\\s{0,3}")([^"\\r\\n]{8,200})"\\s{0,5}/?>`,
    secretGroup: 1,
    entropy: 2.5,
    keywords: ['<add key='],
    tags: ['nuget', 'registry', 'password'],
    allowlists: [PLACEHOLDER_ALLOWLIST],
    equivalents: { gitleaks: 'nuget-config-password', betterleaks: 'nuget-config-password' },
  },
  prefixedToken({
    id: 'crates-io-api-token',
    description: 'crates.io API token (cio + 32 alphanumerics)',
    token: 'cio[A-Za-z0-9]{32}',
    entropy: 3.5,
    keywords: ['cio'],
    tags: ['crates-io', 'registry', 'token'],
  }),
  prefixedToken({
    id: 'private-packagist-token',
    description: 'Private Packagist token (packagist_ort_/out_/uut_/cut_ + 68 hex)',
    token: 'packagist_(?:ort|out|uut|cut)_[0-9a-f]{68}',
    entropy: 3,
    keywords: ['packagist_'],
    tags: ['packagist', 'registry', 'token'],
  }),
  prefixedToken({
    id: 'artifactory-api-key',
    description: 'JFrog Artifactory API key (AKCp + 68-70 base62 characters)',
    token: 'AKCp[A-Za-z0-9]{68,70}',
    entropy: 4.5,
    keywords: ['akcp'],
    tags: ['jfrog', 'artifactory', 'registry', 'key'],
    equivalents: { gitleaks: 'artifactory-api-key', betterleaks: 'artifactory-api-key' },
  }),
  prefixedToken({
    id: 'artifactory-reference-token',
    description: 'JFrog reference (identity) token: 64 characters starting with base64 "reftkn" (cmVmdGtuOjAx...)',
    token: 'cmVmd[A-Za-z0-9]{59}',
    entropy: 4.5,
    keywords: ['cmvmd'],
    tags: ['jfrog', 'artifactory', 'registry', 'token'],
    equivalents: { gitleaks: 'artifactory-reference-token', betterleaks: 'artifactory-reference-token' },
  }),
  assignedValue({
    id: 'jfrog-api-key',
    description: 'JFrog API key (73 alphanumerics) assigned to a JFrog/Artifactory/Xray setting; AKCp keys are artifactory-api-key',
    name: JFROG,
    value: '[A-Za-z0-9]{73}',
    entropy: 4,
    keywords: ['jfrog', 'artifactory', 'bintray', 'xray'],
    tags: ['jfrog', 'registry', 'key'],
    allowlists: [{ description: 'reported by artifactory-api-key', regexes: ['^AKCp'] }],
    equivalents: { gitleaks: 'jfrog-api-key' },
  }),
  assignedValue({
    id: 'jfrog-identity-token',
    description: 'JFrog identity token (64 alphanumerics) assigned to a JFrog/Artifactory/Xray setting; reference tokens are artifactory-reference-token',
    name: JFROG,
    value: '[A-Za-z0-9]{64}',
    entropy: 4,
    keywords: ['jfrog', 'artifactory', 'bintray', 'xray'],
    tags: ['jfrog', 'registry', 'token'],
    allowlists: [{ description: 'reported by artifactory-reference-token', regexes: ['^cmVmd'] }],
    equivalents: { gitleaks: 'jfrog-identity-token' },
  }),
  prefixedToken({
    id: 'dockerhub-personal-access-token',
    description: 'Docker Hub personal access token (dckr_pat_ + 27 base64url characters)',
    token: 'dckr_pat_[A-Za-z0-9_-]{27}',
    entropy: 3.5,
    keywords: ['dckr_pat_'],
    tags: ['docker', 'registry', 'token'],
    equivalents: { betterleaks: 'dockerhub-personal-access-token' },
  }),
  prefixedToken({
    id: 'dockerhub-organization-access-token',
    description: 'Docker Hub organization access token (dckr_oat_ + 32 base64url characters)',
    token: 'dckr_oat_[A-Za-z0-9_-]{32}',
    entropy: 3.5,
    keywords: ['dckr_oat_'],
    tags: ['docker', 'registry', 'token'],
    equivalents: { betterleaks: 'dockerhub-organization-access-token' },
  }),
  assignedValue({
    id: 'cloudsmith-api-key',
    description: 'Cloudsmith API key (40 hex) assigned to a Cloudsmith setting',
    name: 'cloudsmith',
    value: '[0-9a-f]{40}',
    entropy: 3,
    keywords: ['cloudsmith'],
    tags: ['cloudsmith', 'registry', 'key'],
  }),
  {
    id: 'npmrc-auth',
    description:
      'Registry credential in an .npmrc: base64 user:password in _auth (basic authentication), or a legacy UUID npm token in _authToken',
    // Two groups, one per setting; prefixed tokens in _authToken (npm_, ghp_, glpat-...) are their own rules' findings.
    regex:
      `(?:^|[\\s;"'])(?://[^\\s=]{1,200}:)?(?:_auth\\s{0,5}=\\s{0,5}["']?([A-Za-z0-9+/]{12,}={0,2})${END_BASE64}` +
      `|_authToken\\s{0,5}=\\s{0,5}["']?(${UUID})${END_URLSAFE})`,
    entropy: 3,
    keywords: ['_auth'],
    tags: ['npm', 'registry', 'password'],
    allowlists: [PLACEHOLDER_ALLOWLIST],
  },
];

/** How this family's tokens start (RE2, anchored at the secret's start): catch-all rules leave them to these rules. */
export const PACKAGE_REGISTRY_TOKEN_PREFIXES: string[] = [
  'npm_',
  'pypi-',
  'rubygems_',
  'CLOJARS_',
  'oy2[a-z0-9]{43}$',
  'cio[A-Za-z0-9]{32}$',
  'packagist_',
  'AKCp',
  'cmVmd',
  'dckr_[po]at_',
];
