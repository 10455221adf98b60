// The working tree: `git ls-files` inside a repository, a directory walk otherwise (skipping
// .git, as gitleaks' dir mode). Every file is scanned whatever its size (in windows, memory bounded)
// and whatever its bytes (a binary through its text runs). What cannot be read is listed with the
// reason: symlinks are not followed (a target inside the root is scanned as itself), nor is
// anything that is not a regular file (a FIFO would block, a device never end).
import { existsSync, readdirSync, realpathSync } from 'node:fs';
import { isAbsolute, join, relative, sep } from 'node:path';
import type { ScanSession, SkipReason } from '../scan-session';
import type { Detected, WindowDetector } from '../window-detector';
import { scanFileJobs } from '../parallel/file-pool';
import type { ThreadPlan } from '../parallel/worker-pool';
import { openRegularFile, readFileWindows } from './file-windows';
import { gitOutput, type GitPort } from './git-port';
import type { WindowSizes } from './text-windows';

export type FileListing = 'auto' | 'git' | 'walk';

export interface FileSourceOptions {
  listing?: FileListing;
  /** The folder File paths are relative to (default root); see ScanFilesOptions.relativeTo. */
  relativeTo?: string;
  windows?: WindowSizes;
  git: GitPort;
}

function* walk(root: string, dir: string, onUnreadable: (dir: string, code: string) => void): Iterable<string> {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (error) {
    onUnreadable(relative(root, dir), (error as NodeJS.ErrnoException).code ?? 'EIO');
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
  if (!useGit) return walk(root, root, (dir, code) => session.skip(`${pathPrefix(root, opts.relativeTo)}${dir.split(sep).join('/')}/`, 'unreadable', `folder not readable (${code})`));
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

/**
 * Why a symlink leaves something unscanned: a target inside the root is scanned as itself, and a
 * dangling link has nothing to scan.
 */
function symlinkSkip(full: string, realRoot: string): string | undefined {
  let target: string;
  try {
    target = realpathSync(full);
  } catch {
    return undefined;
  }
  const rel = relative(realRoot, target);
  const inside = rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
  return inside ? undefined : 'symbolic link to outside the scanned folder, not followed';
}

/** What became of one listed file: the part of scanning it that can run in a worker thread. */
export type FileOutcome =
  | { kind: 'scanned'; size: number; binary: boolean; windows: Detected[] }
  | { kind: 'skipped'; reason: SkipReason; detail: string }
  /** Gone since listed, a submodule, or a symlink whose target is scanned as itself. */
  | { kind: 'nothing' };

/** One file to scan: where it is, and the path findings name. */
export interface FileJob {
  full: string;
  path: string;
}

// Synchronous reads: the scan is CPU-bound, and per-file promise round trips through the
// thread pool cost more than the reads themselves on trees of small files.
export function detectFile(detector: WindowDetector, job: FileJob, realRoot: string, windows: WindowSizes | undefined): FileOutcome {
  const opened = openRegularFile(job.full);
  if ('reason' in opened) {
    if (opened.reason === 'symlink') {
      const why = symlinkSkip(job.full, realRoot);
      return why === undefined ? { kind: 'nothing' } : { kind: 'skipped', reason: 'symlink', detail: why };
    }
    if (opened.reason === 'special') return { kind: 'skipped', reason: 'special', detail: 'not a regular file (a FIFO, socket or device), not read' };
    if (opened.reason === 'unreadable') return { kind: 'skipped', reason: 'unreadable', detail: `not readable (${opened.code})` };
    // 'gone': listed, then deleted from the working tree: nothing there to scan. 'directory': a
    // submodule git lists as one path, another repository that is scanned on its own.
    return { kind: 'nothing' };
  }
  const detected: Detected[] = [];
  let binary = false;
  for (const window of readFileWindows(opened.fd, opened.size, windows)) {
    binary ||= window.extracted;
    detected.push(detector.window(window, { path: job.path }));
  }
  return { kind: 'scanned', size: opened.size, binary, windows: detected };
}

/** Counts and keeps a file's outcome, in listing order whichever thread produced it. */
export function keepFileOutcome(session: ScanSession, path: string, outcome: FileOutcome): void {
  if (outcome.kind === 'skipped') session.skip(path, outcome.reason, outcome.detail);
  if (outcome.kind !== 'scanned') return;
  session.stats.filesScanned++;
  session.stats.bytesScanned += outcome.size;
  if (outcome.binary) session.stats.binaryFiles++;
  for (const detected of outcome.windows) session.keepDetected(detected);
}

/** The listed files not excluded by a global path allowlist, as jobs. */
export async function* fileJobs(session: ScanSession, root: string, opts: FileSourceOptions): AsyncIterable<FileJob> {
  const prefix = pathPrefix(root, opts.relativeTo);
  for (const rel of await listFiles(session, root, opts)) {
    const path = prefix + rel.split(sep).join('/');
    if (session.skipsPath(path)) {
      session.fileDone();
      continue;
    }
    yield { full: join(root, rel), path };
  }
}

/** Scans the tree on the planned threads; returns the number used. */
export async function scanFileTree(session: ScanSession, root: string, opts: FileSourceOptions, plan: ThreadPlan = { threads: 1 }): Promise<number> {
  return scanFileJobs(session, fileJobs(session, root, opts), { realRoot: realpathSync(root), windows: opts.windows }, plan);
}
