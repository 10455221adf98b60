import { existsSync } from 'node:fs';
import { hasOnePasswordCredentials } from '@mcp-secrets/onepassword';
import { ConfigurationError } from '@mcp-secrets/ports';
import type { OnePasswordOptions, SyncOptions, VaultOptions } from './options';

export type VaultLogin =
  | { method: 'token'; token: string }
  | { method: 'approle'; roleId: string; secretId: string; mountPath: string }
  | { method: 'jwt'; role: string; audience: string; mountPath: string };

export type ProviderPlan =
  | { provider: 'vault'; login: VaultLogin; sopsFallback: boolean }
  | { provider: '1password'; sopsFallback: boolean }
  | { provider: 'sops' }
  | { provider: 'none'; reason: string };

/**
 * Chooses where the secrets come from. `auto`: Vault when an address and
 * credentials are configured, else 1Password when its credentials and something
 * to load are, else SOPS when a key and the file exist, else nothing (forks and
 * Dependabot runs have no secrets). An explicit choice that is not configured is
 * an error naming what is missing.
 */
export function planProvider(options: SyncOptions, env: NodeJS.ProcessEnv): ProviderPlan {
  const login = chooseLogin(options.vault, env);
  if (options.provider === 'vault' || (options.provider === 'auto' && options.vault.address !== '' && login !== undefined)) {
    if (options.vault.address === '') {
      throw new ConfigurationError('provider is vault but no Vault address is configured', { input: 'vault-addr', hint: 'set vault-addr or VAULT_ADDR' });
    }
    if (login === undefined) throw missingCredentials(options.vault);
    if (options.vault.secretPath === '') {
      throw new ConfigurationError('no secret path is configured', {
        input: 'vault-secret-path',
        hint: 'set it to the KV path as `vault kv get` takes it, e.g. secret/mcp/ci',
      });
    }
    return { provider: 'vault', login, sopsFallback: options.fallback === 'sops' };
  }
  const onePassword = options.onePassword;
  if (options.provider === '1password' || (options.provider === 'auto' && hasOnePasswordCredentials(onePassword.credentials) && wantsOnePassword(onePassword))) {
    if (!hasOnePasswordCredentials(onePassword.credentials)) {
      throw new ConfigurationError('provider is 1password but no 1Password credentials are configured', {
        input: onePassword.credentials.connectHost === '' ? 'op-service-account-token' : 'op-connect-token',
        hint: 'set OP_SERVICE_ACCOUNT_TOKEN, or OP_CONNECT_HOST and OP_CONNECT_TOKEN',
      });
    }
    if (!wantsOnePassword(onePassword)) {
      throw new ConfigurationError('nothing to load from 1Password', {
        input: 'op-secrets',
        hint: 'list NAME=op://<vault>/<item>/<field> references in op-secrets, or name a whole item as op://<vault>/<item> in op-item',
      });
    }
    return { provider: '1password', sopsFallback: options.fallback === 'sops' };
  }
  if (options.provider === 'sops' || (options.provider === 'auto' && sopsConfigured(options))) {
    if (!hasSopsKey(options)) {
      throw new ConfigurationError('no age identity is configured for the SOPS bundle', {
        input: 'sops-age-key',
        hint: 'set sops-age-key (or SOPS_AGE_KEY / SOPS_AGE_KEY_FILE)',
      });
    }
    if (!existsSync(options.sops.file)) {
      throw new ConfigurationError(`the SOPS bundle ${options.sops.displayFile} does not exist`, { input: 'sops-file' });
    }
    return { provider: 'sops' };
  }
  return { provider: 'none', reason: unconfiguredReason(options) };
}

function wantsOnePassword(onePassword: OnePasswordOptions): boolean {
  return onePassword.secrets.length > 0 || onePassword.item !== undefined;
}

export function hasSopsKey(options: SyncOptions): boolean {
  return options.sops.ageKey.trim() !== '' || options.sops.ageKeyFile !== '';
}

/** An age key and the bundle file: enough to try SOPS. */
export function sopsConfigured(options: SyncOptions): boolean {
  return hasSopsKey(options) && existsSync(options.sops.file);
}

function chooseLogin(vault: VaultOptions, env: NodeJS.ProcessEnv): VaultLogin | undefined {
  const approle = (): VaultLogin | undefined =>
    vault.roleId !== '' && vault.secretId !== ''
      ? { method: 'approle', roleId: vault.roleId, secretId: vault.secretId, mountPath: vault.authPath || 'approle' }
      : undefined;
  const jwt = (): VaultLogin => ({ method: 'jwt', role: vault.jwtRole, audience: vault.jwtAudience, mountPath: vault.authPath || 'jwt' });
  switch (vault.authMethod) {
    case 'token':
      return vault.token !== '' ? { method: 'token', token: vault.token } : undefined;
    case 'approle':
      return approle();
    case 'jwt':
      return jwt();
    case 'auto':
      if (vault.token !== '') return { method: 'token', token: vault.token };
      return approle() ?? (env.ACTIONS_ID_TOKEN_REQUEST_URL ? jwt() : undefined);
  }
}

function missingCredentials(vault: VaultOptions): ConfigurationError {
  switch (vault.authMethod) {
    case 'token':
      return new ConfigurationError('vault-auth-method is token but no token is configured', { input: 'vault-token' });
    case 'approle':
      return new ConfigurationError('vault-auth-method is approle but the role ID or secret ID is missing', {
        input: vault.roleId === '' ? 'vault-role-id' : 'vault-secret-id',
      });
    default:
      return new ConfigurationError('no Vault credentials are configured', {
        input: 'vault-auth-method',
        hint: 'pass vault-token, vault-role-id + vault-secret-id, or give the job `id-token: write` for JWT login',
      });
  }
}

function unconfiguredReason(options: SyncOptions): string {
  if (options.vault.address !== '') return 'a Vault address is set but no credentials are available (fork or Dependabot run?)';
  if (wantsOnePassword(options.onePassword)) return '1Password references are set but no 1Password credentials are available (fork or Dependabot run?)';
  if (hasSopsKey(options)) return `no SOPS bundle at ${options.sops.displayFile}`;
  return 'neither Vault, 1Password nor a SOPS age key is configured';
}
