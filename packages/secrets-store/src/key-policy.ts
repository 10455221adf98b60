import { ConfigurationError } from '@mcp-secrets/ports';
import { VERSION_KEY, type Bundle } from './bundle';
import { compareVersions } from './version';

const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

// Names that would let a secret bundle take over the runner or later steps.
const RESERVED_EXACT = new Set([
  'PATH', 'HOME', 'SHELL', 'IFS', 'ENV', 'BASH_ENV', 'PS4', 'CI', 'TMPDIR',
  'NODE_OPTIONS', 'NODE_PATH', 'NODE_EXTRA_CA_CERTS', 'LD_PRELOAD', 'LD_LIBRARY_PATH', 'LD_AUDIT',
  'JAVA_TOOL_OPTIONS', '_JAVA_OPTIONS', 'PYTHONPATH', 'PYTHONSTARTUP', 'PERL5OPT', 'PERL5LIB', 'RUBYOPT',
  'GIT_ASKPASS', 'GIT_SSH_COMMAND', 'SSL_CERT_FILE',
]);
const RESERVED_PREFIXES = ['GITHUB_', 'RUNNER_', 'ACTIONS_', 'INPUT_', 'STATE_', 'DYLD_', 'BASH_FUNC_'];

export function isReservedName(name: string): boolean {
  const upper = name.toUpperCase();
  return RESERVED_EXACT.has(upper) || RESERVED_PREFIXES.some((prefix) => upper.startsWith(prefix));
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

  const invalid = Object.keys(selected).filter((key) => !ENV_NAME.test(key));
  if (invalid.length > 0) {
    throw new ConfigurationError(`${source} has keys that are not valid environment variable names: ${invalid.join(', ')}`, {
      hint: "rename them in the source, or leave them out with the 'keys' input",
    });
  }
  const reserved = Object.keys(selected).filter(isReservedName);
  if (reserved.length > 0) {
    throw new ConfigurationError(`${source} has keys that must never be exported from a secret bundle: ${reserved.join(', ')}`, {
      hint: "rename them in the source, or leave them out with the 'keys' input",
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
