import { showKeyNames } from '@mcp-secrets/secrets-store';
import type { SyncResult } from './sync-result';

const escapeCell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');

/** The job summary of the main step: where from, which keys (names only), which files. */
export function syncSummary(result: SyncResult, details: [string, string][], skippedReason?: string): string {
  const lines = ['## Secrets sync', ''];
  if (skippedReason !== undefined) {
    lines.push(`Skipped: ${escapeCell(skippedReason)}. Provider \`none\`.`, '');
    return lines.join('\n');
  }
  const rows: [string, string][] = [
    ['Provider', result.provider],
    ...details,
    ['MCP_SECRETS_VERSION', result.version || '(none)'],
    ['Keys', `${result.keys.length}: ${result.keys.map((key) => `\`${key}\``).join(', ')}`],
  ];
  if (result.dropped.length > 0) rows.push(['Dropped by `keys`', showKeyNames(result.dropped)]);
  if (result.notExported.length > 0) {
    rows.push(['Not exported (in the files only)', result.notExported.map(({ key, reason }) => `\`${key}\` (${reason})`).join(', ')]);
  }
  if (result.envFile) rows.push(['.env file', `\`${result.envFile}\` (0600)`]);
  if (result.notInEnvFile.length > 0) rows.push(['Not in .env', result.notInEnvFile.join(', ')]);
  if (result.consoleSecretsFile) rows.push(['console-secrets.json', `\`${result.consoleSecretsFile}\` (0600)`]);
  lines.push('| | |', '|---|---|', ...rows.map(([name, value]) => `| ${escapeCell(name)} | ${escapeCell(value)} |`), '');
  return lines.join('\n');
}
