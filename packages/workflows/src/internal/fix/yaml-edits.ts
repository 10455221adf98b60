import { isAlias, isMap, isNode, isPair, isScalar, visit } from 'yaml';
import type { Node, Pair, Scalar, YAMLMap } from 'yaml';
import { keyText } from '../source';
import type { YamlSource } from '../source';
import type { TextEdit } from './text-edits';

/** A scalar a fix writes: a string (quoted when YAML would read it as something else) or a boolean. */
export type FixScalar = string | boolean;

/** What a fix writes for a key: a scalar, or a mapping of scalars (`{}` when empty). */
export type FixValue = FixScalar | Readonly<Record<string, FixScalar>>;

/** Where a new key goes in a block mapping: before the first of `before`, else after the last of `after`, else last. */
export interface Placement {
  before?: readonly string[];
  after?: readonly string[];
}

/**
 * Edits of a YAML file as text splices at the offsets the parser's CST gives each node: every
 * character outside an edit stays as written (comments, anchors, blank lines, flow style, CRLF),
 * and new lines take the file's line ending and the indentation of their neighbours.
 */
export class YamlEditor {
  readonly newline: string;
  private readonly indentUnit: number;
  private readonly shared: ReadonlySet<unknown>;

  constructor(readonly source: YamlSource) {
    this.newline = source.text.includes('\r\n') ? '\r\n' : '\n';
    this.shared = sharedNodes(source);
    this.indentUnit = childIndent(source) ?? 2;
  }

  /** A node that is (or lies under) an anchor some alias repeats: editing it would change the other places too. */
  isShared(node: unknown): boolean {
    return this.shared.has(node);
  }

  /** The mapping's own pair for `key` (not one brought by a `<<` merge). */
  ownPair(map: unknown, key: string): Pair<Scalar, unknown> | undefined {
    if (!isMap(map)) return undefined;
    return map.items.find((item): item is Pair<Scalar, unknown> => isPair(item) && isScalar(item.key) && keyText(item) === key);
  }

  /** Edits that give `key` of `map` the value `value`, or why that cannot be done safely. */
  setKey(map: unknown, key: string, value: FixValue, placement: Placement = {}): TextEdit[] | string {
    if (!isMap(map)) return 'the place to write it is not a mapping';
    if (this.isShared(map)) return 'the mapping is shared through a YAML anchor, so the change would apply elsewhere too';
    const pair = this.ownPair(map, key);
    if (pair === undefined) return [this.insertPair(map, key, value, placement)];
    const current = pair.value;
    if (!isAlias(current) && this.isShared(current)) return `${key}: is shared through a YAML anchor, so the change would apply elsewhere too`;
    return this.replaceValue(pair, value);
  }

  /** The replacement of a pair's value, in the style it is written in (block stays block, flow and scalars stay on their line). */
  private replaceValue(pair: Pair<Scalar, unknown>, value: FixValue): TextEdit[] {
    const current = pair.value;
    const block = isMapping(value) && Object.keys(value).length > 0;
    const colon = this.source.text.indexOf(':', rangeOf(pair.key)[1]);
    if (isMap(current) && !current.flow) {
      const [start, end] = rangeOf(current);
      const contentEnd = this.lastContentEnd(end);
      if (!block) return [{ start: colon + 1, end: contentEnd, text: this.render(value, 0) }];
      // A block mapping is rewritten line by line at its own indentation.
      const indent = ' '.repeat(this.columnOf(start));
      const lines = Object.entries(value).map(([k, v]) => `${k}: ${yamlScalar(v)}`);
      return [{ start, end: contentEnd, text: lines.join(`${this.newline}${indent}`) }];
    }
    const rendered = this.render(value, this.columnOf(rangeOf(pair.key)[0]));
    const empty = current === null || current === undefined || (isScalar(current) && current.value === null && rangeOf(current)[0] === rangeOf(current)[1]);
    if (empty) {
      // `key:` with nothing after it: a scalar goes after the colon, a mapping on the lines below.
      const at = block ? this.lineEnd(colon) : colon + 1;
      return [{ start: at, end: at, text: rendered }];
    }
    const [start, end] = rangeOf(current);
    if (block && !(isMap(current) && current.flow)) {
      // A scalar or alias (`write-all`, `*perms`) becomes a mapping below its key; a comment after it stays on the key's line.
      return [
        { start: colon + 1, end, text: '' },
        { start: this.lineEnd(end), end: this.lineEnd(end), text: rendered },
      ];
    }
    return [{ start, end, text: isMapping(value) ? flowMap(value) : yamlScalar(value, true) }];
  }

  /** A new `key: value` in a mapping, placed and indented as its neighbours. */
  private insertPair(map: YAMLMap, key: string, value: FixValue, placement: Placement): TextEdit {
    const own = map.items.filter((item): item is Pair<Scalar, unknown> => isPair(item) && isScalar(item.key));
    if (map.flow || own.length === 0) {
      const entry = `${key}: ${isMapping(value) ? flowMap(value) : yamlScalar(value, true)}`;
      const [start, end] = rangeOf(map);
      if (own.length === 0) {
        const open = this.source.text.indexOf('{', start);
        return open >= 0 && open < end ? { start: open + 1, end: open + 1, text: ` ${entry} ` } : { start, end, text: `{ ${entry} }` };
      }
      const last = own[own.length - 1];
      const at = rangeOf(last.value ?? last.key)[1];
      return { start: at, end: at, text: `, ${entry}` };
    }
    const indent = this.columnOf(rangeOf(own[0].key)[0]);
    const before = own.find((pair) => placement.before?.includes(keyText(pair)) && this.startsLine(rangeOf(pair.key)[0]));
    const line = `${key}:${this.render(value, indent)}`;
    if (before !== undefined) {
      const at = this.commentsAbove(this.lineStart(rangeOf(before.key)[0]), indent);
      return { start: at, end: at, text: `${' '.repeat(indent)}${line}${this.newline}` };
    }
    const after = [...own].reverse().find((pair) => placement.after?.includes(keyText(pair))) ?? own[own.length - 1];
    const at = this.lineEnd(this.lastContentEnd(rangeOf(after.value ?? after.key)[1]));
    return { start: at, end: at, text: `${this.newline}${' '.repeat(indent)}${line}` };
  }

  /** ` value` after `key:`: a scalar or `{}` on the line, a mapping as indented lines below it. */
  private render(value: FixValue, keyIndent: number): string {
    if (!isMapping(value)) return ` ${yamlScalar(value)}`;
    const entries = Object.entries(value);
    if (entries.length === 0) return ' {}';
    const indent = ' '.repeat(keyIndent + this.indentUnit);
    return entries.map(([k, v]) => `${this.newline}${indent}${k}: ${yamlScalar(v)}`).join('');
  }

  /** 0-based column of an offset. */
  columnOf(offset: number): number {
    return offset - this.lineStart(offset);
  }

  lineStart(offset: number): number {
    return this.source.text.lastIndexOf('\n', offset - 1) + 1;
  }

  /** The offset of the line break ending the line of `offset` (or the end of the text). */
  lineEnd(offset: number): number {
    const newline = this.source.text.indexOf('\n', offset);
    const end = newline < 0 ? this.source.text.length : newline;
    return end > 0 && this.source.text[end - 1] === '\r' && newline >= 0 ? end - 1 : end;
  }

  /** The end of the last non-blank character before `end` (block nodes end after their line break). */
  lastContentEnd(end: number): number {
    let at = end;
    while (at > 0 && /\s/.test(this.source.text[at - 1])) at--;
    return at;
  }

  private startsLine(offset: number): boolean {
    return this.source.text.slice(this.lineStart(offset), offset).trim() === '';
  }

  /** The start of the comment lines right above `lineStart` at `indent`: they belong to the key below them. */
  private commentsAbove(lineStart: number, indent: number): number {
    let at = lineStart;
    while (at > 0) {
      const previous = this.lineStart(at - 1);
      const line = this.source.text.slice(previous, at).replace(/\r?\n$/, '');
      if (!/^\s*#/.test(line) || line.length - line.trimStart().length !== indent) break;
      at = previous;
    }
    return at;
  }
}

/** A scalar as YAML: a boolean as itself, a string plain when that reads back as the same string, else single-quoted. */
export function yamlScalar(value: FixScalar, flow = false): string {
  if (typeof value === 'boolean') return String(value);
  const plain =
    value !== '' &&
    !(flow && /[,[\]{}]/.test(value)) &&
    !/^[\s\-?:,[\]{}#&*!|>'"%@`]/.test(value) &&
    !/[\s:]$/.test(value) &&
    !/: |\s#|[\n\r\t]/.test(value) &&
    !/^(?:true|false|null|~|yes|no|on|off|[-+]?(?:\d[\d_]*(?:\.\d*)?|\.\d+)(?:e[-+]?\d+)?|0x[0-9a-f]+|0o[0-7]+|\.inf|\.nan)$/i.test(value);
  // `${{ x }}` starts with `$`, which plain scalars allow.
  const expression = !flow && /^\$\{\{[^\n]*\}\}$/.test(value) && !/: |\s#/.test(value);
  return plain || expression ? value : `'${value.replace(/'/g, "''")}'`;
}

function isMapping(value: FixValue): value is Readonly<Record<string, FixScalar>> {
  return typeof value === 'object';
}

function flowMap(value: Readonly<Record<string, FixScalar>>): string {
  const entries = Object.entries(value);
  return entries.length === 0 ? '{}' : `{ ${entries.map(([k, v]) => `${k}: ${yamlScalar(v, true)}`).join(', ')} }`;
}

function rangeOf(node: unknown): [number, number] {
  const range = isNode(node) ? (node as Node).range : undefined;
  return range ? [range[0], range[1]] : [0, 0];
}

/** Nodes an alias repeats, with everything under them. */
function sharedNodes(source: YamlSource): Set<unknown> {
  const used = new Set<string>();
  visit(source.doc, {
    Alias(_, alias) {
      used.add(alias.source);
    },
  });
  const shared = new Set<unknown>();
  if (used.size === 0) return shared;
  visit(source.doc, {
    Node(_, node) {
      if (node.anchor === undefined || !used.has(node.anchor)) return undefined;
      visit(node, {
        Node(__, inner) {
          shared.add(inner);
        },
      });
      return undefined;
    },
  });
  return shared;
}

/** The file's nesting step: how much deeper job ids sit than `jobs:` (2 in most files). */
function childIndent(source: YamlSource): number | undefined {
  const root = source.doc.contents;
  const jobs = isMap(root) ? root.items.find((item) => isPair(item) && isScalar(item.key) && item.key.value === 'jobs') : undefined;
  const first = jobs && isMap(jobs.value) && !jobs.value.flow ? jobs.value.items[0] : undefined;
  if (!jobs || !first || !isScalar(jobs.key) || !isScalar(first.key)) return undefined;
  const text = source.text;
  const column = (offset: number): number => offset - (text.lastIndexOf('\n', offset - 1) + 1);
  const step = column(rangeOf(first.key)[0]) - column(rangeOf(jobs.key)[0]);
  return step > 0 ? step : undefined;
}
