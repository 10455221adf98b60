import type { VaultPort } from '@mcp-secrets/controls';
import type { ActionPorts } from '@mcp-secrets/ports';
import { loginToVault, vaultClientOptions } from '@mcp-secrets/sync';
import { VaultClient, VaultError } from '@mcp-secrets/vault';
import type { VaultAccess } from './options';

export interface VaultSession {
  port: VaultPort;
  /** Revokes a token this session obtained by login (never the user's own token). */
  close(): Promise<void>;
}

/**
 * The checks' view of Vault over @mcp-secrets/vault. Login happens on the first
 * call, so a report whose selected checks never read Vault never logs in, and a
 * failed login shows up as the failure of the checks that needed it.
 */
export function openVaultSession(access: VaultAccess, ports: ActionPorts): VaultSession {
  const client = new VaultClient(vaultClientOptions(access, ports));
  let loggedIn: Promise<void> | undefined;
  let revocable = false;
  const ready = (): Promise<void> =>
    (loggedIn ??= (async () => {
      revocable = (await loginToVault(client, access, ports)).revocable;
    })());

  const port: VaultPort = {
    async lookupSelf() {
      await ready();
      const info = await client.lookupSelf();
      const roleName = info.meta.role_name;
      return { policies: info.policies, ttl: info.ttl, ...(roleName !== undefined && { roleName }) };
    },
    async read(path) {
      await ready();
      try {
        return { data: await client.read(path) };
      } catch (error) {
        if (error instanceof VaultError && (error.kind === 'permission-denied' || error.kind === 'not-found')) return { denied: error.message };
        throw error;
      }
    },
    async secretCreatedTime(secretPath) {
      await ready();
      // readKv returns the values too; they stay in this scope and only the version's time leaves it.
      const secret = await client.readKv(secretPath);
      return secret.metadata?.createdTime;
    },
    async secretRotationFacts(secretPath) {
      await ready();
      // As above: the values stay here; key names, the version's time and custom_metadata leave.
      const secret = await client.readKv(secretPath);
      if (secret.kvVersion !== 2) throw new Error(`${secret.path} is on a KV version 1 mount: rotation dates need KV version 2 (created_time, custom_metadata)`);
      return {
        keys: Object.keys(secret.data),
        ...(secret.metadata?.createdTime ? { createdTime: secret.metadata.createdTime } : {}),
        customMetadata: secret.metadata?.customMetadata ?? {},
      };
    },
  };
  return {
    port,
    async close() {
      if (loggedIn === undefined || !revocable) return;
      try {
        await client.revokeSelf();
      } catch (error) {
        ports.log.warning(`Could not revoke the Vault token obtained by login: ${(error as Error).message}`);
      }
    },
  };
}
