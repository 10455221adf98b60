// What the main thread and the scan workers send each other (structured clones: plain data only).
import type { DetectCounters, TextOrigin } from '../detect/detect';
import type { Finding } from '../report/finding';
import type { FileJob, FileOutcome } from '../sources/files';
import type { WindowSizes } from '../sources/text-windows';
import type { Detected, ScanWindow, WindowDetectorOptions } from '../window-detector';
import type { PortableConfig } from './portable-config';

/** The key of workerData that makes a thread running a bundle's entry a scan worker. */
export const WORKER_DATA_KEY = 'mcpSecretsScanWorker';

/** Where the files are and how they are cut, the same on every thread. */
export interface FilePlace {
  /** The scanned folder, symlinks resolved (a symlink leading outside it is skipped); empty for history. */
  realRoot: string;
  windows?: WindowSizes;
}

export interface WorkerSetup extends FilePlace {
  config: PortableConfig;
  detect: WindowDetectorOptions;
}

/** One thing to scan: a file of the working tree, or a window of history text already read. */
export type Work = { kind: 'file'; job: FileJob } | { kind: 'window'; window: ScanWindow; origin: TextOrigin };

/** What came of it. */
export type Done = { kind: 'file'; outcome: FileOutcome } | { kind: 'window'; detected: Detected };

export interface BatchRequest {
  seq: number;
  work: Work[];
}

/** Detected, with the inline-allowed findings as indices into `found` (a Set of objects does not survive cloning). */
interface PortableDetected {
  found: Finding[];
  inline: number[];
}

type PortableOutcome = Exclude<FileOutcome, { kind: 'scanned' }> | { kind: 'scanned'; size: number; binary: boolean; windows: PortableDetected[] };

export type PortableDone = { kind: 'file'; outcome: PortableOutcome } | { kind: 'window'; detected: PortableDetected };

export interface BatchResult {
  seq: number;
  done: PortableDone[];
  counters: DetectCounters;
}

function toPortableDetected({ found, allowedInline }: Detected): PortableDetected {
  return { found, inline: found.flatMap((f, i) => (allowedInline.has(f) ? [i] : [])) };
}

function fromPortableDetected({ found, inline }: PortableDetected): Detected {
  return { found, allowedInline: new Set(inline.map((i) => found[i] as Finding)) };
}

export function toPortable(done: Done): PortableDone {
  if (done.kind === 'window') return { kind: 'window', detected: toPortableDetected(done.detected) };
  const outcome = done.outcome;
  return { kind: 'file', outcome: outcome.kind === 'scanned' ? { ...outcome, windows: outcome.windows.map(toPortableDetected) } : outcome };
}

export function fromPortable(done: PortableDone): Done {
  if (done.kind === 'window') return { kind: 'window', detected: fromPortableDetected(done.detected) };
  const outcome = done.outcome;
  return { kind: 'file', outcome: outcome.kind === 'scanned' ? { ...outcome, windows: outcome.windows.map(fromPortableDetected) } : outcome };
}
