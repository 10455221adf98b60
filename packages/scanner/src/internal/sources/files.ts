// The working tree: `git ls-files` inside a repository, a directory walk otherwise (skipping
// .git, as gitleaks' dir mode). Symlinks are never followed (a target inside the root is
// scanned as itself), binaries and files over the size limit are skipped and counted.
import { existsSync, lstatSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { ScanSession } from '../scan-session';
import { looksBinary } from './binary';
import { gitOutput, type GitPort } from './git-port';

export type FileListing = 'auto' | 'git' | 'walk';

export interface FileSourceOptions {
  listing?: FileListing;
  /** Files larger than this are skipped (default 10 MiB). */
  maxFileBytes?: number;
  /** The folder File paths are relative to (default root); see ScanFilesOptions.relativeTo. */
  relativeTo?: string;
  git: GitPort;
}

export const DEFAULT_MAX_FILE_BYTES = 10 * 1024 * 1024;

function* walk(root: string, dir: string, onUnreadable: () => void): Iterable<string> {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    onUnreadable();
    return;
  }
  for (const entry of entries) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== '.git') yield* walk(root, full, onUnreadable);
    } else {
      yield relative(root, full);
    }
  }
}

async function gitListed(root: string, git: GitPort): Promise<string[]> {
  const out = await gitOutput(git, ['-c', 'core.quotePath=false', 'ls-files', '-z', '--cached', '--others', '--exclude-standard'], root);
  return out
    .split('\0')
    .filter((name) => name !== '')
    .map((name) => name.split('/').join(sep));
}

async function listFiles(session: ScanSession, root: string, opts: FileSourceOptions): Promise<Iterable<string>> {
  const listing = opts.listing ?? 'auto';
  const useGit = listing === 'git' || (listing === 'auto' && existsSync(join(root, '.git')));
  if (!useGit) return walk(root, root, () => session.stats.skipped.unreadable++);
  const listed = await gitListed(root, opts.git);
  session.expectFiles(listed.length);
  return listed;
}

/** What goes before a root-relative path so File is relative to `relativeTo` (`''` or ending in `/`). */
function pathPrefix(root: string, relativeTo: string | undefined): string {
  if (relativeTo === undefined) return '';
  const rel = relative(relativeTo, root).split(sep).join('/');
  return rel === '' ? '' : `${rel}/`;
}

/** The file's bytes, or why it is skipped. */
function readCandidate(full: string, maxBytes: number): Buffer | 'symlink' | 'other' | 'tooLarge' | 'unreadable' {
  try {
    const info = lstatSync(full);
    if (info.isSymbolicLink()) return 'symlink';
    if (!info.isFile()) return 'other';
    if (info.size > maxBytes) return 'tooLarge';
    return readFileSync(full);
  } catch {
    // Permissions, or vanished since listing: counted, the scan goes on.
    return 'unreadable';
  }
}

// Synchronous reads: the scan is CPU-bound, and per-file promise round trips through the
// thread pool cost more than the reads themselves on trees of small files.
function scanOne(session: ScanSession, root: string, rel: string, maxBytes: number, prefix: string): void {
  const path = prefix + rel.split(sep).join('/');
  if (session.skipsPath(path)) return;
  const skipped = session.stats.skipped;
  const data = readCandidate(join(root, rel), maxBytes);
  if (data === 'symlink') skipped.symlinks++;
  else if (data === 'tooLarge') skipped.tooLarge++;
  else if (data === 'unreadable') skipped.unreadable++;
  else if (data === 'other') return;
  else if (looksBinary(data)) skipped.binary++;
  else {
    session.stats.filesScanned++;
    session.scan(data.toString('utf8'), { path }, data);
  }
}

export async function scanFileTree(session: ScanSession, root: string, opts: FileSourceOptions): Promise<void> {
  const maxBytes = opts.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  const prefix = pathPrefix(root, opts.relativeTo);
  for (const rel of await listFiles(session, root, opts)) {
    scanOne(session, root, rel, maxBytes, prefix);
    session.fileDone();
  }
}
