import { runAction } from '@mcp-secrets/action-kit';
import { uploadArtifact } from '@mcp-secrets/artifacts';
import { main } from './main';

/** The audit action, on the main thread. */
export function run(): Promise<void> {
  return runAction('audit', (ports) => main(ports), { uploadArtifact: (name, files, rootDir) => uploadArtifact(name, files, rootDir) });
}
