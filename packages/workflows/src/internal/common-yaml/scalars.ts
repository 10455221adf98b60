import { HASH, lineEnd, NL, outside, SPACE, skipSpaces } from './text-scan';

// The YAML 1.2 core schema, as `yaml` resolves plain scalars by default.
const NULL = /^(?:~|null|Null|NULL)$/;
const TRUE = /^(?:true|True|TRUE)$/;
const FALSE = /^(?:false|False|FALSE)$/;
const INT = /^[-+]?[0-9]+$/;
const OCTAL = /^0o[0-7]+$/;
const HEX = /^0x[0-9a-fA-F]+$/;
const SPECIAL_FLOAT = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/;
// Only text that may be one of them is tested against each.
const MAYBE_TYPED = /^[-+~.0-9nNtTfF]/;

/** A plain scalar's value under the core schema: null, boolean, number or the text itself. */
export function resolvePlain(text: string): string | number | boolean | null {
  if (!MAYBE_TYPED.test(text)) return text;
  if (NULL.test(text)) return null;
  if (TRUE.test(text)) return true;
  if (FALSE.test(text)) return false;
  if (INT.test(text)) return parseInt(text, 10);
  if (OCTAL.test(text)) return parseInt(text.slice(2), 8);
  if (HEX.test(text)) return parseInt(text.slice(2), 16);
  if (SPECIAL_FLOAT.test(text)) return text.endsWith('n') || text.endsWith('N') ? NaN : text.startsWith('-') ? -Infinity : Infinity;
  if (FLOAT.test(text)) return parseFloat(text);
  return text;
}

/** Characters that cannot start a plain scalar ('-' may, before a non-space). */
const INDICATORS = new Set([...'-?:,[]{}#&*!|>\'"%@`'].map((c) => c.charCodeAt(0)));
const DASH = 45;

export function startsPlain(text: string, at: number): boolean {
  const char = text.charCodeAt(at);
  if (!INDICATORS.has(char)) return at < text.length && char !== NL && char !== SPACE;
  if (char !== DASH) return false;
  const next = text.charCodeAt(at + 1);
  return at + 1 < text.length && next !== SPACE && next !== NL;
}

const COLON = 58;

/**
 * One line of a plain scalar in block context from `at`: the end of its text (trailing spaces
 * left out) and whether a comment ends it. A `: ` inside would make it a mapping: outside.
 */
function plainLine(text: string, at: number): { end: number; comment: boolean } {
  let end = at;
  for (let i = at; i < text.length; i++) {
    const char = text.charCodeAt(i);
    if (char === NL) break;
    if (char === COLON) {
      const next = text.charCodeAt(i + 1);
      if (i + 1 >= text.length || next === SPACE || next === NL) outside();
    }
    if (char === HASH && text.charCodeAt(i - 1) === SPACE) return { end, comment: true };
    if (char !== SPACE) end = i + 1;
  }
  return { end, comment: false };
}

/**
 * A plain scalar in block context, folded over the lines below it indented more than `parent`
 * (one line break a space, blank lines kept): its text and the end of its last character.
 */
export function readPlain(text: string, at: number, parent: number): { value: string; end: number } {
  let line = plainLine(text, at);
  let value = text.slice(at, line.end);
  let end = line.end;
  let from = at;
  while (!line.comment) {
    let next = lineEnd(text, from) + 1;
    let blanks = 0;
    let first = skipSpaces(text, next);
    while (first < text.length && text.charCodeAt(first) === NL) {
      blanks++;
      next = first + 1;
      first = skipSpaces(text, next);
    }
    if (first >= text.length || first - next <= parent || text.charCodeAt(first) === HASH) break;
    line = plainLine(text, first);
    value += blanks === 0 ? ' ' : '\n'.repeat(blanks);
    value += text.slice(first, line.end);
    end = line.end;
    from = first;
  }
  return { value, end };
}

const ESCAPES: Readonly<Record<string, string>> = {
  '0': '\0', a: '\x07', b: '\b', t: '\t', n: '\n', v: '\v', f: '\f', r: '\r', e: '\x1b',
  ' ': ' ', '"': '"', '/': '/', '\\': '\\', N: '\u0085', _: '\u00a0', L: '\u2028', P: '\u2029',
};
const HEX_DIGITS: Readonly<Record<string, number>> = { x: 2, u: 4, U: 8 };
const QUOTE = 39;
const DOUBLE_QUOTE = 34;
const BACKSLASH = 92;

/**
 * A quoted scalar from its opening quote: its value and the end of its closing quote. A line
 * break folds (a space, or the blank lines kept) onto a line indented more than `parent`;
 * undefined when `singleLine` and the scalar spans lines.
 */
export function readQuoted(text: string, at: number, parent: number, singleLine = false): { value: string; end: number } | undefined {
  const double = text.charCodeAt(at) === DOUBLE_QUOTE;
  let value = '';
  let from = at + 1;
  for (let i = from; ; ) {
    if (i >= text.length) outside();
    const char = text.charCodeAt(i);
    if (!double && char === QUOTE) {
      if (text.charCodeAt(i + 1) === QUOTE) {
        value += text.slice(from, i + 1);
        i += 2;
        from = i;
        continue;
      }
      return { value: value + text.slice(from, i), end: i + 1 };
    }
    if (double && char === DOUBLE_QUOTE) return { value: value + text.slice(from, i), end: i + 1 };
    if (double && char === BACKSLASH) {
      value += text.slice(from, i);
      const escape = text[i + 1];
      if (escape === '\n') {
        if (singleLine) return undefined;
        const next = skipSpaces(text, i + 2);
        if (text.charCodeAt(next) === NL || next - (i + 2) <= parent) outside();
        i = next;
      } else if (escape in ESCAPES) {
        value += ESCAPES[escape];
        i += 2;
      } else if (escape in HEX_DIGITS) {
        const digits = text.slice(i + 2, i + 2 + HEX_DIGITS[escape]);
        if (!/^[0-9a-fA-F]+$/.test(digits) || digits.length !== HEX_DIGITS[escape]) outside();
        value += String.fromCodePoint(parseInt(digits, 16));
        i += 2 + digits.length;
      } else {
        outside();
      }
      from = i;
      continue;
    }
    if (char === NL) {
      if (singleLine) return undefined;
      let last = i;
      while (last > from && text.charCodeAt(last - 1) === SPACE) last--;
      value += text.slice(from, last);
      let blanks = 0;
      let next = i + 1;
      let first = skipSpaces(text, next);
      while (first < text.length && text.charCodeAt(first) === NL) {
        blanks++;
        next = first + 1;
        first = skipSpaces(text, next);
      }
      if (first >= text.length || first - next <= parent) outside();
      value += blanks === 0 ? ' ' : '\n'.repeat(blanks);
      i = first;
      from = first;
      continue;
    }
    i++;
  }
}

/** A block scalar's value and where it ends: after its last line (trailing blank lines too when kept). */
export function readBlockScalar(text: string, at: number, parent: number): { value: string; end: number; folded: boolean } {
  const folded = text[at] === '>';
  let i = at + 1;
  const chomp = text[i] === '-' || text[i] === '+' ? text[i++] : '';
  const afterHeader = skipSpaces(text, i);
  if (text.charCodeAt(afterHeader) === HASH ? afterHeader === i : afterHeader < text.length && text.charCodeAt(afterHeader) !== NL) outside();
  const headerEnd = lineEnd(text, afterHeader);
  if (headerEnd >= text.length) outside();
  // The first line with text sets the indentation; blank lines before it may not be longer.
  let indent = -1;
  let longestBlank = 0;
  for (let line = headerEnd + 1; line < text.length; ) {
    const first = skipSpaces(text, line);
    if (first < text.length && text.charCodeAt(first) !== NL) {
      indent = first - line;
      break;
    }
    longestBlank = Math.max(longestBlank, first - line);
    line = first + 1;
  }
  if (indent <= parent || longestBlank > indent) outside();
  const lines: string[] = [];
  let bodyLines = 0;
  let bodyEnd = headerEnd + 1;
  let end = bodyEnd;
  for (let line = headerEnd + 1; line < text.length; ) {
    const first = skipSpaces(text, line);
    const eol = lineEnd(text, line);
    const next = Math.min(eol + 1, text.length);
    if (first >= eol && eol >= text.length && first - line <= indent) {
      // A last line of spaces without a line break adds nothing; kept, it is in the range when indented enough.
      if (first - line === indent) end = next;
      break;
    }
    if (first >= eol && first - line <= indent) {
      lines.push('');
    } else if (first - line >= indent) {
      lines.push(text.slice(line + indent, eol));
      bodyLines = lines.length;
      bodyEnd = next;
    } else {
      break;
    }
    end = next;
    line = next;
  }
  const body = lines.slice(0, bodyLines);
  const trailing = lines.length - bodyLines;
  let value = folded ? fold(body) : body.join('\n');
  if (chomp === '') value += '\n';
  if (chomp === '+') value += '\n'.repeat(1 + trailing);
  return { value, end: chomp === '+' ? end : bodyEnd, folded };
}

/** `>` folding: a line break between two lines of text is a space; around more-indented lines and blank lines it stays. */
function fold(lines: readonly string[]): string {
  let out = '';
  let previous: 'none' | 'text' | 'indented' = 'none';
  let blanks = 0;
  for (const line of lines) {
    if (line === '') {
      blanks++;
      continue;
    }
    const kind = line.charCodeAt(0) === SPACE ? 'indented' : 'text';
    if (previous === 'none') out += '\n'.repeat(blanks);
    else if (previous === 'text' && kind === 'text') out += blanks === 0 ? ' ' : '\n'.repeat(blanks);
    else out += '\n'.repeat(blanks + 1);
    out += line;
    previous = kind;
    blanks = 0;
  }
  return out;
}
