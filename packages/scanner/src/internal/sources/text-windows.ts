// A text of any length as overlapping windows of bounded size, so memory follows the window and
// not the file (or hunk). Each window owns the matches that start in its own stretch of the text;
// the overlap on either side of that stretch is context for them (a keyword on the line before, a
// PEM block running on), so a match of up to `overlap` characters is found whole, once.

/** A place in the whole text: 1-based line, 0-based character column on that line. */
export interface TextPosition {
  line: number;
  column: number;
}

export interface TextWindow {
  text: string;
  /** Line of text[0] in the whole text. */
  firstLine: number;
  /** Characters of that line before text[0] (0 unless a line longer than a window was cut). */
  firstColumn: number;
  /** Character offset of text[0] in the whole text. */
  offset: number;
  /** Matches starting at or after this position belong to this window... */
  ownFrom: TextPosition;
  /** ...up to (not including) this one; undefined: to the end. */
  ownTo?: TextPosition;
}

export interface WindowSizes {
  /** Characters per window. */
  size: number;
  /** Context on each side of a window's own stretch: the longest match found whole. */
  overlap: number;
}

/** PEM keys and the keyword windows of multi-line rules (32 KB) fit in the overlap twice over. */
export const DEFAULT_WINDOW_SIZES: WindowSizes = { size: 4 * 1024 * 1024, overlap: 64 * 1024 };

export function compareTextPositions(a: TextPosition, b: TextPosition): number {
  return a.line - b.line || a.column - b.column;
}

/** Whether a match starting at `at` is the window's to report. */
export function ownsPosition(window: TextWindow, at: TextPosition): boolean {
  return compareTextPositions(at, window.ownFrom) >= 0 && (window.ownTo === undefined || compareTextPositions(at, window.ownTo) < 0);
}

const isLowSurrogate = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;

/** Collects text as it arrives (`add`) and hands out full windows; `finish` gives the last one. */
export class WindowBuilder {
  private buffer = '';
  /** Offset, line and column of buffer[0] in the whole text. */
  private offset = 0;
  private line: number;
  private column = 0;
  private ownFrom: TextPosition;
  private emitted = false;

  constructor(
    firstLine = 1,
    private readonly sizes: WindowSizes = DEFAULT_WINDOW_SIZES,
  ) {
    // A window must move on by more than its two overlaps.
    if (sizes.overlap < 1 || sizes.size < 4 * sizes.overlap) throw new RangeError(`window size ${sizes.size} must be at least 4 times the overlap ${sizes.overlap}`);
    this.line = firstLine;
    this.ownFrom = { line: firstLine, column: 0 };
  }

  /** Appends text; returns the windows that are now complete (usually none). */
  add(text: string): TextWindow[] {
    this.buffer += text;
    const out: TextWindow[] = [];
    while (this.buffer.length > this.sizes.size) out.push(this.cut());
    return out;
  }

  /** The last window (an empty text still gets one, so path rules see the file). */
  finish(): TextWindow | undefined {
    if (this.emitted && this.buffer.length === 0) return undefined;
    this.emitted = true;
    return { text: this.buffer, firstLine: this.line, firstColumn: this.column, offset: this.offset, ownFrom: this.ownFrom };
  }

  private cut(): TextWindow {
    const { size, overlap } = this.sizes;
    let end = size;
    if (isLowSurrogate(this.buffer.charCodeAt(end))) end--;
    const text = this.buffer.slice(0, end);
    const ownTo = this.positionAt(end - overlap);
    const window: TextWindow = { text, firstLine: this.line, firstColumn: this.column, offset: this.offset, ownFrom: this.ownFrom, ownTo };
    this.emitted = true;
    // The next window starts `overlap` before its own stretch, at a line start when one is near.
    const at = end - 2 * overlap;
    const lineStart = text.lastIndexOf('\n', at - 1) + 1;
    let next = lineStart > 0 && lineStart >= at - overlap ? lineStart : at;
    if (isLowSurrogate(text.charCodeAt(next))) next--;
    const moved = this.positionAt(next);
    this.offset += next;
    this.line = moved.line;
    this.column = moved.column;
    this.ownFrom = ownTo;
    this.buffer = this.buffer.slice(next);
    return window;
  }

  /** The whole-text position of buffer[at]. */
  private positionAt(at: number): TextPosition {
    let line = this.line;
    let lastNewline = -1;
    for (let i = this.buffer.indexOf('\n'); i !== -1 && i < at; i = this.buffer.indexOf('\n', i + 1)) {
      line++;
      lastNewline = i;
    }
    return { line, column: lastNewline === -1 ? this.column + at : at - lastNewline - 1 };
  }
}
