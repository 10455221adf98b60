// One bundle for the five actions and the CLI. dist/<id>/index.js is a stub that calls run('<id>');
// each entry is a chunk loaded on demand, and webpack puts what several entries share in chunks of
// their own, so the repository every workflow downloads carries each library once (issue 16).
import { isMainThread } from 'node:worker_threads';

interface Entry {
  /** `bundle` is this file: the script scan workers re-run. */
  run(bundle: string): Promise<void>;
}

const ENTRIES: Record<string, () => Promise<Entry>> = {
  audit: () => import('../../audit/src/index'),
  cli: () => import('./cli'),
  gate: () => import('../../gate/src/index'),
  'ops-controls': () => import('../../ops-controls/src/index'),
  sync: () => import('../../sync/src/index'),
  'sync-post': () => import('../../sync/src/post'),
  'workflow-permission-check': () => import('../../workflow-permission-check/src/index'),
};

/** The ids scripts/build.mjs writes a dist/<id>/index.js stub for. */
export const ENTRY_IDS: readonly string[] = Object.keys(ENTRIES);

export async function run(id: string): Promise<void> {
  const load = ENTRIES[id];
  if (load === undefined) throw new Error(`the shared bundle has no entry '${id}'`);
  await (await load()).run(__filename);
}

// Scan workers (audit, the CLI's audit --jobs) re-run this file in a worker thread: there it only scans.
if (!isMainThread) void import('@mcp-secrets/scanner').then(({ scanWorkerEntry }) => scanWorkerEntry(__filename));
