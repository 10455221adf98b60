// Where a YAML comment belongs. sops (go-yaml v3) attaches a comment to the branch it is indented
// under, and uses that branch's key path as the comment's authenticated data. The `yaml` package
// files trailing comments under the deepest collection instead, so comments are placed here from
// their own line and column, the way go-yaml reads them.
import type { CST } from 'yaml';
import type { SopsListNode, SopsMapNode } from '../tree';

export interface Collection {
  node: SopsMapNode | SopsListNode;
  /** Column of the collection's items (keys, or `-` indicators); Infinity for flow collections. */
  itemColumn: number;
  parent: Collection | undefined;
}

/** A line where an entry or list item starts. */
export interface Anchor {
  line: number;
  column: number;
  collection: Collection;
  /** The entry/item object inside collection.node.items. */
  item: object;
}

export interface SourceComment {
  offset: number;
  line: number;
  column: number;
  text: string;
  /** Something other than blanks precedes it on its line. */
  trailing: boolean;
}

/** Comments found in the parser's tokens (so `#` inside block scalars and strings is not one). */
export function scanComments(text: string, lineStarts: readonly number[], tokens: readonly CST.Token[]): SourceComment[] {
  const found: { offset: number; source: string }[] = [];
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) {
      value.forEach(visit);
    } else if (typeof value === 'object' && value !== null) {
      const token = value as { type?: unknown; offset?: unknown; source?: unknown };
      if (token.type === 'comment' && typeof token.offset === 'number' && typeof token.source === 'string') {
        found.push({ offset: token.offset, source: token.source });
        return;
      }
      Object.values(value).forEach(visit);
    }
  };
  tokens.forEach(visit);
  return found
    .sort((a, b) => a.offset - b.offset)
    .map(({ offset, source }) => {
      const { line, column } = position(lineStarts, offset);
      const before = text.slice(lineStarts[line - 1], offset);
      return { offset, line, column, text: source.slice(1), trailing: before.trim() !== '' };
    });
}

export function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  return starts;
}

/** 1-based line, 0-based column. */
export function position(lineStarts: readonly number[], offset: number): { line: number; column: number } {
  let lo = 0;
  let hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lineStarts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - lineStarts[lo] };
}

function chain(collection: Collection): Collection[] {
  const out: Collection[] = [];
  for (let c: Collection | undefined = collection; c !== undefined; c = c.parent) out.push(c);
  return out;
}

/** Puts each comment into the collection that owns it, before the item that follows it there. */
export function placeComments(comments: readonly SourceComment[], anchors: readonly Anchor[], root: Collection): void {
  const sorted = [...anchors].sort((a, b) => a.line - b.line || a.column - b.column);
  for (const comment of comments) {
    const sameLine = sorted.filter((a) => a.line === comment.line && a.column < comment.column);
    if (comment.trailing && sameLine.length > 0) {
      // A line comment belongs to the innermost item on its line; sops keeps it just before that item.
      const owner = sameLine[sameLine.length - 1];
      insertBefore(owner.collection, owner.item, comment);
      continue;
    }
    const previous = [...sorted].reverse().find((a) => a.line < comment.line);
    const next = sorted.find((a) => a.line > comment.line);
    const candidates = [root, ...(previous ? chain(previous.collection) : []), ...(next ? chain(next.collection) : [])];
    let owner = root;
    for (const c of candidates) {
      if (c.itemColumn <= comment.column && (c.itemColumn > owner.itemColumn || (c.itemColumn === owner.itemColumn && depth(c) > depth(owner)))) {
        owner = c;
      }
    }
    const following = sorted.find((a) => a.collection === owner && a.line > comment.line);
    insertBefore(owner, following?.item, comment);
  }
}

function depth(c: Collection): number {
  return chain(c).length;
}

function insertBefore(collection: Collection, item: object | undefined, comment: SourceComment): void {
  const items = collection.node.items as object[];
  const index = item === undefined ? -1 : items.indexOf(item);
  const entry = { kind: 'comment' as const, text: comment.text, line: comment.line };
  if (index < 0) items.push(entry);
  else items.splice(index, 0, entry);
}
