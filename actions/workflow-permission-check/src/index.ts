import { runAction } from '@mcp-secrets/action-kit';
import { main } from './main';

/** The workflow-permission-check action. */
export function run(): Promise<void> {
  return runAction('workflow-permission-check', (ports) => main(ports));
}
