import { runAction } from '@mcp-secrets/action-kit';
import { runSyncPost } from '@mcp-secrets/sync';
import { readPostOptions } from './inputs';

/** The sync action's post step: removes what main wrote. */
export function run(): Promise<void> {
  return runAction('sync (post)', async (ports) => {
    await runSyncPost(ports, readPostOptions(ports.env));
  });
}
