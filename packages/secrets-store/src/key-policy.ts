import { ConfigurationError, showUntrustedList } from '@mcp-secrets/ports';
import { VERSION_KEY, type Bundle } from './bundle';
import { compareVersions } from './version';

const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,254}$/;
// Shown in logs, outputs and the summary, so one short line: never a place to hide a secret or a command.
const VERSION_TEXT = /^[0-9A-Za-z][0-9A-Za-z._:+-]{0,63}$/;

/** A name a later step can receive as an environment variable (at most 255 characters). */
export function isEnvName(name: string): boolean {
  return ENV_NAME.test(name);
}

/** Key names as a log line or summary shows them: the source decides them, so each is made safe and the list bounded. */
export function showKeyNames(keys: readonly string[]): string {
  return showUntrustedList(keys, { maxItems: 50, maxLength: 64 }).join(', ');
}

export interface KeyPolicy {
  /** When non-empty, only these keys are kept (MCP_SECRETS_VERSION always is). */
  keys: string[];
  requiredKeys: string[];
  minVersion?: string;
}

export interface PolicyResult {
  bundle: Bundle;
  /** Keys present in the source but not selected by `keys` (names only). */
  dropped: string[];
}

/** Selects, checks names and versions; every failure names the keys, never values. */
export function applyKeyPolicy(bundle: Bundle, policy: KeyPolicy, source: string): PolicyResult {
  const selected: Record<string, string> = {};
  const dropped: string[] = [];
  const wanted = new Set(policy.keys);
  for (const [key, value] of Object.entries(bundle.entries)) {
    if (wanted.size === 0 || wanted.has(key) || key === VERSION_KEY) selected[key] = value;
    else dropped.push(key);
  }

  const missing = policy.requiredKeys.filter((key) => !(key in selected));
  if (missing.length > 0) {
    throw new ConfigurationError(`${source} lacks required keys: ${missing.join(', ')}`, { input: 'required-keys' });
  }

  const invalid = Object.keys(selected).filter((key) => !isEnvName(key));
  if (invalid.length > 0) {
    throw new ConfigurationError(`${source} has keys that are not valid environment variable names: ${showUntrustedList(invalid, { maxItems: 5, maxLength: 64 }).join(', ')}`, {
      hint: "letters, digits and _, not starting with a digit, at most 255: rename them in the source, or leave them out with the 'keys' input",
    });
  }
  if (bundle.version !== undefined && !VERSION_TEXT.test(bundle.version)) {
    throw new ConfigurationError(`${source} has a ${VERSION_KEY} that is not a version (the value is not shown)`, {
      hint: 'use numbers separated by dots, e.g. 7 or 2026.11.2',
    });
  }

  if (policy.minVersion !== undefined && policy.minVersion !== '') {
    const version = bundle.version;
    if (version === undefined) {
      throw new ConfigurationError(`${source} has no ${VERSION_KEY}, but min-version ${policy.minVersion} is required`, { input: 'min-version' });
    }
    if (compareVersions(version, policy.minVersion) < 0) {
      throw new ConfigurationError(`${source} is at ${VERSION_KEY} ${version}, lower than min-version ${policy.minVersion}`, {
        input: 'min-version',
        hint: 'publish the rotated bundle, or wait for replication to catch up',
      });
    }
  }
  return { bundle: { ...bundle, entries: selected }, dropped };
}
