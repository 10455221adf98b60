// Secrets hidden in base64, hex or percent-encoded segments: each round replaces the encoded
// segments of the text with their decoding and is scanned again (as gitleaks' --max-decode-depth);
// a finding inside a decoded segment is reported at the encoded segment's place in the file.

export type Encoding = 'base64' | 'hex' | 'percent';

/** A span of a layer's text and the span of the original text it stands for. */
interface Piece {
  start: number;
  end: number;
  origStart: number;
  origEnd: number;
  /** 0 for original text; the round that decoded it otherwise. */
  depth: number;
  encodings: Encoding[];
}

interface Segment {
  start: number;
  end: number;
  encoding: Encoding;
  decoded: string;
}

const MIN_BASE64 = 16;
const MIN_HEX = 32;
// Per ASCII character: 1 = base64 (standard or URL-safe) alphabet, 2 = also a hex digit.
const CLASS = new Uint8Array(256);
for (const c of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/_-') CLASS[c.charCodeAt(0)] = 1;
for (const c of '0123456789ABCDEFabcdef') CLASS[c.charCodeAt(0)] = 3;
const PERCENT_ESCAPE = /%[0-9A-Fa-f]{2}/g;
// Characters that may surround escapes inside one URL-encoded value.
const URL_CHAR = /[A-Za-z0-9._~+!*();:@&=$,/?#[\]-]/;
const MIN_DECODED = 8;

function printable(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 0x7e || (c < 0x20 && c !== 9 && c !== 10 && c !== 13)) return false;
  }
  return true;
}

function decode(encoding: Encoding, raw: string): string | undefined {
  let out: string;
  if (encoding === 'hex') {
    if (raw.length % 2 !== 0) return undefined;
    out = Buffer.from(raw, 'hex').toString('latin1');
  } else if (encoding === 'base64') {
    out = Buffer.from(raw, 'base64').toString('latin1');
  } else {
    out = raw.replace(/%([0-9A-Fa-f]{2})/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16)));
  }
  return out.length >= MIN_DECODED && printable(out) ? out : undefined;
}

/**
 * Cheap test before decoding: base64 of printable ASCII has a first character of every
 * 4-character group in `I`-`Z` or `a`-`f` (bytes 0x20-0x7f), and a body length other than 1 mod 4.
 * Identifiers and paths fail it almost always.
 */
function couldBeBase64Text(text: string, start: number, end: number): boolean {
  let body = end;
  while (body > start && text.charCodeAt(body - 1) === 61) body--;
  if ((body - start) % 4 === 1) return false;
  for (let i = start; i < body; i += 4) {
    const c = text.charCodeAt(i);
    if (!((c >= 73 && c <= 90) || (c >= 97 && c <= 102))) return false;
  }
  return true;
}

/**
 * Maximal runs of the base64 alphabet (with `=` padding) long enough to hide a secret. A run of
 * at least MIN_BASE64 characters covers one of every MIN_BASE64-th positions, so only those are
 * probed and grown in both directions: about half the reads of a full pass over code.
 */
export function alphabetRuns(text: string, each: (start: number, end: number, allHex: boolean) => void): void {
  const n = text.length;
  const classAt = (i: number): number => {
    const c = text.charCodeAt(i);
    return c < 256 ? (CLASS[c] as number) : 0;
  };
  let lastEnd = 0;
  let i = MIN_BASE64 - 1;
  while (i < n) {
    let hexOnly = classAt(i);
    if (hexOnly === 0) {
      i += MIN_BASE64;
      continue;
    }
    let start = i;
    for (let c = start > lastEnd ? classAt(start - 1) : 0; c !== 0; c = start > lastEnd ? classAt(start - 1) : 0) {
      hexOnly &= c;
      start--;
    }
    let end = i + 1;
    for (let c = end < n ? classAt(end) : 0; c !== 0; c = end < n ? classAt(end) : 0) {
      hexOnly &= c;
      end++;
    }
    if (end - start >= MIN_BASE64) {
      let padded = end;
      while (padded < end + 2 && text.charCodeAt(padded) === 61) padded++;
      each(start, padded, hexOnly === 3 && padded === end);
    }
    lastEnd = end;
    i = end + MIN_BASE64;
  }
}

/** Percent-encoded runs holding at least two escapes, grown around each escape (linear time). */
function percentRuns(text: string): { start: number; end: number }[] {
  const runs: { start: number; end: number }[] = [];
  if (!text.includes('%')) return runs;
  let lastEnd = 0;
  PERCENT_ESCAPE.lastIndex = 0;
  for (let m = PERCENT_ESCAPE.exec(text); m !== null; m = PERCENT_ESCAPE.exec(text)) {
    if (m.index < lastEnd) continue;
    let start = m.index;
    while (start > lastEnd && URL_CHAR.test(text[start - 1] as string)) start--;
    let end = m.index;
    let escapes = 0;
    while (end < text.length) {
      if (text[end] === '%' && /^%[0-9A-Fa-f]{2}/.test(text.slice(end, end + 3))) {
        escapes++;
        end += 3;
      } else if (URL_CHAR.test(text[end] as string)) {
        end++;
      } else {
        break;
      }
    }
    lastEnd = end;
    if (escapes >= 2) runs.push({ start, end });
  }
  return runs;
}

/** Encoded segments of a text that decode to printable text, without overlaps (longest first). */
export function findEncodedSegments(text: string): Segment[] {
  const found: Segment[] = [];
  const add = (encoding: Encoding, start: number, end: number): void => {
    const decoded = decode(encoding, text.slice(start, end));
    if (decoded !== undefined) found.push({ start, end, encoding, decoded });
  };
  for (const r of percentRuns(text)) add('percent', r.start, r.end);
  alphabetRuns(text, (start, end, allHex) => {
    // A run of hex digits is hex, not base64.
    if (allHex) {
      if (end - start >= MIN_HEX) add('hex', start, end);
    } else if (couldBeBase64Text(text, start, end)) {
      add('base64', start, end);
    }
  });
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Segment[] = [];
  for (const s of found) {
    const last = out[out.length - 1];
    if (last === undefined || s.start >= last.end) out.push(s);
  }
  return out;
}

export interface MappedSpan {
  start: number;
  end: number;
  encodings: Encoding[];
}

export class DecodedLayer {
  private constructor(
    readonly text: string,
    private readonly pieces: Piece[],
    readonly depth: number,
  ) {}

  static root(text: string): DecodedLayer {
    return new DecodedLayer(text, [{ start: 0, end: text.length, origStart: 0, origEnd: text.length, depth: 0, encodings: [] }], 0);
  }

  /** The next layer, with this layer's encoded segments decoded; undefined when there are none. */
  next(): DecodedLayer | undefined {
    const segments = findEncodedSegments(this.text);
    if (segments.length === 0) return undefined;
    const pieces: Piece[] = [];
    const parts: string[] = [];
    let length = 0;
    let cursor = 0;
    const keep = (from: number, to: number): void => {
      if (from >= to) return;
      for (const p of this.overlapping(from, to)) {
        const a = Math.max(p.start, from);
        const b = Math.min(p.end, to);
        const exact = p.depth === 0;
        pieces.push({
          start: length + (a - from),
          end: length + (b - from),
          origStart: exact ? p.origStart + (a - p.start) : p.origStart,
          origEnd: exact ? p.origStart + (b - p.start) : p.origEnd,
          depth: p.depth,
          encodings: p.encodings,
        });
      }
      parts.push(this.text.slice(from, to));
      length += to - from;
    };
    for (const s of segments) {
      keep(cursor, s.start);
      const orig = this.originalSpan(s.start, s.end);
      pieces.push({ start: length, end: length + s.decoded.length, origStart: orig.start, origEnd: orig.end, depth: this.depth + 1, encodings: [...orig.encodings, s.encoding] });
      parts.push(s.decoded);
      length += s.decoded.length;
      cursor = s.end;
    }
    keep(cursor, this.text.length);
    return new DecodedLayer(parts.join(''), pieces, this.depth + 1);
  }

  /**
   * The original span behind [start, end) of this layer, when it touches text decoded in this
   * round (anything else was already scanned in an earlier round); undefined otherwise.
   */
  map(start: number, end: number): MappedSpan | undefined {
    const hit = this.overlapping(start, end);
    const fresh = hit.filter((p) => p.depth === this.depth);
    if (this.depth > 0 && fresh.length === 0) return undefined;
    const span = this.originalSpan(start, end);
    return { ...span, encodings: [...new Set(fresh.flatMap((p) => p.encodings))] };
  }

  /** The original span behind [start, end) of this layer, decoded in this round or not. */
  locate(start: number, end: number): { start: number; end: number } {
    const { start: s, end: e } = this.originalSpan(start, end);
    return { start: s, end: e };
  }

  /** true when [start, end) touches text decoded in this round (always for the original text). */
  touchesFresh(start: number, end: number): boolean {
    return this.depth === 0 || this.overlapping(start, end).some((p) => p.depth === this.depth);
  }

  /** The spans of this layer's text decoded in this round, ascending. */
  freshSpans(): Array<{ start: number; end: number }> {
    return this.pieces.filter((p) => p.depth === this.depth).map(({ start, end }) => ({ start, end }));
  }

  /** Pieces overlapping [start, end) (an empty span touches the piece holding it); pieces are sorted. */
  private overlapping(start: number, end: number): Piece[] {
    const stop = Math.max(end, start + 1);
    let lo = 0;
    let hi = this.pieces.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.pieces[mid] as Piece).end <= start) lo = mid + 1;
      else hi = mid;
    }
    const out: Piece[] = [];
    for (let i = lo; i < this.pieces.length && (this.pieces[i] as Piece).start < stop; i++) out.push(this.pieces[i] as Piece);
    return out;
  }

  private originalSpan(start: number, end: number): MappedSpan {
    let lo = Infinity;
    let hi = -Infinity;
    const encodings: Encoding[] = [];
    for (const p of this.overlapping(start, end)) {
      const exact = p.depth === 0;
      lo = Math.min(lo, exact ? p.origStart + (Math.max(start, p.start) - p.start) : p.origStart);
      hi = Math.max(hi, exact ? p.origStart + (Math.min(end, p.end) - p.start) : p.origEnd);
      encodings.push(...p.encodings);
    }
    return { start: lo, end: hi, encodings };
  }
}
