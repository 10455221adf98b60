import { runAction } from '@mcp-secrets/action-kit';
import { uploadArtifact } from '@mcp-secrets/artifacts';
import { main } from './main';

void runAction('audit', (ports) => main(ports), { uploadArtifact: (name, files, rootDir) => uploadArtifact(name, files, rootDir) });
