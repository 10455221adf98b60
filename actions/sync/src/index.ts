import { runAction } from '@mcp-secrets/action-kit';
import { main } from './main';

void runAction('sync', (ports) => main(ports));
