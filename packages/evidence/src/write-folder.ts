import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** A hidden folder beside `folder` to build its new content in (same filesystem, so it can be renamed). */
export function stagingFolder(folder: string): string {
  const staging = join(dirname(folder), `.${basename(folder)}.${randomBytes(6).toString('hex')}.tmp`);
  mkdirSync(staging, { recursive: true });
  return staging;
}

/**
 * Puts the staged folder in place of `folder` in two renames: readers see the old evidence or the
 * new, never a mix; when the second rename fails, the old folder is put back.
 */
export function replaceFolder(staging: string, folder: string): void {
  if (!existsSync(folder)) {
    renameSync(staging, folder);
    return;
  }
  const previous = `${staging}.previous`;
  renameSync(folder, previous);
  try {
    renameSync(staging, folder);
  } catch (error) {
    renameSync(previous, folder);
    throw error;
  }
  rmSync(previous, { recursive: true, force: true });
}
