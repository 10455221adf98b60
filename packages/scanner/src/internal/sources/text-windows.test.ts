import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { prng, randomString } from '../../../../../test/fixtures/audit/planted';
import { removeTempDirs, tempDir } from '../../../../../test/support/temp-repo';
import { compileConfig, loadConfig, scanFiles, scanGit } from '../../index';
import { TempRepo } from './__fixtures__/temp-repo';
import { compareTextPositions, WindowBuilder, type TextPosition, type TextWindow } from './text-windows';

afterAll(removeTempDirs);

const config = compileConfig(loadConfig({ text: `[[rules]]\nid = "tok"\nregex = '''tok_[a-z0-9]{12}'''\nkeywords = ["tok_"]` }));

/** Lines of random length (some far longer than a window), tokens here and there, an emoji or two. */
function randomText(seed: number, chars: number): string {
  const next = prng(seed);
  const parts: string[] = [];
  let size = 0;
  while (size < chars) {
    const roll = next();
    const part =
      roll < 0.1 ? `tok_${randomString(next, 'abcdefghijklmnopqrstuvwxyz0123456789', 12)}` : roll < 0.25 ? '\n' : roll < 0.27 ? '😀' : roll < 0.28 ? 'x'.repeat(700) : randomString(next, 'abc .=', 1 + Math.floor(next() * 20));
    parts.push(part);
    size += part.length;
  }
  return parts.join('');
}

function windowsOf(text: string, sizes: { size: number; overlap: number }, pieces: number): TextWindow[] {
  const builder = new WindowBuilder(1, sizes);
  const out: TextWindow[] = [];
  for (let at = 0; at < text.length; at += pieces) out.push(...builder.add(text.slice(at, at + pieces)));
  const last = builder.finish();
  if (last !== undefined) out.push(last);
  return out;
}

function positionIn(text: string, offset: number): TextPosition {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, column: offset - lineStart };
}

describe('WindowBuilder', () => {
  test.each([
    [{ size: 256, overlap: 64 }, 7],
    [{ size: 100, overlap: 25 }, 1000],
    [{ size: 4096, overlap: 512 }, 333],
  ])('windows of %j (text fed %d characters at a time) cover the text, own it once, with the overlap around', (sizes, pieces) => {
    const text = randomText(sizes.size, 20_000);
    const windows = windowsOf(text, sizes, pieces);
    expect(windows.length).toBeGreaterThan(1);
    expect(windows[0]?.ownFrom).toEqual({ line: 1, column: 0 });
    expect(windows[windows.length - 1]?.ownTo).toBeUndefined();
    windows.forEach((w, i) => {
      expect(w.text.length).toBeLessThanOrEqual(sizes.size);
      expect(text.slice(w.offset, w.offset + w.text.length)).toBe(w.text);
      expect({ line: w.firstLine, column: w.firstColumn }).toEqual(positionIn(text, w.offset));
      const following = windows[i + 1];
      if (following === undefined) return;
      expect(following.ownFrom).toEqual(w.ownTo);
      // Context on both sides of the boundary: the overlap, in characters.
      const boundary = w.offset + w.text.length - sizes.overlap;
      expect(positionIn(text, boundary)).toEqual(w.ownTo);
      expect(boundary - following.offset).toBeGreaterThanOrEqual(sizes.overlap - 1);
      expect(compareTextPositions(following.ownFrom, w.ownFrom)).toBeGreaterThan(0);
    });
  });

  test('an empty text is one empty window (a path rule still sees the file)', () => {
    const builder = new WindowBuilder();
    expect(builder.add('')).toEqual([]);
    expect(builder.finish()).toEqual({ text: '', firstLine: 1, firstColumn: 0, offset: 0, ownFrom: { line: 1, column: 0 } });
  });

  test('a window size under four overlaps is refused', () => {
    expect(() => new WindowBuilder(1, { size: 100, overlap: 30 })).toThrow(RangeError);
  });
});

describe('windowed scans find what a whole-text scan finds, at the same places', () => {
  const text = randomText(99, 60_000);
  const report = (f: { File: string; StartLine: number; EndLine: number; StartColumn: number; EndColumn: number; columns: object; Secret: string }) => [
    f.StartLine,
    f.EndLine,
    f.StartColumn,
    f.EndColumn,
    f.columns,
    f.Secret,
  ];

  test('working tree: a file in windows of 512 characters', async () => {
    const dir = tempDir('windows-');
    writeFileSync(join(dir, 'a.txt'), text);
    const whole = await scanFiles(dir, { config, listing: 'walk' });
    const windowed = await scanFiles(dir, { config, listing: 'walk', windows: { size: 512, overlap: 64 } });
    expect(whole.findings.length).toBeGreaterThan(100);
    expect(windowed.findings.map(report)).toEqual(whole.findings.map(report));
  });

  test('history: a hunk in windows of 512 characters', async () => {
    const repo = new TempRepo().init();
    repo.write('a.txt', 'first line\n');
    repo.commit('one');
    repo.write('a.txt', `first line\n${text}\n`);
    repo.commit('two');
    const whole = await scanGit(repo.dir, { config });
    const windowed = await scanGit(repo.dir, { config, windows: { size: 512, overlap: 64 } });
    expect(windowed.findings.map(report)).toEqual(whole.findings.map(report));
    expect(whole.findings[0]?.StartLine).toBeGreaterThan(1);
    repo.remove();
  });
});
