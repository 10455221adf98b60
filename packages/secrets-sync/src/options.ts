import { homedir } from 'node:os';
import { isAbsolute, join, resolve } from 'node:path';
import { ConfigurationError, Inputs } from '@mcp-secrets/ports';

/** Every input of the sync action, named once (action.yml must declare exactly these). */
export const SYNC_INPUT_NAMES = [
  'provider', 'required', 'fallback',
  'vault-addr', 'vault-namespace', 'vault-secret-path', 'vault-secrets-key', 'vault-auth-method',
  'vault-role-id', 'vault-secret-id', 'vault-token', 'vault-role', 'jwt-audience', 'vault-auth-path',
  'vault-auth-namespace', 'vault-ca-cert', 'vault-timeout-seconds',
  'sops-file', 'sops-age-key',
  'keys', 'required-keys', 'min-version',
  'export-env', 'env-file', 'console-secrets-file',
] as const;

export type SyncInputName = (typeof SYNC_INPUT_NAMES)[number];
export type ProviderChoice = 'auto' | 'vault' | 'sops';
export type AuthMethodChoice = 'auto' | 'approle' | 'token' | 'jwt';

export interface VaultOptions {
  address: string;
  namespace: string;
  authNamespace: string;
  secretPath: string;
  secretsKey: string;
  authMethod: AuthMethodChoice;
  roleId: string;
  secretId: string;
  token: string;
  jwtRole: string;
  jwtAudience: string;
  authPath: string;
  caCert: string;
  timeoutSeconds: number;
}

export interface SopsOptions {
  /** Absolute path of the encrypted bundle. */
  file: string;
  /** As given, for messages and reports. */
  displayFile: string;
  /** The identities text (SOPS_AGE_KEY), or empty. */
  ageKey: string;
  /** SOPS_AGE_KEY_FILE, when the key comes from a file. */
  ageKeyFile: string;
}

export interface SyncOptions {
  provider: ProviderChoice;
  required: boolean;
  fallback: 'none' | 'sops';
  vault: VaultOptions;
  sops: SopsOptions;
  keys: string[];
  requiredKeys: string[];
  minVersion: string;
  exportEnv: boolean;
  /** Absolute path, or undefined when the file must not be written. */
  envFile?: string;
  consoleSecretsFile?: string;
}

const DEFAULTS = {
  secretsKey: 'secrets',
  jwtAudience: 'vault',
  sopsFile: 'config/secrets.enc.yaml',
  envFile: '~/.mcp/.env',
  consoleSecretsFile: '~/.mcp/console-secrets.json',
};

/**
 * Parses and validates every sync input before anything touches the network or
 * disk. `env` supplies the runbooks' variables (VAULT_ADDR, SOPS_AGE_KEY, ...),
 * HOME and the workspace.
 */
export function readSyncOptions(inputs: Inputs, raw: (name: SyncInputName) => string | undefined, env: NodeJS.ProcessEnv): SyncOptions {
  const workspace = env.GITHUB_WORKSPACE || process.cwd();
  const home = env.HOME || homedir();
  const s = (name: SyncInputName, fallbackEnv?: string, fallbackDefault?: string): string =>
    inputs.string(name, { ...(fallbackEnv ? { fallbackEnv } : {}), ...(fallbackDefault ? { default: fallbackDefault } : {}) });

  const address = s('vault-addr', 'VAULT_ADDR');
  if (address !== '') validateAddress(address);

  const sopsFile = s('sops-file', undefined, DEFAULTS.sopsFile);
  return {
    provider: inputs.choice('provider', ['auto', 'vault', 'sops'] as const, 'auto'),
    required: inputs.boolean('required', false),
    fallback: inputs.choice('fallback', ['none', 'sops'] as const, 'none'),
    vault: {
      address,
      namespace: s('vault-namespace', 'VAULT_NAMESPACE'),
      authNamespace: s('vault-auth-namespace'),
      secretPath: s('vault-secret-path', 'VAULT_SECRET_PATH'),
      secretsKey: s('vault-secrets-key', 'VAULT_SECRETS_KEY', DEFAULTS.secretsKey),
      authMethod: inputs.choice('vault-auth-method', ['auto', 'approle', 'token', 'jwt'] as const, 'auto'),
      roleId: s('vault-role-id', 'VAULT_ROLE_ID'),
      secretId: inputs.raw('vault-secret-id', { fallbackEnv: 'VAULT_SECRET_ID' }).trim(),
      token: inputs.raw('vault-token', { fallbackEnv: 'VAULT_TOKEN' }).trim(),
      jwtRole: s('vault-role'),
      jwtAudience: s('jwt-audience', undefined, DEFAULTS.jwtAudience),
      authPath: s('vault-auth-path'),
      caCert: inputs.raw('vault-ca-cert'),
      timeoutSeconds: inputs.positiveInt('vault-timeout-seconds', 60),
    },
    sops: {
      file: resolve(workspace, sopsFile),
      displayFile: sopsFile,
      ageKey: inputs.raw('sops-age-key', { fallbackEnv: 'SOPS_AGE_KEY' }),
      ageKeyFile: (env.SOPS_AGE_KEY_FILE ?? '').trim(),
    },
    keys: inputs.list('keys'),
    requiredKeys: inputs.list('required-keys'),
    minVersion: s('min-version'),
    exportEnv: inputs.boolean('export-env', true),
    envFile: optionalPath(raw('env-file'), DEFAULTS.envFile, home, workspace),
    consoleSecretsFile: optionalPath(raw('console-secrets-file'), DEFAULTS.consoleSecretsFile, home, workspace),
  };
}

function validateAddress(address: string): void {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    throw new ConfigurationError(`'${address}' is not a URL`, { input: 'vault-addr', hint: 'write it as https://vault.example.com:8200' });
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new ConfigurationError(`'${address}' must use https:// (or http:// for a local dev server)`, { input: 'vault-addr' });
  }
}

/** Not given: the default. Given empty: do not write. `~` is the home folder; relative paths are in the workspace. */
function optionalPath(given: string | undefined, defaultPath: string, home: string, workspace: string): string | undefined {
  const value = given === undefined ? defaultPath : given.trim();
  if (value === '') return undefined;
  if (value === '~' || value.startsWith('~/')) return join(home, value.slice(1));
  return isAbsolute(value) ? value : resolve(workspace, value);
}
