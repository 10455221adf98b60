import { HIT_SPACING, KeywordPrefilter } from './keyword-prefilter';

const positions = (p: KeywordPrefilter, text: string, bytes?: Uint8Array) => Array.from(p.search(text, bytes).positions, (x) => x ?? []);

describe('KeywordPrefilter', () => {
  const p = new KeywordPrefilter(['key', 'api_key', 'ghp_', 'héllo', 'ke']);

  test('finds overlapping keywords case-insensitively in one pass', () => {
    expect(positions(p, 'API_KEY=1\nGhP_x')).toEqual([[4], [0], [10], [], [4]]);
  });

  test('keeps one occurrence per keyword per line', () => {
    expect(positions(p, 'key key key\nkey')[0]).toEqual([0, 12]);
  });

  test('on a very long line, keeps an occurrence again every HIT_SPACING characters', () => {
    const text = Array.from({ length: 5 }, () => `key${' '.repeat(HIT_SPACING)}`).join('');
    expect(positions(p, text)[0]).toHaveLength(5);
  });

  test('non-ASCII keywords and texts', () => {
    expect(positions(p, 'say HÉLLO key')).toEqual([[10], [], [], [4], [10]]);
    expect(positions(p, 'é key')[0]).toEqual([2]);
  });

  test('scanning the UTF-8 bytes gives the same offsets as the string', () => {
    const ascii = 'x = 1\nAPI_KEY = "abc"\nghp_zzz key';
    expect(positions(p, ascii, Buffer.from(ascii))).toEqual(positions(p, ascii));
    const wide = 'é = 1\nAPI_KEY = "ü"\nghp_zzz';
    expect(positions(p, wide, Buffer.from(wide))).toEqual(positions(p, wide));
  });

  test('an empty keyword list finds nothing', () => {
    expect(new KeywordPrefilter([]).search('anything').positions).toEqual([]);
  });
});
