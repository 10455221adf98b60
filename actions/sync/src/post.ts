import { runAction } from '@mcp-secrets/action-kit';
import { runSyncPost } from '@mcp-secrets/secrets-sync';
import { readPostOptions } from './inputs';

void runAction('sync (post)', async (ports) => {
  await runSyncPost(ports, readPostOptions(ports.env));
});
