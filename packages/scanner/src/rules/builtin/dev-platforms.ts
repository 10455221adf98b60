// Project, design and team tools developers wire into code: Atlassian (Jira, Confluence), Asana,
// Linear, Notion, ClickUp, JetBrains YouTrack/Hub, Figma, Typeform, Frame.io, Gitter, Mattermost,
// and 42's intranet API.
import type { BuiltinRule } from './builtin-rule';
import { atlassianChecksumOk } from './checksums';
import { PLACEHOLDER_ALLOWLIST } from './common';
import { assignedValue, END_DOTTED, prefixedOrAssigned, prefixedToken } from './token-rules';

/** An Asana personal access token: `1/<user gid>:<32 hex>` or `2/<user gid>/<app gid>:<32 hex>`. */
const ASANA_PAT = '[12]/[0-9]{10,19}(?:/[0-9]{10,19})?:[0-9a-f]{32}';

export const DEV_PLATFORM_RULES: BuiltinRule[] = [
  {
    ...prefixedOrAssigned({
      id: 'atlassian-api-token',
      description:
        'Atlassian (Jira, Confluence) API token: ATATT3 + 186 characters (base64url, =, 8-hex CRC32), or a legacy 24-character token in a Jira/Confluence/Atlassian setting',
      token: 'ATATT3[A-Za-z0-9_=-]{186}',
      end: '(?:[^A-Za-z0-9_=-]|$)',
      name: '(?:atlassian|confluence|jira)',
      value: '[A-Za-z0-9]{24}',
      entropy: 3.5,
      keywords: ['atatt3', 'atlassian', 'confluence', 'jira'],
      tags: ['atlassian', 'jira', 'confluence', 'token'],
      equivalents: { gitleaks: 'atlassian-api-token', betterleaks: 'atlassian-api-token' },
    }),
    // ATATT3 tokens end in the CRC32 of the rest; the legacy 24-character form has none.
    validate: (secret: string) => !secret.startsWith('ATATT3') || atlassianChecksumOk(secret),
  },
  assignedValue({
    id: 'asana-client-id',
    description: 'Asana OAuth client id (16 digits) assigned to an Asana setting that names no other object',
    name: 'asana',
    value: '[0-9]{16}',
    identifiers: true,
    entropy: 2.5,
    // Workspaces, projects, tasks and users have 16-digit ids too.
    allowlists: [
      {
        description: 'ids of other Asana objects',
        regexTarget: 'match',
        regexes: ['(?i)(?:workspace|project|task|team|user|portfolio|section|tag|goal|story|webhook|field|attachment|gid)'],
      },
    ],
    keywords: ['asana'],
    tags: ['asana', 'project-management', 'oauth'],
    equivalents: { gitleaks: 'asana-client-id', betterleaks: 'asana-client-id' },
  }),
  assignedValue({
    id: 'asana-client-secret',
    description: 'Asana OAuth client secret (32 alphanumerics) assigned to an Asana secret/token setting',
    name: 'asana[\\w.-]{0,20}?(?:secret|token)',
    value: '[A-Za-z0-9]{32}',
    entropy: 3.5,
    keywords: ['asana'],
    tags: ['asana', 'project-management', 'oauth'],
    equivalents: { gitleaks: 'asana-client-secret', betterleaks: 'asana-client-secret' },
  }),
  {
    id: 'asana-personal-access-token',
    description: 'Asana personal access token (1/<gid>:<32 hex> or 2/<gid>/<gid>:<32 hex>) on a line naming Asana',
    // The shape is distinctive but has no prefix to prefilter on: the line must say "asana", before or after.
    regex: `(?i:asana)[^\\r\\n]{0,100}?\\b(${ASANA_PAT})\\b|\\b(${ASANA_PAT})\\b[^\\r\\n]{0,100}?(?i:asana)`,
    entropy: 3,
    keywords: ['asana'],
    tags: ['asana', 'project-management', 'token'],
    allowlists: [PLACEHOLDER_ALLOWLIST],
  },
  prefixedToken({
    id: 'linear-api-key',
    description: 'Linear personal API key (lin_api_ + 40 base62 characters)',
    token: 'lin_api_[A-Za-z0-9]{40}',
    entropy: 3.5,
    keywords: ['lin_api_'],
    tags: ['linear', 'project-management', 'key'],
    equivalents: { gitleaks: 'linear-api-key', betterleaks: 'linear-api-key' },
  }),
  assignedValue({
    id: 'linear-client-secret',
    description: 'Linear OAuth client secret (32 hex) assigned to a Linear secret/token setting',
    name: 'linear[\\w.-]{0,20}?(?:secret|token)',
    value: '[0-9a-f]{32}',
    entropy: 3,
    keywords: ['linear'],
    tags: ['linear', 'project-management', 'oauth'],
    equivalents: { gitleaks: 'linear-client-secret', betterleaks: 'linear-client-secret' },
  }),
  prefixedToken({
    id: 'notion-api-token',
    description: 'Notion integration token (ntn_ + 11 digits + 35 base62 characters; legacy secret_ + 43 base62)',
    token: 'ntn_[0-9]{11}[A-Za-z0-9]{35}|secret_[A-Za-z0-9]{43}',
    entropy: 4,
    keywords: ['ntn_', 'secret_'],
    tags: ['notion', 'project-management', 'token'],
    equivalents: { gitleaks: 'notion-api-token', betterleaks: 'notion-api-token' },
  }),
  prefixedToken({
    id: 'clickup-personal-api-token',
    description: 'ClickUp personal API token (pk_<user id>_ + 32 alphanumerics)',
    token: 'pk_[0-9]{6,10}_[A-Za-z0-9]{32}',
    entropy: 3.5,
    keywords: ['pk_'],
    tags: ['clickup', 'project-management', 'token'],
    equivalents: { betterleaks: 'clickup-personal-api-token' },
  }),
  prefixedToken({
    id: 'youtrack-permanent-token',
    description: 'JetBrains YouTrack/Hub permanent token (perm:<base64 login>.<base64 name>.<30 base62 characters>)',
    token: 'perm[:-][A-Za-z0-9+/]{2,64}={0,2}\\.[A-Za-z0-9+/]{2,64}={0,2}\\.[A-Za-z0-9]{30}',
    entropy: 3.5,
    keywords: ['perm:', 'perm-'],
    tags: ['jetbrains', 'youtrack', 'token'],
  }),
  prefixedOrAssigned({
    id: 'figma-personal-access-token',
    description: 'Figma personal access token (figd_ + 38-45 base64url characters), or a legacy token in an X-Figma-Token setting',
    token: 'figd_[A-Za-z0-9_-]{38,45}',
    name: 'x[_-]?figma[_-]?token',
    value: '[0-9a-fA-F]{4,6}-[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}',
    entropy: 3.5,
    keywords: ['figd_', 'figma'],
    tags: ['figma', 'design', 'token'],
    equivalents: { betterleaks: 'figma-personal-access-token' },
  }),
  prefixedToken({
    id: 'typeform-api-token',
    description: 'Typeform personal access token (tfp_ + 59 characters)',
    token: 'tfp_[A-Za-z0-9_.=-]{59}',
    end: END_DOTTED,
    entropy: 4,
    keywords: ['tfp_'],
    tags: ['typeform', 'forms', 'token'],
    equivalents: { gitleaks: 'typeform-api-token', betterleaks: 'typeform-api-token' },
  }),
  prefixedToken({
    id: 'frameio-api-token',
    description: 'Frame.io developer token (fio-u- + 64 characters)',
    token: 'fio-u-[A-Za-z0-9_=-]{64}',
    end: '(?:[^A-Za-z0-9_=-]|$)',
    entropy: 4,
    keywords: ['fio-u-'],
    tags: ['frameio', 'media', 'token'],
    equivalents: { gitleaks: 'frameio-api-token', betterleaks: 'frameio-api-token' },
  }),
  assignedValue({
    id: 'gitter-access-token',
    description: 'Gitter access token (40 characters) assigned to a Gitter setting',
    name: 'gitter',
    value: '[A-Za-z0-9_-]{40}',
    entropy: 3,
    keywords: ['gitter'],
    tags: ['gitter', 'chat', 'token'],
    equivalents: { gitleaks: 'gitter-access-token', betterleaks: 'gitter-access-token' },
  }),
  assignedValue({
    id: 'mattermost-access-token',
    description: 'Mattermost personal access or bot token (26 lowercase alphanumerics) assigned to a Mattermost setting',
    name: 'mattermost',
    value: '[a-z0-9]{26}',
    entropy: 3,
    keywords: ['mattermost'],
    tags: ['mattermost', 'chat', 'token'],
    equivalents: { gitleaks: 'mattermost-access-token', betterleaks: 'mattermost-access-token' },
  }),
  prefixedToken({
    id: 'intra42-client-secret',
    description: "42 intranet API client secret (s-s4t2ud-/s-s4t2af- + 64 hex)",
    token: 's-s4t2(?:ud|af)-[0-9a-f]{64}',
    entropy: 3,
    keywords: ['s-s4t2ud-', 's-s4t2af-'],
    tags: ['intra42', 'oauth', 'secret'],
    equivalents: { gitleaks: 'intra42-client-secret', betterleaks: 'intra42-client-secret' },
  }),
];

/** How this family's tokens start (RE2, anchored at the secret's start): catch-all rules leave them to these rules. */
export const DEV_PLATFORM_TOKEN_PREFIXES: string[] = [
  'ATATT3',
  'lin_api_',
  'ntn_',
  'secret_[A-Za-z0-9]{43}$',
  'pk_[0-9]{6,10}_',
  'perm[:-][A-Za-z0-9+/]{2,64}={0,2}\\.',
  'figd_',
  'tfp_',
  'fio-u-',
  's-s4t2(?:ud|af)-',
];
