// Which text `scan: auto|files|git|diff` means for this run: the working tree, all history, or
// only the commits a pull request or a push brings (read from the runner's event payload).
import { readFileSync } from 'node:fs';
import { ConfigurationError } from '@mcp-secrets/ports';
import type { GitPort } from '@mcp-secrets/scanner';
import type { ScanMode } from './options';

/** On a pull request: where its base commit is, to compare the scan configuration with. */
export interface PullRequest {
  repo: string;
  base: string;
  head: string;
}

export type ScanTarget = (
  | { kind: 'files'; root: string; description: string }
  | { kind: 'git'; repo: string; range?: string; logOpts?: string[]; description: string }
) & { pullRequest?: PullRequest };

/** Something worth telling the user about the choice (e.g. a fallback). */
export interface TargetNotice {
  level: 'notice' | 'warning';
  message: string;
}

const ZERO_SHA = /^0+$/;
const FETCH_HINT = 'check out with actions/checkout and `fetch-depth: 0` so the commits are in the clone';

interface Commit {
  id?: unknown;
}
interface EventPayload {
  pull_request?: { base?: { sha?: unknown }; head?: { sha?: unknown } };
  before?: unknown;
  after?: unknown;
  forced?: unknown;
  commits?: Commit[];
}

export async function resolveScanTarget(
  mode: ScanMode,
  root: string,
  env: NodeJS.ProcessEnv,
  git: GitPort,
  notify: (notice: TargetNotice) => void,
): Promise<ScanTarget> {
  const target = await chooseTarget(mode, root, env, git, notify);
  if (!isPullRequestEvent(env)) return target;
  // Whatever is scanned, a pull request's change to the scan configuration is checked against its base.
  try {
    return { ...target, pullRequest: await pullRequestOf(root, env, git) };
  } catch (error) {
    if (!(error instanceof ConfigurationError)) throw error;
    notify({ level: 'warning', message: `a change this pull request makes to the scan configuration cannot be checked against its base: ${error.message}` });
    return target;
  }
}

/** Whether the target is exactly the pull request's own commits (so every line scanned is one it adds). */
export function scansPullRequestCommits(target: ScanTarget): boolean {
  return target.kind === 'git' && target.pullRequest !== undefined && target.range === `${target.pullRequest.base}..${target.pullRequest.head}`;
}

function isPullRequestEvent(env: NodeJS.ProcessEnv): boolean {
  return env.GITHUB_EVENT_NAME === 'pull_request' || env.GITHUB_EVENT_NAME === 'pull_request_target';
}

async function chooseTarget(mode: ScanMode, root: string, env: NodeJS.ProcessEnv, git: GitPort, notify: (notice: TargetNotice) => void): Promise<ScanTarget> {
  const files: ScanTarget = { kind: 'files', root, description: 'working tree' };
  if (mode === 'files') return files;
  if (mode === 'git') {
    const repo = await repositoryOf(root, git);
    if (repo === undefined) throw new ConfigurationError(`'${root}' is not inside a git repository`, { input: 'scan', hint: 'use scan: files to scan a plain folder' });
    return { kind: 'git', repo, description: 'git history (all commits)' };
  }

  const event = env.GITHUB_EVENT_NAME ?? '';
  const isPr = isPullRequestEvent(env);
  if (!isPr && event !== 'push') {
    if (mode === 'diff') {
      throw new ConfigurationError(`scan: diff needs a pull_request or push event, this run is '${event || 'not a GitHub event'}'`, {
        input: 'scan',
        hint: 'use scan: auto, files or git',
      });
    }
    return files;
  }
  try {
    if (isPr) {
      const { repo, base, head } = await pullRequestOf(root, env, git);
      return { kind: 'git', repo, range: `${base}..${head}`, description: `pull request commits ${short(base)}..${short(head)}` };
    }
    const repo = await repositoryOf(root, git);
    if (repo === undefined) throw new ConfigurationError(`'${root}' is not inside a git repository`, { input: 'scan', hint: FETCH_HINT });
    return await pushTarget(repo, readPayload(env.GITHUB_EVENT_PATH), git);
  } catch (error) {
    // auto still scans something useful (the whole tree) when the clone cannot give the range.
    if (mode === 'auto' && error instanceof ConfigurationError) {
      notify({ level: 'warning', message: `${error.message}; scanning the working tree instead` });
      return files;
    }
    throw error;
  }
}

/** The pull request's base and head from the event payload, both in the clone. */
async function pullRequestOf(root: string, env: NodeJS.ProcessEnv, git: GitPort): Promise<PullRequest> {
  const repo = await repositoryOf(root, git);
  if (repo === undefined) throw new ConfigurationError(`'${root}' is not inside a git repository`, { input: 'scan', hint: FETCH_HINT });
  const payload = readPayload(env.GITHUB_EVENT_PATH);
  const base = sha(payload.pull_request?.base?.sha);
  const head = sha(payload.pull_request?.head?.sha);
  if (base === undefined || head === undefined) {
    throw new ConfigurationError('the pull_request event payload has no base.sha / head.sha', { input: 'scan', hint: 'use scan: files' });
  }
  for (const commit of [base, head]) await requireCommit(repo, commit, git);
  return { repo, base, head };
}

/**
 * A push: before..after. A new branch (before is all zeros) or a force push whose old tip is not in
 * the clone has no usable `before`: the payload's commit list (oldest first) says what is new.
 */
async function pushTarget(repo: string, payload: EventPayload, git: GitPort): Promise<ScanTarget> {
  const before = sha(payload.before);
  const after = sha(payload.after);
  if (after === undefined || ZERO_SHA.test(after)) {
    throw new ConfigurationError('the push event payload has no `after` commit (a deleted branch?)', { input: 'scan', hint: 'use scan: files' });
  }
  await requireCommit(repo, after, git);
  if (before !== undefined && !ZERO_SHA.test(before) && (await hasCommit(repo, before, git))) {
    return { kind: 'git', repo, range: `${before}..${after}`, description: `pushed commits ${short(before)}..${short(after)}` };
  }
  const ids = (payload.commits ?? []).map((c) => sha(c.id)).filter((id): id is string => id !== undefined);
  const oldest = ids[0];
  if (oldest !== undefined && (await hasCommit(repo, `${oldest}^`, git))) {
    return { kind: 'git', repo, range: `${oldest}^..${after}`, description: `pushed commits ${short(oldest)}^..${short(after)}` };
  }
  // A root commit, or the parent is not fetched: as many commits back from `after` as were pushed.
  const count = Math.max(1, ids.length);
  return { kind: 'git', repo, logOpts: [`--max-count=${count}`, after], description: `the last ${count} pushed commit(s) up to ${short(after)}` };
}

function readPayload(path: string | undefined): EventPayload {
  if (path === undefined || path === '') {
    throw new ConfigurationError('GITHUB_EVENT_PATH is not set, so the event payload cannot be read', { input: 'scan', hint: 'use scan: files or git' });
  }
  try {
    const parsed: unknown = JSON.parse(readFileSync(path, 'utf8'));
    return typeof parsed === 'object' && parsed !== null ? (parsed as EventPayload) : {};
  } catch (error) {
    throw new ConfigurationError(`cannot read the event payload: ${(error as Error).message}`, { input: 'scan', file: path });
  }
}

/** The top folder of the git repository holding `dir`, or undefined outside one. */
export async function repositoryOf(dir: string, git: GitPort): Promise<string | undefined> {
  try {
    const lines: string[] = [];
    for await (const line of git.lines(['rev-parse', '--show-toplevel'], dir)) lines.push(line);
    return lines[0] === undefined || lines[0] === '' ? undefined : lines[0];
  } catch {
    return undefined;
  }
}

async function hasCommit(repo: string, rev: string, git: GitPort): Promise<boolean> {
  try {
    for await (const line of git.lines(['rev-parse', '--verify', '--quiet', `${rev}^{commit}`], repo)) void line;
    return true;
  } catch {
    return false;
  }
}

async function requireCommit(repo: string, commit: string, git: GitPort): Promise<void> {
  if (!(await hasCommit(repo, commit, git))) {
    throw new ConfigurationError(`commit ${short(commit)} from the event payload is not in the clone`, { input: 'scan', hint: FETCH_HINT });
  }
}

function sha(value: unknown): string | undefined {
  return typeof value === 'string' && /^[0-9a-f]{7,64}$/i.test(value) ? value : undefined;
}

function short(commit: string): string {
  return commit.slice(0, 7);
}
