// Several files replaced as one: every new content is staged next to its target first, then all
// are renamed into place in the order given; any failure puts back what was there before.
import { closeSync, openSync, renameSync, rmSync } from 'node:fs';
import { toError } from '@mcp-secrets/ports';
import { stageFile, writeFileAtomic } from '@mcp-secrets/fs-safe';

export interface FileWrite {
  path: string;
  content: string;
  mode: number;
  /** The current content, or undefined for a file that must not exist yet (it is created exclusively). */
  original: string | undefined;
}

interface Staged extends FileWrite {
  temp: string;
}

/** Some files could not be put back: they are named, so the user can restore them by hand. */
export class RestoreError extends Error {
  constructor(
    readonly paths: string[],
    reasons: string[],
  ) {
    super(`could not put back ${paths.join(', ')} (${reasons.join('; ')})`);
    this.name = 'RestoreError';
  }
}

function stage(write: FileWrite): Staged {
  return { ...write, temp: stageFile(write.path, write.content, write.mode) };
}

function putBack(write: FileWrite): void {
  if (write.original === undefined) rmSync(write.path, { force: true });
  else writeFileAtomic(write.path, write.original, { mode: write.mode });
}

/**
 * Removes the temp files and puts back the placed files, latest first, trying each even after one
 * fails; a RestoreError names those that failed.
 */
function undo(temps: readonly string[], placed: readonly FileWrite[]): void {
  const failed: { path: string; reason: string }[] = [];
  const attempt = (path: string, work: () => void): void => {
    try {
      work();
    } catch (error) {
      failed.push({ path, reason: toError(error).message });
    }
  };
  for (const temp of temps) attempt(temp, () => rmSync(temp, { force: true }));
  for (const file of [...placed].reverse()) attempt(file.path, () => putBack(file));
  if (failed.length > 0) throw new RestoreError(failed.map((f) => f.path), failed.map((f) => f.reason));
}

/**
 * Writes all files or none. Returns an undo that restores every original (used when a later step
 * fails). Either throws a RestoreError naming any file it could not put back.
 */
export function replaceFiles(writes: readonly FileWrite[]): () => void {
  const staged: Staged[] = [];
  const placed: Staged[] = [];
  try {
    for (const write of writes) staged.push(stage(write));
    for (const file of staged) {
      if (file.original === undefined) {
        // A new file (the age key) must not replace one that appeared meanwhile.
        const fd = openSync(file.path, 'wx', file.mode);
        placed.push(file);
        closeSync(fd);
      }
      renameSync(file.temp, file.path);
      if (file.original !== undefined) placed.push(file);
    }
  } catch (error) {
    try {
      undo(staged.map((file) => file.temp), placed);
    } catch (restoreError) {
      if (restoreError instanceof RestoreError) restoreError.message = `${toError(error).message}; then ${restoreError.message}`;
      throw restoreError;
    }
    throw error;
  }
  return () => undo([], placed);
}
