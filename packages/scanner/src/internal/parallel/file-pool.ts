// The main thread's side of a scan on several threads: the listed files go out in batches of
// about BATCH_BYTES to whichever worker has room, and the outcomes are kept in listing order
// (a batch that comes back early waits for the ones before it), so the report is the same
// whatever the number of workers. N threads are N - 1 workers and this thread, which scans a
// batch itself whenever every worker is busy: a worker costs its start-up (loading the bundle,
// compiling the rules), and this thread would only wait. A worker that fails fails the scan,
// naming its files.
import { lstatSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import type { ScanSession } from '../scan-session';
import type { DetectCounters } from '../detect/detect';
import { detectFile, keepFileOutcome, type FileJob, type FileOutcome } from '../sources/files';
import type { WindowDetectorOptions } from '../window-detector';
import { fromPortableOutcome, WORKER_DATA_KEY, type BatchRequest, type BatchResult, type FilePlace, type WorkerSetup } from './messages';
import type { PortableConfig } from './portable-config';

/** A batch closes at this many bytes or files: small enough to share the work out evenly, large enough that messages cost little. */
const BATCH_BYTES = 1024 * 1024;
const BATCH_FILES = 256;
/** Batches a worker holds at once: one to work on, the others queued so it never waits while this thread scans one. */
const IN_FLIGHT = 4;

export interface ThreadPlan {
  /** Threads to detect on: 1 keeps everything on this thread. */
  threads: number;
  /** What the workers run and receive (without it, everything stays on this thread). */
  workers?: { script: string; config: PortableConfig; detect: WindowDetectorOptions };
}

type PoolSetup = { threads: number; script: string; setup: WorkerSetup };

/** Jobs grouped by size (a large file alone, read in windows by its worker). */
async function* batchesOf(jobs: AsyncIterable<FileJob>): AsyncIterable<FileJob[]> {
  let batch: FileJob[] = [];
  let bytes = 0;
  for await (const job of jobs) {
    batch.push(job);
    // A failed lstat is the worker's to report, when it opens the file.
    bytes += lstatSync(job.full, { throwIfNoEntry: false })?.size ?? 0;
    if (bytes >= BATCH_BYTES || batch.length >= BATCH_FILES) {
      yield batch;
      batch = [];
      bytes = 0;
    }
  }
  if (batch.length > 0) yield batch;
}

interface Slot {
  worker: Worker;
  /** Batches sent and not yet answered, by sequence number. */
  pending: Map<number, FileJob[]>;
}

class WorkerPool {
  private readonly slots: Slot[] = [];
  private sent = 0;
  private kept = 0;
  /** Batches done out of turn, waiting for those before them; counters undefined when scanned here (the session counted them). */
  private readonly answered = new Map<number, { jobs: FileJob[]; outcomes: FileOutcome[]; counters?: DetectCounters }>();
  private failure: Error | undefined;
  private closing = false;
  private wake: (() => void) | undefined;

  constructor(
    private readonly session: ScanSession,
    private readonly place: FilePlace,
    setup: PoolSetup,
  ) {
    for (let i = 1; i < setup.threads; i++) this.slots.push(this.start(setup));
  }

  private start(setup: PoolSetup): Slot {
    const worker = new Worker(setup.script, { workerData: { [WORKER_DATA_KEY]: setup.setup } });
    const slot: Slot = { worker, pending: new Map() };
    worker.on('message', (result: BatchResult) => {
      const jobs = slot.pending.get(result.seq) as FileJob[];
      slot.pending.delete(result.seq);
      this.answered.set(result.seq, { jobs, outcomes: result.outcomes.map(fromPortableOutcome), counters: result.counters });
      this.keepInOrder();
      this.notify();
    });
    worker.on('error', (error: Error & { code?: string }) => this.fail(slot, error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'ran out of memory' : error.message));
    worker.on('exit', (code) => {
      if (!this.closing) this.fail(slot, `stopped (exit code ${code})`);
    });
    return slot;
  }

  private fail(slot: Slot, why: string): void {
    if (this.failure !== undefined) return;
    const files = [...slot.pending.values()].flat();
    const what = files.length === 0 ? '' : ` while scanning ${files[0]?.path}${files.length > 1 ? ` (or one of ${files.length - 1} other files of its batch)` : ''}`;
    this.failure = new Error(`a scan worker thread ${why}${what}: the scan is incomplete`);
    this.notify();
  }

  private notify(): void {
    const wake = this.wake;
    this.wake = undefined;
    wake?.();
  }

  /** Resolves on the next answer or failure. */
  private event(): Promise<void> {
    return new Promise((resolve) => (this.wake = resolve));
  }

  private check(): void {
    if (this.failure !== undefined) throw this.failure;
  }

  private keepInOrder(): void {
    for (let next = this.answered.get(this.kept); next !== undefined; next = this.answered.get(this.kept)) {
      this.answered.delete(this.kept);
      next.outcomes.forEach((outcome, i) => {
        keepFileOutcome(this.session, (next.jobs[i] as FileJob).path, outcome);
        this.session.fileDone();
      });
      if (next.counters !== undefined) this.session.addDetectCounters(next.counters);
      this.kept++;
    }
  }

  /** Sends a batch to the least busy worker, or scans it here when every worker has its fill. */
  async submit(jobs: FileJob[]): Promise<void> {
    this.check();
    const seq = this.sent++;
    const slot = this.slots.reduce((a, b) => (b.pending.size < a.pending.size ? b : a));
    if (slot.pending.size < IN_FLIGHT) {
      slot.pending.set(seq, jobs);
      slot.worker.postMessage({ seq, jobs } satisfies BatchRequest);
      return;
    }
    const outcomes = jobs.map((job) => detectFile(this.session.detector, job, this.place.realRoot, this.place.windows));
    this.answered.set(seq, { jobs, outcomes });
    this.keepInOrder();
    // The listing runs on promises alone: without a turn of the event loop, no worker's answer
    // would come in and this thread would end up scanning everything.
    await new Promise((resolve) => setImmediate(resolve));
  }

  /** Waits for every batch sent. */
  async drain(): Promise<void> {
    while (this.kept < this.sent) {
      this.check();
      await this.event();
    }
    this.check();
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}

/** Scans the jobs on this thread, in listing order. */
async function scanHere(session: ScanSession, jobs: AsyncIterable<FileJob> | Iterable<FileJob>, place: FilePlace): Promise<void> {
  for await (const job of jobs) {
    keepFileOutcome(session, job.path, detectFile(session.detector, job, place.realRoot, place.windows));
    session.fileDone();
  }
}

/**
 * Scans the jobs on the planned number of threads; a tree of one batch or less stays on this
 * thread (starting a worker costs more than scanning it). Returns the number of threads used.
 */
export async function scanFileJobs(session: ScanSession, jobs: AsyncIterable<FileJob>, place: FilePlace, plan: ThreadPlan): Promise<number> {
  if (plan.threads < 2 || plan.workers === undefined) {
    await scanHere(session, jobs, place);
    return 1;
  }
  const batches = batchesOf(jobs)[Symbol.asyncIterator]();
  const first = await batches.next();
  const second = first.done === true ? first : await batches.next();
  if (second.done === true) {
    await scanHere(session, first.done === true ? [] : first.value, place);
    return 1;
  }
  const { script, config, detect } = plan.workers;
  const pool = new WorkerPool(session, place, { threads: plan.threads, script, setup: { ...place, config, detect } });
  try {
    await pool.submit(first.value);
    await pool.submit(second.value);
    for (let next = await batches.next(); next.done !== true; next = await batches.next()) await pool.submit(next.value);
    await pool.drain();
  } finally {
    await pool.close();
  }
  return plan.threads;
}
