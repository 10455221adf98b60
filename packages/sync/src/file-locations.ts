import { dirname, isAbsolute, relative, sep } from 'node:path';
import { checkReplaceableFile, claimPrivateFolder, UnsafeLocationError } from '@mcp-secrets/fs-safe';
import { ConfigurationError } from '@mcp-secrets/ports';
import type { SyncOptions } from './options';

/** The file that marks a folder as this action's own (created with the folder, kept by the post step). */
export const FOLDER_MARKER = '.mcp-secrets-sync';

/** True when `path` is strictly inside `folder`, by name. */
export function isBelow(path: string, folder: string): boolean {
  const rel = relative(folder, path);
  return rel !== '' && rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
}

/**
 * The innermost of the home folder and RUNNER_TEMP that holds `file`, when the
 * file is in a folder of its own below it (RUNNER_TEMP, inside the home folder on
 * hosted runners, is shared by the job's steps: not a folder of this action's own).
 */
export function privateRootOf(options: Pick<SyncOptions, 'privateRoots'>, file: string): string | undefined {
  const innermost = options.privateRoots.filter((root) => isBelow(file, root)).sort((a, b) => b.length - a.length)[0];
  return innermost !== undefined && isBelow(dirname(file), innermost) ? innermost : undefined;
}

/**
 * Checks on disk, before anything is written, that each file to write is in a
 * folder of this action's own (creating it 0700 when absent) and is not a symlink
 * or other special file; returns the paths. A place that belongs to anyone else is
 * a ConfigurationError naming the input, and nothing there is changed.
 */
export function claimFileLocations(options: SyncOptions): string[] {
  const files: ['env-file' | 'console-secrets-file', string | undefined][] = [
    ['env-file', options.envFile],
    ['console-secrets-file', options.consoleSecretsFile],
  ];
  const planned: string[] = [];
  for (const [input, file] of files) {
    if (file === undefined) continue;
    const root = privateRootOf(options, file);
    try {
      if (root === undefined) throw new UnsafeLocationError(`${file} is not below the home folder or RUNNER_TEMP`);
      claimPrivateFolder(root, dirname(file), FOLDER_MARKER);
      checkReplaceableFile(file);
    } catch (error) {
      if (!(error instanceof UnsafeLocationError)) throw error;
      throw new ConfigurationError(`${error.message}: secret files go only into a folder this action made`, {
        input,
        hint: 'use ~/.mcp/ (the default) or a new folder in $RUNNER_TEMP, and let the action create it',
      });
    }
    planned.push(file);
  }
  return planned;
}
