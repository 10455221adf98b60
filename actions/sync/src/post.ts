import { runAction } from '@mcp-secrets/action-kit';
import { runSyncPost } from '@mcp-secrets/secrets-sync';
import { readInputs } from './inputs';

void runAction('sync (post)', async (ports) => {
  await runSyncPost(ports, readInputs(ports.env));
});
