// The worker side: a bundle's entry calls scanWorkerEntry first, so the same file runs as the
// action (or CLI) on the main thread and as a scan worker in a worker thread (ncc bundles one
// file per entry; the worker re-executes it with workerData saying what to do).
import { isMainThread, parentPort, workerData, type MessagePort } from 'node:worker_threads';
import { emptyDetectCounters } from '../detect/detect';
import { WindowDetector } from '../window-detector';
import { toPortable, WORKER_DATA_KEY, type BatchRequest, type BatchResult, type WorkerSetup } from './messages';
import { compilePortable } from './portable-config';
import { detectWork } from './work';

let workerScript: string | undefined;

/**
 * Call first in a bundle's entry, with the bundle's own file (`__filename`). In a scan worker
 * thread it serves scans and returns true: the entry must then do nothing else. On the main
 * thread it records the file as the script scan workers run, and returns false.
 */
export function scanWorkerEntry(script: string): boolean {
  const setup = isMainThread ? undefined : (workerData as Record<string, WorkerSetup | undefined> | null)?.[WORKER_DATA_KEY];
  if (setup === undefined) {
    workerScript = script;
    return false;
  }
  serve(parentPort as MessagePort, setup);
  return true;
}

/** The script scan workers run; undefined when no entry registered one (scans stay on the calling thread). */
export function registeredWorkerScript(): string | undefined {
  return workerScript;
}

function serve(port: MessagePort, setup: WorkerSetup): void {
  const config = compilePortable(setup.config);
  port.on('message', (request: BatchRequest) => {
    const counters = emptyDetectCounters();
    const detector = new WindowDetector(config, setup.detect, counters);
    const done = request.work.map((work) => toPortable(detectWork(detector, work, setup)));
    port.postMessage({ seq: request.seq, done, counters } satisfies BatchResult);
  });
}
