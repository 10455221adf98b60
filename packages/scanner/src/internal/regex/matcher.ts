// Runs a rule's regex over a text: plainly, or (for patterns with a leading lazy class run)
// by searching the rest of the pattern and walking back over the run.
import type { Range } from './char-ranges';
import type { LeadingPrefix } from './leading-prefix';
import type { Pattern, PatternMatch } from './pattern';

/** `groups` index 0 is the part the engine matched, not always the whole match. */
export type RuleMatch = PatternMatch;

export interface Matcher {
  forEach(text: string, each: (m: RuleMatch) => void): void;
}

export class RegexMatcher implements Matcher {
  constructor(private readonly pattern: Pattern) {}

  forEach(text: string, each: (m: RuleMatch) => void): void {
    const next = this.pattern.searcher(text);
    for (let m = next(0); m !== null; m = next(m.end > m.start ? m.end : m.start + 1)) {
      if (m.end > m.start) each(m);
    }
  }
}

function isWordChar(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;
}

/**
 * For a pattern `\b? C{0,n}? R`: the leftmost match starts at the earliest position p from
 * which a run of C leads to the leftmost match of R at q (q - p <= n, and a word boundary at p
 * when required). Any earlier start for a later R match would also reach q, so searching R
 * first and walking back gives the same match as the whole pattern, with R's captures.
 */
export class PrefixMatcher implements Matcher {
  private readonly ascii = new Uint8Array(128);
  private readonly wide: Range[];

  constructor(
    private readonly rest: Pattern,
    private readonly prefix: Pick<LeadingPrefix, 'ranges' | 'max' | 'wordBoundary'>,
  ) {
    for (const [lo, hi] of prefix.ranges) for (let c = lo; c <= Math.min(hi, 127); c++) this.ascii[c] = 1;
    this.wide = prefix.ranges.filter(([, hi]) => hi > 127);
  }

  private member(code: number): boolean {
    if (code < 128) return this.ascii[code] === 1;
    return this.wide.some(([lo, hi]) => code >= lo && code <= hi);
  }

  private boundaryAt(text: string, p: number): boolean {
    const before = p > 0 && isWordChar(text.charCodeAt(p - 1));
    const after = p < text.length && isWordChar(text.charCodeAt(p));
    return before !== after;
  }

  forEach(text: string, each: (m: RuleMatch) => void): void {
    const next = this.rest.searcher(text);
    let from = 0;
    while (from <= text.length) {
      const m = next(from);
      if (m === null) return;
      const q = m.start;
      const floor = Math.max(from, q - this.prefix.max);
      let p = q;
      while (p > floor && this.member(text.charCodeAt(p - 1))) p--;
      if (this.prefix.wordBoundary) {
        while (p <= q && !this.boundaryAt(text, p)) p++;
        if (p > q) {
          from = q + 1;
          continue;
        }
      }
      const end = m.end;
      if (end > p) each({ start: p, end, groups: m.groups });
      from = end > p ? end : p + 1;
    }
  }
}
