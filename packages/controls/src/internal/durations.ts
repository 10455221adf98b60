const UNIT_SECONDS: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86400 };

/**
 * Seconds of a Vault/Terraform duration: a number of seconds (`3600`, `"3600"`) or Go-style units
 * (`1h`, `30m`, `1h30m`, `7d`); undefined when it is neither.
 */
export function parseDuration(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text);
  if (!/^(?:\d+[smhd])+$/.test(text)) return undefined;
  let total = 0;
  for (const match of text.matchAll(/(\d+)([smhd])/g)) total += Number(match[1]) * (UNIT_SECONDS[match[2] ?? 's'] ?? 1);
  return total;
}

/**
 * A remaining lifetime (a token's lookup-self `ttl`), rounded to the hour above an hour and to the
 * minute above a minute: it shrinks by the second while it is read, so `2764799s` is `768h`.
 */
export function formatRemaining(seconds: number): string {
  if (seconds >= 3600) return formatDuration(Math.round(seconds / 3600) * 3600);
  if (seconds >= 60) return formatDuration(Math.round(seconds / 60) * 60);
  return formatDuration(seconds);
}

/** `3600` → `1h`, `90` → `90s`: how the report shows a duration. */
export function formatDuration(seconds: number): string {
  if (seconds % 3600 === 0) return `${seconds / 3600}h`;
  if (seconds % 60 === 0) return `${seconds / 60}m`;
  return `${seconds}s`;
}
