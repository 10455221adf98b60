// Source hosting: GitHub (every prefixed kind), Bitbucket, Azure DevOps, Gitea/Forgejo and
// Sourcegraph. GitLab has its own file (gitlab.ts).
import type { BuiltinRule } from './builtin-rule';
import { atlassianChecksumOk, githubStyleChecksumOk } from './checksums';
import { END_URLSAFE, PLACEHOLDER_ALLOWLIST } from './common';
import { assignedValue, prefixedOrAssigned, prefixedToken } from './token-rules';

/**
 * GitHub's prefixed tokens are `<prefix>_` + 30 random base62 characters + a 6-character base62
 * CRC32 of those 30 (github.blog, 2021-04-05), which the validator checks.
 */
function githubClassic(id: string, prefix: string, what: string): BuiltinRule {
  const rule = prefixedToken({
    id,
    description: `GitHub ${what} (${prefix}_ + 36 base62 characters, the last 6 a CRC32)`,
    token: `${prefix}_[A-Za-z0-9]{36}`,
    entropy: 3.5,
    keywords: [`${prefix}_`],
    tags: ['github', 'vcs', 'token'],
    equivalents: { gitleaks: id, betterleaks: id },
  });
  return { ...rule, validate: githubStyleChecksumOk };
}


export const VCS_RULES: BuiltinRule[] = [
  githubClassic('github-pat', 'ghp', 'classic personal access token'),
  githubClassic('github-oauth', 'gho', 'OAuth access token'),
  {
    id: 'github-app-token',
    description:
      'GitHub App user-to-server (ghu_) or installation (ghs_) token: 36 base62 characters, or the stateless ' +
      'installation form ghs_<app id>_<JWT> (2026, about 520 characters)',
    // The stateless form is a JWT (dots inside), so it has its own end; two groups, the engine reports the one that matched.
    regex:
      `\\b((?:ghu|ghs)_[A-Za-z0-9]{36})${END_URLSAFE}` +
      '|\\b(gh[su]_[0-9]{1,20}_eyJ[A-Za-z0-9_-]{10,}\\.eyJ[A-Za-z0-9_-]{10,}\\.[A-Za-z0-9_-]{20,})(?:[^A-Za-z0-9_.-]|$)',
    entropy: 3.5,
    keywords: ['ghu_', 'ghs_'],
    tags: ['github', 'vcs', 'token'],
    allowlists: [PLACEHOLDER_ALLOWLIST],
    // The 36-character form carries GitHub's CRC32; the stateless form is not judged.
    validate: githubStyleChecksumOk,
    equivalents: { gitleaks: 'github-app-token', betterleaks: 'github-app-token' },
  },
  {
    ...githubClassic('github-refresh-token', 'ghr', 'App refresh token'),
    description: 'GitHub App refresh token (ghr_ + 36 or 76 base62 characters)',
    regex: `\\b(ghr_(?:[A-Za-z0-9]{76}|[A-Za-z0-9]{36}))${END_URLSAFE}`,
  },
  prefixedToken({
    id: 'github-fine-grained-pat',
    description: 'GitHub fine-grained personal access token (github_pat_ + 22 + _ + 59 base62 characters)',
    token: 'github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59}',
    entropy: 3.5,
    keywords: ['github_pat_'],
    tags: ['github', 'vcs', 'token'],
    equivalents: { gitleaks: 'github-fine-grained-pat', betterleaks: 'github-fine-grained-pat' },
  }),
  assignedValue({
    id: 'bitbucket-client-id',
    description: 'Bitbucket OAuth consumer key (18-32 alphanumerics) assigned to a Bitbucket client id/key setting',
    name: 'bitbucket[\\w.-]{0,10}?(?:client|consumer|oauth|app)[_.-]?(?:id|key)',
    value: '[A-Za-z0-9]{18,32}',
    identifiers: true,
    entropy: 3,
    keywords: ['bitbucket'],
    tags: ['bitbucket', 'vcs', 'oauth'],
    equivalents: { gitleaks: 'bitbucket-client-id', betterleaks: 'bitbucket-client-id' },
  }),
  assignedValue({
    id: 'bitbucket-client-secret',
    description: 'Bitbucket OAuth consumer secret (32-64 characters) assigned to a Bitbucket secret/token setting',
    name: 'bitbucket[\\w.-]{0,20}?(?:secret|token|password)',
    value: '[A-Za-z0-9_=-]{32,64}',
    entropy: 3.5,
    keywords: ['bitbucket'],
    tags: ['bitbucket', 'vcs', 'oauth'],
    allowlists: [{ description: 'app passwords and access tokens, reported by their own rules', regexes: ['^AT(?:BB|CTT3|ATT3)'] }],
    equivalents: { gitleaks: 'bitbucket-client-secret', betterleaks: 'bitbucket-client-secret' },
  }),
  {
    ...prefixedToken({
      id: 'bitbucket-app-password',
      description: 'Bitbucket app password (ATBB + 24 base62 characters + the CRC32 of those 28 in 8 uppercase hex)',
      token: 'ATBB[A-Za-z0-9]{24}[0-9A-F]{8}',
      entropy: 3.5,
      keywords: ['atbb'],
      tags: ['bitbucket', 'vcs', 'password'],
    }),
    validate: atlassianChecksumOk,
  },
  {
    ...prefixedToken({
      id: 'bitbucket-access-token',
      description: 'Bitbucket repository, project or workspace access token (ATCTT3 + 186 characters: base64url, =, 8-hex CRC32 of the rest)',
      token: 'ATCTT3[A-Za-z0-9_=-]{186}',
      end: '(?:[^A-Za-z0-9_=-]|$)',
      entropy: 4,
      keywords: ['atctt3'],
      tags: ['bitbucket', 'vcs', 'token'],
    }),
    validate: atlassianChecksumOk,
  },
  prefixedOrAssigned({
    id: 'azure-devops-pat',
    description:
      'Azure DevOps personal access token: 84 characters with the JQQJ9 and AZDO signatures (2024 format), or ' +
      '52 lowercase base32 characters assigned to an Azure DevOps setting',
    // Microsoft's identifiable-key layout: 52 random characters, JQQJ9 + 1, 18 more, AZDO at 76, 4 more.
    token: '[A-Za-z0-9]{52}JQQJ9[A-Za-z0-9]{19}AZDO[A-Za-z0-9]{4}',
    name: '(?:azure[_.-]?devops|devops|vsts|\\bado[_.-]|\\bazdo[_.-]?)[\\w.-]{0,20}?(?:pat|token|password|pwd|secret)',
    value: '[a-z2-7]{52}',
    entropy: 3.5,
    keywords: ['jqqj9', 'devops', 'vsts', 'ado_', 'ado-', 'ado.', 'azdo'],
    tags: ['azure-devops', 'vcs', 'token'],
  }),
  assignedValue({
    id: 'gitea-access-token',
    description: 'Gitea or Forgejo access token (40 hex) assigned to a Gitea/Forgejo token setting',
    name: '(?:gitea|forgejo)[\\w.-]{0,20}?(?:token|key|secret|password|pat|access)',
    value: '[0-9a-f]{40}',
    entropy: 3,
    keywords: ['gitea', 'forgejo'],
    tags: ['gitea', 'vcs', 'token'],
    equivalents: { betterleaks: 'gitea-access-token' },
  }),
  prefixedOrAssigned({
    id: 'sourcegraph-access-token',
    description:
      'Sourcegraph access token (sgp_<16-hex instance>_<40 hex>, sgp_local_<40 hex>, sgp_<40 hex>) or 40 hex in a Sourcegraph token setting',
    token: 'sgp_(?:[0-9a-fA-F]{16}_|local_)?[0-9a-fA-F]{40}',
    name: 'sourcegraph[\\w.-]{0,20}?(?:token|key)',
    value: '[0-9a-f]{40}',
    entropy: 3,
    keywords: ['sgp_', 'sourcegraph'],
    tags: ['sourcegraph', 'vcs', 'token'],
    equivalents: { gitleaks: 'sourcegraph-access-token', betterleaks: 'sourcegraph-access-token' },
  }),
];

/** How this family's tokens start (RE2, anchored at the secret's start): catch-all rules leave them to these rules. */
export const VCS_TOKEN_PREFIXES: string[] = [
  'gh[pousr]_',
  'github_pat_',
  'ATBB[A-Za-z0-9]{20}',
  'ATCTT3',
  '[A-Za-z0-9]{52}JQQJ9',
  'sgp_',
];
