import { ConfigurationError } from '@mcp-secrets/ports';
import { VERSION_KEY } from '@mcp-secrets/secrets-store';

const DOTTED = /^(v?(?:\d+\.)*)(\d+)$/;

/**
 * The next MCP_SECRETS_VERSION: an integer plus one ("7" → "8"), or the last numeric segment of a
 * dotted version plus one ("2026.11.2" → "2026.11.3"). A bundle without a version starts at "1".
 */
export function bumpVersion(current: string | undefined, file: string): string {
  if (current === undefined) return '1';
  const match = DOTTED.exec(current.trim());
  if (match === null) {
    throw new ConfigurationError(`${VERSION_KEY} is '${current}', which is not a version rotate can bump`, {
      file,
      hint: 'use numbers separated by dots (7 or 2026.11.2); fix it with sops first',
    });
  }
  const [, prefix, last] = match;
  const next = (BigInt(last) + 1n).toString().padStart(last.length, '0');
  return `${prefix}${next}`;
}
