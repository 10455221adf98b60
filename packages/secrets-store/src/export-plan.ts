import type { Bundle } from './bundle';
import { deniedEnvName } from './env-deny-list';

export interface RefusedExport {
  key: string;
  /** Why it is not exported (never the value). */
  reason: string;
}

export interface ExportPlan {
  exported: [string, string][];
  refused: RefusedExport[];
}

// Linux refuses to start a program when one NAME=value string of its environment is
// longer than MAX_ARG_STRLEN (32 pages: 128 KiB with its NUL): exported, such a value
// would stop every later step from starting.
const MAX_VARIABLE_BYTES = 128 * 1024 - 1;

/**
 * Which keys go to the environment of later steps: all but those the deny list
 * refuses (unless `allowNames` lists them, in any case) and those too large for
 * an environment. The refused ones stay in the files.
 */
export function planExports(bundle: Bundle, allowNames: readonly string[]): ExportPlan {
  const allowed = new Set(allowNames.map((name) => name.toUpperCase()));
  const plan: ExportPlan = { exported: [], refused: [] };
  for (const [key, value] of Object.entries(bundle.entries)) {
    const denied = allowed.has(key.toUpperCase()) ? undefined : deniedEnvName(key);
    if (denied !== undefined) plan.refused.push({ key, reason: denied.reason });
    else if (Buffer.byteLength(`${key}=${value}`) > MAX_VARIABLE_BYTES) plan.refused.push({ key, reason: 'too large for an environment variable (over 128 KiB)' });
    else plan.exported.push([key, value]);
  }
  return plan;
}
