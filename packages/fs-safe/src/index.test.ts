import { mkdtempSync, readdirSync, readFileSync, statSync, chmodSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { removeIfPresent, writeFileAtomic } from './index';

const mode = (p: string): number => statSync(p).mode & 0o777;

describe('writeFileAtomic', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'fs-safe-'));
  });

  test('writes 0600 files in a 0700 folder it creates, leaving no temp file', () => {
    const file = join(dir, 'mcp', '.env');
    writeFileAtomic(file, 'A=1\n', { mode: 0o600, privateDir: true });
    expect(readFileSync(file, 'utf8')).toBe('A=1\n');
    expect(mode(file)).toBe(0o600);
    expect(mode(join(dir, 'mcp'))).toBe(0o700);
    expect(readdirSync(join(dir, 'mcp'))).toEqual(['.env']);
  });

  test('tightens an existing private folder that is too open', () => {
    const sub = join(dir, 'open');
    mkdirSync(sub);
    chmodSync(sub, 0o755);
    writeFileAtomic(join(sub, 'f'), 'x', { mode: 0o600, privateDir: true });
    expect(mode(sub)).toBe(0o700);
  });

  test('replaces content whole and keeps the requested mode', () => {
    const file = join(dir, 'f.json');
    writeFileAtomic(file, 'old', { mode: 0o600 });
    writeFileAtomic(file, 'new', { mode: 0o600 });
    expect(readFileSync(file, 'utf8')).toBe('new');
    expect(mode(file)).toBe(0o600);
  });

  test('a failed write leaves neither the target nor a temp file behind', () => {
    const blocker = join(dir, 'blocker');
    writeFileAtomic(blocker, 'file, not a folder');
    expect(() => writeFileAtomic(join(blocker, 'child'), 'x')).toThrow();
    expect(readdirSync(dir)).toEqual(['blocker']);
  });

  test('removeIfPresent reports whether it removed something', () => {
    const file = join(dir, 'gone');
    writeFileAtomic(file, 'x');
    expect(removeIfPresent(file)).toBe(true);
    expect(removeIfPresent(file)).toBe(false);
  });
});
