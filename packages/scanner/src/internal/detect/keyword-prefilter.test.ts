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

  test('agrees with a naive search on random texts (overlaps, suffixes, case, newlines, non-ASCII)', () => {
    const keywords = ['ab', 'abc', 'bca', 'c', 'cab_', 'a.b', 'zz', 'b-a-b'];
    const prefilter = new KeywordPrefilter(keywords);
    let seed = 7;
    const random = (n: number): number => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return (seed >>> 8) % n;
    };
    const alphabet = 'abcABC_.-z\né ';
    for (let round = 0; round < 200; round++) {
      const text = Array.from({ length: 1 + random(120) }, () => alphabet[random(alphabet.length)]).join('');
      const expected = keywords.map((kw) => naiveThinned(text, kw));
      expect(positions(prefilter, text)).toEqual(expected);
      expect(positions(prefilter, text, Buffer.from(text, 'latin1'))).toEqual(expected);
    }
  });

  test('an empty keyword list finds nothing', () => {
    expect(new KeywordPrefilter([]).search('anything').positions).toEqual([]);
  });
});

/** Every case-insensitive occurrence, keeping one per line (texts here are shorter than HIT_SPACING). */
function naiveThinned(text: string, keyword: string): number[] {
  const lower = text.toLowerCase();
  const kept: number[] = [];
  for (let at = lower.indexOf(keyword); at !== -1; at = lower.indexOf(keyword, at + 1)) {
    const last = kept[kept.length - 1];
    if (last === undefined || text.slice(last, at).includes('\n')) kept.push(at);
  }
  return kept;
}
