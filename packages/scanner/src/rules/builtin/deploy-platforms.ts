// Hosting, deploy and infrastructure-as-code platforms: Heroku, Fly.io, Netlify, Vercel, Render,
// Railway, Scalingo, Deno Deploy, OpenShift, Pulumi, Terraform Cloud / HCP Terraform, Doppler.
import type { BuiltinRule } from './builtin-rule';
import { END_BASE64, PLACEHOLDER_ALLOWLIST } from './common';
import { assignedValue, prefixedOrAssigned, prefixedToken, UUID } from './token-rules';

/** Vercel's prefixed tokens (2025): `vc<kind>_` + 56 base64url characters. */
function vercel(id: string, kind: string, what: string): BuiltinRule {
  return prefixedToken({
    id,
    description: `Vercel ${what} (vc${kind}_ + 56 base64url characters)`,
    token: `vc${kind}_[A-Za-z0-9_-]{56}`,
    entropy: 3.5,
    keywords: [`vc${kind}_`],
    tags: ['vercel', 'deploy', 'token'],
    equivalents: { betterleaks: id },
  });
}

/** A Fly.io macaroon (fm1a_, fm1r_, fm2_): base64, and in FlyV1 headers a comma-separated chain of them. */
const FLY_MACAROON = '(?:fm1[ar]|fm2)_[A-Za-z0-9+/]{100,}={0,3}(?:,fm[12][ar]?_[A-Za-z0-9+/]{20,}={0,3})*';

export const DEPLOY_PLATFORM_RULES: BuiltinRule[] = [
  assignedValue({
    id: 'heroku-api-key',
    description: 'Heroku API key (a UUID, legacy format) assigned to a Heroku setting',
    name: 'heroku',
    value: UUID,
    entropy: 3,
    keywords: ['heroku'],
    tags: ['heroku', 'deploy', 'key'],
    equivalents: { gitleaks: 'heroku-api-key', betterleaks: 'heroku-api-key' },
  }),
  prefixedToken({
    id: 'heroku-api-key-v2',
    description: 'Heroku API key (HRKU-AA + 58 base64url characters)',
    token: 'HRKU-AA[A-Za-z0-9_-]{58}',
    entropy: 4,
    keywords: ['hrku-aa'],
    tags: ['heroku', 'deploy', 'key'],
    equivalents: { gitleaks: 'heroku-api-key-v2', betterleaks: 'heroku-api-key-v2' },
  }),
  {
    ...prefixedToken({
      id: 'flyio-access-token',
      description: 'Fly.io token: fo1_ + 43 base64url characters, or an fm1a_/fm1r_/fm2_ macaroon (the FlyV1 header value)',
      token: 'fo1_[A-Za-z0-9_-]{43}',
      entropy: 4,
      keywords: ['fo1_', 'fm1a_', 'fm1r_', 'fm2_'],
      tags: ['flyio', 'deploy', 'token'],
      equivalents: { gitleaks: 'flyio-access-token', betterleaks: 'flyio-access-token' },
    }),
    regex: `\\b(fo1_[A-Za-z0-9_-]{43})(?:[^A-Za-z0-9_-]|$)|\\b(${FLY_MACAROON})${END_BASE64}`,
    secretGroup: 0,
  },
  prefixedOrAssigned({
    id: 'netlify-access-token',
    description: 'Netlify personal access token (nfp_ + 36-40 base62 characters), or a legacy 40-46 character token in a Netlify setting',
    token: 'nfp_[A-Za-z0-9]{36,40}',
    name: 'netlify',
    value: '[A-Za-z0-9_=-]{40,46}',
    valueEnd: '(?:[^A-Za-z0-9_=-]|$)',
    entropy: 3.5,
    keywords: ['nfp_', 'netlify'],
    tags: ['netlify', 'deploy', 'token'],
    equivalents: { gitleaks: 'netlify-access-token', betterleaks: 'netlify-access-token' },
  }),
  assignedValue({
    id: 'vercel-api-token',
    description: 'Vercel API token, legacy format (24 alphanumerics) assigned to a Vercel setting',
    name: 'vercel',
    value: '[A-Za-z0-9]{24}',
    entropy: 3.5,
    keywords: ['vercel'],
    tags: ['vercel', 'deploy', 'token'],
    equivalents: { betterleaks: 'vercel-api-token' },
  }),
  vercel('vercel-personal-access-token', 'p', 'personal access token'),
  vercel('vercel-integration-token', 'i', 'integration token'),
  vercel('vercel-app-access-token', 'a', 'app access token'),
  vercel('vercel-app-refresh-token', 'r', 'app refresh token'),
  prefixedToken({
    id: 'render-api-key',
    description: 'Render API key (rnd_ + 32 base62 characters)',
    token: 'rnd_[A-Za-z0-9]{32}',
    entropy: 3.5,
    keywords: ['rnd_'],
    tags: ['render', 'deploy', 'key'],
  }),
  assignedValue({
    id: 'railway-api-token',
    description: 'Railway account, team or project token (a UUID) assigned to a Railway token setting',
    name: 'railway[\\w.-]{0,20}?(?:token|key|secret)',
    value: UUID,
    entropy: 3,
    keywords: ['railway'],
    tags: ['railway', 'deploy', 'token'],
  }),
  prefixedToken({
    id: 'scalingo-api-token',
    description: 'Scalingo API token (tk-us- + 48 base64url characters)',
    token: 'tk-us-[A-Za-z0-9_-]{48}',
    entropy: 3.5,
    keywords: ['tk-us-'],
    tags: ['scalingo', 'deploy', 'token'],
    equivalents: { gitleaks: 'scalingo-api-token', betterleaks: 'scalingo-api-token' },
  }),
  prefixedToken({
    id: 'deno-account-token',
    description: 'Deno Deploy access token (ddp_ personal or ddo_ organization + 36 base62 characters)',
    token: 'dd[po]_[A-Za-z0-9]{36}',
    entropy: 3.5,
    keywords: ['ddp_', 'ddo_'],
    tags: ['deno', 'deploy', 'token'],
    equivalents: { betterleaks: 'deno-account-token' },
  }),
  prefixedToken({
    id: 'openshift-user-token',
    description: 'OpenShift user OAuth token (sha256~ + 43 base64url characters)',
    token: 'sha256~[A-Za-z0-9_-]{43}',
    entropy: 3.5,
    keywords: ['sha256~'],
    tags: ['openshift', 'deploy', 'token'],
    equivalents: { gitleaks: 'openshift-user-token', betterleaks: 'openshift-user-token' },
  }),
  prefixedToken({
    id: 'pulumi-api-token',
    description: 'Pulumi access token (pul- + 40 hex)',
    token: 'pul-[0-9a-f]{40}',
    entropy: 3,
    keywords: ['pul-'],
    tags: ['pulumi', 'iac', 'token'],
    equivalents: { gitleaks: 'pulumi-api-token', betterleaks: 'pulumi-api-token' },
  }),
  prefixedToken({
    id: 'hashicorp-tf-api-token',
    description: 'Terraform Cloud / HCP Terraform user, team or organization token (<14 alphanumerics>.atlasv1.<60-70 characters>)',
    token: '[A-Za-z0-9]{14}\\.atlasv1\\.[A-Za-z0-9_=-]{60,70}',
    end: '(?:[^A-Za-z0-9_=-]|$)',
    entropy: 3.5,
    keywords: ['atlasv1'],
    tags: ['terraform', 'hashicorp', 'iac', 'token'],
    equivalents: { gitleaks: 'hashicorp-tf-api-token', betterleaks: 'hashicorp-tf-api-token' },
  }),
  {
    id: 'hashicorp-tf-password',
    description:
      'Password literal given to a Terraform resource\'s password argument (administrator_login_password, master_password, admin_password, ...)',
    // gitleaks limits its rule to .tf/.hcl paths; these argument names are Terraform providers' own, so
    // the rule holds without a path filter and also covers .tfvars and module blocks.
    regex:
      '(?i:\\b(?:administrator_login|master|admin|root|default_user|bootstrap)_password)\\s{0,5}=\\s{0,5}"([^"\\s$]{8,128})"',
    secretGroup: 1,
    entropy: 2.5,
    keywords: ['_password'],
    tags: ['terraform', 'hashicorp', 'iac', 'password'],
    allowlists: [PLACEHOLDER_ALLOWLIST],
    equivalents: { gitleaks: 'hashicorp-tf-password', betterleaks: 'hashicorp-tf-password' },
  },
  prefixedToken({
    id: 'doppler-api-token',
    description:
      'Doppler token: personal (dp.pt.), service (dp.st.[<config>.]), CLI (dp.ct.), service account (dp.sa.), SCIM or audit, + 40-44 base62 characters',
    token: 'dp\\.(?:pt|ct|sa|scim|audit|st(?:\\.[a-z0-9_-]{1,40})?)\\.[A-Za-z0-9]{40,44}',
    entropy: 3.5,
    keywords: ['dp.pt.', 'dp.st.', 'dp.ct.', 'dp.sa.', 'dp.scim.', 'dp.audit.'],
    tags: ['doppler', 'secrets-manager', 'token'],
    equivalents: { gitleaks: 'doppler-api-token', betterleaks: 'doppler-api-token' },
  }),
];

/** How this family's tokens start (RE2, anchored at the secret's start): catch-all rules leave them to these rules. */
export const DEPLOY_PLATFORM_TOKEN_PREFIXES: string[] = [
  'HRKU-',
  'fo1_',
  'fm1[ar]_',
  'fm2_',
  'nfp_',
  'vc[piar]_',
  'rnd_',
  'tk-us-',
  'dd[po]_',
  'sha256~',
  'pul-',
  '[A-Za-z0-9]{14}\\.atlasv1\\.',
  'dp\\.(?:pt|st|ct|sa|scim|audit)\\.',
];
