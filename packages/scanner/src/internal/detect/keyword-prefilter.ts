// One pass over the text finds every rule keyword (ASCII case-insensitive Aho-Corasick
// automaton, a dense DFA over the characters that occur in keywords), so a rule's regex only
// runs near its keywords. The DFA loop is the scan's hottest code: one class lookup, one table
// lookup and one sign test per character.

const ALPHABET = 128;

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
  /**
   * Character code (0-255) -> column of the transition table. Column 0 holds every character that
   * occurs in no keyword (and non-ASCII ones): from any state it leads back to the root.
   */
  private readonly classOf = new Uint8Array(256);
  /** log2 of the row width (a power of two, so a state is stored as its row's offset). */
  private readonly shift: number;
  /**
   * delta[row + class]: the next state's row offset, or its bitwise NOT when keywords end in
   * that state (so a hit costs no extra lookup on the common path).
   */
  private readonly delta: Int32Array;
  /** Per state: keyword indices that end there (including via failure links). */
  private readonly outputs: number[][];
  /** Keywords with non-ASCII characters: searched with a lower-cased copy of the text. */
  private readonly wide: number[] = [];
  /**
   * Per keyword, where its last kept hit starts: reset by each search rather than allocated (a typed
   * array this size lives outside the heap, and a scan searches every file). Searches never overlap.
   */
  private readonly lastKept: Float64Array;

  constructor(readonly keywords: readonly string[]) {
    this.lastKept = new Float64Array(keywords.length);
    // Classes first, so the trie can be built straight into a table of its final width.
    const ascii: number[] = [];
    let classes = 1;
    let maxStates = 1;
    keywords.forEach((kw, index) => {
      if (kw === '') return;
      if ([...kw].some((ch) => ch.charCodeAt(0) >= ALPHABET)) {
        this.wide.push(index);
        return;
      }
      ascii.push(index);
      maxStates += kw.length;
      for (let i = 0; i < kw.length; i++) {
        const c = lower(kw.charCodeAt(i));
        if (this.classOf[c] !== 0) continue;
        this.classOf[c] = classes++;
        this.classOf[upper(c)] = this.classOf[c] as number;
      }
    });
    this.shift = Math.max(1, Math.ceil(Math.log2(classes)));
    const width = 1 << this.shift;
    // Plain state numbers first (0 = no edge yet: the root is no state's child); encoded as row
    // offsets (and outputs) once the failure links are known.
    const next = new Int32Array(maxStates * width);
    const out: number[][] = [[]];
    for (const index of ascii) {
      const kw = keywords[index] as string;
      let state = 0;
      for (let i = 0; i < kw.length; i++) {
        const at = state * width + (this.classOf[kw.charCodeAt(i)] as number);
        if (next[at] === 0) {
          next[at] = out.length;
          out.push([]);
        }
        state = next[at] as number;
      }
      (out[state] as number[]).push(index);
    }
    const states = out.length;
    const fail = new Int32Array(states);
    // Breadth-first: a state's failure link and row are complete before its children's.
    const queue: number[] = [];
    for (let k = 1; k < classes; k++) if (next[k] !== 0) queue.push(next[k] as number);
    for (let qi = 0; qi < queue.length; qi++) {
      const s = queue[qi] as number;
      const f = fail[s] as number;
      (out[s] as number[]).push(...(out[f] as number[]));
      for (let k = 1; k < classes; k++) {
        const to = next[s * width + k] as number;
        if (to === 0) {
          next[s * width + k] = next[f * width + k] as number;
        } else {
          fail[to] = next[f * width + k] as number;
          queue.push(to);
        }
      }
    }
    this.delta = new Int32Array(states * width);
    for (let i = 0; i < this.delta.length; i++) {
      const to = next[i] as number;
      this.delta[i] = (out[to] as number[]).length > 0 ? ~(to * width) : to * width;
    }
    this.outputs = out;
  }

  /**
   * Finds keyword occurrences. `bytes` (the UTF-8 the text was decoded from) is scanned instead
   * when it has one byte per character, which is faster than reading the string.
   */
  search(text: string, bytes?: Uint8Array): KeywordHits {
    const hits = new HitRecorder(this.keywords, this.lastKept.fill(-Infinity), text, bytes !== undefined && bytes.length === text.length ? bytes : undefined);
    const { delta, classOf, outputs, shift } = this;
    let row = 0;
    // The two loops are the same automaton over a byte array and over a string.
    if (bytes !== undefined && bytes.length === text.length) {
      for (let i = 0; i < bytes.length; i++) {
        row = delta[row + (classOf[bytes[i] as number] as number)] as number;
        if (row < 0) {
          row = ~row;
          hits.record(outputs[row >> shift] as number[], i);
        }
      }
    } else {
      for (let i = 0; i < text.length; i++) {
        const code = text.charCodeAt(i);
        // Non-ASCII characters never occur in ASCII keywords: back to the root.
        row = delta[row + (code < 256 ? (classOf[code] as number) : 0)] as number;
        if (row < 0) {
          row = ~row;
          hits.record(outputs[row >> shift] as number[], i);
        }
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

/**
 * Keeps one occurrence per keyword per line (and per HIT_SPACING characters on long lines).
 * Line starts are found only where keywords occur, with the native newline search, so the DFA
 * loop need not look for newlines itself.
 */
class HitRecorder {
  readonly positions: (number[] | undefined)[];
  /** Start of the line holding the last recorded hit, and the first newline after it (or the text's end). */
  private lineStart = 0;
  private nextNewline = -1;

  constructor(
    private readonly keywords: readonly string[],
    private readonly lastKept: Float64Array,
    private readonly text: string,
    private readonly bytes: Uint8Array | undefined,
  ) {
    this.positions = new Array(keywords.length);
  }

  private newlineFrom(from: number): number {
    const at = this.bytes !== undefined ? this.bytes.indexOf(10, from) : this.text.indexOf('\n', from);
    return at === -1 ? this.text.length : at;
  }

  /** `end`: offset of the keyword's last character (ascending from call to call). */
  record(ended: readonly number[], end: number): void {
    if (this.nextNewline < 0) this.nextNewline = this.newlineFrom(0);
    while (this.nextNewline < end) {
      this.lineStart = this.nextNewline + 1;
      this.nextNewline = this.newlineFrom(this.lineStart);
    }
    const lineStart = this.lineStart;
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

function upper(code: number): number {
  return code >= 97 && code <= 122 ? code - 32 : code;
}
