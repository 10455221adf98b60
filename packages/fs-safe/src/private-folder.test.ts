import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stageFile, writeFileAtomic } from './index';
import { checkReplaceableFile, claimPrivateFolder, hasSymlinkBelow, removeStagedCopies, UnsafeLocationError } from './private-folder';

const MARKER = '.owner-marker';
const mode = (path: string): number => statSync(path).mode & 0o777;

describe('claimPrivateFolder', () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'private-folder-'));
  });

  test('creates the folders 0700, marks the last as ours, and accepts it again', () => {
    const dir = join(root, 'a', 'b');
    claimPrivateFolder(root, dir, MARKER);
    expect(mode(join(root, 'a'))).toBe(0o700);
    expect(mode(dir)).toBe(0o700);
    expect(readdirSync(dir)).toEqual([MARKER]);
    writeFileAtomic(join(dir, 'secret'), 'x', { mode: 0o600 });
    expect(() => claimPrivateFolder(root, dir, MARKER)).not.toThrow();
  });

  test('takes over an empty 0700 folder (a run before the marker existed left it)', () => {
    mkdirSync(join(root, 'empty'), { mode: 0o700 });
    claimPrivateFolder(root, join(root, 'empty'), MARKER);
    expect(readdirSync(join(root, 'empty'))).toEqual([MARKER]);
  });

  test.each<[string, (root: string) => string, RegExp]>([
    ['another tool\'s folder', (r) => {
      mkdirSync(join(r, 'tool'), { mode: 0o700 });
      writeFileSync(join(r, 'tool', 'hosts.yml'), 'x');
      return join(r, 'tool');
    }, /holds files this tool did not write/],
    ['a folder others may read', (r) => {
      mkdirSync(join(r, 'open'));
      chmodSync(join(r, 'open'), 0o755);
      return join(r, 'open');
    }, /open to other users \(mode 755\)/],
    ['a world-writable folder on the way', (r) => {
      mkdirSync(join(r, 'shared'));
      chmodSync(join(r, 'shared'), 0o1777);
      return join(r, 'shared', 'mine');
    }, /writable by every user \(mode 1777\)/],
    ['a symlink on the way', (r) => {
      mkdirSync(join(r, 'real'), { mode: 0o700 });
      symlinkSync(join(r, 'real'), join(r, 'link'));
      return join(r, 'link', 'mine');
    }, /link is a symbolic link/],
    ['a file where a folder should be', (r) => {
      writeFileSync(join(r, 'file'), 'x');
      return join(r, 'file');
    }, /is not a folder/],
    ['the root itself', (r) => r, /is not a folder below/],
    ['a folder outside the root', (r) => join(r, '..', 'elsewhere'), /is not a folder below/],
  ])('refuses %s, changing nothing', (_case, setup, message) => {
    const dir = setup(root);
    const before = existsSync(dir) ? statSync(dir).mode : undefined;
    expect(() => claimPrivateFolder(root, dir, MARKER)).toThrow(UnsafeLocationError);
    expect(() => claimPrivateFolder(root, dir, MARKER)).toThrow(message);
    if (before !== undefined) expect(statSync(dir).mode).toBe(before);
  });

  test('refuses a world-writable root', () => {
    chmodSync(root, 0o777);
    expect(() => claimPrivateFolder(root, join(root, 'mine'), MARKER)).toThrow(/writable by every user/);
    expect(existsSync(join(root, 'mine'))).toBe(false);
  });
});

test('checkReplaceableFile refuses a symlink or a folder in place of the file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'replaceable-'));
  symlinkSync('/etc/hostname', join(dir, 'link'));
  mkdirSync(join(dir, 'folder'));
  writeFileSync(join(dir, 'file'), 'x');
  expect(() => checkReplaceableFile(join(dir, 'link'))).toThrow(/not a regular file/);
  expect(() => checkReplaceableFile(join(dir, 'folder'))).toThrow(/not a regular file/);
  expect(() => checkReplaceableFile(join(dir, 'file'))).not.toThrow();
  expect(() => checkReplaceableFile(join(dir, 'absent'))).not.toThrow();
});

test("removeStagedCopies removes what a kill between stageFile and rename leaves, and nothing else", () => {
  const dir = mkdtempSync(join(tmpdir(), 'staged-'));
  const target = join(dir, '.env');
  writeFileSync(target, 'current');
  const staged = [stageFile(target, 'next one', 0o600), stageFile(target, 'and another', 0o600)];
  writeFileSync(join(dir, '.env.notes.tmp'), 'not staged by stageFile');
  writeFileSync(join(dir, '.other.abcdefabcdef.tmp'), 'staged for another file');
  expect(removeStagedCopies(target).sort()).toEqual(staged.sort());
  expect(readdirSync(dir).sort()).toEqual(['.env', '.env.notes.tmp', '.other.abcdefabcdef.tmp']);
  expect(removeStagedCopies(join(dir, 'missing', 'x'))).toEqual([]);
});

test('hasSymlinkBelow spots a folder replaced by a symlink between root and file', () => {
  const root = mkdtempSync(join(tmpdir(), 'symlink-below-'));
  mkdirSync(join(root, 'real'));
  symlinkSync(join(root, 'real'), join(root, 'link'));
  expect(hasSymlinkBelow(root, join(root, 'real', 'f'))).toBe(false);
  expect(hasSymlinkBelow(root, join(root, 'link', 'f'))).toBe(true);
  expect(hasSymlinkBelow(root, join(root, '..', 'f'))).toBe(true);
});
