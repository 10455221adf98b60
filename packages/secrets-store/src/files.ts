import type { Bundle } from './bundle';

export type Provider = 'vault' | 'sops' | '1password';

export interface DotenvResult {
  text: string;
  /** Keys whose value no quoting reads back identically in both bash and dotenv. */
  skipped: string[];
}

/**
 * Writes KEY='value' lines that `source` in bash and the dotenv parser both read
 * back to the identical string (multi-line values included). Single quotes are
 * literal in both; a value holding a single quote uses double quotes when it has
 * nothing either side would expand ($, `, \, "). Other values cannot be written
 * portably and are reported instead of being written wrong.
 */
export function formatDotenv(bundle: Bundle): DotenvResult {
  const lines: string[] = [];
  const skipped: string[] = [];
  for (const [key, value] of Object.entries(bundle.entries)) {
    const quoted = quoteForDotenv(value);
    if (quoted === undefined) skipped.push(key);
    else lines.push(`${key}=${quoted}`);
  }
  return { text: lines.length === 0 ? '' : `${lines.join('\n')}\n`, skipped };
}

function quoteForDotenv(value: string): string | undefined {
  if (value.includes('\r')) return undefined;
  if (!value.includes("'")) return `'${value}'`;
  if (!/["$`\\]/.test(value)) return `"${value}"`;
  return undefined;
}

/** The SecretStore format of ~/.mcp/console-secrets.json (interfaces.md). */
export function formatConsoleSecrets(bundle: Bundle, meta: { provider: Provider; source: string; generatedAt: Date }): string {
  const document = {
    version: bundle.version ?? null,
    provider: meta.provider,
    source: meta.source,
    generated_at: meta.generatedAt.toISOString(),
    secrets: bundle.entries,
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
