// One piece of work, done the same way on whichever thread it lands, and kept on the main thread.
import type { ScanSession } from '../scan-session';
import { detectFile, keepFileOutcome } from '../sources/files';
import type { WindowDetector } from '../window-detector';
import type { Done, FilePlace, Work } from './messages';

export function detectWork(detector: WindowDetector, work: Work, place: FilePlace): Done {
  if (work.kind === 'file') return { kind: 'file', outcome: detectFile(detector, work.job, place.realRoot, place.windows) };
  return { kind: 'window', detected: detector.window(work.window, work.origin) };
}

/** Counts and keeps what a piece of work found, in the order the work was listed. */
export function keepWork(session: ScanSession, work: Work, done: Done): void {
  if (work.kind === 'file' && done.kind === 'file') {
    keepFileOutcome(session, work.job.path, done.outcome);
    session.fileDone();
  } else if (done.kind === 'window') {
    session.keepDetected(done.detected);
  }
}

/** How a failure names the work it interrupted. */
export function describeWork(work: Work): string {
  if (work.kind === 'file') return work.job.path;
  const commit = work.origin.commit?.commit;
  return commit === undefined ? work.origin.path : `${work.origin.path} of commit ${commit.slice(0, 12)}`;
}
