// Uploads workflow artifacts through the runner's artifact service. Kept apart
// from the action kit so that only the actions that publish reports (audit,
// ops-controls, the gate) carry @actions/artifact in their bundles.
import { DefaultArtifactClient } from '@actions/artifact';

export interface UploadResult {
  uploaded: boolean;
  reason?: string;
}

export async function uploadArtifact(name: string, files: string[], rootDir: string, env: NodeJS.ProcessEnv = process.env): Promise<UploadResult> {
  if (!env.ACTIONS_RUNTIME_TOKEN || !env.ACTIONS_RESULTS_URL) {
    return { uploaded: false, reason: 'not running on a GitHub runner (no artifact service); the files stay on disk' };
  }
  const client = new DefaultArtifactClient();
  const { id } = await client.uploadArtifact(name, files, rootDir, { retentionDays: 90 });
  return { uploaded: true, reason: id === undefined ? undefined : `artifact id ${id}` };
}
