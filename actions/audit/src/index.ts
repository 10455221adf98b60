import { scanWorkerEntry } from '@mcp-secrets/scanner';
import { runAction } from '@mcp-secrets/action-kit';
import { uploadArtifact } from '@mcp-secrets/artifacts';
import { main } from './main';

/** The audit action; `bundle` (the shared bundle's file) is the script its scan workers re-run. */
export function run(bundle: string): Promise<void> {
  scanWorkerEntry(bundle);
  return runAction('audit', (ports) => main(ports), { uploadArtifact: (name, files, rootDir) => uploadArtifact(name, files, rootDir) });
}
