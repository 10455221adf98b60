import { hasSymlinkBelow, removeIfPresent, removeStagedCopies } from '@mcp-secrets/fs-safe';
import type { ActionPorts } from '@mcp-secrets/ports';
import { VaultClient, VaultError } from '@mcp-secrets/vault';
import { privateRootOf } from './file-locations';
import type { SyncOptions, VaultOptions } from './options';
import { STATE } from './state';
import { vaultClientOptions, type VaultClientFactory } from './vault-source';

/**
 * What post needs: the folders, and the Vault settings to revoke a token with. When the inputs no
 * longer read (main failed on them, or a later step exported a variable they fall back to), the
 * folders still do to remove the files.
 */
export type PostOptions = Pick<SyncOptions, 'privateRoots'> & ({ vault: VaultOptions } | { inputsError: string });

export interface PostResult {
  revoked: 'revoked' | 'already' | 'none' | 'failed';
  removed: string[];
}

/**
 * Runs after the job (even when main failed): revokes a login token main could
 * not revoke, and removes the files main wrote, with the plaintext temp copies a
 * kill between staging and rename leaves beside them. Never fails the job over a
 * cleanup problem it cannot fix; it warns instead.
 */
export async function runSyncPost(ports: ActionPorts, options: PostOptions, createClient?: VaultClientFactory): Promise<PostResult> {
  const result: PostResult = { revoked: 'none', removed: [] };
  const token = ports.getState(STATE.token);
  const files = parseFiles(ports.getState(STATE.files));
  // Main left nothing (nothing configured, or it stopped before writing): nothing to do or to report.
  if (token === '' && files.length === 0) return result;
  if (token !== '') {
    ports.mask(token);
    result.revoked = ports.getState(STATE.tokenRevoked) === 'true' ? 'already' : await revoke(ports, options, token, createClient);
  }

  for (const file of files) {
    const root = privateRootOf(options, file);
    if (root === undefined || hasSymlinkBelow(root, file)) {
      // A later step swapped the folder for a symlink: removing through it would delete someone else's file.
      ports.log.warning(`Did not remove ${file}: its folder is no longer the one sync wrote (a symlink, or moved).`);
      continue;
    }
    try {
      if (removeIfPresent(file)) result.removed.push(file);
      result.removed.push(...removeStagedCopies(file));
    } catch (error) {
      ports.log.warning(`Could not remove ${file}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  if (result.removed.length > 0) ports.log.info(`Removed ${result.removed.join(', ')}`);
  await ports.appendSummary(postSummary(result));
  return result;
}

async function revoke(ports: ActionPorts, options: PostOptions, token: string, createClient?: VaultClientFactory): Promise<PostResult['revoked']> {
  if (!('vault' in options)) {
    ports.log.warning(`Could not revoke the Vault token: the inputs no longer read (${options.inputsError}). It expires with its TTL.`);
    return 'failed';
  }
  const client = (createClient ?? ((o) => new VaultClient(o)))({ ...vaultClientOptions(options.vault, ports), token });
  try {
    await client.revokeSelf();
    ports.log.info('Revoked the Vault token obtained by login.');
    return 'revoked';
  } catch (error) {
    const reason = error instanceof VaultError ? error.message : String(error);
    ports.log.warning(`Could not revoke the Vault token: ${reason}. It expires with its TTL.`);
    return 'failed';
  }
}

function parseFiles(state: string): string[] {
  if (state === '') return [];
  try {
    const parsed: unknown = JSON.parse(state);
    return Array.isArray(parsed) ? parsed.filter((item): item is string => typeof item === 'string') : [];
  } catch {
    return [];
  }
}

function postSummary(result: PostResult): string {
  const token = {
    revoked: 'revoked by the post step',
    already: 'revoked right after the read',
    none: 'none obtained by login',
    failed: 'revocation failed (expires with its TTL)',
  }[result.revoked];
  const files = result.removed.length > 0 ? result.removed.map((f) => `\`${f}\``).join(', ') : 'none left';
  return ['## Secrets sync cleanup', '', `- Vault token: ${token}`, `- Files removed: ${files}`, ''].join('\n');
}
