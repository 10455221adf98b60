import { runAction } from '@mcp-secrets/action-kit';
import { main } from './main';

void runAction('workflow-permission-check', (ports) => main(ports));
