import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { replaceFiles, RestoreError } from './file-set';

function folder(): { dir: string; a: string; b: string } {
  const dir = mkdtempSync(join(tmpdir(), 'file-set-'));
  const a = join(dir, 'a.yaml');
  const b = join(dir, 'b.yaml');
  writeFileSync(a, 'old a\n', { mode: 0o640 });
  writeFileSync(b, 'old b\n');
  return { dir, a, b };
}

describe('replaceFiles', () => {
  test('replaces every file keeping the given modes; the undo puts the originals back and removes new files', () => {
    const { dir, a, b } = folder();
    const key = join(dir, 'key.txt');
    const undo = replaceFiles([
      { path: a, content: 'new a\n', mode: 0o640, original: 'old a\n' },
      { path: b, content: 'new b\n', mode: 0o644, original: 'old b\n' },
      { path: key, content: 'secret\n', mode: 0o600, original: undefined },
    ]);
    expect([readFileSync(a, 'utf8'), readFileSync(b, 'utf8'), readFileSync(key, 'utf8')]).toEqual(['new a\n', 'new b\n', 'secret\n']);
    expect(statSync(key).mode & 0o777).toBe(0o600);
    expect(statSync(a).mode & 0o777).toBe(0o640);
    undo();
    expect([readFileSync(a, 'utf8'), readFileSync(b, 'utf8')]).toEqual(['old a\n', 'old b\n']);
    expect(readdirSync(dir).sort()).toEqual(['a.yaml', 'b.yaml']);
  });

  test('a failure half-way leaves every file as it was and no temporary file behind', () => {
    const { dir, a, b } = folder();
    writeFileSync(join(dir, 'key.txt'), 'someone else\n');
    expect(() =>
      replaceFiles([
        { path: a, content: 'new a\n', mode: 0o644, original: 'old a\n' },
        { path: b, content: 'new b\n', mode: 0o644, original: 'old b\n' },
        { path: join(dir, 'key.txt'), content: 'secret\n', mode: 0o600, original: undefined },
      ]),
    ).toThrow(/EEXIST/);
    expect([readFileSync(a, 'utf8'), readFileSync(b, 'utf8'), readFileSync(join(dir, 'key.txt'), 'utf8')]).toEqual(['old a\n', 'old b\n', 'someone else\n']);
    expect(readdirSync(dir).sort()).toEqual(['a.yaml', 'b.yaml', 'key.txt']);

    expect(() => replaceFiles([{ path: a, content: 'new a\n', mode: 0o644, original: 'old a\n' }, { path: join(dir, 'missing', 'c'), content: 'c', mode: 0o644, original: 'c' }])).toThrow(/ENOENT/);
    expect(readFileSync(a, 'utf8')).toBe('old a\n');
    expect(readdirSync(dir).sort()).toEqual(['a.yaml', 'b.yaml', 'key.txt']);
  });

  test('an undo that cannot put a file back still puts back the others, and names the one it could not', () => {
    const { dir, a } = folder();
    const sub = join(dir, 'sub');
    mkdirSync(sub);
    const c = join(sub, 'c.yaml');
    writeFileSync(c, 'old c\n');
    const undo = replaceFiles([
      { path: a, content: 'new a\n', mode: 0o644, original: 'old a\n' },
      { path: c, content: 'new c\n', mode: 0o644, original: 'old c\n' },
    ]);
    // The folder of c becomes a file: c can no longer be written back.
    rmSync(sub, { recursive: true });
    writeFileSync(sub, 'not a folder\n');
    let thrown: unknown;
    try {
      undo();
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(RestoreError);
    expect((thrown as RestoreError).paths).toEqual([c]);
    expect((thrown as RestoreError).message).toMatch(new RegExp(`^could not put back ${c} \\(`));
    expect(readFileSync(a, 'utf8')).toBe('old a\n');
  });
});
