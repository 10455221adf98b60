// sops' YAML store: every document is a map; the `sops` key of the first document holds the
// metadata and is written into every document; comments are tree items (see yaml-comments.ts).
import { composeBoundedDocuments, describeYamlError, resolveAlias } from '@mcp-secrets/yaml-bounds';
import { Document, isAlias, isMap, isScalar, isSeq, Pair, Parser, YAMLMap, YAMLSeq, type Node as YamlNode } from 'yaml';
import { SopsError } from '../sops-error';
import type { SopsEntry, SopsItem, SopsListNode, SopsMapNode, SopsNode } from '../tree';
import { METADATA_KEY, type LoadedEncryptedFile } from './store-types';
import { lineStartsOf, placeComments, position, scanComments, type Anchor, type Collection } from './yaml-comments';

interface ParsedYaml {
  documents: SopsMapNode[];
  metadata: unknown;
  metadataLine?: number;
}

function parseYaml(text: string, fileName: string, extractMetadata: boolean): ParsedYaml {
  const lineStarts = lineStartsOf(text);
  // One parse serves both the documents and the comment scan; alias bombs and deep nesting are refused here.
  const tokens = [...new Parser().parse(text)];
  const list = composeBoundedDocuments(tokens, { intAsBigInt: true });
  for (const doc of list) {
    const error = doc.errors[0];
    if (error !== undefined) {
      const { line } = position(lineStarts, error.pos[0]);
      throw new SopsError('parse', describeYamlError(error), { fileName, line });
    }
  }
  const comments = scanComments(text, lineStarts, tokens);
  const result: ParsedYaml = { documents: [], metadata: undefined };
  list.forEach((doc, index) => {
    const start = doc.range[0];
    const end = index + 1 < list.length ? list[index + 1].range[0] : Infinity;
    const builder = new DocumentBuilder(doc, text, lineStarts, fileName);
    const root = builder.root(doc.contents, extractMetadata);
    if (index === 0 && builder.metadata !== undefined) {
      result.metadata = builder.metadata.value;
      result.metadataLine = builder.metadata.line;
    }
    const own = comments.filter((c) => (index === 0 || c.offset >= start) && c.offset < end && !builder.inMetadata(c.line));
    placeComments(own, builder.anchors, builder.rootCollection);
    result.documents.push(root);
  });
  if (result.documents.length === 0) result.documents.push({ kind: 'map', items: [] });
  return result;
}

class DocumentBuilder {
  readonly anchors: Anchor[] = [];
  /** Collections being converted, to refuse recursive aliases. */
  private readonly building = new Set<unknown>();
  /** Inside an alias expansion, source positions belong to the anchor: comments stay there. */
  private aliasDepth = 0;
  rootCollection: Collection = { node: { kind: 'map', items: [] }, itemColumn: 0, parent: undefined };
  metadata: { value: unknown; line: number; lastLine: number } | undefined;

  constructor(
    private readonly doc: Document,
    private readonly text: string,
    private readonly lineStarts: readonly number[],
    private readonly fileName: string,
  ) {}

  inMetadata(line: number): boolean {
    return this.metadata !== undefined && line > this.metadata.line && line <= this.metadata.lastLine;
  }

  root(contents: unknown, extractMetadata: boolean): SopsMapNode {
    if (contents === null || (isScalar(contents) && contents.value === null)) return this.rootCollection.node as SopsMapNode;
    if (!isMap(contents)) {
      throw new SopsError('parse', 'a YAML document must be a map at the top level (sops does not support top-level lists or values)', {
        fileName: this.fileName,
        line: this.lineOf(contents),
      });
    }
    const node: SopsMapNode = { kind: 'map', items: [], line: this.lineOf(contents) };
    this.rootCollection = { node, itemColumn: this.columnOf(contents.items[0]?.key) ?? 0, parent: undefined };
    for (const pair of contents.items) {
      const key = this.keyOf(pair.key);
      if (extractMetadata && key === METADATA_KEY) {
        const line = this.lineOf(pair.key) ?? 0;
        const valueEnd = (pair.value as YamlNode | null)?.range?.[1];
        this.metadata = {
          value: (pair.value as YamlNode | null)?.toJS(this.doc),
          line,
          lastLine: valueEnd === undefined ? line : position(this.lineStarts, Math.max(valueEnd - 1, 0)).line,
        };
        continue;
      }
      this.addEntry(this.rootCollection, pair, key);
    }
    return node;
  }

  private addEntry(collection: Collection, pair: Pair, key: string): void {
    const entry: SopsEntry = { kind: 'entry', key, value: { kind: 'null' }, line: this.lineOf(pair.key) };
    (collection.node as SopsMapNode).items.push(entry);
    this.anchor(collection, entry, pair.key);
    entry.value = this.value(pair.value, collection);
  }

  private value(node: unknown, parent: Collection): SopsNode {
    const resolved = resolveAlias(this.doc, node);
    if (resolved === undefined || resolved === null) return { kind: 'null' };
    const line = this.lineOf(resolved);
    if (this.building.has(resolved)) {
      throw new SopsError('parse', 'a YAML alias refers to one of its own parents (recursive alias)', { fileName: this.fileName, line: this.lineOf(node) });
    }
    const viaAlias = isAlias(node);
    this.building.add(resolved);
    if (viaAlias) this.aliasDepth++;
    try {
      return this.collectionOrScalar(resolved, parent, line);
    } finally {
      this.building.delete(resolved);
      if (viaAlias) this.aliasDepth--;
    }
  }

  private collectionOrScalar(resolved: unknown, parent: Collection, line: number | undefined): SopsNode {
    if (isMap(resolved)) {
      const map: SopsMapNode = { kind: 'map', items: [], line };
      const collection = this.collection(map, resolved, parent, resolved.items[0]?.key);
      for (const pair of resolved.items) this.addEntry(collection, pair, this.keyOf(pair.key));
      return map;
    }
    if (isSeq(resolved)) {
      const list: SopsListNode = { kind: 'list', items: [], line };
      const collection = this.collection(list, resolved, parent, resolved.items[0]);
      for (const child of resolved.items) {
        const item: SopsItem = { kind: 'item', value: { kind: 'null' }, line: this.lineOf(child) };
        list.items.push(item);
        this.anchor(collection, item, child, true);
        item.value = this.value(child, collection);
      }
      return list;
    }
    if (isScalar(resolved)) return scalarNode(resolved.value, line);
    throw new SopsError('parse', 'unsupported YAML node', { fileName: this.fileName, line });
  }

  private collection(node: SopsMapNode | SopsListNode, yamlNode: YAMLMap | YAMLSeq, parent: Collection, first: unknown): Collection {
    const flow = yamlNode.flow === true;
    const column = flow ? Infinity : (this.columnOf(first) ?? Infinity);
    const isList = node.kind === 'list';
    return { node, itemColumn: isList && column !== Infinity ? this.dashColumn(first) : column, parent };
  }

  private anchor(collection: Collection, item: SopsEntry | SopsItem, node: unknown, isListItem = false): void {
    const offset = this.offsetOf(node);
    if (offset === undefined || this.aliasDepth > 0) return;
    const pos = position(this.lineStarts, offset);
    const column = isListItem ? this.dashColumn(node) : pos.column;
    this.anchors.push({ line: pos.line, column, collection, item });
  }

  /** Column of the `-` before a block list item (its value's range starts after the indicator). */
  private dashColumn(node: unknown): number {
    const offset = this.offsetOf(node);
    if (offset === undefined) return Infinity;
    const { line, column } = position(this.lineStarts, offset);
    const start = this.lineStarts[line - 1];
    const dash = this.text.slice(start, start + column).lastIndexOf('-');
    return dash >= 0 ? dash : column;
  }

  private keyOf(key: unknown): string {
    if (isScalar(key)) {
      const value = key.value;
      if (typeof value === 'string') return value;
      if (value === null) return '';
      // sops only supports string keys; a plain `2024:` key is read as its source text.
      const range = key.range;
      if (range !== undefined && range !== null) return this.text.slice(range[0], range[1]);
      return String(value);
    }
    throw new SopsError('parse', 'only scalar map keys are supported by sops', { fileName: this.fileName, line: this.lineOf(key) });
  }

  private offsetOf(node: unknown): number | undefined {
    const range = (node as { range?: [number, number, number] } | null)?.range;
    return range?.[0];
  }

  private columnOf(node: unknown): number | undefined {
    const offset = this.offsetOf(node);
    return offset === undefined ? undefined : position(this.lineStarts, offset).column;
  }

  private lineOf(node: unknown): number | undefined {
    const offset = this.offsetOf(node);
    return offset === undefined ? undefined : position(this.lineStarts, offset).line;
  }
}

function scalarNode(value: unknown, line: number | undefined): SopsNode {
  if (value === null || value === undefined) return { kind: 'null', line };
  if (typeof value === 'string') return { kind: 'str', value, line };
  if (typeof value === 'bigint') return { kind: 'int', value, line };
  if (typeof value === 'number') return { kind: 'float', value, line };
  if (typeof value === 'boolean') return { kind: 'bool', value, line };
  if (value instanceof Uint8Array) return { kind: 'bytes', value, line };
  return { kind: 'str', value: String(value), line };
}

export function loadEncryptedYaml(text: string, fileName: string): LoadedEncryptedFile {
  return parseYaml(text, fileName, true);
}

export function loadPlainYaml(text: string, fileName: string): SopsMapNode[] {
  return parseYaml(text, fileName, false).documents;
}
