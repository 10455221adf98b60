// Where a rule's regex runs: windows of whole lines around its keyword hits, or line-aligned
// chunks for rules without keywords. Bounding every regex run keeps a pathological input
// (megabyte lines, backtracking patterns) from stalling the scan; clamps are counted.

export interface Window {
  start: number;
  end: number;
}

export interface WindowLimits {
  /** Context kept before a keyword on its line, at most this many characters. */
  before: number;
  /** Context after a keyword for rules whose matches span many lines (PEM blocks), rounded up to a line end. */
  multilineAfter: number;
  /** Hard cap on the rounding to a line end (a minified megabyte line gets cut here). */
  maxLine: number;
  /** Chunk size for rules without keywords. */
  chunk: number;
}

export const DEFAULT_LIMITS: WindowLimits = { before: 1024, multilineAfter: 32768, maxLine: 16384, chunk: 65536 };

export interface WindowCounter {
  truncated: number;
}

/**
 * Line bounds around offsets, remembering the last line found: keyword hits come in ascending
 * order, so a megabyte line is searched for its newlines once, not once per keyword on it.
 */
class LineBounds {
  /** text[lo] is the newline before the cached line (or lo = -1); text[hi] the one after (or hi = length). */
  private lo = -1;
  private hi = -1;

  constructor(private readonly text: string) {}

  private locate(at: number): void {
    if (at > this.lo && at <= this.hi) return;
    this.lo = this.text.lastIndexOf('\n', at - 1);
    const hi = this.text.indexOf('\n', at);
    this.hi = hi === -1 ? this.text.length : hi;
  }

  /** Start of the line holding `at`, looking back at most `limit` characters. */
  start(at: number, limit: number): number {
    this.locate(at);
    return Math.max(this.lo + 1, at - limit);
  }

  /** End of the line holding `from` (its newline offset), cut at `from + cap` and counted. */
  end(from: number, cap: number, counter: WindowCounter): number {
    if (from >= this.text.length) return this.text.length;
    this.locate(from);
    if (this.hi - from <= cap) return this.hi;
    counter.truncated++;
    return from + cap;
  }
}

/**
 * Merged windows around keyword occurrences (`hits`: start offsets, ascending): the keyword's
 * line and the next one (a value may sit on the line after its key), or for multi-line rules
 * everything up to `multilineAfter` characters further.
 */
export function keywordWindows(text: string, hits: readonly number[], multiline: boolean, limits: WindowLimits, counter: WindowCounter): Window[] {
  // Separate caches for the keyword's line and the one after, so neither evicts the other.
  const lines = new LineBounds(text);
  const nextLines = new LineBounds(text);
  const windowEnd = (h: number): number => {
    if (multiline) return nextLines.end(Math.min(text.length, h + limits.multilineAfter), limits.maxLine, counter);
    const end = lines.end(h, limits.maxLine, counter);
    return text.charCodeAt(end) === 10 ? nextLines.end(end + 1, limits.maxLine, counter) : end;
  };
  const out: Window[] = [];
  let current: Window | undefined;
  for (const h of hits) {
    if (current !== undefined && h < current.end) {
      if (!multiline || h + limits.multilineAfter > current.end) current.end = Math.max(current.end, windowEnd(h));
      continue;
    }
    const start = lines.start(h, limits.before);
    const end = windowEnd(h);
    if (current !== undefined && start <= current.end) {
      current.end = Math.max(current.end, end);
    } else {
      current = { start, end };
      out.push(current);
    }
  }
  return out;
}

/** Line-aligned chunks covering the whole text. */
export function chunkWindows(text: string, limits: WindowLimits, counter: WindowCounter): Window[] {
  const out: Window[] = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + limits.chunk);
    if (end < text.length) {
      const nl = text.indexOf('\n', end);
      if (nl !== -1 && nl - end <= limits.maxLine) end = nl;
      else counter.truncated++;
    }
    out.push({ start, end });
    start = end;
  }
  return out;
}
