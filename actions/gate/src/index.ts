import { runAction } from '@mcp-secrets/action-kit';
import { scanWorkerEntry } from '@mcp-secrets/scanner';
import { main } from './main';

const NO_SERVICE = 'not running on a GitHub runner (no artifact service); the files stay on disk';

/** The security gate action; `bundle` (the shared bundle's file) is the script its audit's scan workers re-run. */
export function run(bundle: string): Promise<void> {
  scanWorkerEntry(bundle);
  return runAction('security gate', (ports) => main(ports), {
    // The artifact client is most of the bundle: it is loaded only where there is a service to talk to.
    uploadArtifact: async (name, files, rootDir) =>
      process.env.ACTIONS_RUNTIME_TOKEN && process.env.ACTIONS_RESULTS_URL
        ? (await import('@mcp-secrets/artifacts')).uploadArtifact(name, files, rootDir)
        : { uploaded: false, reason: NO_SERVICE },
  });
}
