/**
 * What the common-YAML reader shares: the exception that hands a text back to `yaml`, and the
 * scans of blank and comment lines between nodes.
 */

/** The text leaves the subset the reader handles; `yaml` reads it instead (and reports any error). */
export class OutsideSubset extends Error {}
const OUTSIDE = new OutsideSubset('outside the common YAML subset');

export function outside(): never {
  throw OUTSIDE;
}

export const NL = 10;
export const SPACE = 32;
export const HASH = 35;

/** A comment line: its `#`, its column and the end of its line (the line break or the text's end). */
export interface CommentLine {
  start: number;
  column: number;
  end: number;
}

/** The blank and comment lines from a line start up to the next content, and that content. */
export interface Trivia {
  comments: CommentLine[];
  /** The line breaks of those lines, in order. */
  breaks: number[];
  /** The first character of the next content line (the text's length at its end). */
  next: number;
  /** Its column; -1 at the end of the text. */
  column: number;
}

export function skipSpaces(text: string, at: number): number {
  while (text.charCodeAt(at) === SPACE) at++;
  return at;
}

export function lineEnd(text: string, at: number): number {
  const end = text.indexOf('\n', at);
  return end < 0 ? text.length : end;
}

/** The trivia from `lineStart` on; a document marker (`---`, `...`) at column 0 is outside the subset unless allowed. */
export function scanTrivia(text: string, lineStart: number, allowDocumentStart = false): Trivia {
  const comments: CommentLine[] = [];
  const breaks: number[] = [];
  let at = lineStart;
  while (at < text.length) {
    const first = skipSpaces(text, at);
    const char = text.charCodeAt(first);
    if (first >= text.length) break;
    if (char === NL) {
      breaks.push(first);
      at = first + 1;
      continue;
    }
    if (char === HASH) {
      const end = lineEnd(text, first);
      comments.push({ start: first, column: first - at, end });
      if (end < text.length) breaks.push(end);
      at = end + 1;
      continue;
    }
    if (first === at && isDocumentMarker(text, first) && !(allowDocumentStart && text.startsWith('---', first))) outside();
    return { comments, breaks, next: first, column: first - at };
  }
  return { comments, breaks, next: text.length, column: -1 };
}

function isDocumentMarker(text: string, at: number): boolean {
  if (!text.startsWith('---', at) && !text.startsWith('...', at)) return false;
  const after = text.charCodeAt(at + 3);
  return at + 3 >= text.length || after === SPACE || after === NL;
}

/**
 * After a node's last character on its line: spaces, an optional comment (after a space), the
 * line break. Returns the start of the next line (the text's length at its end).
 */
export function restOfLine(text: string, at: number): number {
  const first = skipSpaces(text, at);
  let end = first;
  if (text.charCodeAt(first) === HASH) {
    if (first === at) outside();
    end = lineEnd(text, first);
  }
  if (end < text.length && text.charCodeAt(end) !== NL) outside();
  return Math.min(end + 1, text.length);
}
