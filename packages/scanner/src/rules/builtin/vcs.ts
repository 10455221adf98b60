// Source-hosting tokens: GitHub (every prefixed kind) and GitLab.
import type { BuiltinRule } from './builtin-rule';
import { END_URLSAFE, PLACEHOLDER_ALLOWLIST } from './common';

/**
 * GitHub's prefixed tokens are `<prefix>_` + 30 random base62 characters + a 6-character
 * base62 CRC32 of those 30 (github.blog, 2021-04-05); the checksum is left to a validator.
 */
function githubClassic(id: string, prefix: string, what: string): BuiltinRule {
  return {
    id,
    description: `GitHub ${what} (${prefix}_)`,
    regex: `\\b${prefix}_[A-Za-z0-9]{36}\\b`,
    entropy: 3.5,
    keywords: [`${prefix}_`],
    tags: ['github', 'vcs', 'token'],
    allowlists: [PLACEHOLDER_ALLOWLIST],
  };
}

// GitLab bodies are base64url: 20 characters for legacy tokens; routable tokens (GitLab 17.x+)
// carry a longer payload then `.<2-char version>.<length + CRC32 in base36>`.
const GITLAB_BODY = '[A-Za-z0-9_-]{20,300}(?:\\.[0-9a-z]{2}\\.[0-9a-z]{6,12})?';

function gitlab(id: string, prefixes: string[], what: string): BuiltinRule {
  return {
    id,
    description: `GitLab ${what} (${prefixes.join(', ')})`,
    regex: `\\b((?:${prefixes.join('|')})${GITLAB_BODY})${END_URLSAFE}`,
    secretGroup: 1,
    entropy: 3,
    keywords: prefixes.map((p) => p.toLowerCase()),
    tags: ['gitlab', 'vcs', 'token'],
    allowlists: [PLACEHOLDER_ALLOWLIST],
  };
}

export const VCS_RULES: BuiltinRule[] = [
  githubClassic('github-pat', 'ghp', 'classic personal access token'),
  githubClassic('github-oauth-token', 'gho', 'OAuth access token'),
  githubClassic('github-app-user-token', 'ghu', 'App user-to-server token'),
  githubClassic('github-app-installation-token', 'ghs', 'App installation (server-to-server) token'),
  githubClassic('github-refresh-token', 'ghr', 'App refresh token'),
  {
    id: 'github-fine-grained-pat',
    description: 'GitHub fine-grained personal access token (github_pat_, 22 + 59 characters)',
    regex: '\\bgithub_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59}\\b',
    entropy: 3.5,
    keywords: ['github_pat_'],
    tags: ['github', 'vcs', 'token'],
    allowlists: [PLACEHOLDER_ALLOWLIST],
  },
  gitlab('gitlab-pat', ['glpat-'], 'personal, project or group access token'),
  gitlab('gitlab-deploy-token', ['gldt-'], 'deploy token'),
  {
    ...gitlab('gitlab-runner-token', ['glrt-', 'glrtr-'], 'runner authentication token'),
    // Runner tokens may carry a `t1_`/`t2_` scope marker; the legacy registration token has its own prefix.
    description: 'GitLab runner authentication or registration token (glrt-, glrtr-, GR1348941)',
    regex: `\\b((?:glrtr?-(?:t\\d_)?|GR1348941)${GITLAB_BODY})${END_URLSAFE}`,
    keywords: ['glrt-', 'glrtr-', 'gr1348941'],
  },
  gitlab(
    'gitlab-token',
    ['glcbt-', 'glptt-', 'glft-', 'glimt-', 'glagent-', 'gloas-', 'glsoat-', 'glffct-', 'glwt-'],
    'CI job, trigger, feed, incoming-mail, agent, OAuth application, SCIM, feature-flag or workspace token',
  ),
];

/** How this family's tokens start (RE2, anchored at the secret's start): catch-all rules leave them to these rules. */
export const VCS_TOKEN_PREFIXES: string[] = [
  'gh[pousr]_',
  'github_pat_',
  'gl(?:pat|dt|rtr?|cbt|ptt|ft|imt|agent|oas|soat|ffct|wt)-',
  'GR1348941',
];
