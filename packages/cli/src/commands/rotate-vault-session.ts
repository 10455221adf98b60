// The Vault session of `rotate` (publishing a rotated bundle, or rotating keys at Vault paths): the
// sync action's options and login (VAULT_TOKEN, or AppRole from the environment), a client per
// deadline, and the revocation of a token obtained by login.
import { ConfigurationError, Inputs } from '@mcp-secrets/ports';
import { planProvider, readSyncOptions, type SyncOptions } from '@mcp-secrets/sync';
import { VaultClient } from '@mcp-secrets/vault';
import { optionsAsInputs, type CommandContext } from '../command';

/** The `--vault-secret-path` values (the option may be repeated). */
export function vaultPaths(ctx: CommandContext): string[] {
  const given = ctx.values['vault-secret-path'];
  return (typeof given === 'string' ? [given] : Array.isArray(given) ? given : []).map((path) => path.trim());
}

/** The sync action's Vault options as rotate's command line and environment give them (the first path as the secret path). */
export function readVaultOptions(ctx: CommandContext): SyncOptions {
  const source = optionsAsInputs(ctx);
  const [path] = vaultPaths(ctx);
  const given = (name: string): string | undefined => (name === 'provider' ? 'vault' : name === 'vault-secret-path' && path !== undefined ? path : source.get(name));
  const inputs = new Inputs({ get: given }, ctx.env);
  // env-file and console-secrets-file: '' means "not written"; rotate writes neither.
  const options = readSyncOptions(inputs, () => '', { ...ctx.env, GITHUB_WORKSPACE: ctx.cwd });
  planProvider(options, ctx.env); // refuses a missing address or credentials before anything is read
  return options;
}

/** Logs in as sync does (token or AppRole); returns whether the token is ours to revoke. */
async function logIn(client: VaultClient, options: SyncOptions, env: NodeJS.ProcessEnv): Promise<boolean> {
  const plan = planProvider(options, env);
  if (plan.provider !== 'vault') throw new ConfigurationError('rotate needs a Vault address and credentials', { input: 'vault-addr' });
  switch (plan.login.method) {
    case 'token':
      client.useToken(plan.login.token);
      return false;
    case 'approle':
      return (await client.loginAppRole(plan.login)).tokenType === 'service';
    case 'jwt':
      throw new ConfigurationError('GitHub OIDC login works only inside a GitHub Actions job', { input: 'vault-auth-method', hint: 'set VAULT_TOKEN, or VAULT_ROLE_ID and VAULT_SECRET_ID' });
  }
}

export interface VaultSession {
  client: VaultClient;
  /** The same Vault and token with a fresh deadline: a read-back after a write timed out needs time of its own. */
  reconnect(): VaultClient;
  /** Revokes a token obtained by login (never one the user passed in). */
  close(): Promise<void>;
}

export async function openVault(ctx: CommandContext, options: SyncOptions): Promise<VaultSession> {
  const { vault } = options;
  // Each client gets the whole vault-timeout-seconds.
  const connect = (token?: string): VaultClient =>
    new VaultClient({
      address: vault.address,
      ...(vault.namespace ? { namespace: vault.namespace } : {}),
      ...(vault.authNamespace ? { authNamespace: vault.authNamespace } : {}),
      ...(vault.caCert ? { caCert: vault.caCert } : {}),
      ...(token === undefined ? {} : { token }),
      deadline: Date.now() + vault.timeoutSeconds * 1000,
      env: ctx.env,
      ...(ctx.values.verbose === true ? { logger: { debug: (message: string) => ctx.io.err(`${message}\n`) } } : {}),
    });
  const client = connect();
  const revocable = await logIn(client, options, ctx.env);
  return {
    client,
    reconnect: () => connect(client.token),
    close: async () => {
      if (revocable) await client.revokeSelf().catch(() => ctx.io.err('warning: could not revoke the Vault token obtained by login; it expires with its TTL\n'));
    },
  };
}
