// Throwaway folders and git repositories that tests build for themselves.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const made: string[] = [];

/** git with a fixed test identity and no signing, whatever the machine's config says. */
export function git(dir: string, ...args: string[]): string {
  return gitWith({}, dir, ...args);
}

export interface GitOptions {
  /** Author and committer date of the commits made (ISO 8601), for tests that assert a commit's Date. */
  date?: string;
}

/** `git`, with options. */
export function gitWith(options: GitOptions, dir: string, ...args: string[]): string {
  const dated = options.date === undefined ? {} : { env: { ...process.env, GIT_AUTHOR_DATE: options.date, GIT_COMMITTER_DATE: options.date } };
  return execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@e', '-c', 'commit.gpgsign=false', ...args], {
    cwd: dir,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    ...dated,
  });
}

export function writeFiles(dir: string, files: Record<string, string>): void {
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
}

/** A new empty folder, removed by removeTempDirs. */
export function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

/** A new folder holding the files (path -> content), removed by removeTempDirs. */
export function tempTree(files: Record<string, string>, prefix = 'tree-'): string {
  const dir = tempDir(prefix);
  writeFiles(dir, files);
  return dir;
}

export function removeTempDirs(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** A new repository on branch main (removed by removeTempDirs). */
export function newRepo(prefix = 'repo-'): string {
  const dir = tempDir(prefix);
  git(dir, 'init', '-q', '-b', 'main');
  return dir;
}

/**
 * Writes the files and commits everything; `force` adds ignored files too, as a
 * careless `git add -f` would. Returns the new commit's sha.
 */
export function commitFiles(dir: string, files: Record<string, string>, message: string, options: { force?: boolean } = {}): string {
  writeFiles(dir, files);
  git(dir, 'add', '-A', ...(options.force ? ['-f'] : []));
  git(dir, 'commit', '-q', '--allow-empty', '-m', message);
  return git(dir, 'rev-parse', 'HEAD').trim();
}

/** A repository holding the files in one commit. */
export function repoWith(files: Record<string, string>, prefix = 'repo-'): string {
  const dir = newRepo(prefix);
  commitFiles(dir, files, 'init');
  return dir;
}
