import { execFileSync } from 'node:child_process';
import { mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repositoryRoot, uncommittedFiles } from './git-tree';

const git = (cwd: string, ...args: string[]): string => execFileSync('git', args, { cwd, encoding: 'utf8' });

describe('uncommittedFiles', () => {
  test('modified, staged, deleted, untracked and ignored files all count; committed ones do not', () => {
    const root = realpathSync(mkdtempSync(join(tmpdir(), 'git-tree-')));
    for (const name of ['clean', 'modified', 'staged', 'deleted', '.gitignore']) writeFileSync(join(root, name), name === '.gitignore' ? 'ignored\n' : `${name}\n`);
    git(root, 'init', '-q');
    git(root, 'add', '.');
    git(root, '-c', 'user.name=t', '-c', 'user.email=t@example.test', 'commit', '-qm', 'init');
    writeFileSync(join(root, 'modified'), 'changed\n');
    writeFileSync(join(root, 'staged'), 'changed\n');
    git(root, 'add', 'staged');
    rmSync(join(root, 'deleted'));
    writeFileSync(join(root, 'untracked'), 'new\n');
    writeFileSync(join(root, 'ignored'), 'new\n');
    expect(repositoryRoot(root, 'x')).toBe(root);
    expect(uncommittedFiles(root, ['clean', 'modified', 'staged', 'deleted', 'untracked', 'ignored'])).toEqual(['modified', 'staged', 'deleted', 'untracked', 'ignored']);
  });
});
