// Reading a file that a repository controls (a configuration, a baseline, an ignore file) without
// letting it hang or exhaust the job: it must be a regular file (not /dev/zero, a pipe or a socket),
// inside the repository when one is given (a symlink is followed only while its target stays
// inside), and no larger than a cap, and at most cap + 1 bytes are ever read.
import { closeSync, constants, fstatSync, openSync, readSync, realpathSync, type Stats } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { ConfigurationError } from '@mcp-secrets/ports';

export type BoundedReadRefusal = 'absent' | 'outside' | 'not-a-file' | 'too-large' | 'unreadable';

/** Why a file was not read; a ConfigurationError naming the file, so it fails the step with exit 2. */
export class BoundedReadError extends ConfigurationError {
  /** `what` is what the file is; `detail` why it was refused, without the file's name. */
  constructor(
    readonly reason: BoundedReadRefusal,
    what: string,
    readonly detail: string,
    where: { input?: string; file: string; hint?: string },
  ) {
    super(`${what}: ${detail}`, where);
    this.name = 'BoundedReadError';
  }
}

export interface BoundedReadOptions {
  /** What the file is, in messages: "the gitleaks configuration". */
  what: string;
  maxBytes: number;
  /**
   * The folder the file must stay inside (the repository). Undefined for a file the user named
   * outside it (their own, e.g. on the command line): then only the type and size are checked.
   */
  root?: string;
  /** How messages name the file (default: the path as given). */
  display?: string;
  /** The input that named the file, for the error. */
  input?: string;
}

// O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer forever. O_NOFOLLOW on
// the resolved path: a symlink swapped in after realpath is refused, not followed. (0 where absent.)
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);
const NO_FOLLOW = constants.O_NOFOLLOW ?? 0;
const CHUNK_BYTES = 1024 * 1024;
/** Small enough for Node's shared buffer pool. */
const END_PROBE_BYTES = 1024;

/** The file's bytes; throws BoundedReadError (reason 'absent' when there is no such file). */
export function readBoundedFile(path: string, options: BoundedReadOptions): Buffer {
  const where = { input: options.input, file: options.display ?? path };
  const refuse = (reason: BoundedReadRefusal, message: string, hint?: string): never => {
    throw new BoundedReadError(reason, options.what, message, { ...where, hint });
  };
  const target = options.root === undefined ? resolve(path) : insideRoot(path, options.root, refuse);
  let fd: number;
  try {
    fd = openSync(target, OPEN_FLAGS | (options.root === undefined ? 0 : NO_FOLLOW));
  } catch (error) {
    return refuse(...openFailure(error as NodeJS.ErrnoException));
  }
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) refuse('not-a-file', `not a regular file (${kindOf(stats)})`, 'commit a regular file there');
    const tooLarge = (): never =>
      refuse('too-large', `larger than the ${formatBytes(options.maxBytes)} limit for ${options.what}`, 'keep the file under the limit');
    if (stats.size > options.maxBytes) tooLarge();
    // st_size can understate (a file still growing): read until the end, never past cap + 1 bytes.
    // The first read asks for the stated size (and a byte more), the read that finds the end for a
    // few bytes: a buffer of a MiB per small file makes the garbage collector run for them all.
    const chunks: Buffer[] = [];
    let length = 0;
    let want = stats.size + 1;
    while (length <= options.maxBytes) {
      const chunk = Buffer.allocUnsafe(Math.min(want, CHUNK_BYTES, options.maxBytes + 1 - length));
      const n = readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      chunks.push(chunk.subarray(0, n));
      length += n;
      want = n < chunk.length ? END_PROBE_BYTES : CHUNK_BYTES;
    }
    if (length > options.maxBytes) tooLarge();
    return Buffer.concat(chunks, length);
  } finally {
    closeSync(fd);
  }
}

/** readBoundedFile as UTF-8 text. */
export function readBoundedText(path: string, options: BoundedReadOptions): string {
  return readBoundedFile(path, options).toString('utf8');
}

/** readBoundedText, or undefined when there is no such file (any other refusal still throws). */
export function readBoundedTextIfPresent(path: string, options: BoundedReadOptions): string | undefined {
  try {
    return readBoundedText(path, options);
  } catch (error) {
    if (error instanceof BoundedReadError && error.reason === 'absent') return undefined;
    throw error;
  }
}

type Refuse = (reason: BoundedReadRefusal, message: string, hint?: string) => never;

// realpath(3) is one system call; Node's own realpathSync walks the path a component at a time,
// which costs more than the read itself for each of hundreds of small workflow files. On Windows
// the native call mishandles some drives (subst, RAM disks), so Node's own is kept there.
const realpath = process.platform === 'win32' ? realpathSync : realpathSync.native;

/** The real path of `path` (symlinks resolved), refused unless it lies inside the real `root`. */
function insideRoot(path: string, root: string, refuse: Refuse): string {
  let real: string;
  let realRoot: string;
  try {
    realRoot = realpath(root);
    real = realpath(resolve(root, path));
  } catch (error) {
    return refuse(...openFailure(error as NodeJS.ErrnoException));
  }
  const rel = relative(realRoot, real);
  if (rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) {
    refuse('outside', `it resolves to ${real}, outside the repository`, 'configuration files must be regular files inside the repository');
  }
  return real;
}

function openFailure(error: NodeJS.ErrnoException): [BoundedReadRefusal, string, string?] {
  if (error.code === 'ENOENT' || error.code === 'ENOTDIR') return ['absent', 'does not exist', 'fix the path'];
  if (error.code === 'ELOOP') return ['not-a-file', 'a symlink that loops or was swapped in while reading', 'commit a regular file there'];
  return ['unreadable', `cannot read it: ${error.message}`, 'check the file permissions'];
}

function kindOf(stats: Stats): string {
  if (stats.isDirectory()) return 'a folder';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device';
  if (stats.isFIFO()) return 'a named pipe';
  if (stats.isSocket()) return 'a socket';
  return 'not a file';
}

function formatBytes(bytes: number): string {
  const mib = bytes / (1024 * 1024);
  return Number.isInteger(mib) ? `${mib} MiB` : `${bytes} bytes`;
}
