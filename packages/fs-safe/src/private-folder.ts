// A folder for files that hold secrets, which the tool writing them owns: it
// never changes the modes of, overwrites or later deletes what belongs to
// someone else (another tool's dotfiles, a repository's files, a shared folder).
import { chmodSync, lstatSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync, type Stats } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, sep } from 'node:path';

/** Why a location was refused; the message names the path and the reason. */
export class UnsafeLocationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UnsafeLocationError';
  }
}

const MARKER_TEXT = 'This folder belongs to the tool that left this file: it writes and removes secret files here.\n';

/**
 * Makes `dir`, a folder below `root`, ready for secret files, or throws
 * UnsafeLocationError. Every folder from `root` down must be a real folder (no
 * symlink below `root`), not writable by everyone, and ours; `dir` itself must be
 * 0700 and dedicated to the caller: created now (it then gets `marker`, an empty
 * file naming it as ours), or already holding `marker`, or empty.
 */
export function claimPrivateFolder(root: string, dir: string, marker: string): void {
  const rel = relative(root, dir);
  if (rel === '' || rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) {
    throw new UnsafeLocationError(`${dir} is not a folder below ${root}`);
  }
  checkRoot(root);
  let current = root;
  let created = false;
  for (const part of rel.split(sep)) {
    current = join(current, part);
    const stats = lstatIfPresent(current);
    if (stats === undefined) {
      mkdirSync(current, { mode: 0o700 });
      chmodSync(current, 0o700); // the umask may have narrowed it; never wider
      created = true;
      continue;
    }
    created = false;
    if (stats.isSymbolicLink()) throw new UnsafeLocationError(`${current} is a symbolic link`);
    checkFolder(current, stats);
  }
  if (created) {
    writeFileSync(join(dir, marker), MARKER_TEXT, { mode: 0o600, flag: 'wx' });
    return;
  }
  const open = (lstatSync(dir).mode & 0o077) !== 0;
  if (ownsPosixModes() && open) {
    throw new UnsafeLocationError(`${dir} is open to other users (mode ${(lstatSync(dir).mode & 0o777).toString(8)}), so it is not a folder this tool made`);
  }
  const entries = readdirSync(dir);
  if (entries.length > 0 && !entries.includes(marker)) {
    throw new UnsafeLocationError(`${dir} holds files this tool did not write (${entries.length} entries and no ${marker})`);
  }
  if (entries.length === 0) writeFileSync(join(dir, marker), MARKER_TEXT, { mode: 0o600, flag: 'wx' });
}

/** Refuses to replace `path` when it exists and is not a regular file (a symlink, a folder, a device). */
export function checkReplaceableFile(path: string): void {
  const stats = lstatIfPresent(path);
  if (stats !== undefined && !stats.isFile()) throw new UnsafeLocationError(`${path} exists and is not a regular file`);
}

/**
 * Removes what a process killed between stageFile and its rename left beside
 * `path`: stageFile's `.<name>.<12 hex>.tmp` files, which hold the new content in
 * plain text. Returns the paths removed.
 */
export function removeStagedCopies(path: string): string[] {
  const dir = dirname(path);
  const prefix = `.${basename(path)}.`;
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  const staged = names.filter((name) => name.startsWith(prefix) && /^[0-9a-f]{12}\.tmp$/.test(name.slice(prefix.length))).map((name) => join(dir, name));
  for (const file of staged) rmSync(file, { force: true });
  return staged;
}

/** True when a component of `path` below `root` is a symbolic link (so removing `path` could reach elsewhere). */
export function hasSymlinkBelow(root: string, path: string): boolean {
  const rel = relative(root, dirname(path));
  if (rel === '') return false;
  if (rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) return true;
  let current = root;
  for (const part of rel.split(sep)) {
    current = join(current, part);
    if (lstatIfPresent(current)?.isSymbolicLink() === true) return true;
  }
  return false;
}

function checkFolder(path: string, stats: Stats): void {
  checkNotShared(path, stats);
  const uid = process.getuid?.();
  if (ownsPosixModes() && uid !== undefined && stats.uid !== uid) throw new UnsafeLocationError(`${path} belongs to another user (uid ${stats.uid})`);
}

/**
 * The root may be reached through a symlink (a home folder on another disk) and belong to
 * another user (a container job's mounted home): only that nobody else may write to it matters.
 */
function checkRoot(root: string): void {
  let stats: Stats;
  try {
    stats = statSync(root);
  } catch {
    throw new UnsafeLocationError(`${root} does not exist`);
  }
  checkNotShared(root, stats);
}

function checkNotShared(path: string, stats: Stats): void {
  if (!stats.isDirectory()) throw new UnsafeLocationError(`${path} is not a folder`);
  if (ownsPosixModes() && (stats.mode & 0o002) !== 0) {
    throw new UnsafeLocationError(`${path} is writable by every user (mode ${(stats.mode & 0o7777).toString(8)})`);
  }
}

function lstatIfPresent(path: string): Stats | undefined {
  try {
    return lstatSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/** Modes and owners mean something on POSIX systems only (Windows reports made-up ones). */
function ownsPosixModes(): boolean {
  return process.platform !== 'win32';
}
