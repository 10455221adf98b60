// Where a source that reads its own text (the git log) hands its windows: scanned at once on this
// thread, or gathered into batches of about BATCH_BYTES for the worker pool, which is started only
// once a first batch is full (a short history stays on this thread, as a small tree does).
import type { TextOrigin } from '../detect/detect';
import type { ScanSession } from '../scan-session';
import type { ScanWindow } from '../window-detector';
import type { FilePlace, Work } from './messages';
import { detectWork, keepWork } from './work';
import { BATCH_BYTES, WorkerPool, type ThreadPlan } from './worker-pool';

export interface WindowSink {
  /** A window to scan; what it finds is kept in the order the windows were given. */
  window(window: ScanWindow, origin: TextOrigin): void;
  /** Whether a batch is full: then `settle` before reading on. */
  readonly hasFull: boolean;
  /** Hands full batches on; the source waits for the workers here. */
  settle(): Promise<void>;
  /** Everything given is scanned and kept; returns the number of threads used. */
  finish(): Promise<number>;
  /** Stops the workers (after finish, or when the source failed). */
  close(): Promise<void>;
}

class PooledSink implements WindowSink {
  private batch: Work[] = [];
  private bytes = 0;
  private readonly full: Work[][] = [];
  private pool: WorkerPool | undefined;

  constructor(
    private readonly session: ScanSession,
    private readonly place: FilePlace,
    private readonly plan: Required<ThreadPlan>,
  ) {}

  get hasFull(): boolean {
    return this.full.length > 0;
  }

  window(window: ScanWindow, origin: TextOrigin): void {
    this.batch.push({ kind: 'window', window, origin });
    this.bytes += window.text.length;
    if (this.bytes < BATCH_BYTES) return;
    this.full.push(this.batch);
    this.batch = [];
    this.bytes = 0;
  }

  async settle(): Promise<void> {
    for (let batch = this.full.shift(); batch !== undefined; batch = this.full.shift()) {
      const { script, config, detect } = this.plan.workers;
      this.pool ??= new WorkerPool(this.session, { threads: this.plan.threads, script, setup: { ...this.place, config, detect } });
      await this.pool.submit(batch);
    }
  }

  async finish(): Promise<number> {
    await this.settle();
    if (this.pool === undefined) {
      for (const w of this.batch) keepWork(this.session, w, detectWork(this.session.detector, w, this.place));
      return 1;
    }
    await this.pool.submit(this.batch);
    await this.pool.drain();
    return this.plan.threads;
  }

  async close(): Promise<void> {
    await this.pool?.close();
  }
}

/** Scans each window as it comes (one thread). */
class HereSink implements WindowSink {
  readonly hasFull = false;

  constructor(private readonly session: ScanSession) {}

  window(window: ScanWindow, origin: TextOrigin): void {
    this.session.scanWindow(window, origin);
  }

  async settle(): Promise<void> {}

  async finish(): Promise<number> {
    return 1;
  }

  async close(): Promise<void> {}
}

export function windowSink(session: ScanSession, place: FilePlace, plan: ThreadPlan): WindowSink {
  const workers = plan.workers;
  return plan.threads < 2 || workers === undefined ? new HereSink(session) : new PooledSink(session, place, { threads: plan.threads, workers });
}
