// Several files replaced as one: every new content is staged next to its target first, then all
// are renamed into place; any failure puts back what was there before.
import { closeSync, openSync, renameSync, rmSync } from 'node:fs';
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

function stage(write: FileWrite): Staged {
  return { ...write, temp: stageFile(write.path, write.content, write.mode) };
}

function putBack(write: FileWrite): void {
  if (write.original === undefined) rmSync(write.path, { force: true });
  else writeFileAtomic(write.path, write.original, { mode: write.mode });
}

/** Writes all files or none. Returns an undo that restores every original (used when a later step fails). */
export function replaceFiles(writes: readonly FileWrite[]): () => void {
  const staged: Staged[] = [];
  const placed: Staged[] = [];
  try {
    for (const write of writes) staged.push(stage(write));
    for (const file of staged) {
      if (file.original === undefined) {
        // A new file (the age key) must not replace one that appeared meanwhile.
        closeSync(openSync(file.path, 'wx', file.mode));
        placed.push(file);
      }
      renameSync(file.temp, file.path);
      if (file.original !== undefined) placed.push(file);
    }
  } catch (error) {
    for (const file of staged) rmSync(file.temp, { force: true });
    for (const file of placed.reverse()) putBack(file);
    throw error;
  }
  return () => {
    for (const file of [...placed].reverse()) putBack(file);
  };
}
