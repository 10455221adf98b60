// GitLab: every prefixed token kind (docs.gitlab.com, "Token prefixes"), legacy and routable.
import type { BuiltinRule } from './builtin-rule';
import { gitlabRoutableChecksumOk } from './checksums';
import { END_URLSAFE } from './common';
import { prefixedToken } from './token-rules';

/**
 * Routable tokens (GitLab 17.x+, handbook "Routable tokens"): a base64url payload of 27 to 300
 * characters, `.`, an optional 2-character version and `.`, then the payload length (2) and a
 * CRC32 (7) in base36 of everything before it, which the validator checks.
 */
const ROUTABLE = '[A-Za-z0-9_-]{27,300}\\.(?:[0-9a-z]{2}\\.)?[0-9a-z]{9}';

interface GitlabKind {
  id: string;
  /** The prefix as a regex (without the token body). */
  prefix: string;
  keywords: string[];
  /** The legacy body after the prefix. */
  body: string;
  what: string;
  /** The kind is also issued in the routable format. */
  routable?: boolean;
  /** gitleaks has no rule for this kind. */
  ours?: boolean;
}

function gitlab(k: GitlabKind): BuiltinRule {
  const body = k.routable === true ? `(?:${ROUTABLE}|${k.body})` : k.body;
  const rule = prefixedToken({
    id: k.id,
    description: `GitLab ${k.what}`,
    token: `${k.prefix}${body}`,
    entropy: 3,
    keywords: k.keywords,
    tags: ['gitlab', 'vcs', 'token'],
    ...(k.ours === true ? {} : { equivalents: { gitleaks: k.id, betterleaks: k.id } }),
  });
  // A routable token's CRC is checked; a legacy one (no `.`) passes the validator untouched.
  return k.routable === true || body === ROUTABLE ? { ...rule, validate: gitlabRoutableChecksumOk } : rule;
}

/** The legacy body of most kinds: 20 base64url characters. */
const B20 = '[A-Za-z0-9_-]{20}';

export const GITLAB_RULES: BuiltinRule[] = [
  gitlab({ id: 'gitlab-pat', prefix: 'glpat-', keywords: ['glpat-'], body: B20, what: 'personal, project or group access token (glpat- + 20 base64url)' }),
  {
    ...gitlab({ id: 'gitlab-pat-routable', prefix: 'glpat-', keywords: ['glpat-'], body: ROUTABLE, what: 'access token, routable format' }),
    description: 'GitLab personal, project or group access token, routable format (glpat-<payload>.[<version>.]<length+CRC32, base36>)',
    // One id for the versioned and unversioned layouts (Betterleaks splits them).
    entropy: 4,
  },
  gitlab({ id: 'gitlab-deploy-token', prefix: 'gldt-', keywords: ['gldt-'], body: B20, routable: true, what: 'deploy token (gldt-)' }),
  gitlab({
    id: 'gitlab-cicd-job-token',
    prefix: 'glcbt-',
    keywords: ['glcbt-'],
    // Since GitLab 17.x a job token may be a JWT under the same prefix.
    body: `(?:[0-9A-Za-z]{1,5}_${B20}|eyJ[A-Za-z0-9_-]{10,1000}\\.eyJ[A-Za-z0-9_-]{10,1000}\\.[A-Za-z0-9_-]{20,1000})`,
    what: 'CI/CD job token (glcbt-<partition>_<20 base64url>, or glcbt-<JWT>)',
  }),
  gitlab({ id: 'gitlab-feature-flag-client-token', prefix: 'glffct-', keywords: ['glffct-'], body: B20, routable: true, what: 'feature flag client token (glffct-)' }),
  gitlab({ id: 'gitlab-feed-token', prefix: 'glft-', keywords: ['glft-'], body: B20, routable: true, what: 'feed token (glft-)' }),
  gitlab({
    id: 'gitlab-incoming-mail-token',
    prefix: 'glimt-',
    keywords: ['glimt-'],
    body: '[A-Za-z0-9_-]{25}',
    routable: true,
    what: 'incoming mail token (glimt- + 25 base64url)',
  }),
  gitlab({
    id: 'gitlab-kubernetes-agent-token',
    prefix: 'glagent-',
    keywords: ['glagent-'],
    body: '[A-Za-z0-9_-]{50}',
    routable: true,
    what: 'agent for Kubernetes token (glagent- + 50 base64url)',
  }),
  gitlab({
    id: 'gitlab-oauth-app-secret',
    prefix: 'gloas-',
    keywords: ['gloas-'],
    body: '[A-Za-z0-9_-]{64}',
    routable: true,
    what: 'OAuth application secret (gloas- + 64 characters)',
  }),
  gitlab({ id: 'gitlab-ptt', prefix: 'glptt-', keywords: ['glptt-'], body: '[0-9a-f]{40}', routable: true, what: 'pipeline trigger token (glptt- + 40 hex)' }),
  gitlab({ id: 'gitlab-rrt', prefix: 'GR1348941', keywords: ['gr1348941'], body: B20, what: 'runner registration token, deprecated (GR1348941 + 20)' }),
  gitlab({
    id: 'gitlab-runner-authentication-token',
    prefix: 'glrtr?-',
    keywords: ['glrt-', 'glrtr-'],
    // Runner tokens may carry a `t<n>_` runner-type marker before the body.
    body: `(?:t\\d_)?${B20}`,
    what: 'runner authentication token (glrt-/glrtr- + [t<n>_] + 20 base64url)',
  }),
  {
    ...gitlab({
      id: 'gitlab-runner-authentication-token-routable',
      prefix: 'glrtr?-t\\d_',
      keywords: ['glrt-', 'glrtr-'],
      body: ROUTABLE,
      what: 'runner authentication token, routable format',
    }),
    description: 'GitLab runner authentication token, routable format (glrt-t<runner type>_<payload>.[<version>.]<length+CRC32>)',
    entropy: 4,
  },
  gitlab({ id: 'gitlab-scim-token', prefix: 'glsoat-', keywords: ['glsoat-'], body: B20, routable: true, what: 'SCIM OAuth token (glsoat-)' }),
  gitlab({ id: 'gitlab-workspace-token', prefix: 'glwt-', keywords: ['glwt-'], body: B20, routable: true, ours: true, what: 'workspace token (glwt-)' }),
  {
    ...prefixedToken({
      id: 'gitlab-session-cookie',
      description: 'GitLab session cookie (_gitlab_session=<32 lowercase hex>); the secret is the cookie value',
      token: '[0-9a-z]{32}',
      entropy: 3,
      keywords: ['_gitlab_session='],
      tags: ['gitlab', 'vcs', 'session'],
      equivalents: { gitleaks: 'gitlab-session-cookie', betterleaks: 'gitlab-session-cookie' },
    }),
    regex: `\\b_gitlab_session=([0-9a-z]{32})${END_URLSAFE}`,
  },
];

/** How this family's tokens start (RE2, anchored at the secret's start): catch-all rules leave them to these rules. */
export const GITLAB_TOKEN_PREFIXES: string[] = [
  'gl(?:pat|dt|rtr?|cbt|ptt|ft|imt|agent|oas|soat|ffct|wt)-',
  'GR1348941',
];
