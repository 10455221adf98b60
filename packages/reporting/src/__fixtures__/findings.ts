// Small, invented findings and rules shared by this package's tests. The "secrets" are redacted shapes.
import type { ReportFinding, ReportRule, ToolInfo } from '../types';

export const TOOL: ToolInfo = {
  name: 'mcp-secrets',
  version: '1.2.3',
  informationUri: 'https://github.com/org/mcp-secrets',
};

export const RULES: ReportRule[] = [
  {
    id: 'github-pat',
    description: 'GitHub personal access token. Anyone holding it acts as its owner.',
    help: 'Revoke the token, then read it from `secrets.*` instead.',
    helpUri: 'https://docs.github.com/en/authentication',
    defaultLevel: 'error',
    tags: ['secret'],
    securitySeverity: 9,
  },
  {
    id: 'excessive-permissions',
    name: 'ExcessivePermissions',
    description: 'The workflow token has more permissions than its jobs need.',
    defaultLevel: 'warning',
  },
];

export function finding(overrides: Partial<ReportFinding> = {}): ReportFinding {
  return {
    ruleId: 'github-pat',
    level: 'error',
    message: 'GitHub personal access token',
    file: 'src/config.ts',
    line: 3,
    column: 16,
    endColumn: 56,
    snippet: 'const token = "ghp_****"',
    fingerprint: 'a1b2c3',
    ...overrides,
  };
}

/** `finding()`'s file: the placeholder token spans columns 16–55 of line 3. */
export const SOURCE = ['// config', '', `const token = "ghp_${'x'.repeat(36)}";`, ''].join('\n');
