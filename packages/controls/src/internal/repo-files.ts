import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Read-only view of the working tree, paths relative to the repository root with `/` separators. */
export interface RepoFiles {
  /** UTF-8 text of a file, or undefined when it does not exist or is not a file. */
  readText(path: string): string | undefined;
  /** Raw bytes (binary detection), or undefined when absent. */
  readBytes(path: string): Uint8Array | undefined;
  /** Names of the entries of a folder, or [] when absent. */
  listDir(path: string): string[];
}

export function createRepoFiles(root: string): RepoFiles {
  const readBytes = (path: string): Buffer | undefined => {
    const full = join(root, path);
    try {
      if (!statSync(full).isFile()) return undefined;
      return readFileSync(full);
    } catch {
      return undefined;
    }
  };
  return {
    readText: (path) => readBytes(path)?.toString('utf8'),
    readBytes,
    listDir: (path) => {
      try {
        return readdirSync(join(root, path));
      } catch {
        return [];
      }
    },
  };
}
