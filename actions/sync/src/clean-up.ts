import { runAction } from '@mcp-secrets/action-kit';
import { runSyncPost } from '@mcp-secrets/sync';
import { readPostOptions } from './inputs';

/** Removes what main wrote and revokes a token it could not (runSyncPost reads what the state holds). */
export function cleanUp(): Promise<void> {
  return runAction('sync (post)', async (ports) => {
    await runSyncPost(ports, readPostOptions(ports.env));
  });
}
