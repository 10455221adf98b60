import { runAction } from '@mcp-secrets/action-kit';
import { main } from './main';

/** The sync action's main step. */
export function run(): Promise<void> {
  return runAction('sync', (ports) => main(ports));
}
