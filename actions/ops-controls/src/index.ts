import { runAction } from '@mcp-secrets/action-kit';
import { main } from './main';

/** The ops-controls action. */
export function run(): Promise<void> {
  return runAction('ops-controls', (ports) => main(ports), {
    // Loaded on demand: the artifact client is most of the bundle and only an upload needs it.
    uploadArtifact: async (name, files, rootDir) => (await import('@mcp-secrets/artifacts')).uploadArtifact(name, files, rootDir),
  });
}
