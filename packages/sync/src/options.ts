import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { ConfigurationError, Inputs, showUntrusted } from '@mcp-secrets/ports';
import {
  isOpReference,
  parseConnectHost,
  parseItemReference,
  parseNamedReferences,
  parseSecretReference,
  type ItemReference,
  type NamedReference,
  type OnePasswordCredentials,
  type SecretReference,
} from '@mcp-secrets/onepassword';
import { isEnvName } from '@mcp-secrets/secrets-store';
import { parseVaultAddress } from '@mcp-secrets/vault';
import { isBelow, privateRootOf } from './file-locations';
import { parseVaultClientTimeout, readVaultCaCert } from './vault-conventions';

/** Every input of the sync action, named once (action.yml must declare exactly these). */
export const SYNC_INPUT_NAMES = [
  'provider', 'required', 'fallback',
  'vault-addr', 'vault-namespace', 'vault-secret-path', 'vault-secrets-key', 'vault-auth-method',
  'vault-role-id', 'vault-secret-id', 'vault-token', 'vault-role', 'jwt-audience', 'vault-auth-path',
  'vault-auth-namespace', 'vault-ca-cert', 'vault-timeout-seconds',
  'sops-file', 'sops-age-key',
  'op-connect-host', 'op-connect-token', 'op-service-account-token', 'op-secrets', 'op-item', 'op-timeout-seconds',
  'keys', 'required-keys', 'min-version',
  'export-env', 'allow-env-names', 'env-file', 'console-secrets-file',
] as const;

export type SyncInputName = (typeof SYNC_INPUT_NAMES)[number];
export type ProviderChoice = 'auto' | 'vault' | 'sops' | '1password';
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
  /** The workspace, when the bundle is inside it: the file must then not lead out of it (a symlink a repository could commit). */
  root?: string;
  /** The identities text (SOPS_AGE_KEY), or empty. */
  ageKey: string;
  /** SOPS_AGE_KEY_FILE, when the key comes from a file. */
  ageKeyFile: string;
  /** When `ageKey` is an op:// reference: the identities are read from 1Password (kept in memory only). */
  ageKeyFrom?: SecretReference;
}

export interface OnePasswordOptions {
  credentials: OnePasswordCredentials;
  /** `NAME=op://...` entries of op-secrets. */
  secrets: NamedReference[];
  /** op-item: a whole item as the bundle. */
  item?: ItemReference;
}

export interface SyncOptions {
  provider: ProviderChoice;
  required: boolean;
  fallback: 'none' | 'sops';
  vault: VaultOptions;
  sops: SopsOptions;
  onePassword: OnePasswordOptions;
  keys: string[];
  requiredKeys: string[];
  minVersion: string;
  exportEnv: boolean;
  /** Names exported although the deny list refuses them, as given (matched in any case). */
  allowEnvNames: string[];
  /** Absolute path, or undefined when the file must not be written. */
  envFile?: string;
  consoleSecretsFile?: string;
  /** The folders (home, RUNNER_TEMP) under which the files must be, each in a folder of the action's own. */
  privateRoots: string[];
}

const DEFAULTS = {
  secretsKey: 'secrets',
  jwtAudience: 'vault',
  sopsFile: 'config/secrets.enc.yaml',
  envFile: '~/.mcp/.env',
  consoleSecretsFile: '~/.mcp/console-secrets.json',
  vaultTimeoutSeconds: 60,
};

/**
 * Parses and validates every sync input before anything touches the network or
 * disk. `env` supplies the runbooks' variables (VAULT_ADDR, SOPS_AGE_KEY, ...),
 * HOME and the workspace.
 */
export function readSyncOptions(inputs: Inputs, raw: (name: SyncInputName) => string | undefined, env: NodeJS.ProcessEnv): SyncOptions {
  const workspace = resolve(env.GITHUB_WORKSPACE || process.cwd());
  const home = resolve(env.HOME || homedir());
  const privateRoots = privateRootsOf(env);
  const secretFile = (name: 'env-file' | 'console-secrets-file', defaultPath: string): string | undefined =>
    secretFilePath(name, raw(name), defaultPath, { home, workspace, privateRoots });
  const s = (name: SyncInputName, fallbackEnv?: string, fallbackDefault?: string): string =>
    inputs.string(name, { ...(fallbackEnv ? { fallbackEnv } : {}), ...(fallbackDefault ? { default: fallbackDefault } : {}) });

  const address = s('vault-addr', 'VAULT_ADDR');
  if (address !== '') parseVaultAddress(address);

  const sopsFile = s('sops-file', undefined, DEFAULTS.sopsFile);
  const sopsPath = resolve(workspace, sopsFile);
  const ageKey = inputs.raw('sops-age-key', { fallbackEnv: 'SOPS_AGE_KEY' });
  const connectHost = s('op-connect-host', 'OP_CONNECT_HOST');
  if (connectHost !== '') parseConnectHost(connectHost);
  const opItem = s('op-item');
  return {
    provider: inputs.choice('provider', ['auto', 'vault', 'sops', '1password'] as const, 'auto'),
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
      caCert: readVaultCaCert({ input: inputs.raw('vault-ca-cert'), env, cwd: workspace }),
      timeoutSeconds: inputs.positiveInt('vault-timeout-seconds', parseVaultClientTimeout(env.VAULT_CLIENT_TIMEOUT) ?? DEFAULTS.vaultTimeoutSeconds),
    },
    sops: {
      file: sopsPath,
      displayFile: sopsFile,
      ...(isBelow(sopsPath, workspace) ? { root: workspace } : {}),
      ageKey,
      ageKeyFile: (env.SOPS_AGE_KEY_FILE ?? '').trim(),
      ...(isOpReference(ageKey) ? { ageKeyFrom: parseSecretReference(ageKey, 'sops-age-key') } : {}),
    },
    onePassword: {
      credentials: {
        connectHost,
        connectToken: inputs.raw('op-connect-token', { fallbackEnv: 'OP_CONNECT_TOKEN' }).trim(),
        serviceAccountToken: inputs.raw('op-service-account-token', { fallbackEnv: 'OP_SERVICE_ACCOUNT_TOKEN' }).trim(),
        timeoutSeconds: inputs.positiveInt('op-timeout-seconds', 60),
      },
      // Comma or newline separated, as `keys` is: a reference's names may hold spaces, never commas.
      secrets: parseNamedReferences(inputs.list('op-secrets'), 'op-secrets'),
      ...(opItem === '' ? {} : { item: parseItemReference(opItem, 'op-item') }),
    },
    keys: inputs.list('keys'),
    requiredKeys: inputs.list('required-keys'),
    minVersion: s('min-version'),
    exportEnv: inputs.boolean('export-env', true),
    allowEnvNames: envNames(inputs.list('allow-env-names')),
    envFile: secretFile('env-file', DEFAULTS.envFile),
    consoleSecretsFile: secretFile('console-secrets-file', DEFAULTS.consoleSecretsFile),
    privateRoots,
  };
}

/** The folders (home, RUNNER_TEMP) below which the secret files may be. */
export function privateRootsOf(env: NodeJS.ProcessEnv): string[] {
  return [resolve(env.HOME || homedir()), ...(env.RUNNER_TEMP ? [resolve(env.RUNNER_TEMP)] : [])];
}

function envNames(names: string[]): string[] {
  const invalid = names.filter((name) => !isEnvName(name));
  if (invalid.length > 0) {
    throw new ConfigurationError(`not environment variable names: ${invalid.map((name) => `'${showUntrusted(name, 64)}'`).join(', ')}`, {
      input: 'allow-env-names',
      hint: 'list exact variable names, comma or newline separated, e.g. PIP_INDEX_URL',
    });
  }
  return names;
}

/**
 * Where a secret file goes. Not given: the default; given empty: not written. `~` is the home
 * folder; relative paths are in the workspace. It must be in a folder of its own (checked on
 * disk when written) below the home folder or RUNNER_TEMP, and not in the workspace, whose
 * files the repository decides: never another tool's dotfile, a repository file, or a shared folder.
 */
function secretFilePath(
  input: 'env-file' | 'console-secrets-file',
  given: string | undefined,
  defaultPath: string,
  folders: { home: string; workspace: string; privateRoots: string[] },
): string | undefined {
  const value = given === undefined ? defaultPath : given.trim();
  if (value === '') return undefined;
  const path = value === '~' || value.startsWith('~/') ? join(folders.home, value.slice(1)) : resolve(folders.workspace, value);
  const hint = 'write it into a folder only this action uses: ~/.mcp/ (the default) or one in $RUNNER_TEMP';
  const root = privateRootOf(folders, path);
  if (root === undefined) {
    throw new ConfigurationError(`'${showUntrusted(value, 200)}' is not in a folder of its own below the home folder or RUNNER_TEMP`, { input, hint });
  }
  if (isBelow(folders.workspace, root) && (path === folders.workspace || isBelow(path, folders.workspace))) {
    throw new ConfigurationError(`'${showUntrusted(value, 200)}' is in the workspace, whose files the repository decides`, { input, hint });
  }
  return path;
}
