// Patterns like gitleaks' generic rules start with a lazy bounded class run, `[\w.-]{0,50}?`,
// before their keyword. A backtracking engine tries that run at every position (50 steps
// each), which makes such a rule ~30x slower than the rest of the pattern. Splitting the run
// off lets the engine search for the rest and walk back over the run afterwards, giving the
// same leftmost match (see findWithPrefix for why).
import { normalizeRanges, PERL_CLASSES, type Range } from './char-ranges';
import { readClassAt } from './go-regex';

export interface LeadingPrefix {
  /** The Go pattern after the run (leading flag groups kept, so flags still apply). */
  rest: string;
  /** Characters of the run (case-folded as the pattern's flags say). */
  ranges: Range[];
  max: number;
  /** A `\b` precedes the run. */
  wordBoundary: boolean;
}

const FLAG_GROUP = /^\(\?([imsU]*)(?:-([imsU]*))?\)/;
const LAZY_BOUND = /^\{0,(\d+)\}\?/;

/** The leading lazy class run of a Go pattern, when it has one the engine can split off. */
export function splitLeadingPrefix(pattern: string): LeadingPrefix | undefined {
  if (hasTopLevelAlternation(pattern)) return undefined;
  let pos = 0;
  let ignoreCase = false;
  let ungreedy = false;
  for (let m = FLAG_GROUP.exec(pattern); m !== null; m = FLAG_GROUP.exec(pattern.slice(pos))) {
    const [whole, on = '', off = ''] = m;
    if (on.includes('i')) ignoreCase = true;
    if (off.includes('i')) ignoreCase = false;
    if (on.includes('U')) ungreedy = true;
    if (off.includes('U')) ungreedy = false;
    pos += whole.length;
  }
  const lead = pattern.slice(0, pos);
  const wordBoundary = pattern.startsWith('\\b', pos);
  if (wordBoundary) pos += 2;
  let ranges: Range[];
  if (pattern[pos] === '[') {
    const cls = readClassAt(pattern, pos, ignoreCase);
    if (cls === undefined) return undefined;
    ranges = cls.ranges;
    pos = cls.end;
  } else if (pattern.startsWith('\\w', pos) || pattern.startsWith('\\d', pos)) {
    ranges = normalizeRanges(PERL_CLASSES[pattern[pos + 1] as 'w' | 'd'] ?? []);
    pos += 2;
  } else {
    return undefined;
  }
  const bound = LAZY_BOUND.exec(pattern.slice(pos));
  // Greedy runs (or lazy ones under (?U)) pick a different match end; only lazy runs split.
  if (bound === null || ungreedy || /^[*+?{]/.test(pattern.slice(pos + bound[0].length))) return undefined;
  // Walking back by UTF-16 units is exact only for runs of BMP characters without surrogates.
  if (ranges.some(([lo, hi]) => hi > 0xffff || (lo <= 0xdfff && hi >= 0xd800))) return undefined;
  const rest = lead + pattern.slice(pos + bound[0].length);
  if (rest === lead) return undefined;
  return { rest, ranges, max: Number(bound[1]), wordBoundary };
}

/** A `|` outside any group or class: the run would then belong to one branch only. */
function hasTopLevelAlternation(pattern: string): boolean {
  let depth = 0;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') {
      if (pattern[i + 1] === 'Q') {
        const end = pattern.indexOf('\\E', i + 2);
        i = end === -1 ? pattern.length : end + 1;
      } else {
        i++;
      }
    } else if (c === '[') {
      i = classEnd(pattern, i);
    } else if (c === '(') {
      depth++;
    } else if (c === ')') {
      depth--;
    } else if (c === '|' && depth === 0) {
      return true;
    }
  }
  return false;
}

/** Index of the `]` closing the class opened at `start`. */
function classEnd(pattern: string, start: number): number {
  let i = start + 1;
  if (pattern[i] === '^') i++;
  if (pattern[i] === ']') i++;
  for (; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') i++;
    else if (c === '[' && pattern[i + 1] === ':') {
      const end = pattern.indexOf(':]', i + 2);
      if (end !== -1) i = end + 1;
    } else if (c === ']') return i;
  }
  return pattern.length;
}
