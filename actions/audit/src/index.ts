import { scanWorkerEntry } from '@mcp-secrets/scanner';

// This bundle is also the scan workers' script: in a worker thread it only scans, and the
// action's own code (a chunk of its own) is not even loaded.
if (!scanWorkerEntry(__filename)) void import('./run').then(({ run }) => run());
