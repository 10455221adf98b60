// The working tree on several threads: the listed files in batches of about BATCH_BYTES (a large
// file alone, read in windows by whichever thread gets it).
import { lstatSync } from 'node:fs';
import type { ScanSession } from '../scan-session';
import type { FileJob } from '../sources/files';
import type { FilePlace, Work } from './messages';
import { BATCH_BYTES, WorkerPool, type ThreadPlan } from './worker-pool';
import { detectWork, keepWork } from './work';

/** A batch of many small files closes here too: their findings come back in one message. */
const BATCH_FILES = 256;

async function* batchesOf(jobs: AsyncIterable<FileJob>): AsyncIterable<Work[]> {
  let batch: Work[] = [];
  let bytes = 0;
  for await (const job of jobs) {
    batch.push({ kind: 'file', job });
    // A failed lstat is for whichever thread opens the file to report.
    bytes += lstatSync(job.full, { throwIfNoEntry: false })?.size ?? 0;
    if (bytes >= BATCH_BYTES || batch.length >= BATCH_FILES) {
      yield batch;
      batch = [];
      bytes = 0;
    }
  }
  if (batch.length > 0) yield batch;
}

async function scanHere(session: ScanSession, work: AsyncIterable<Work> | Iterable<Work>, place: FilePlace): Promise<void> {
  for await (const w of work) keepWork(session, w, detectWork(session.detector, w, place));
}

async function* asWork(jobs: AsyncIterable<FileJob>): AsyncIterable<Work> {
  for await (const job of jobs) yield { kind: 'file', job };
}

/**
 * Scans the files on the planned number of threads; a tree of one batch or less stays on this
 * thread (starting a worker costs more than scanning it). Returns the number of threads used.
 */
export async function scanFileJobs(session: ScanSession, jobs: AsyncIterable<FileJob>, place: FilePlace, plan: ThreadPlan): Promise<number> {
  if (plan.threads < 2 || plan.workers === undefined) {
    await scanHere(session, asWork(jobs), place);
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
  const pool = new WorkerPool(session, { threads: plan.threads, script, setup: { ...place, config, detect } });
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
