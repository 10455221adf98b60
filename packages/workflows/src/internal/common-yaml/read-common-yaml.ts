import { Document, Pair, Scalar, YAMLMap, YAMLSeq } from 'yaml';
import type { Node } from 'yaml';
import { readFlowCollection } from './flow-collections';
import { readBlockScalar, readPlain, readQuoted, resolvePlain, startsPlain } from './scalars';
import { HASH, lineEnd, NL, OutsideSubset, outside, restOfLine, scanTrivia, SPACE, skipSpaces } from './text-scan';
import type { Trivia } from './text-scan';

/**
 * Workflows are written in a small part of YAML: block mappings and sequences, plain, quoted and
 * block scalars, short flow collections, comments. `yaml` reads them through a general lexer, CST
 * and composer at about 10 MB/s; this reader reads that part directly and builds the very nodes
 * `yaml` would (same classes, values, types and ranges), and hands back anything else (anchors,
 * tags, tabs, CRLF, `?` keys, duplicate keys, anything `yaml` might call an error) by returning
 * undefined, for `yaml` (and its bounds) to read. It is linear in the text and refuses depth over
 * MAX_DEPTH, so it never costs more than the bounded parse it stands in for.
 */
export function readCommonYaml(text: string): Document.Parsed | undefined {
  if (UNCOMMON_CHARACTERS.test(text)) return undefined;
  try {
    return readDocument(text);
  } catch (error) {
    if (error instanceof OutsideSubset) return undefined;
    throw error;
  }
}

// Tabs, carriage returns, control and special line-break characters: `yaml` decides about them.
const UNCOMMON_CHARACTERS = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]/;
const MAX_DEPTH = 100;
const DOCUMENT_OPTIONS = { merge: true, uniqueKeys: true } as const;
const DASH = 45;

/** The comments after a node that no node took, and where the next content starts. */
interface After {
  /** The largest column of those comments; -1 when there are none. */
  commentColumn: number;
  /** Where the blank and comment lines no node took start (`next` when there are none). */
  from: number;
  next: number;
  /** The next content's column; -1 at the end of the text. */
  column: number;
}

interface Read<T> {
  node: T;
  after: After;
}

function readDocument(text: string): Document.Parsed {
  let trivia = scanTrivia(text, 0, true);
  const start = trivia.next;
  if (trivia.column === 0 && text.startsWith('---', start)) {
    if (lineEnd(text, start) !== start + 3) outside();
    trivia = scanTrivia(text, start + 4);
  }
  if (trivia.column !== 0) outside();
  const reader = new BlockReader(text);
  const root = reader.blockMap(trivia.next, 0, 0, reader.key(trivia.next) ?? outside());
  if (root.after.column !== -1) outside();
  const doc = new Document(undefined, DOCUMENT_OPTIONS);
  doc.contents = root.node;
  // What follows the last node and no node took belongs to the document.
  const parsed = doc as Document.Parsed;
  parsed.range = [start, root.node.range![2], root.after.from < text.length ? text.length : root.node.range![2]];
  return parsed;
}

interface Key {
  node: Scalar;
  /** Just after its `:`. */
  colon: number;
}

class BlockReader {
  constructor(private readonly text: string) {}

  /** A mapping key at `at` (plain or quoted, on one line, followed by `: ` or `:` at the line's end), else undefined. */
  key(at: number): Key | undefined {
    const text = this.text;
    const char = text.charCodeAt(at);
    let node: Scalar;
    let colon: number;
    if (char === 39 || char === 34) {
      const quoted = readQuoted(text, at, -1, true);
      if (quoted === undefined) return undefined;
      colon = skipSpaces(text, quoted.end);
      if (text.charCodeAt(colon) !== 58 || !endsIndicator(text, colon)) return undefined;
      node = new Scalar(quoted.value);
      node.type = char === 39 ? Scalar.QUOTE_SINGLE : Scalar.QUOTE_DOUBLE;
      node.range = [at, quoted.end, quoted.end];
    } else {
      if (!startsPlain(text, at)) return undefined;
      colon = at;
      for (;; colon++) {
        const c = text.charCodeAt(colon);
        if (colon >= text.length || c === NL || (c === HASH && text.charCodeAt(colon - 1) === SPACE)) return undefined;
        if (c === 91 || c === 93 || c === 123 || c === 125 || c === 44) return undefined;
        if (c === 58 && endsIndicator(text, colon)) break;
      }
      let end = colon;
      while (text.charCodeAt(end - 1) === SPACE) end--;
      const name = text.slice(at, end);
      if (name === '<<') outside();
      node = new Scalar(resolvePlain(name));
      node.type = Scalar.PLAIN;
      node.range = [at, end, end];
    }
    // `yaml` wants the `:` of an implicit key within 1024 characters of its start.
    if (colon - at > 1000) outside();
    return { node, colon: colon + 1 };
  }

  /** A block mapping whose keys sit at `column`, from its first key. */
  blockMap(start: number, column: number, depth: number, first: Key): Read<YAMLMap> {
    if (depth > MAX_DEPTH) outside();
    const map = new YAMLMap();
    const names = new Set<string>();
    for (let key = first; ; ) {
      const name = String(key.node.value);
      if (names.has(name)) outside();
      names.add(name);
      const value = this.valueAfterColon(key.colon, column, depth);
      map.items.push(new Pair(key.node, value.node));
      const { after } = value;
      if (after.column === column) {
        key = this.key(after.next) ?? outside();
        continue;
      }
      if (after.column > column) outside();
      return this.close(map, start, column, value.node.range![2], after);
    }
  }

  /** A block sequence whose `-` sit at `column`. */
  blockSeq(start: number, column: number, depth: number): Read<YAMLSeq> {
    if (depth > MAX_DEPTH) outside();
    const text = this.text;
    const seq = new YAMLSeq();
    for (let at = start; ; ) {
      const content = skipSpaces(text, at + 1);
      let item: Read<Node>;
      if (content >= text.length || text.charCodeAt(content) === NL) {
        const trivia = scanTrivia(text, Math.min(content + 1, text.length));
        if (trivia.column <= column) outside();
        item = this.ownLineNode(trivia.next, trivia.column, column, depth + 1);
      } else {
        const key = this.key(content);
        item = key ? this.blockMap(content, column + content - at, depth + 1, key) : this.inlineValue(content, column, depth + 1);
      }
      seq.items.push(item.node);
      const { after } = item;
      if (after.column === column && this.isSeqItem(after.next)) {
        at = after.next;
        continue;
      }
      if (after.column > column) outside();
      return this.close(seq, start, column, item.node.range![2], after);
    }
  }

  private isSeqItem(at: number): boolean {
    return this.text.charCodeAt(at) === DASH && endsIndicator(this.text, at);
  }

  /**
   * A collection ends: the comments after its last item stay in its range unless all of them sit
   * left of it (or it is at column 0), as `yaml` hands them to the parent.
   */
  private close<T extends YAMLMap | YAMLSeq>(node: T, start: number, column: number, valueEnd: number, after: After): Read<T> {
    if (column === 0 || after.commentColumn < column) {
      node.range = [start, valueEnd, valueEnd];
      return { node, after };
    }
    node.range = [start, valueEnd, after.next];
    return { node, after: { commentColumn: -1, from: after.next, next: after.next, column: after.column } };
  }

  /** The value of a mapping pair whose `:` ends at `colon`: on the same line, on the lines below, or empty. */
  private valueAfterColon(colon: number, column: number, depth: number): Read<Node> {
    const text = this.text;
    const at = skipSpaces(text, colon);
    const char = text.charCodeAt(at);
    if (at < text.length && char !== NL && char !== HASH) return this.inlineValue(at, column, depth + 1);
    const breakAt = lineEnd(text, at);
    const trivia = scanTrivia(text, Math.min(breakAt + 1, text.length));
    if (trivia.column > column) return this.ownLineNode(trivia.next, trivia.column, column, depth + 1);
    if (trivia.column === column && this.isSeqItem(trivia.next)) return this.blockSeq(trivia.next, column, depth + 1);
    return this.emptyValue(at, breakAt, trivia, column);
  }

  /** A node that starts its own line, at `column`, below a parent at `parent`. */
  private ownLineNode(at: number, column: number, parent: number, depth: number): Read<Node> {
    if (this.isSeqItem(at)) return this.blockSeq(at, column, depth);
    const key = this.key(at);
    if (key) return this.blockMap(at, column, depth, key);
    const char = this.text.charCodeAt(at);
    if (char === 124 || char === 62) outside();
    return this.inlineValue(at, parent, depth);
  }

  /** A scalar or flow collection that starts at `at` on a line, in a collection at `parent`. */
  private inlineValue(at: number, parent: number, depth: number): Read<Node> {
    const text = this.text;
    const char = text.charCodeAt(at);
    if (char === 124 || char === 62) {
      const block = readBlockScalar(text, at, parent);
      const node = new Scalar(block.value);
      node.type = block.folded ? Scalar.BLOCK_FOLDED : Scalar.BLOCK_LITERAL;
      node.range = [at, block.end, block.end];
      const trivia = scanTrivia(text, block.end);
      return { node, after: { commentColumn: largestColumn(trivia, 0), from: block.end, next: trivia.next, column: trivia.column } };
    }
    let node: Node;
    let end: number;
    if (char === 91 || char === 123) {
      ({ node, end } = readFlowCollection(text, at, parent, depth));
    } else if (char === 39 || char === 34) {
      const quoted = readQuoted(text, at, parent) ?? outside();
      node = new Scalar(quoted.value);
      (node as Scalar).type = char === 39 ? Scalar.QUOTE_SINGLE : Scalar.QUOTE_DOUBLE;
      end = quoted.end;
    } else {
      if (!startsPlain(text, at)) outside();
      const plain = readPlain(text, at, parent);
      node = new Scalar(resolvePlain(plain.value));
      (node as Scalar).type = Scalar.PLAIN;
      end = plain.end;
    }
    return this.withComments(node, at, end, restOfLine(text, end), parent);
  }

  /**
   * A scalar or flow collection ends with its line; comment lines indented more than its
   * collection (`parent`) that follow it, blank lines between, are part of its range too.
   */
  private withComments(node: Node, start: number, end: number, lineDone: number, parent: number): Read<Node> {
    const trivia = scanTrivia(this.text, lineDone);
    let last = lineDone;
    let taken = 0;
    for (const comment of trivia.comments) {
      if (comment.column <= parent) break;
      last = Math.min(comment.end + 1, this.text.length);
      taken++;
    }
    node.range = [start, end, last];
    return { node, after: { commentColumn: largestColumn(trivia, taken), from: last, next: trivia.next, column: trivia.column } };
  }

  /**
   * `key:` with nothing after it: a null at the first non-space after the colon. When comments
   * follow, its range runs over them to the next content, or, when the mapping goes on, up to the
   * second line break after the last comment indented more than the key (`yaml` gives the rest to
   * the next pair).
   */
  private emptyValue(at: number, breakAt: number, trivia: Trivia, column: number): Read<Scalar> {
    let end = trivia.next;
    if (trivia.column === column) {
      let breaks = breakAt < this.text.length ? [breakAt] : [];
      let c = 0;
      for (const lineBreak of trivia.breaks) {
        while (c < trivia.comments.length && trivia.comments[c].start < lineBreak) {
          if (trivia.comments[c].column > column) breaks = [];
          c++;
        }
        breaks.push(lineBreak);
      }
      if (breaks.length >= 2) end = breaks[1];
    }
    const commented = this.text.charCodeAt(at) === HASH || (trivia.comments.length > 0 && trivia.comments[0].start < end);
    const node = new Scalar(null);
    node.type = Scalar.PLAIN;
    node.range = [at, at, commented ? end : at];
    return { node, after: { commentColumn: -1, from: trivia.next, next: trivia.next, column: trivia.column } };
  }
}

function endsIndicator(text: string, at: number): boolean {
  const next = text.charCodeAt(at + 1);
  return at + 1 >= text.length || next === SPACE || next === NL;
}

function largestColumn(trivia: Trivia, from: number): number {
  let largest = -1;
  for (let i = from; i < trivia.comments.length; i++) largest = Math.max(largest, trivia.comments[i].column);
  return largest;
}
