// What the main thread and the scan workers send each other (structured clones: plain data only).
import type { DetectCounters } from '../detect/detect';
import type { Finding } from '../report/finding';
import type { FileJob, FileOutcome } from '../sources/files';
import type { WindowSizes } from '../sources/text-windows';
import type { WindowDetectorOptions } from '../window-detector';
import type { PortableConfig } from './portable-config';

/** The key of workerData that makes a thread running a bundle's entry a scan worker. */
export const WORKER_DATA_KEY = 'mcpSecretsScanWorker';

/** Where the files are and how they are cut, the same on every thread. */
export interface FilePlace {
  /** The scanned folder, symlinks resolved (a symlink leading outside it is skipped). */
  realRoot: string;
  windows?: WindowSizes;
}

export interface WorkerSetup extends FilePlace {
  config: PortableConfig;
  detect: WindowDetectorOptions;
}

export interface BatchRequest {
  seq: number;
  jobs: FileJob[];
}

/** Detected, with the inline-allowed findings as indices into `found` (a Set of objects does not survive cloning). */
interface PortableDetected {
  found: Finding[];
  inline: number[];
}

export type PortableOutcome = Exclude<FileOutcome, { kind: 'scanned' }> | { kind: 'scanned'; size: number; binary: boolean; windows: PortableDetected[] };

export interface BatchResult {
  seq: number;
  outcomes: PortableOutcome[];
  counters: DetectCounters;
}

export function toPortableOutcome(outcome: FileOutcome): PortableOutcome {
  if (outcome.kind !== 'scanned') return outcome;
  const windows = outcome.windows.map(({ found, allowedInline }) => ({ found, inline: found.flatMap((f, i) => (allowedInline.has(f) ? [i] : [])) }));
  return { ...outcome, windows };
}

export function fromPortableOutcome(outcome: PortableOutcome): FileOutcome {
  if (outcome.kind !== 'scanned') return outcome;
  const windows = outcome.windows.map(({ found, inline }) => ({ found, allowedInline: new Set(inline.map((i) => found[i] as Finding)) }));
  return { ...outcome, windows };
}
