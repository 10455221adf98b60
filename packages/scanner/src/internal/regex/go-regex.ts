// Go RE2 -> JavaScript regular expression translation.
// Flags are resolved at translation time (case-insensitivity expanded into classes,
// `.`/`^`/`$` rewritten per (?s)/(?m)) instead of relying on JavaScript's `(?i:...)`
// modifiers, which Node 24 does not apply reliably (nodejs/node#60030).
import {
  caseVariants,
  complementRanges,
  emitRanges,
  escapeCodePoint,
  foldRanges,
  normalizeRanges,
  PERL_CLASSES,
  POSIX_CLASSES,
  type Range,
} from './char-ranges';

export interface TranslatedRegex {
  /** JavaScript source, to be compiled with `flags`. */
  source: string;
  flags: string;
  /** Number of capture groups (named groups count, as in Go). */
  groupCount: number;
  /** A repetition that can cross newlines without a small bound (a PEM body): matches may span many lines. */
  multiline: boolean;
}

/** A Go pattern that cannot be expressed in JavaScript; `construct` names the offending piece. */
export class RegexTranslationError extends Error {
  constructor(
    readonly construct: string,
    readonly pattern: string,
    readonly offset: number,
  ) {
    super(`unsupported or invalid Go regex construct ${construct} at offset ${offset}`);
    this.name = 'RegexTranslationError';
  }
}

interface Flags {
  i: boolean;
  m: boolean;
  s: boolean;
  U: boolean;
}

const MAX_REPEAT = 1000;
const SYNTAX_CHARS = new Set('^$\\.*+?()[]{}|/');
const GENERAL_CATEGORIES = new Set(
  'L Lu Ll Lt Lm Lo M Mn Mc Me N Nd Nl No P Pc Pd Ps Pe Pi Pf Po S Sm Sc Sk So Z Zs Zl Zp C Cc Cf Cs Co'.split(' '),
);
const SIMPLE_ESCAPES: Record<string, number> = { a: 7, f: 12, t: 9, n: 10, r: 13, v: 11 };

/** `newline`: the atom can match a line feed. */
type Atom = { text: string; assertion: boolean; newline: boolean };

// A bounded repetition beyond this can still cover many lines.
const LONG_REPEAT = 100;

/** Item of a bracket class: code-point ranges, or a Unicode property escape kept verbatim. */
type ClassItem = { ranges: Range[] } | { property: string };

/** Thrown inside a BMP-only translation when the pattern needs the u flag after all. */
class NeedsUnicode extends Error {}

class Translator {
  private pos = 0;
  private groups = 0;
  private multiline = false;

  /**
   * `unicode`: emit for the u flag, which only patterns with astral code points or Unicode
   * classes need; the others are emitted without it, as before.
   */
  constructor(
    private readonly pattern: string,
    private readonly unicode = false,
  ) {}

  /** A code point in a literal or class: astral ones need the u flag. */
  private useCodePoint(code: number): void {
    if (code > 0xffff && !this.unicode) throw new NeedsUnicode();
  }

  translate(): TranslatedRegex {
    const { text: source } = this.parseAlternation({ i: false, m: false, s: false, U: false });
    if (this.pos < this.pattern.length) this.fail('unbalanced )');
    const flags = this.unicode ? 'u' : '';
    try {
      new RegExp(source, flags);
    } catch (err) {
      this.fail(`(JavaScript rejected the translation: ${(err as Error).message})`);
    }
    return { source, flags, groupCount: this.groups, multiline: this.multiline };
  }

  private fail(construct: string, at = this.pos): never {
    throw new RegexTranslationError(construct, this.pattern, at);
  }

  private peek(offset = 0): string {
    return this.pattern[this.pos + offset] ?? '';
  }

  private startsWith(s: string): boolean {
    return this.pattern.startsWith(s, this.pos);
  }

  /** Parses until `)` or the end; `(?flags)` changes flags until the end of the enclosing group. */
  private parseAlternation(outer: Flags): { text: string; newline: boolean } {
    const flags = { ...outer };
    let out = '';
    let newline = false;
    while (this.pos < this.pattern.length) {
      const c = this.peek();
      if (c === ')') break;
      if (c === '|') {
        this.pos++;
        out += '|';
        continue;
      }
      const atom = this.parseAtom(flags);
      if (atom === undefined) continue;
      newline ||= atom.newline;
      out += this.parseQuantifier(atom, flags);
    }
    return { text: out, newline };
  }

  private parseQuantifier(atom: Atom, flags: Flags): string {
    const start = this.pos;
    let quant = '';
    let long = false;
    const c = this.peek();
    if (c === '*' || c === '+' || c === '?') {
      quant = c;
      long = c !== '?';
      this.pos++;
    } else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.pattern.slice(this.pos));
      if (m === null) return atom.text; // Go treats a malformed `{` as a literal; parseAtom handles it next.
      const min = Number(m[1]);
      const max = m[3] === undefined || m[3] === '' ? undefined : Number(m[3]);
      if (min > MAX_REPEAT || (max !== undefined && (max > MAX_REPEAT || max < min))) {
        this.fail(`invalid repeat count ${m[0]}`, start);
      }
      quant = m[0];
      long = max === undefined ? m[2] !== undefined : max > LONG_REPEAT;
      this.pos += m[0].length;
    } else {
      return atom.text;
    }
    let lazy = false;
    if (this.peek() === '?') {
      lazy = true;
      this.pos++;
    }
    const next = this.peek();
    if (next === '+' && !lazy) this.fail(`possessive quantifier ${quant}+`, start);
    if (next === '*' || next === '+' || next === '?' || (next === '{' && /^\{\d+(,\d*)?\}/.test(this.pattern.slice(this.pos)))) {
      this.fail(`nested repetition operator ${this.pattern.slice(start, this.pos + 1)}`, start);
    }
    if (flags.U) lazy = !lazy;
    if (long && atom.newline) this.multiline = true;
    const base = atom.assertion ? `(?:${atom.text})` : atom.text;
    return base + quant + (lazy ? '?' : '');
  }

  private parseAtom(flags: Flags): Atom | undefined {
    const c = this.peek();
    const at = this.pos;
    switch (c) {
      case '(':
        return this.parseGroup(flags);
      case '[':
        return this.parseClass(flags);
      case '\\':
        return this.parseEscape(flags);
      case '.':
        this.pos++;
        return { text: flags.s ? '[\\s\\S]' : '[^\\n]', assertion: false, newline: flags.s };
      case '^':
        this.pos++;
        return { text: flags.m ? '(?<![^\\n])' : '^', assertion: true, newline: false };
      case '$':
        this.pos++;
        return { text: flags.m ? '(?![^\\n])' : '$', assertion: true, newline: false };
      case '*':
      case '+':
      case '?':
        this.fail(`missing argument to repetition operator ${c}`, at);
        break;
      case '{':
        if (/^\{\d+(,\d*)?\}/.test(this.pattern.slice(this.pos))) this.fail('missing argument to repetition operator {', at);
        break;
      default:
        break;
    }
    const code = this.pattern.codePointAt(this.pos) ?? 0;
    this.pos += code > 0xffff ? 2 : 1;
    return { text: this.literal(code, flags), assertion: false, newline: code === 10 };
  }

  private parseGroup(flags: Flags): Atom | undefined {
    const start = this.pos;
    this.pos++; // (
    let inner: Flags = flags;
    let capture = true;
    if (this.peek() === '?') {
      const named = /^\?P?<([A-Za-z0-9_]+)>/.exec(this.pattern.slice(this.pos));
      if (named !== null) {
        this.pos += named[0].length;
      } else if (this.startsWith('?=') || this.startsWith('?!')) {
        this.fail(`lookahead ${this.pattern.slice(start, this.pos + 2)}`, start);
      } else if (this.startsWith('?<=') || this.startsWith('?<!')) {
        this.fail(`lookbehind ${this.pattern.slice(start, this.pos + 3)}`, start);
      } else if (this.startsWith('?>')) {
        this.fail('atomic group (?>', start);
      } else if (this.startsWith('?#')) {
        this.fail('comment group (?#', start);
      } else {
        const m = /^\?([A-Za-z]*)(?:-([A-Za-z]*))?([:)])/.exec(this.pattern.slice(this.pos));
        if (m === null) this.fail(`invalid group ${this.pattern.slice(start, start + 4)}`, start);
        inner = applyFlags(flags, m[1] ?? '', m[2], () => this.fail(`invalid flags (${m[0]}`, start));
        this.pos += m[0].length;
        if (m[3] === ')') {
          // (?flags) with no body: applies to the rest of the current group.
          Object.assign(flags, inner);
          return undefined;
        }
        capture = false;
      }
    }
    if (capture) this.groups++;
    const body = this.parseAlternation(inner);
    if (this.peek() !== ')') this.fail('missing closing )', start);
    this.pos++;
    return { text: capture ? `(${body.text})` : `(?:${body.text})`, assertion: false, newline: body.newline };
  }

  private parseEscape(flags: Flags): Atom {
    const start = this.pos;
    const e = this.peek(1);
    switch (e) {
      case 'A':
        this.pos += 2;
        return { text: '^', assertion: true, newline: false };
      case 'z':
        this.pos += 2;
        return { text: '$', assertion: true, newline: false };
      case 'b':
      case 'B':
        this.pos += 2;
        return { text: `\\${e}`, assertion: true, newline: false };
      case 'd':
      case 'w':
      case 'D':
      case 'W':
        this.pos += 2;
        return { text: `\\${e}`, assertion: false, newline: e === 'D' || e === 'W' };
      case 's':
        this.pos += 2;
        return { text: '[\\t\\n\\f\\r ]', assertion: false, newline: true };
      case 'S':
        this.pos += 2;
        return { text: '[^\\t\\n\\f\\r ]', assertion: false, newline: false };
      case 'p':
      case 'P': {
        const text = this.parseProperty();
        return { text, assertion: false, newline: text === '[\\s\\S]' || text.startsWith('\\P') };
      }
      case 'Q': {
        this.pos += 2;
        const end = this.pattern.indexOf('\\E', this.pos);
        const text = this.pattern.slice(this.pos, end === -1 ? undefined : end);
        this.pos = end === -1 ? this.pattern.length : end + 2;
        return { text: [...text].map((ch) => this.literal(ch.codePointAt(0) ?? 0, flags)).join(''), assertion: false, newline: text.includes('\n') };
      }
      case 'E':
        // A stray \E (no \Q) is ignored by Go.
        this.pos += 2;
        return { text: '', assertion: false, newline: false };
      case 'C':
        this.fail('\\C (any byte)', start);
        break;
      case 'Z':
        this.fail('\\Z (use \\z)', start);
        break;
      default:
        break;
    }
    const code = this.parseEscapedChar();
    return { text: this.literal(code, flags), assertion: false, newline: code === 10 };
  }

  /** A single-character escape (shared by atoms and classes); `pos` is on the backslash. */
  private parseEscapedChar(): number {
    const start = this.pos;
    this.pos++;
    const e = this.peek();
    if (e === '') this.fail('trailing backslash', start);
    if (e in SIMPLE_ESCAPES) {
      this.pos++;
      return SIMPLE_ESCAPES[e] as number;
    }
    if (e === 'x') {
      const braced = /^x\{([0-9A-Fa-f]{1,8})\}/.exec(this.pattern.slice(this.pos));
      const short = /^x([0-9A-Fa-f]{2})/.exec(this.pattern.slice(this.pos));
      const m = braced ?? short;
      if (m === null) this.fail('invalid \\x escape', start);
      const code = parseInt(m[1] ?? '', 16);
      if (code > 0x10ffff) this.fail(`invalid \\x escape ${m[0]}`, start);
      this.pos += m[0].length;
      return code;
    }
    if (e >= '0' && e <= '7') {
      // Go: \0, or \1-\7 followed by an octal digit, start an octal escape of up to 3 digits;
      // a lone \1-\9 is a backreference, which RE2 does not support.
      const m = /^[0-7]{1,3}/.exec(this.pattern.slice(this.pos));
      const digits = m?.[0] ?? e;
      if (e !== '0' && digits.length === 1) this.fail(`backreference \\${e}`, start);
      this.pos += digits.length;
      return parseInt(digits, 8);
    }
    if (e === '8' || e === '9') this.fail(`backreference \\${e}`, start);
    const code = e.codePointAt(0) ?? 0;
    if (code < 0x80 && !/[A-Za-z0-9_]/.test(e)) {
      this.pos++;
      return code;
    }
    this.fail(`unknown escape \\${e}`, start);
  }

  /** \pL, \p{Greek}, \p{^Greek}, \PL; kept as JavaScript property escapes (u flag). */
  private parseProperty(): string {
    if (!this.unicode) throw new NeedsUnicode();
    const start = this.pos;
    let negated = this.peek(1) === 'P';
    this.pos += 2;
    let name: string;
    if (this.peek() === '{') {
      const end = this.pattern.indexOf('}', this.pos);
      if (end === -1) this.fail('unterminated \\p{', start);
      name = this.pattern.slice(this.pos + 1, end);
      this.pos = end + 1;
    } else {
      name = this.peek();
      this.pos++;
    }
    if (name.startsWith('^')) {
      negated = !negated;
      name = name.slice(1);
    }
    const p = negated ? 'P' : 'p';
    let text: string;
    if (name === 'Any') text = negated ? '[]' : '[\\s\\S]';
    else if (GENERAL_CATEGORIES.has(name)) text = `\\${p}{${name}}`;
    else text = `\\${p}{Script=${name}}`;
    try {
      new RegExp(text, 'u');
    } catch {
      this.fail(`unknown Unicode class \\p{${name}}`, start);
    }
    return text;
  }

  private parseClass(flags: Flags): Atom {
    const { ranges, negated, properties } = this.parseClassRanges(flags);
    const hasNewline = ranges.some(([lo, hi]) => lo <= 10 && hi >= 10);
    return { text: `[${negated ? '^' : ''}${emitRanges(ranges, this.unicode)}${properties}]`, assertion: false, newline: negated ? !hasNewline : hasNewline };
  }

  /** Parses `[...]` at pos: folded ranges, negation, and Unicode property escapes kept verbatim. */
  parseClassRanges(flags: { i: boolean }): { ranges: Range[]; negated: boolean; properties: string } {
    const start = this.pos;
    this.pos++; // [
    let negated = false;
    if (this.peek() === '^') {
      negated = true;
      this.pos++;
    }
    const items: ClassItem[] = [];
    let first = true;
    while (true) {
      if (this.pos >= this.pattern.length) this.fail('missing closing ]', start);
      const c = this.peek();
      if (c === ']' && !first) break;
      first = false;
      if (c === '[' && this.peek(1) === ':') {
        const m = /^\[:(\^?)([a-z]+):\]/.exec(this.pattern.slice(this.pos));
        if (m !== null) {
          const ranges = POSIX_CLASSES[m[2] ?? ''];
          if (ranges === undefined) this.fail(`unknown POSIX class ${m[0]}`, this.pos);
          items.push({ ranges: m[1] === '^' ? complementRanges(ranges) : ranges });
          this.pos += m[0].length;
          continue;
        }
      }
      const lo = this.parseClassChar(items);
      if (lo === undefined) continue;
      if (this.peek() === '-' && this.peek(1) !== ']' && this.peek(1) !== '') {
        this.pos++;
        const hi = this.parseClassChar(items);
        if (hi === undefined || hi < lo) this.fail('invalid character class range', start);
        items.push({ ranges: [[lo, hi]] });
      } else {
        items.push({ ranges: [[lo, lo]] });
      }
    }
    this.pos++; // ]
    let ranges = normalizeRanges(items.flatMap((it) => ('ranges' in it ? it.ranges : [])));
    if (flags.i) ranges = foldRanges(ranges);
    const properties = items.flatMap((it) => ('property' in it ? [it.property] : [])).join('');
    return { ranges, negated, properties };
  }

  private literal(code: number, flags: Flags): string {
    this.useCodePoint(code);
    if (flags.i) {
      const variants = caseVariants(code);
      if (variants.length > 0) return `[${emitRanges(normalizeRanges([code, ...variants].map((v) => [v, v] as const)), this.unicode)}]`;
    }
    const ch = String.fromCodePoint(code);
    if (SYNTAX_CHARS.has(ch)) return `\\${ch}`;
    if (code >= 0x20 && code < 0x7f) return ch;
    return escapeCodePoint(code, this.unicode);
  }

  /** Position helpers for readers of a pattern's head (see readClassAt). */
  at(pos: number): this {
    this.pos = pos;
    return this;
  }

  get position(): number {
    return this.pos;
  }

  /** One class member; returns a code point, or undefined after pushing a multi-char item. */
  private parseClassChar(items: ClassItem[]): number | undefined {
    const c = this.peek();
    if (c !== '\\') {
      const code = this.pattern.codePointAt(this.pos) ?? 0;
      this.useCodePoint(code);
      this.pos += code > 0xffff ? 2 : 1;
      return code;
    }
    const e = this.peek(1);
    const perl = PERL_CLASSES[e.toLowerCase()];
    if (perl !== undefined && /[dswDSW]/.test(e)) {
      this.pos += 2;
      items.push({ ranges: e === e.toUpperCase() ? complementRanges(perl) : perl });
      return undefined;
    }
    if (e === 'p' || e === 'P') {
      const text = this.parseProperty();
      if (text.startsWith('[')) items.push({ ranges: text === '[]' ? [] : [[0, 0x10ffff]] });
      else items.push({ property: text });
      return undefined;
    }
    if (e === 'Q' || e === 'A' || e === 'z' || e === 'b' || e === 'B' || e === 'C') {
      this.fail(`\\${e} inside a character class`, this.pos);
    }
    const code = this.parseEscapedChar();
    this.useCodePoint(code);
    return code;
  }
}

function applyFlags(flags: Flags, on: string, off: string | undefined, fail: () => never): Flags {
  const out = { ...flags };
  if (on === '' && off === '') fail();
  for (const [letters, value] of [
    [on, true],
    [off ?? '', false],
  ] as const) {
    for (const f of letters) {
      if (f !== 'i' && f !== 'm' && f !== 's' && f !== 'U') fail();
      out[f] = value;
    }
  }
  return out;
}

/** The code points of the bracket class starting at `pos`, and where it ends (undefined with \\p escapes). */
export function readClassAt(pattern: string, pos: number, ignoreCase: boolean): { ranges: Range[]; end: number } | undefined {
  const t = new Translator(pattern, true).at(pos);
  const { ranges, negated, properties } = t.parseClassRanges({ i: ignoreCase });
  if (properties !== '') return undefined;
  return { ranges: negated ? complementRanges(ranges) : ranges, end: t.position };
}

/** Translates a Go RE2 pattern to JavaScript; throws RegexTranslationError naming the construct. */
export function translateGoRegex(pattern: string): TranslatedRegex {
  try {
    return new Translator(pattern).translate();
  } catch (err) {
    if (err instanceof NeedsUnicode) return new Translator(pattern, true).translate();
    throw err;
  }
}
