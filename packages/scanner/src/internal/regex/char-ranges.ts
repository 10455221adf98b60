// Character classes as sorted code-point ranges, so Go's class semantics (POSIX classes,
// negated Perl classes inside brackets, case folding) can be computed exactly and then
// emitted as a plain JavaScript class.

export type Range = readonly [number, number];

export const MAX_CODE_POINT = 0x10ffff;

export function normalizeRanges(ranges: readonly Range[]): Range[] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const out: [number, number][] = [];
  for (const [lo, hi] of sorted) {
    const last = out[out.length - 1];
    if (last !== undefined && lo <= last[1] + 1) {
      last[1] = Math.max(last[1], hi);
    } else {
      out.push([lo, hi]);
    }
  }
  return out;
}

export function complementRanges(ranges: readonly Range[]): Range[] {
  const out: Range[] = [];
  let next = 0;
  for (const [lo, hi] of normalizeRanges(ranges)) {
    if (lo > next) out.push([next, lo - 1]);
    next = hi + 1;
  }
  if (next <= MAX_CODE_POINT) out.push([next, MAX_CODE_POINT]);
  return out;
}

const cp = (c: string): number => c.codePointAt(0) ?? 0;

/** Go's Perl classes (ASCII-only, as in RE2). */
export const PERL_CLASSES: Record<string, Range[]> = {
  d: [[cp('0'), cp('9')]],
  s: [[9, 10], [12, 13], [32, 32]],
  w: [[cp('0'), cp('9')], [cp('A'), cp('Z')], [cp('_'), cp('_')], [cp('a'), cp('z')]],
};

/** POSIX bracket classes as RE2 defines them. */
export const POSIX_CLASSES: Record<string, Range[]> = {
  alnum: [[48, 57], [65, 90], [97, 122]],
  alpha: [[65, 90], [97, 122]],
  ascii: [[0, 0x7f]],
  blank: [[9, 9], [32, 32]],
  cntrl: [[0, 0x1f], [0x7f, 0x7f]],
  digit: [[48, 57]],
  graph: [[0x21, 0x7e]],
  lower: [[97, 122]],
  print: [[0x20, 0x7e]],
  punct: [[0x21, 0x2f], [0x3a, 0x40], [0x5b, 0x60], [0x7b, 0x7e]],
  space: [[9, 13], [32, 32]],
  upper: [[65, 90]],
  word: [[48, 57], [65, 90], [95, 95], [97, 122]],
  xdigit: [[48, 57], [65, 70], [97, 102]],
};

// Beyond this many code points a non-ASCII range is not folded char by char; RE2 folds
// such ranges too, but secret patterns never rely on folding large Unicode blocks.
const MAX_FOLD_SPAN = 2048;

/** Adds the other-case counterparts of every character in the ranges (simple case folding). */
export function foldRanges(ranges: readonly Range[]): Range[] {
  const extra: Range[] = [];
  for (const [lo, hi] of ranges) {
    // ASCII letters: fold by range arithmetic.
    const aLo = Math.max(lo, 0x61);
    const aHi = Math.min(hi, 0x7a);
    if (aLo <= aHi) extra.push([aLo - 32, aHi - 32]);
    const uLo = Math.max(lo, 0x41);
    const uHi = Math.min(hi, 0x5a);
    if (uLo <= uHi) extra.push([uLo + 32, uHi + 32]);
    const nLo = Math.max(lo, 0x80);
    if (nLo <= hi && hi - nLo <= MAX_FOLD_SPAN) {
      for (let c = nLo; c <= hi; c++) {
        for (const other of caseVariants(c)) extra.push([other, other]);
      }
    }
  }
  return normalizeRanges([...ranges, ...extra]);
}

/** Other-case single code points of c (k/K also fold with the Kelvin sign, s/S with long s, as in Go). */
export function caseVariants(c: number): number[] {
  const ch = String.fromCodePoint(c);
  const out = new Set<number>();
  for (const v of [ch.toLowerCase(), ch.toUpperCase()]) {
    if ([...v].length === 1 && v !== ch) out.add(cp(v));
  }
  if (c === 0x6b || c === 0x4b) out.add(0x212a);
  if (c === 0x73 || c === 0x53) out.add(0x17f);
  return [...out];
}

/** A code point as a JavaScript escape: `\u{...}` needs the u flag, `\uXXXX` works in both modes. */
export function escapeCodePoint(c: number, unicode: boolean): string {
  return unicode ? `\\u{${c.toString(16)}}` : `\\u${c.toString(16).padStart(4, '0')}`;
}

function escapeClassChar(c: number, unicode: boolean): string {
  if (c === 0x5c || c === 0x5d || c === 0x5b || c === 0x5e || c === 0x2d) return `\\${String.fromCharCode(c)}`;
  if (c >= 0x20 && c < 0x7f) return String.fromCharCode(c);
  if (c === 9) return '\\t';
  if (c === 10) return '\\n';
  if (c === 13) return '\\r';
  return escapeCodePoint(c, unicode);
}

/**
 * Emits the inside of a JavaScript character class for the ranges. Without the u flag the
 * regex sees UTF-16 code units, so ranges are clipped to the BMP (an astral character is two
 * units, both inside a complement that reaches 0xFFFF).
 */
export function emitRanges(ranges: readonly Range[], unicode: boolean): string {
  let out = '';
  for (const [lo, rawHi] of ranges) {
    const hi = unicode ? rawHi : Math.min(rawHi, 0xffff);
    if (lo > hi) continue;
    if (lo === hi) out += escapeClassChar(lo, unicode);
    else if (hi === lo + 1) out += escapeClassChar(lo, unicode) + escapeClassChar(hi, unicode);
    else out += `${escapeClassChar(lo, unicode)}-${escapeClassChar(hi, unicode)}`;
  }
  return out;
}
