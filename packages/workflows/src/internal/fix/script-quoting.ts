/**
 * Where an offset of a script sits in the script's own quoting, so that an expression there can be
 * replaced by a variable that reads the same: bash/sh (quotes, `$( )`, heredocs, comments),
 * PowerShell (quotes, here-strings, comments) and the JavaScript of actions/github-script (strings,
 * template literals, comments, regular expressions).
 * Other `${{ }}` of the script are opaque spans: GitHub replaces them before the script runs.
 */

export interface Span {
  start: number;
  end: number;
}

export type ShellSpot = 'bare' | 'double' | 'single' | 'heredoc' | 'comment' | 'unknown';
export type JsSpot = 'code' | 'single' | 'double' | 'template' | 'comment' | 'unknown';
export type PwshSpot = 'bare' | 'double' | 'single' | 'comment' | 'unknown';

/** Where each opaque span starting at an offset ends (looked up once per character). */
function opaqueEnds(opaque: readonly Span[]): Map<number, number> {
  return new Map(opaque.map((span) => [span.start, span.end]));
}

type ShellFrame = 'bare' | 'double' | 'subshell' | 'backtick';

interface Heredoc {
  word: string;
  quoted: boolean;
  stripTabs: boolean;
}

const HEREDOC = /^<<(-?)[ \t]*(?:'([^'\n]+)'|"([^"\n]+)"|\\?([A-Za-z_][\w.-]*))/;

export function shellSpotAt(script: string, offset: number, opaque: readonly Span[]): ShellSpot {
  const skips = opaqueEnds(opaque);
  const stack: ShellFrame[] = ['bare'];
  let pending: Heredoc[] = [];
  let i = 0;
  while (i < offset) {
    const skip = skips.get(i);
    if (skip !== undefined) {
      i = skip;
      continue;
    }
    const ch = script[i];
    const top = stack[stack.length - 1];
    if (ch === '\n' && pending.length > 0) {
      // The heredoc bodies start on the next line, in the order they were opened.
      let at = i + 1;
      for (const doc of pending) {
        const end = heredocEnd(script, at, doc);
        if (offset < end) return doc.quoted ? 'unknown' : 'heredoc';
        at = end;
      }
      pending = [];
      i = at;
      continue;
    }
    if (top === 'double') {
      i += doubleQuoted(script, i, stack);
      continue;
    }
    if (ch === '\\') {
      i += 2;
      continue;
    }
    if (ch === "'") {
      const close = script.indexOf("'", i + 1);
      if (close < 0 || close >= offset) return script[i - 1] === '$' ? 'unknown' : 'single';
      i = close + 1;
      continue;
    }
    if (ch === '#' && (i === 0 || /[\s;&|(]/.test(script[i - 1]))) {
      const end = script.indexOf('\n', i);
      if (end < 0 || end >= offset) return 'comment';
      i = end;
      continue;
    }
    if (script.startsWith('<<<', i)) {
      // A here-string: its word is read like any other.
      i += 3;
      continue;
    }
    if (script.startsWith('<<', i)) {
      const match = HEREDOC.exec(script.slice(i, i + 256));
      if (match) pending.push({ word: match[2] ?? match[3] ?? match[4], quoted: match[4] === undefined || match[0].includes('\\'), stripTabs: match[1] === '-' });
      i += match ? match[0].length : 2;
      continue;
    }
    i += unquoted(script, i, stack);
  }
  const top = stack[stack.length - 1];
  return top === 'double' ? 'double' : top === 'backtick' ? 'unknown' : 'bare';
}

/** One step in a "…" string: escapes, its end, a `$( )` or backquote inside it; how far it went. */
function doubleQuoted(script: string, i: number, stack: ShellFrame[]): number {
  const ch = script[i];
  if (ch === '\\') return 2;
  if (ch === '"') stack.pop();
  else if (script.startsWith('$(', i)) {
    stack.push('subshell');
    return 2;
  } else if (ch === '`') stack.push('backtick');
  return 1;
}

/** One step outside quotes: a "…" string, a `$( )` or backquote opening or closing; how far it went. */
function unquoted(script: string, i: number, stack: ShellFrame[]): number {
  const ch = script[i];
  const top = stack[stack.length - 1];
  if (ch === '"') stack.push('double');
  else if (script.startsWith('$(', i)) {
    stack.push('subshell');
    return 2;
  } else if (ch === ')' && top === 'subshell') stack.pop();
  else if (ch === '`') {
    if (top === 'backtick') stack.pop();
    else stack.push('backtick');
  }
  return 1;
}

/** The offset after a heredoc's closing line (or the end of the script). */
function heredocEnd(script: string, from: number, doc: Heredoc): number {
  let at = from;
  while (at < script.length) {
    const newline = script.indexOf('\n', at);
    const end = newline < 0 ? script.length : newline;
    const line = script.slice(at, end).replace(/\r$/, '');
    if ((doc.stripTabs ? line.replace(/^\t+/, '') : line) === doc.word) return newline < 0 ? end : end + 1;
    at = end + 1;
  }
  return script.length;
}

type JsFrame = 'code' | 'template' | 'template-code';

export function jsSpotAt(script: string, offset: number, opaque: readonly Span[]): JsSpot {
  const skips = opaqueEnds(opaque);
  const stack: { frame: JsFrame; depth: number }[] = [{ frame: 'code', depth: 0 }];
  let last = '';
  let i = 0;
  while (i < offset) {
    const skip = skips.get(i);
    if (skip !== undefined) {
      i = skip;
      last = 'x';
      continue;
    }
    const ch = script[i];
    const top = stack[stack.length - 1];
    if (top.frame === 'template') {
      if (ch === '\\') i += 2;
      else if (ch === '`') {
        stack.pop();
        i++;
        last = 'x';
      } else if (script.startsWith('${', i)) {
        stack.push({ frame: 'template-code', depth: 0 });
        i += 2;
        last = '(';
      } else i++;
      continue;
    }
    if (ch === "'" || ch === '"') {
      const close = stringEnd(script, i, ch);
      if (close === undefined || close > offset) return close === undefined ? 'unknown' : ch === "'" ? 'single' : 'double';
      i = close;
      last = 'x';
      continue;
    }
    if (ch === '`') {
      stack.push({ frame: 'template', depth: 0 });
      i++;
      continue;
    }
    if (script.startsWith('//', i) || script.startsWith('/*', i)) {
      const end = script.startsWith('//', i) ? script.indexOf('\n', i) : script.indexOf('*/', i + 2);
      if (end < 0 || end >= offset) return 'comment';
      i = end + (script.startsWith('//', i) ? 0 : 2);
      continue;
    }
    if (ch === '/' && (last === '' || /[(,=:[!&|?{};+\-*%<>~^]/.test(last))) {
      // A regular expression where an operand is expected (a division follows an operand).
      const end = regexEnd(script, i);
      if (end > offset) return 'unknown';
      i = end;
      last = 'x';
      continue;
    }
    if (ch === '{') top.depth++;
    if (ch === '}') {
      if (top.frame === 'template-code' && top.depth === 0) stack.pop();
      else top.depth--;
    }
    if (!/\s/.test(ch)) last = /[\w$)\]]/.test(ch) ? 'x' : ch;
    i++;
  }
  return stack[stack.length - 1].frame === 'template' ? 'template' : 'code';
}

/** The offset after a '…' or "…" string, or undefined when a line break ends it first. */
function stringEnd(script: string, start: number, quote: string): number | undefined {
  for (let i = start + 1; i < script.length; i++) {
    if (script[i] === '\\') i++;
    else if (script[i] === quote) return i + 1;
    else if (script[i] === '\n') return undefined;
  }
  return undefined;
}

function regexEnd(script: string, start: number): number {
  let inClass = false;
  for (let i = start + 1; i < script.length; i++) {
    const ch = script[i];
    if (ch === '\\') i++;
    else if (ch === '[') inClass = true;
    else if (ch === ']') inClass = false;
    else if (ch === '/' && !inClass) return i + 1;
    else if (ch === '\n') return i;
  }
  return script.length;
}

/**
 * PowerShell: '…' ('' inside) and @'…'@ expand nothing; "…" and @"…"@ expand `$` (a backquote
 * escapes); `#` and <# #> comment. `$( )` inside "…" is read as part of the string: unknown.
 */
export function pwshSpotAt(script: string, offset: number, opaque: readonly Span[]): PwshSpot {
  const skips = opaqueEnds(opaque);
  let i = 0;
  while (i < offset) {
    const skip = skips.get(i);
    if (skip !== undefined) {
      i = skip;
      continue;
    }
    const ch = script[i];
    if (script.startsWith("@'", i) || script.startsWith('@"', i)) {
      const close = script.indexOf(`${script[i + 1]}@`, i + 2);
      if (close < 0 || close >= offset) return script[i + 1] === "'" ? 'unknown' : 'double';
      i = close + 2;
      continue;
    }
    if (ch === "'" || ch === '"') {
      const close = pwshStringEnd(script, i, ch);
      if (close > offset) return ch === "'" ? 'single' : script.slice(i, offset).includes('$(') ? 'unknown' : 'double';
      i = close;
      continue;
    }
    if (script.startsWith('<#', i) || ch === '#') {
      const end = ch === '#' && !script.startsWith('<#', i) ? script.indexOf('\n', i) : script.indexOf('#>', i + 2);
      if (end < 0 || end >= offset) return 'comment';
      i = end + (script.startsWith('#>', end) ? 2 : 0);
      continue;
    }
    i += ch === '`' ? 2 : 1;
  }
  return 'bare';
}

/** The offset after a '…' ('' inside) or "…" (backquote escapes, "" inside) string. */
function pwshStringEnd(script: string, start: number, quote: string): number {
  for (let i = start + 1; i < script.length; i++) {
    if (quote === '"' && script[i] === '`') i++;
    else if (script[i] === quote) {
      if (script[i + 1] !== quote) return i + 1;
      i++;
    }
  }
  return script.length;
}
