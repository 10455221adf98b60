// Git history: `git log -p -U0` streamed; each hunk's added lines are scanned as one text whose
// first line is the hunk's new-file line, with the commit's metadata on every finding. A hunk of
// any size is scanned in windows, a line of any length in pieces. Files git shows as binary
// ("Binary files differ": a NUL byte, or a `-diff` attribute the repository sets) are read from
// their blob afterwards and scanned whole, through their text runs when they are binary.
import { ConfigurationError } from '@mcp-secrets/ports';
import type { CommitMeta } from '../detect/detect';
import type { ScanSession } from '../scan-session';
import { ByteWindows } from './file-windows';
import { GitCommandError, gitOutput, type GitPort } from './git-port';
import { linePieces } from './line-pieces';
import { DEFAULT_WINDOW_SIZES, WindowBuilder, type WindowSizes } from './text-windows';
import type { ThreadPlan } from '../parallel/worker-pool';
import { windowSink, type WindowSink } from '../parallel/window-sink';
import type { ScanWindow } from '../window-detector';

export interface GitSourceOptions {
  git: GitPort;
  /** A revision range (`base..head`); default: all refs, as gitleaks. */
  range?: string;
  /** Exactly these commits (a push's list), each with its own diff. */
  commits?: string[];
  /** Extra `git log` options, as gitleaks' --log-opts (replace the default `--all`). */
  logOpts?: string[];
  windows?: WindowSizes;
}

const RS = '\x1e';
const US = '\x1f';
const FORMAT = `--format=${RS}%H${US}%an${US}%ae${US}%at${US}%B${US}`;
const HEADER_FIELDS = 5;
/** A commit header (author, message) longer than this is cut: it is shown, not scanned. */
const MAX_HEADER_CHARS = 64 * 1024;
/** A diff line longer than this reaches the parser in pieces. */
const MAX_PIECE_CHARS = 1024 * 1024;
const ZERO_OID = /^0+$/;

/** A file git showed as binary: scanned from its blob once the log is read. */
interface BinaryBlob {
  commit: CommitMeta;
  path: string;
  oid: string;
}

/** Parses the `git log -p -U0` stream and hands added-line hunks to the session. */
class LogParser {
  readonly binaries: BinaryBlob[] = [];
  private commit: CommitMeta | undefined;
  /** The commit header being read (undefined once complete), and its separators so far. */
  private header: string | undefined;
  private separators = 0;
  private path: string | undefined;
  private newOid: string | undefined;
  private inHunk = false;
  private hunkStart = 0;
  /** The hunk's added text so far (undefined: none yet, or not scanned). */
  private hunk: WindowBuilder | undefined;
  private hunkSkipped = false;
  /** The kind of the line the next pieces continue. */
  private continuing: 'header' | 'added' | 'other' = 'other';

  constructor(
    private readonly session: ScanSession,
    private readonly sink: WindowSink,
    private readonly sizes: WindowSizes,
  ) {}

  piece(text: string, first: boolean): void {
    if (!first) {
      if (this.continuing === 'header') this.headerText(text);
      else if (this.continuing === 'added') this.addText(text);
      return;
    }
    this.continuing = 'other';
    if (this.header !== undefined) {
      this.headerText(`\n${text}`);
      return;
    }
    if (text.startsWith(RS)) {
      this.flush();
      this.path = undefined;
      this.header = '';
      this.separators = 0;
      this.headerText(text.slice(1));
      return;
    }
    if (text.startsWith('diff --git ')) {
      this.flush();
      this.session.fileDone();
      this.inHunk = false;
      this.path = pathFromDiffHeader(text);
      this.newOid = undefined;
      return;
    }
    if (!this.inHunk) this.fileHeader(text);
    if (text.startsWith('@@')) {
      this.flush();
      const m = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(text);
      this.inHunk = m !== null;
      this.hunkStart = Number(m?.[1] ?? 0);
      return;
    }
    if (this.inHunk && text.startsWith('+')) {
      this.continuing = 'added';
      this.addLine(text.slice(1));
    }
  }

  end(): void {
    this.flush();
  }

  private fileHeader(text: string): void {
    if (text.startsWith('+++ ')) {
      const target = text.slice(4);
      this.path = target === '/dev/null' ? undefined : stripPrefix(unquote(target));
    } else if (text.startsWith('index ')) {
      this.newOid = /^index [0-9a-f]+\.\.([0-9a-f]+)/.exec(text)?.[1];
    } else if (text.startsWith('Binary files ')) {
      // Deleted (all-zero new blob): nothing left to scan.
      if (this.path !== undefined && this.commit !== undefined && this.newOid !== undefined && !ZERO_OID.test(this.newOid)) {
        this.binaries.push({ commit: this.commit, path: this.path, oid: this.newOid });
      }
      this.path = undefined;
    }
  }

  private headerText(text: string): void {
    this.continuing = 'header';
    for (let i = text.indexOf(US); i !== -1; i = text.indexOf(US, i + 1)) this.separators++;
    const header = this.header ?? '';
    if (header.length < MAX_HEADER_CHARS) this.header = header + text.slice(0, MAX_HEADER_CHARS - header.length);
    if (this.separators >= HEADER_FIELDS) this.startCommit(this.header ?? '');
  }

  private startCommit(text: string): void {
    const [hash = '', author = '', email = '', at = '0', message = ''] = text.split(US);
    this.commit = { commit: hash, author, email, date: rfc3339(Number(at)), message: message.trim() };
    this.header = undefined;
    this.continuing = 'other';
    this.inHunk = false;
    this.session.stats.commitsScanned++;
  }

  private addLine(text: string): void {
    if (this.hunk === undefined && !this.hunkSkipped) {
      const scanned = this.path !== undefined && this.commit !== undefined && !this.session.skipsPath(this.path);
      if (scanned) this.hunk = new WindowBuilder(this.hunkStart, this.sizes);
      else this.hunkSkipped = true;
      this.addText(text);
      return;
    }
    this.addText(`\n${text}`);
  }

  private addText(text: string): void {
    if (this.hunk === undefined) return;
    this.session.stats.bytesScanned += text.length;
    for (const window of this.hunk.add(text)) this.scanWindow(window);
  }

  private scanWindow(window: ScanWindow): void {
    this.sink.window(window, { path: this.path as string, commit: this.commit, firstLine: this.hunkStart });
  }

  private flush(): void {
    const last = this.hunk?.finish();
    if (last !== undefined) this.scanWindow(last);
    this.hunk = undefined;
    this.hunkSkipped = false;
  }
}

function rfc3339(epochSeconds: number): string {
  return new Date(epochSeconds * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** `"b/odd\tname"` -> `b/odd<TAB>name` (git C-quotes unusual paths). */
function unquote(p: string): string {
  if (!p.startsWith('"')) return p;
  try {
    return JSON.parse(p.replace(/\\([0-7]{3})/g, (_m, o: string) => `\\u00${parseInt(o, 8).toString(16).padStart(2, '0')}`)) as string;
  } catch {
    return p.slice(1, -1);
  }
}

function stripPrefix(p: string): string {
  return p.startsWith('b/') ? p.slice(2) : p;
}

function pathFromDiffHeader(line: string): string | undefined {
  const rest = line.slice('diff --git '.length);
  const m = /^(?:"a\/(?:[^"\\]|\\.)*"|a\/\S+) ("?b\/.*)$/.exec(rest);
  return m?.[1] === undefined ? undefined : stripPrefix(unquote(m[1]));
}

/** A blob git would not diff as text, scanned whole (a new binary has no "added lines" to go by). */
async function scanBlob(session: ScanSession, sink: WindowSink, repoDir: string, git: GitPort, blob: BinaryBlob, sizes: WindowSizes): Promise<void> {
  if (session.skipsPath(blob.path)) return;
  const windows = new ByteWindows(sizes);
  const origin = { path: blob.path, commit: blob.commit };
  let binary = false;
  const scan = (list: ReturnType<ByteWindows['push']>): void => {
    for (const window of list) {
      binary ||= window.extracted;
      sink.window(window, origin);
    }
  };
  try {
    for await (const chunk of git.chunks(['cat-file', 'blob', blob.oid], repoDir)) {
      session.stats.bytesScanned += chunk.length;
      scan(windows.push(chunk));
      if (sink.hasFull) await sink.settle();
    }
  } catch (err) {
    if (!(err instanceof GitCommandError)) throw err;
    session.skip(blob.path, 'unreadable', `blob ${blob.oid.slice(0, 12)} not readable: ${err.stderr.trim().split('\n')[0] ?? ''}`, blob.commit.commit);
    return;
  }
  scan(windows.finish());
  if (binary) session.stats.binaryFiles++;
}

/** Scans the history on the planned threads; returns the number used. */
export async function scanGitLog(session: ScanSession, repoDir: string, opts: GitSourceOptions, plan: ThreadPlan = { threads: 1 }): Promise<number> {
  try {
    await gitOutput(opts.git, ['rev-parse', '--git-dir'], repoDir);
  } catch (err) {
    if (err instanceof GitCommandError || (err as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new ConfigurationError(`not a git repository (or git is not installed): ${(err as Error).message}`, {
        file: repoDir,
        hint: "run in a git checkout (with full history: actions/checkout fetch-depth: 0) or use scan: files",
      });
    }
    throw err;
  }
  const selection = opts.logOpts ?? (opts.commits !== undefined ? ['--no-walk=unsorted', ...opts.commits] : opts.range !== undefined ? [opts.range] : ['--all']);
  // --full-index: blob ids of binary files; --no-textconv: the repository's attributes choose no filter.
  const args = ['-c', 'core.quotePath=false', 'log', '-p', '-U0', '--no-color', '--no-ext-diff', '--no-textconv', '--full-index', '--full-history', FORMAT, ...selection];
  const sizes = opts.windows ?? DEFAULT_WINDOW_SIZES;
  const sink = windowSink(session, { realRoot: '', windows: sizes }, plan);
  try {
    return await scanLog(session, sink, repoDir, opts.git, { args, selection }, sizes);
  } finally {
    await sink.close();
  }
}

/** The log streamed through the parser, then the binary blobs it named; the sink waits for the workers between pieces. */
async function scanLog(session: ScanSession, sink: WindowSink, repoDir: string, git: GitPort, log: { args: string[]; selection: string[] }, sizes: WindowSizes): Promise<number> {
  const parser = new LogParser(session, sink, sizes);
  try {
    for await (const piece of linePieces(git.chunks(log.args, repoDir), MAX_PIECE_CHARS)) {
      parser.piece(piece.text, piece.first);
      if (sink.hasFull) await sink.settle();
    }
  } catch (err) {
    if (err instanceof GitCommandError) {
      throw new ConfigurationError(`cannot read git history ${log.selection.join(' ')}: ${err.message}`, {
        file: repoDir,
        hint: 'the revisions must exist locally: check out with full history (actions/checkout fetch-depth: 0)',
      });
    }
    throw err;
  }
  parser.end();
  for (const blob of parser.binaries) await scanBlob(session, sink, repoDir, git, blob, sizes);
  return sink.finish();
}
