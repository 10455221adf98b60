// The git command line behind a port, so sources stream its output and tests can use temp repos.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';

export interface GitPort {
  /** Streams the stdout lines of `git <args>` run in `cwd`; throws with git's stderr on failure. */
  lines(args: string[], cwd: string): AsyncIterable<string>;
  /** Streams stdout as it comes, bytes untouched (a blob, or output whose lines may be huge). */
  chunks(args: string[], cwd: string): AsyncIterable<Uint8Array>;
}

export class GitCommandError extends Error {
  constructor(
    readonly args: string[],
    readonly exitCode: number | null,
    readonly stderr: string,
  ) {
    super(`git ${args.join(' ')} failed (exit ${exitCode ?? 'signal'}): ${stderr.trim().split('\n')[0] ?? ''}`);
    this.name = 'GitCommandError';
  }
}

/** `git <args>` with its stdout handed to `read`; git is stopped if the reader stops early. */
async function* spawnGit<T>(args: string[], cwd: string, read: (stdout: Readable) => AsyncIterable<T>): AsyncIterable<T> {
  const child = spawn('git', args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (d: string) => {
    if (stderr.length < 4096) stderr += d;
  });
  const exited = new Promise<number | null>((resolveExit, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolveExit(code));
  });
  let drained = false;
  try {
    yield* read(child.stdout);
    drained = true;
  } finally {
    // The consumer may stop early; do not leave git running.
    if (!drained) child.kill();
  }
  const code = await exited;
  if (code !== 0) throw new GitCommandError(args, code, stderr);
}

function spawnLines(args: string[], cwd: string): AsyncIterable<string> {
  return spawnGit(args, cwd, (stdout) => createInterface({ input: stdout, crlfDelay: Infinity }));
}

function spawnChunks(args: string[], cwd: string): AsyncIterable<Uint8Array> {
  return spawnGit(args, cwd, (stdout) => stdout as AsyncIterable<Buffer>);
}

export const cliGit: GitPort = { lines: spawnLines, chunks: spawnChunks };

/** All output of a git command as one string. */
export async function gitOutput(git: GitPort, args: string[], cwd: string): Promise<string> {
  const out: string[] = [];
  for await (const line of git.lines(args, cwd)) out.push(line);
  return out.join('\n');
}
