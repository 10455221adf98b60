import { execFileSync } from 'node:child_process';
import { closeSync, ftruncateSync, mkdirSync, mkdtempSync, openSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BoundedReadError, readBoundedFile, readBoundedText, readBoundedTextIfPresent, type BoundedReadOptions } from './bounded-read';

describe('bounded reads', () => {
  let base: string;
  let repo: string;
  const opts = (over: Partial<BoundedReadOptions> = {}): BoundedReadOptions => ({ what: 'the test file', maxBytes: 16, root: repo, ...over });
  const reason = (read: () => unknown): string => {
    try {
      read();
    } catch (error) {
      if (error instanceof BoundedReadError) return `${error.reason}: ${error.message}`;
      throw error;
    }
    return 'read';
  };

  beforeEach(() => {
    base = mkdtempSync(join(tmpdir(), 'fs-safe-bounded-'));
    repo = join(base, 'repo');
    mkdirSync(join(repo, 'config'), { recursive: true });
    writeFileSync(join(base, 'outside.txt'), 'outside\n');
  });
  afterEach(() => rmSync(base, { recursive: true, force: true }));

  test('reads a regular file up to the cap, relative paths from the root', () => {
    writeFileSync(join(repo, 'config', 'a.toml'), 'x'.repeat(16));
    expect(readBoundedText('config/a.toml', opts())).toBe('x'.repeat(16));
    expect(readBoundedFile(join(repo, 'config', 'a.toml'), opts()).length).toBe(16);
  });

  test('a file that states no size (st_size understates) is still read to its end', () => {
    // Linux reports 0 bytes for /proc files; the read goes on until the end, in growing chunks.
    const status = readBoundedText('/proc/self/status', { what: 'the test file', maxBytes: 1024 * 1024 });
    expect(status).toMatch(/^Name:/);
    expect(status).toMatch(/\nPid:\s+\d+/);
  });

  test('one byte over the cap is refused with the file, the limit and the input named', () => {
    const over = opts({ maxBytes: 2 * 1024 * 1024, display: 'big', input: 'config' });
    writeFileSync(join(repo, 'big'), Buffer.alloc(over.maxBytes + 1));
    expect(reason(() => readBoundedFile(join(repo, 'big'), over))).toBe(
      "too-large: input 'config', big: the test file: larger than the 2 MiB limit for the test file (keep the file under the limit)",
    );
  });

  test('a sparse file of 1 GiB is refused without being read', () => {
    const fd = openSync(join(repo, 'sparse'), 'w');
    ftruncateSync(fd, 1024 ** 3);
    closeSync(fd);
    expect(reason(() => readBoundedFile(join(repo, 'sparse'), opts()))).toMatch(/^too-large: /);
  });

  test('symlinks: followed while the target stays inside the root, refused when it leaves', () => {
    writeFileSync(join(repo, 'real.toml'), 'inside');
    symlinkSync('../real.toml', join(repo, 'config', 'in.toml'));
    symlinkSync(join(base, 'outside.txt'), join(repo, 'config', 'out.toml'));
    symlinkSync('/dev/zero', join(repo, 'config', 'zero'));
    expect(readBoundedText(join(repo, 'config', 'in.toml'), opts())).toBe('inside');
    expect(reason(() => readBoundedText(join(repo, 'config', 'out.toml'), opts()))).toMatch(/^outside: .*outside\.txt, outside the repository/);
    expect(reason(() => readBoundedText(join(repo, 'config', 'zero'), opts()))).toMatch(/^outside: .*\/dev\/zero, outside the repository/);
    expect(reason(() => readBoundedText('../outside.txt', opts()))).toMatch(/^outside: /);
  });

  test('without a root (a file the user named) symlinks are followed, but devices, pipes and folders are refused', () => {
    symlinkSync(join(base, 'outside.txt'), join(base, 'link'));
    expect(readBoundedText(join(base, 'link'), opts({ root: undefined }))).toBe('outside\n');
    expect(reason(() => readBoundedText('/dev/zero', opts({ root: undefined })))).toBe('not-a-file: /dev/zero: the test file: not a regular file (a device) (commit a regular file there)');
    execFileSync('mkfifo', [join(repo, 'pipe')]);
    expect(reason(() => readBoundedText(join(repo, 'pipe'), opts()))).toMatch(/^not-a-file: .*a named pipe/);
    expect(reason(() => readBoundedText(join(repo, 'config'), opts()))).toMatch(/^not-a-file: .*a folder/);
  });

  test('an absent file is "absent" (undefined from the IfPresent form); a symlink loop is refused', () => {
    expect(reason(() => readBoundedText(join(repo, 'nope'), opts()))).toMatch(/^absent: .*does not exist/);
    expect(readBoundedTextIfPresent(join(repo, 'nope'), opts())).toBeUndefined();
    expect(readBoundedTextIfPresent(join(repo, 'config', 'nope', 'deeper'), opts())).toBeUndefined();
    symlinkSync('loop', join(repo, 'loop'));
    expect(reason(() => readBoundedTextIfPresent(join(repo, 'loop'), opts()))).toMatch(/^not-a-file: /);
  });
});
