import { randomBytes } from 'node:crypto';
import { chmodSync, closeSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, basename } from 'node:path';

export interface AtomicWriteOptions {
  /** File mode; 0o600 for anything holding a secret. */
  mode?: number;
  /** Mode for folders this call creates (and enforces on the immediate parent when `privateDir`). */
  dirMode?: number;
  /** The parent folder holds secrets: create it 0700 and tighten it if it exists with looser bits. */
  privateDir?: boolean;
}

/**
 * Writes a file so that readers see either the old content or the whole new
 * one: a temp file in the same folder (created with the final mode, so the
 * content is never readable by others), fsync, then rename.
 */
export function writeFileAtomic(path: string, content: string | Uint8Array, options: AtomicWriteOptions = {}): void {
  const mode = options.mode ?? 0o644;
  const dir = dirname(path);
  const dirMode = options.dirMode ?? (options.privateDir ? 0o700 : 0o755);
  mkdirSync(dir, { recursive: true, mode: dirMode });
  if (options.privateDir) tightenDir(dir, dirMode);
  const temp = stageFile(path, content, mode);
  try {
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}

/**
 * Writes `content` to a new temp file beside `path` (created exclusively with
 * `mode`, fsynced) and returns the temp path, for the caller to rename into place.
 */
export function stageFile(path: string, content: string | Uint8Array, mode: number): string {
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  const fd = openSync(temp, 'wx', mode);
  // Any failure, closing and chmod included, removes the temp file: it may hold a secret.
  try {
    try {
      writeFileSync(fd, content); // loops until every byte is written
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    chmodSync(temp, mode); // the umask may have narrowed the mode open() applied
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
  return temp;
}

function tightenDir(dir: string, dirMode: number): void {
  const current = statSync(dir).mode & 0o777;
  if ((current & ~dirMode) !== 0) chmodSync(dir, dirMode);
}

/** Removes a file if present; true when something was removed. */
export function removeIfPresent(path: string): boolean {
  try {
    statSync(path);
  } catch {
    return false;
  }
  rmSync(path, { force: true });
  return true;
}

export { BoundedReadError, readBoundedFile, readBoundedText, readBoundedTextIfPresent } from './bounded-read';
export type { BoundedReadOptions, BoundedReadRefusal } from './bounded-read';
export { acquireLockFile, LockHeldError, type HeldLock, type LockHolder } from './lock-file';

export { claimPrivateFolder, checkReplaceableFile, hasSymlinkBelow, removeStagedCopies, UnsafeLocationError } from './private-folder';
