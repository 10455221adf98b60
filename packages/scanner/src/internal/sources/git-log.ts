// Git history: `git log -p -U0` streamed; each hunk's added lines are scanned as one text
// whose first line is the hunk's new-file line, with the commit's metadata on every finding.
import { ConfigurationError } from '@mcp-secrets/ports';
import type { CommitMeta } from '../detect/detect';
import type { ScanSession } from '../scan-session';
import { GitCommandError, gitOutput, type GitPort } from './git-port';

export interface GitSourceOptions {
  git: GitPort;
  /** A revision range (`base..head`); default: all refs, as gitleaks. */
  range?: string;
  /** Exactly these commits (a push's list), each with its own diff. */
  commits?: string[];
  /** Extra `git log` options, as gitleaks' --log-opts (replace the default `--all`). */
  logOpts?: string[];
  /** A hunk adding more than this many characters is skipped and counted as too large. */
  maxHunkChars: number;
}

const RS = '\x1e';
const US = '\x1f';
const FORMAT = `--format=${RS}%H${US}%an${US}%ae${US}%at${US}%B${US}`;

/** Parses the `git log -p -U0` stream and hands added-line hunks to the session. */
class LogParser {
  private commit: CommitMeta | undefined;
  private header: string[] | undefined;
  private path: string | undefined;
  private inHunk = false;
  private hunkStart = 0;
  private added: string[] = [];
  private addedChars = 0;

  constructor(
    private readonly session: ScanSession,
    private readonly maxHunkChars: number,
  ) {}

  line(line: string): void {
    if (this.header !== undefined) {
      this.header.push(line);
      if (countUnitSeparators(this.header) >= 5) this.startCommit(this.header.join('\n'));
      return;
    }
    if (line.startsWith(RS)) {
      this.flush();
      this.path = undefined;
      this.header = [line.slice(1)];
      if (countUnitSeparators(this.header) >= 5) this.startCommit(this.header.join('\n'));
      return;
    }
    if (line.startsWith('diff --git ')) {
      this.flush();
      this.session.fileDone();
      this.inHunk = false;
      this.path = pathFromDiffHeader(line);
      return;
    }
    if (!this.inHunk) {
      if (line.startsWith('+++ ')) {
        const target = line.slice(4);
        this.path = target === '/dev/null' ? undefined : stripPrefix(unquote(target));
      } else if (line.startsWith('Binary files ')) {
        this.path = undefined;
      }
    }
    if (line.startsWith('@@')) {
      this.flush();
      const m = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(line);
      this.inHunk = m !== null;
      this.hunkStart = Number(m?.[1] ?? 0);
      return;
    }
    if (this.inHunk && line.startsWith('+')) {
      this.addedChars += line.length;
      // Past the limit the hunk's lines are no longer kept (no whole-file buffering of huge additions).
      if (this.addedChars <= this.maxHunkChars) this.added.push(line.slice(1));
    }
  }

  end(): void {
    this.flush();
  }

  private startCommit(text: string): void {
    const [hash = '', author = '', email = '', at = '0', message = ''] = text.split(US);
    this.commit = { commit: hash, author, email, date: rfc3339(Number(at)), message: message.trim() };
    this.header = undefined;
    this.inHunk = false;
    this.session.stats.commitsScanned++;
  }

  private flush(): void {
    if (this.addedChars > this.maxHunkChars) {
      this.session.stats.skipped.tooLarge++;
    } else if (this.added.length > 0 && this.path !== undefined && this.commit !== undefined && !this.session.skipsPath(this.path)) {
      this.session.scan(this.added.join('\n'), { path: this.path, commit: this.commit, firstLine: this.hunkStart });
    }
    this.added = [];
    this.addedChars = 0;
  }
}

function countUnitSeparators(lines: string[]): number {
  let n = 0;
  for (const l of lines) for (let i = l.indexOf(US); i !== -1; i = l.indexOf(US, i + 1)) n++;
  return n;
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

export async function scanGitLog(session: ScanSession, repoDir: string, opts: GitSourceOptions): Promise<void> {
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
  const args = ['-c', 'core.quotePath=false', 'log', '-p', '-U0', '--no-color', '--no-ext-diff', '--full-history', FORMAT, ...selection];
  const parser = new LogParser(session, opts.maxHunkChars);
  try {
    for await (const line of opts.git.lines(args, repoDir)) parser.line(line);
  } catch (err) {
    if (err instanceof GitCommandError) {
      throw new ConfigurationError(`cannot read git history ${selection.join(' ')}: ${err.message}`, {
        file: repoDir,
        hint: 'the revisions must exist locally: check out with full history (actions/checkout fetch-depth: 0)',
      });
    }
    throw err;
  }
  parser.end();
}
