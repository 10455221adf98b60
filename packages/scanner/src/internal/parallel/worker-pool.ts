// The main thread's side of a scan on several threads: batches of work (files, or windows of
// history) go to whichever worker has room, and what they found is kept in the order the work
// was listed (a batch that comes back early waits for the ones before it), so the report is the
// same whatever the number of workers. N threads are N - 1 workers and this thread, which scans a
// batch itself whenever every worker is busy: a worker costs its start-up (loading the bundle,
// compiling the rules), and this thread would only wait. A worker that fails fails the scan,
// naming what it had.
import { Worker } from 'node:worker_threads';
import type { DetectCounters } from '../detect/detect';
import type { ScanSession } from '../scan-session';
import type { WindowDetectorOptions } from '../window-detector';
import { fromPortable, WORKER_DATA_KEY, type BatchRequest, type BatchResult, type Done, type FilePlace, type Work, type WorkerSetup } from './messages';
import type { PortableConfig } from './portable-config';
import { describeWork, detectWork, keepWork } from './work';

/** A batch closes at about this many bytes: small enough to share the work out evenly, large enough that messages cost little. */
export const BATCH_BYTES = 1024 * 1024;
/** Batches a worker holds at once: one to work on, the others queued so it never waits while this thread scans one. */
const IN_FLIGHT = 4;

export interface ThreadPlan {
  /** Threads to detect on: 1 keeps everything on this thread. */
  threads: number;
  /** What the workers run and receive (without it, everything stays on this thread). */
  workers?: { script: string; config: PortableConfig; detect: WindowDetectorOptions };
}

export type PoolSetup = { threads: number; script: string; setup: WorkerSetup };

interface Slot {
  worker: Worker;
  /** Batches sent and not yet answered, by sequence number. */
  pending: Map<number, Work[]>;
}

export class WorkerPool {
  private readonly slots: Slot[] = [];
  private sent = 0;
  private kept = 0;
  /** Batches done out of turn, waiting for those before them; counters undefined when scanned here (the session counted them). */
  private readonly answered = new Map<number, { work: Work[]; done: Done[]; counters?: DetectCounters }>();
  private failure: Error | undefined;
  private closing = false;
  private wake: (() => void) | undefined;

  private readonly place: FilePlace;

  constructor(
    private readonly session: ScanSession,
    setup: PoolSetup,
  ) {
    this.place = setup.setup;
    for (let i = 1; i < setup.threads; i++) this.slots.push(this.start(setup));
  }

  private start(setup: PoolSetup): Slot {
    const worker = new Worker(setup.script, { workerData: { [WORKER_DATA_KEY]: setup.setup } });
    const slot: Slot = { worker, pending: new Map() };
    worker.on('message', (result: BatchResult) => {
      const work = slot.pending.get(result.seq) as Work[];
      slot.pending.delete(result.seq);
      this.answered.set(result.seq, { work, done: result.done.map(fromPortable), counters: result.counters });
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
    const work = [...slot.pending.values()].flat();
    const first = work[0];
    const what = first === undefined ? '' : ` while scanning ${describeWork(first)}${work.length > 1 ? ` (or one of ${work.length - 1} other items of its batches)` : ''}`;
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
      next.done.forEach((done, i) => keepWork(this.session, next.work[i] as Work, done));
      if (next.counters !== undefined) this.session.addDetectCounters(next.counters);
      this.kept++;
    }
  }

  /** Sends a batch to the least busy worker, or scans it here when every worker has its fill. */
  async submit(work: Work[]): Promise<void> {
    this.check();
    const seq = this.sent++;
    const slot = this.slots.reduce((a, b) => (b.pending.size < a.pending.size ? b : a));
    if (slot.pending.size < IN_FLIGHT) {
      slot.pending.set(seq, work);
      slot.worker.postMessage({ seq, work } satisfies BatchRequest);
      return;
    }
    const done = work.map((w) => detectWork(this.session.detector, w, this.place));
    this.answered.set(seq, { work, done });
    this.keepInOrder();
    // The listing (or the log) may run on promises alone: without a turn of the event loop, no
    // worker's answer would come in and this thread would end up scanning everything.
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

