// HashiCorp Vault tokens: the 1.10+ prefixed formats and the legacy s./b. ones.
import type { BuiltinRule } from './builtin-rule';
import { ASSIGN, END_URLSAFE, PLACEHOLDER_ALLOWLIST } from './common';

export const VAULT_RULES: BuiltinRule[] = [
  {
    id: 'vault-service-token',
    description: 'HashiCorp Vault service token (hvs.)',
    regex: `\\b(hvs\\.[A-Za-z0-9_-]{24,})${END_URLSAFE}`,
    secretGroup: 1,
    entropy: 3.5,
    keywords: ['hvs.'],
    tags: ['vault', 'hashicorp', 'token'],
    allowlists: [PLACEHOLDER_ALLOWLIST],
  },
  {
    id: 'vault-batch-token',
    description: 'HashiCorp Vault batch token (hvb., legacy b.AAAAAQ...)',
    regex: `\\b((?:hvb\\.|b\\.AAAAAQ)[A-Za-z0-9_-]{100,})${END_URLSAFE}`,
    secretGroup: 1,
    entropy: 4,
    keywords: ['hvb.', 'b.aaaaaq'],
    tags: ['vault', 'hashicorp', 'token'],
    allowlists: [PLACEHOLDER_ALLOWLIST],
  },
  {
    id: 'vault-recovery-token',
    description: 'HashiCorp Vault recovery token (hvr.)',
    regex: `\\b(hvr\\.[A-Za-z0-9_-]{24,})${END_URLSAFE}`,
    secretGroup: 1,
    entropy: 3.5,
    keywords: ['hvr.'],
    tags: ['vault', 'hashicorp', 'token'],
    allowlists: [PLACEHOLDER_ALLOWLIST],
  },
  {
    id: 'vault-legacy-service-token',
    description: 'HashiCorp Vault pre-1.10 service token (s. + 24 characters) in a Vault token setting or header',
    // "s." alone is far too common; only trust it where the setting names Vault.
    regex: `(?i)vault[\\w.-]{0,20}?token${ASSIGN}(s\\.[A-Za-z0-9]{24})\\b`,
    secretGroup: 1,
    entropy: 3.5,
    keywords: ['vault'],
    tags: ['vault', 'hashicorp', 'token'],
    allowlists: [PLACEHOLDER_ALLOWLIST],
  },
];

/** How this family's tokens start (RE2, anchored at the secret's start): catch-all rules leave them to these rules. */
export const VAULT_TOKEN_PREFIXES: string[] = [
  'hv[sbr]\\.',
  'b\\.AAAAAQ',
];
