// A lock file that says who holds it: created exclusively (O_EXCL), holding the pid, host and start
// time of its holder, removed by that holder. A lock whose holder is gone is reported as stale and
// left where it is: taking it over silently could run two writers at once.
import { closeSync, fstatSync, lstatSync, openSync, rmSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { readBoundedTextIfPresent } from './bounded-read';

export interface LockHolder {
  pid: number;
  host: string;
  /** ISO-8601 time the lock was taken. */
  since: string;
}

export interface HeldLock {
  path: string;
  /** Removes the lock if it is still this holder's; never throws (a lock left behind is reported as stale later). */
  release(): void;
}

/** The lock exists. `holder` is undefined when the file does not say (empty, garbled, not a file). */
export class LockHeldError extends Error {
  constructor(
    readonly path: string,
    readonly holder: LockHolder | undefined,
    /** The holder ran on this host and its process is gone. */
    readonly stale: boolean,
  ) {
    const who = holder === undefined ? 'an unknown holder' : `pid ${holder.pid} on ${holder.host} since ${holder.since}`;
    super(`${path} is held by ${who}${stale ? ', which is no longer running' : ''}`);
    this.name = 'LockHeldError';
  }
}

// What a lock file may say; anything else is not shown (the file may come from a hostile repository).
const HOST = /^[A-Za-z0-9][A-Za-z0-9.-]{0,252}$/;
const TIME = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z$/;
const MAX_LOCK_BYTES = 4096;

/** Creates `path` exclusively (0600) with this process as holder; LockHeldError when it exists. */
export function acquireLockFile(path: string): HeldLock {
  const holder: LockHolder = { pid: process.pid, host: hostname(), since: new Date().toISOString() };
  let fd: number;
  try {
    fd = openSync(path, 'wx', 0o600);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw heldError(path);
    throw error;
  }
  let own: { dev: number; ino: number };
  try {
    try {
      writeSync(fd, `${JSON.stringify(holder)}\n`);
      own = fstatSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    rmSync(path, { force: true });
    throw error;
  }
  return {
    path,
    release: () => {
      try {
        // Only this holder's own file: one removed by hand and taken by another run stays.
        const now = lstatSync(path);
        if (now.dev === own.dev && now.ino === own.ino) rmSync(path, { force: true });
      } catch {
        // Gone already, or left behind: then the next run reports it as stale, naming this pid.
      }
    },
  };
}

function heldError(path: string): LockHeldError {
  let holder: LockHolder | undefined;
  try {
    holder = parseHolder(readBoundedTextIfPresent(path, { what: 'the lock file', maxBytes: MAX_LOCK_BYTES }) ?? '');
  } catch {
    holder = undefined; // a folder, a pipe, an oversized file: it does not say who holds it
  }
  return new LockHeldError(path, holder, holder !== undefined && holder.host === hostname() && !isRunning(holder.pid));
}

function parseHolder(text: string): LockHolder | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return undefined;
  }
  const { pid, host, since } = (parsed ?? {}) as Partial<Record<keyof LockHolder, unknown>>;
  if (typeof pid !== 'number' || !Number.isSafeInteger(pid) || pid <= 0) return undefined;
  if (typeof host !== 'string' || !HOST.test(host) || typeof since !== 'string' || !TIME.test(since)) return undefined;
  return { pid, host, since };
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'; // alive, owned by someone else
  }
}
