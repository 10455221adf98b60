import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigurationError } from '@mcp-secrets/ports';
import { cliGit } from '@mcp-secrets/scanner';
import { commitFiles, git, newRepo, removeTempDirs, tempTree } from '../../../test/support/temp-repo';
import { resolveScanTarget, scansPullRequestCommits, type TargetNotice } from './scan-target';

afterAll(removeTempDirs);

function eventEnv(dir: string, name: string, payload: unknown): NodeJS.ProcessEnv {
  const path = join(dir, '.git', 'event.json');
  writeFileSync(path, JSON.stringify(payload));
  return { GITHUB_EVENT_NAME: name, GITHUB_EVENT_PATH: path };
}

async function target(mode: 'auto' | 'files' | 'git' | 'diff', dir: string, env: NodeJS.ProcessEnv = {}) {
  const notices: TargetNotice[] = [];
  const result = await resolveScanTarget(mode, dir, env, cliGit, (n) => notices.push(n));
  return { result, notices };
}

/** main: c1; feature: c2, c3 on top. */
function repoWithBranch(): { dir: string; c1: string; c2: string; c3: string } {
  const dir = newRepo('audit-');
  const c1 = commitFiles(dir, { 'a.txt': 'one\n' }, 'c1');
  git(dir, 'checkout', '-q', '-b', 'feature');
  const c2 = commitFiles(dir, { 'b.txt': 'two\n' }, 'c2');
  const c3 = commitFiles(dir, { 'c.txt': 'three\n' }, 'c3');
  return { dir, c1, c2, c3 };
}

describe('resolveScanTarget', () => {
  test('files is the working tree; auto outside pull_request/push too', async () => {
    const dir = tempTree({ 'a.txt': 'x' });
    expect((await target('files', dir)).result).toEqual({ kind: 'files', root: dir, description: 'working tree' });
    expect((await target('auto', dir, { GITHUB_EVENT_NAME: 'schedule' })).result.kind).toBe('files');
  });

  test('git needs a repository: a plain folder is a configuration error naming the input', async () => {
    const dir = tempTree({ 'a.txt': 'x' });
    await expect(target('git', dir)).rejects.toThrow(ConfigurationError);
    await expect(target('git', dir)).rejects.toThrow(/input 'scan'.*not inside a git repository/);
    const { dir: repo } = repoWithBranch();
    expect((await target('git', repo)).result).toEqual({ kind: 'git', repo, description: 'git history (all commits)' });
  });

  test('pull_request: base.sha..head.sha from the event payload', async () => {
    const { dir, c1, c3 } = repoWithBranch();
    const env = eventEnv(dir, 'pull_request', { pull_request: { base: { sha: c1 }, head: { sha: c3 } } });
    for (const mode of ['auto', 'diff'] as const) {
      const { result } = await target(mode, dir, env);
      expect(result).toMatchObject({ kind: 'git', repo: dir, range: `${c1}..${c3}` });
      expect(scansPullRequestCommits(result)).toBe(true);
    }
  });

  test('pull_request: every mode knows the base, to check a change to the scan configuration against it', async () => {
    const { dir, c1, c3 } = repoWithBranch();
    const env = eventEnv(dir, 'pull_request', { pull_request: { base: { sha: c1 }, head: { sha: c3 } } });
    for (const mode of ['files', 'git'] as const) {
      const { result, notices } = await target(mode, dir, env);
      expect(result.pullRequest).toEqual({ repo: dir, base: c1, head: c3 });
      expect(scansPullRequestCommits(result)).toBe(false);
      expect(notices).toEqual([]);
    }
  });

  test('push: before..after; a new branch uses the oldest pushed commit’s parent', async () => {
    const { dir, c1, c2, c3 } = repoWithBranch();
    expect((await target('auto', dir, eventEnv(dir, 'push', { before: c1, after: c3 }))).result).toMatchObject({ range: `${c1}..${c3}` });
    const created = eventEnv(dir, 'push', { before: '0'.repeat(40), after: c3, created: true, commits: [{ id: c2 }, { id: c3 }] });
    expect((await target('auto', dir, created)).result).toMatchObject({ range: `${c2}^..${c3}` });
  });

  test('force push whose old tip is not in the clone: the pushed commits from the payload', async () => {
    const { dir, c2, c3 } = repoWithBranch();
    const gone = 'f'.repeat(40);
    const forced = eventEnv(dir, 'push', { before: gone, after: c3, forced: true, commits: [{ id: c2 }, { id: c3 }] });
    expect((await target('diff', dir, forced)).result).toMatchObject({ range: `${c2}^..${c3}` });
    // The root commit has no parent: count back from `after` instead.
    const { dir: other, c1 } = repoWithBranch();
    const root = eventEnv(other, 'push', { before: gone, after: c1, forced: true, commits: [{ id: c1 }] });
    expect((await target('diff', other, root)).result).toMatchObject({ logOpts: ['--max-count=1', c1] });
  });

  test('commits missing from a shallow clone: diff fails with the fetch-depth hint, auto warns and scans the tree', async () => {
    const { dir, c3 } = repoWithBranch();
    const env = eventEnv(dir, 'pull_request', { pull_request: { base: { sha: 'a'.repeat(40) }, head: { sha: c3 } } });
    await expect(target('diff', dir, env)).rejects.toThrow(/not in the clone.*fetch-depth: 0/);
    const auto = await target('auto', dir, env);
    expect(auto.result).toEqual({ kind: 'files', root: dir, description: 'working tree' });
    expect(auto.notices).toEqual([
      expect.objectContaining({ level: 'warning', message: expect.stringContaining('scanning the working tree instead') }),
      expect.objectContaining({ level: 'warning', message: expect.stringMatching(/^a change this pull request makes to the scan configuration cannot be checked against its base: .*not in the clone/) }),
    ]);
  });

  test('diff outside a pull_request or push, or without a payload, is a configuration error', async () => {
    const { dir } = repoWithBranch();
    await expect(target('diff', dir, { GITHUB_EVENT_NAME: 'workflow_dispatch' })).rejects.toThrow(/input 'scan': scan: diff needs a pull_request or push event/);
    await expect(target('diff', dir, { GITHUB_EVENT_NAME: 'push' })).rejects.toThrow(/GITHUB_EVENT_PATH is not set/);
  });
});
