import { execFile } from 'node:child_process';

/** Whether git would ignore a path, and the `.gitignore` line that decided it (a `!` negation included). */
export interface IgnoreVerdict {
  path: string;
  ignored: boolean;
  source?: { file: string; line: number; pattern: string };
}

/** The git operations the checks need; a fake in tests, `createGitCli` for real repositories. */
export interface GitPort {
  /** HEAD's commit id, or undefined in a repository without commits. */
  headCommit(): Promise<string | undefined>;
  /** `remote.origin.url`, or undefined. */
  originUrl(): Promise<string | undefined>;
  /** Tracked files, relative to the root. */
  lsFiles(): Promise<string[]>;
  /** Decides each path against the ignore rules, whether or not it exists or is tracked. */
  checkIgnore(paths: string[]): Promise<IgnoreVerdict[]>;
  /** Commits that changed the path, newest first. */
  logForPath(path: string): Promise<string[]>;
  /** The file's content at a commit, or undefined when it did not exist there. */
  showFile(commit: string, path: string): Promise<string | undefined>;
}

interface GitRun {
  code: number;
  stdout: string;
  stderr: string;
}

function runGit(root: string, args: string[], input?: string): Promise<GitRun> {
  return new Promise((resolve, reject) => {
    const child = execFile('git', args, { cwd: root, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error && typeof error.code !== 'number') {
        reject(new Error(`git ${args[0]} could not run in ${root}: ${error.message}`));
        return;
      }
      resolve({ code: error ? Number(error.code) : 0, stdout, stderr });
    });
    // A git that exits before reading stdin makes the write fail; its exit code already says what happened.
    child.stdin?.on('error', () => undefined);
    child.stdin?.end(input);
  });
}

async function gitOk(root: string, args: string[]): Promise<string> {
  const run = await runGit(root, args);
  if (run.code !== 0) throw new Error(`git ${args.join(' ')} failed in ${root}: ${run.stderr.trim()}`);
  return run.stdout;
}

function splitNul(text: string): string[] {
  return text.split('\0').filter((part) => part !== '');
}

export function createGitCli(root: string): GitPort {
  const headCommit = async (): Promise<string | undefined> => {
    const run = await runGit(root, ['rev-parse', '--verify', '-q', 'HEAD']);
    return run.code === 0 ? run.stdout.trim() : undefined;
  };
  return {
    headCommit,
    async originUrl() {
      const run = await runGit(root, ['config', '--get', 'remote.origin.url']);
      return run.code === 0 && run.stdout.trim() !== '' ? run.stdout.trim() : undefined;
    },
    async lsFiles() {
      return splitNul(await gitOk(root, ['ls-files', '-z']));
    },
    async checkIgnore(paths) {
      if (paths.length === 0) return [];
      // Exit 1 only means "nothing ignored"; -v --non-matching reports every path with its deciding rule.
      const run = await runGit(root, ['check-ignore', '--no-index', '-v', '-n', '-z', '--stdin'], `${paths.join('\0')}\0`);
      if (run.code !== 0 && run.code !== 1) throw new Error(`git check-ignore failed in ${root}: ${run.stderr.trim()}`);
      return parseCheckIgnore(run.stdout);
    },
    async logForPath(path) {
      if ((await headCommit()) === undefined) return [];
      return (await gitOk(root, ['log', '--format=%H', '--', path])).split('\n').filter((line) => line !== '');
    },
    async showFile(commit, path) {
      const run = await runGit(root, ['show', `${commit}:${path}`]);
      return run.code === 0 ? run.stdout : undefined;
    },
  };
}

/** Parses `git check-ignore -v -n -z`: source, line, pattern, path per entry (empty source when no rule matched). */
export function parseCheckIgnore(stdout: string): IgnoreVerdict[] {
  const fields = stdout.split('\0');
  const verdicts: IgnoreVerdict[] = [];
  for (let i = 0; i + 3 < fields.length; i += 4) {
    const [file, line, pattern, path] = fields.slice(i, i + 4) as [string, string, string, string];
    if (file === '') {
      verdicts.push({ path, ignored: false });
      continue;
    }
    verdicts.push({ path, ignored: !pattern.startsWith('!'), source: { file, line: Number(line), pattern } });
  }
  return verdicts;
}
