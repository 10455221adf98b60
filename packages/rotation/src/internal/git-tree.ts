// The working-tree guard: rotation starts only from committed files, so `git diff` afterwards shows
// exactly what it changed and `git checkout` undoes it.
import { execFileSync } from 'node:child_process';
import { realpathSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { ConfigurationError } from '@mcp-secrets/ports';

function git(args: string[], cwd: string): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

/** The repository's top folder (real path), or a ConfigurationError when `dir` is not in a git work tree. */
export function repositoryRoot(dir: string, display: string): string {
  try {
    return realpathSync(git(['rev-parse', '--show-toplevel'], dir).trim());
  } catch {
    throw new ConfigurationError(`is not inside a git working tree`, {
      file: display,
      hint: 'rotate runs in a clone of the repository, so every change it makes can be reviewed and committed',
    });
  }
}

/** Repository-relative path with forward slashes. */
export function repoRelative(root: string, path: string): string {
  return relative(root, path).split(sep).join('/');
}

/** The given files (repository-relative) that are modified, staged, deleted or not tracked at all. */
export function uncommittedFiles(root: string, files: readonly string[]): string[] {
  const out = git(['--literal-pathspecs', 'status', '--porcelain=v1', '-z', '--untracked-files=all', '--', ...files], root);
  const entries = out.split('\0');
  const paths = new Set<string>();
  // -z entries are "XY path"; a rename or copy is followed by its origin path, which changed too.
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i];
    if (entry.length < 4) continue;
    paths.add(entry.slice(3));
    if (/[RC]/.test(entry.slice(0, 2)) && i + 1 < entries.length) paths.add(entries[++i]);
  }
  // An ignored file shows in neither list: anything git does not track cannot be restored by git either.
  const tracked = new Set(git(['--literal-pathspecs', 'ls-files', '-z', '--', ...files], root).split('\0'));
  return files.filter((file) => paths.has(file) || !tracked.has(file));
}

/** Refuses when the bundle or `.sops.yaml` has changes that are not committed. */
export function requireCommitted(root: string, files: readonly string[]): void {
  const dirty = uncommittedFiles(root, files);
  if (dirty.length > 0) {
    throw new ConfigurationError(`uncommitted changes to ${dirty.join(', ')}: nothing was rotated`, {
      hint: 'commit or discard them first, so the rotation is the only change to review',
    });
  }
}
