import { proxyPasswords, VaultClient, VaultError, type VaultClientOptions } from '@mcp-secrets/vault';
import type { ActionPorts } from '@mcp-secrets/ports';
import { bundleFromVaultData, type Bundle } from '@mcp-secrets/secrets-store';
import { maskBundle } from './mask-bundle';
import type { VaultOptions } from './options';
import type { VaultLogin } from './provider';
import { STATE } from './state';

export interface FetchedBundle {
  bundle: Bundle;
  /** Where it came from, for logs and console-secrets.json (`secret/mcp/ci`, `config/secrets.enc.yaml`). */
  source: string;
  /** Key/value lines for the job summary (never secret). */
  details: [string, string][];
}

export type VaultClientFactory = (options: VaultClientOptions) => VaultClient;

/**
 * Logs in, reads the bundle, and revokes a token it obtained by login right
 * away: sync hands no token to later steps, so nothing needs it after the read.
 * The token is saved to the step state the moment it arrives, before it is
 * masked or used, so the post step can still revoke it if this process dies.
 */
export async function fetchFromVault(
  vault: VaultOptions,
  login: VaultLogin,
  ports: ActionPorts,
  createClient: VaultClientFactory = (options) => new VaultClient(options),
): Promise<FetchedBundle> {
  const client = createClient(vaultClientOptions(vault, ports));
  let revocable = false;
  try {
    const method = await loginToVault(client, login, ports, (token) => ports.saveState(STATE.token, token));
    revocable = method.revocable;
    const secret = await client.readKv(vault.secretPath);
    const bundle = maskBundle(ports, bundleFromVaultData(secret.data, vault.secretsKey, secret.path), secret.path);
    const details: [string, string][] = [
      ['Vault path', `${secret.path} (KV v${secret.kvVersion}, mount ${secret.mount})`],
      ['Login', method.description],
    ];
    if (secret.metadata) details.push(['Secret version', `${secret.metadata.version} created ${secret.metadata.createdTime || '(unknown)'}`]);
    if (vault.namespace) details.push(['Namespace', vault.namespace]);
    return { bundle, source: secret.path, details };
  } finally {
    if (revocable) await revokeNow(client, ports);
  }
}

/** What a Vault client needs to reach Vault; the sync options and ops-controls' Vault access both carry it. */
export type VaultConnection = Pick<VaultOptions, 'address' | 'namespace' | 'caCert' | 'timeoutSeconds'> & { authNamespace?: string };

/** The client options; masks the password of the proxy the client will use, which proxy libraries print in debug output. */
export function vaultClientOptions(vault: VaultConnection, ports: ActionPorts): VaultClientOptions {
  if (URL.canParse(vault.address)) for (const password of proxyPasswords(new URL(vault.address), ports.env)) ports.mask(password);
  return {
    address: vault.address,
    ...(vault.namespace ? { namespace: vault.namespace } : {}),
    ...(vault.authNamespace ? { authNamespace: vault.authNamespace } : {}),
    ...(vault.caCert ? { caCert: vault.caCert } : {}),
    deadline: Date.now() + vault.timeoutSeconds * 1000,
    env: ports.env,
    logger: { debug: (message) => ports.log.debug(message) },
  };
}

/**
 * Logs the client in (or uses the given token), masking every token it receives;
 * only a service token from a login is ours to revoke, and `keep` receives it
 * before anything else happens to it (sync saves it for the post step).
 */
export async function loginToVault(
  client: VaultClient,
  login: VaultLogin,
  ports: ActionPorts,
  keep: (token: string) => void = () => undefined,
): Promise<{ revocable: boolean; description: string }> {
  const received = (token: string, revocable: boolean): boolean => {
    // Kept first: a kill from here on still leaves the post step a token to revoke; the state is never displayed.
    if (revocable) keep(token);
    ports.mask(token);
    return revocable;
  };
  switch (login.method) {
    case 'token':
      client.useToken(login.token);
      return { revocable: false, description: 'token (yours: not revoked)' };
    case 'approle': {
      const result = await client.loginAppRole({ roleId: login.roleId, secretId: login.secretId, mountPath: login.mountPath });
      const revocable = received(result.token, result.tokenType === 'service');
      return { revocable, description: `AppRole at auth/${login.mountPath} (${result.tokenType} token)` };
    }
    case 'jwt': {
      const jwt = await ports.getIdToken(login.audience);
      ports.mask(jwt);
      const result = await client.loginJwt({ role: login.role, jwt, mountPath: login.mountPath });
      const revocable = received(result.token, result.tokenType === 'service');
      return { revocable, description: `GitHub OIDC JWT at auth/${login.mountPath}, role ${login.role || '(default)'} (${result.tokenType} token)` };
    }
  }
}

async function revokeNow(client: VaultClient, ports: ActionPorts): Promise<void> {
  try {
    await client.revokeSelf();
    ports.saveState(STATE.tokenRevoked, 'true');
    ports.log.info('Revoked the Vault token obtained by login.');
  } catch (error) {
    const reason = error instanceof VaultError ? error.message : String(error);
    ports.log.warning(`Could not revoke the Vault token now (${reason}); the post step will try again.`);
  }
}
