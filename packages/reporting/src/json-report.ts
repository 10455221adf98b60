export interface JsonReportOptions {
  /** Sort object keys (default true) so reports diff cleanly; off to keep a schema's own field order. */
  sortKeys?: boolean;
}

/** A JSON report file's text: two-space indent, deterministic key order, newline at the end. */
export function jsonReport(value: unknown, options: JsonReportOptions = {}): string {
  const replacer = options.sortKeys === false ? undefined : sortKeys;
  return `${JSON.stringify(value, replacer, 2)}\n`;
}

function sortKeys(_key: string, value: unknown): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  const sorted: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) sorted[key] = (value as Record<string, unknown>)[key];
  return sorted;
}
