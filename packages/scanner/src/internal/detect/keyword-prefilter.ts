// One pass over the text finds every rule keyword (ASCII case-insensitive Aho-Corasick
// automaton, a dense DFA over 7-bit characters), so a rule's regex only runs near its keywords.

const ALPHABET = 128;
// Rows are 256 wide so a byte indexes them directly; columns 128-255 lead back to the root.
const SHIFT = 8;

export interface KeywordHits {
  /** For each keyword index: start offsets of its occurrences, ascending (thinned, see HIT_SPACING). */
  positions: (number[] | undefined)[];
}

/**
 * Regex windows cover whole lines, so one occurrence per keyword per line is enough; on a
 * very long line an occurrence is kept again after this many characters.
 */
export const HIT_SPACING = 1024;

export class KeywordPrefilter {
  /** delta[state << 8 | char]: next state; upper-case letters share the lower-case column. */
  private readonly delta: Int32Array;
  /** Per state: keyword indices that end there (including via failure links). */
  private readonly outputs: number[][];
  private readonly hasOutput: Uint8Array;
  /** Keywords with non-ASCII characters: searched with a lower-cased copy of the text. */
  private readonly wide: number[] = [];

  constructor(readonly keywords: readonly string[]) {
    const goto: Map<number, number>[] = [new Map()];
    const out: number[][] = [[]];
    keywords.forEach((kw, index) => {
      if (kw === '' || [...kw].some((ch) => ch.charCodeAt(0) >= ALPHABET)) {
        if (kw !== '') this.wide.push(index);
        return;
      }
      let state = 0;
      for (let i = 0; i < kw.length; i++) {
        const c = lower(kw.charCodeAt(i));
        const trans = goto[state] as Map<number, number>;
        let next = trans.get(c);
        if (next === undefined) {
          next = goto.length;
          goto.push(new Map());
          out.push([]);
          trans.set(c, next);
        }
        state = next;
      }
      (out[state] as number[]).push(index);
    });
    const states = goto.length;
    const delta = new Int32Array(states << SHIFT);
    const fail = new Int32Array(states);
    // Breadth-first: a state's failure link and row are complete before its children's.
    const queue: number[] = [];
    for (let c = 0; c < ALPHABET; c++) {
      const next = (goto[0] as Map<number, number>).get(lower(c)) ?? 0;
      delta[c] = next;
      if (next !== 0 && c === lower(c)) queue.push(next);
    }
    for (let qi = 0; qi < queue.length; qi++) {
      const s = queue[qi] as number;
      const f = fail[s] as number;
      (out[s] as number[]).push(...(out[f] as number[]));
      for (let c = 0; c < ALPHABET; c++) {
        const lc = lower(c);
        const next = (goto[s] as Map<number, number>).get(lc);
        if (next === undefined) {
          delta[(s << SHIFT) | c] = delta[(f << SHIFT) | c] as number;
        } else {
          delta[(s << SHIFT) | c] = next;
          if (c === lc) {
            fail[next] = delta[(f << SHIFT) | c] as number;
            queue.push(next);
          }
        }
      }
    }
    this.delta = delta;
    this.outputs = out;
    this.hasOutput = Uint8Array.from(out, (o) => (o.length > 0 ? 1 : 0));
  }

  /**
   * Finds keyword occurrences. `bytes` (the UTF-8 the text was decoded from) is scanned instead
   * when it has one byte per character, which is faster than reading the string.
   */
  search(text: string, bytes?: Uint8Array): KeywordHits {
    const hits = new HitRecorder(this.keywords);
    const { delta, hasOutput, outputs } = this;
    let state = 0;
    let lineStart = 0;
    // The two loops are the same automaton over a byte array and over a string.
    if (bytes !== undefined && bytes.length === text.length) {
      for (let i = 0; i < bytes.length; i++) {
        const code = bytes[i] as number;
        if (code === 10) lineStart = i + 1;
        state = delta[(state << SHIFT) | code] as number;
        if (hasOutput[state] !== 0) hits.record(outputs[state] as number[], i, lineStart);
      }
    } else {
      for (let i = 0; i < text.length; i++) {
        const code = text.charCodeAt(i);
        if (code === 10) lineStart = i + 1;
        // Non-ASCII characters never occur in ASCII keywords: back to the root.
        state = code < 256 ? (delta[(state << SHIFT) | code] as number) : 0;
        if (hasOutput[state] !== 0) hits.record(outputs[state] as number[], i, lineStart);
      }
    }
    if (this.wide.length > 0) {
      const lowered = text.toLowerCase();
      for (const k of this.wide) {
        const kw = this.keywords[k] as string;
        for (let at = lowered.indexOf(kw); at !== -1; at = lowered.indexOf(kw, at + 1)) hits.add(k, at);
      }
    }
    return { positions: hits.positions };
  }
}

/** Keeps one occurrence per keyword per line (and per HIT_SPACING characters on long lines). */
class HitRecorder {
  readonly positions: (number[] | undefined)[];
  private readonly lastKept: Float64Array;

  constructor(private readonly keywords: readonly string[]) {
    this.positions = new Array(keywords.length);
    this.lastKept = new Float64Array(keywords.length).fill(-Infinity);
  }

  /** `end`: offset of the keyword's last character. */
  record(ended: readonly number[], end: number, lineStart: number): void {
    for (const k of ended) {
      const start = end + 1 - (this.keywords[k] as string).length;
      const last = this.lastKept[k] as number;
      if (last >= lineStart && start - last < HIT_SPACING) continue;
      this.lastKept[k] = start;
      this.add(k, start);
    }
  }

  add(k: number, start: number): void {
    (this.positions[k] ??= []).push(start);
  }
}

function lower(code: number): number {
  return code >= 65 && code <= 90 ? code + 32 : code;
}
