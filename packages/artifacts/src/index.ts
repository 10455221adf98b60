// Uploads workflow artifacts through the runner's artifact service. Kept apart
// from the action kit so that only the actions that publish reports (audit,
// ops-controls, the gate) carry the artifact client, and loaded only on a runner.
//
// @actions/artifact 2.x (CommonJS) rather than 6.x: ncc mis-bundles the ESM
// build of @azure/storage-common that 6.x pulls in (its createRequire shim
// becomes "crc64_require is not a function" at upload time). See
// docs/decisions/0003-artifact-client.md.

export interface UploadResult {
  uploaded: boolean;
  reason?: string;
}

export async function uploadArtifact(name: string, files: string[], rootDir: string, env: NodeJS.ProcessEnv = process.env): Promise<UploadResult> {
  if (!env.ACTIONS_RUNTIME_TOKEN || !env.ACTIONS_RESULTS_URL) {
    return { uploaded: false, reason: 'not running on a GitHub runner (no artifact service); the files stay on disk' };
  }
  const { DefaultArtifactClient } = await import('@actions/artifact');
  const client = new DefaultArtifactClient();
  const { id, size } = await client.uploadArtifact(name, files, rootDir, { retentionDays: 90 });
  return { uploaded: true, reason: `artifact id ${id ?? 'unknown'}, ${size ?? 0} bytes` };
}
