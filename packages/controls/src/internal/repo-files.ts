import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { BoundedReadError, readBoundedFile } from '@mcp-secrets/fs-safe';

/** A file the checks read is repository content: at most this large unless a check asks otherwise. */
export const REPO_FILE_MAX_BYTES = 4 * 1024 * 1024;

/**
 * Read-only view of the working tree, paths relative to the repository root with `/` separators.
 * The repository is hostile input: a file that resolves outside it (a committed symlink to
 * /proc/self/environ or /dev/zero) or is larger than the cap is a ConfigurationError naming it,
 * never read; a folder, pipe or device where a file is expected counts as no file.
 */
export interface RepoFiles {
  /** UTF-8 text of a file, or undefined when it does not exist or is not a regular file. */
  readText(path: string): string | undefined;
  /** Raw bytes (binary detection), or undefined when absent or not a regular file. */
  readBytes(path: string, maxBytes?: number): Uint8Array | undefined;
  /** Names of the entries of a folder, or [] when absent. */
  listDir(path: string): string[];
}

export function createRepoFiles(root: string): RepoFiles {
  const readBytes = (path: string, maxBytes = REPO_FILE_MAX_BYTES): Buffer | undefined => {
    try {
      return readBoundedFile(path, { what: 'a repository file', maxBytes, root, display: path });
    } catch (error) {
      if (error instanceof BoundedReadError && (error.reason === 'absent' || error.reason === 'not-a-file')) return undefined;
      throw error;
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
