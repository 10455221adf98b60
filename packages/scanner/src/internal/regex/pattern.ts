// The two engines a compiled pattern runs on. RE2 (re2js, a port of the engine gitleaks uses)
// matches in time linear in the text for any pattern, so every pattern a configuration brings
// runs on it. V8's backtracking engine is several times faster but exponential on some patterns
// ((a+)+$), so only the built-in rules, reviewed and tested against pumped inputs
// (builtin-linearity.test.ts), run on it. See docs/decisions/0004-user-regex-engine.md.
import { RE2JS, RE2JSException } from 're2js';
import type { TranslatedRegex } from './go-regex';

/** Capture groups by number; index 0 is the part the engine matched. */
export type Groups = ArrayLike<string | undefined>;

export interface PatternMatch {
  start: number;
  end: number;
  groups: Groups;
}

export interface Pattern {
  /** A search over `text`: each call returns the leftmost match starting at or after `from`. */
  searcher(text: string): (from: number) => PatternMatch | null;
  /** Whether `text` contains a match. */
  test(text: string): boolean;
}

/** A Go pattern RE2 refuses (invalid, or a program larger than allowed). */
export class Re2PatternError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'Re2PatternError';
  }
}

/** The pattern on V8, from its JavaScript translation. */
export function v8Pattern(translated: TranslatedRegex): Pattern {
  const global = new RegExp(translated.source, `${translated.flags}g`);
  return {
    searcher: (text) => (from) => {
      global.lastIndex = from;
      const m = global.exec(text);
      return m === null ? null : { start: m.index, end: m.index + m[0].length, groups: m };
    },
    test: (text) => {
      global.lastIndex = 0;
      return global.test(text);
    },
  };
}

/**
 * A pattern compiled the first time it is used: a scan runs a few of the built-in rules' hundreds
 * of patterns, and translating all of them was most of a thread's start-up.
 */
export function lazyPattern(compile: () => Pattern): Pattern {
  let compiled: Pattern | undefined;
  return {
    searcher: (text) => (compiled ??= compile()).searcher(text),
    test: (text) => (compiled ??= compile()).test(text),
  };
}

/** The Go pattern on RE2; `maxProgramSize` caps its compiled size (the per-character cost). */
export function re2Pattern(pattern: string, maxProgramSize: number): Pattern {
  let re: RE2JS;
  try {
    re = RE2JS.compile(pattern);
  } catch (error) {
    if (error instanceof RE2JSException) throw new Re2PatternError(error.message);
    throw error;
  }
  const size = re.programSize();
  if (size > maxProgramSize) {
    throw new Re2PatternError(`compiles to ${size} RE2 instructions, too large (at most ${maxProgramSize}): each is a cost on every character scanned`);
  }
  const groupCount = re.groupCount();
  return {
    searcher: (text) => {
      const m = re.matcher(text);
      return (from) => {
        if (from > text.length || !m.find(from)) return null;
        const groups: (string | undefined)[] = [];
        for (let g = 0; g <= groupCount; g++) groups.push(m.group(g) ?? undefined);
        return { start: m.start(), end: m.end(), groups };
      };
    },
    test: (text) => re.test(text),
  };
}
