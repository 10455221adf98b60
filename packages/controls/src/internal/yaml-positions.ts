import { describeYamlError, parseBoundedDocument } from '@mcp-secrets/yaml-bounds';
import { LineCounter, isMap, isScalar, isSeq } from 'yaml';
import type { Document, Node, Pair, YAMLMap } from 'yaml';

/** A parsed YAML (or JSON) document that can say on which line any node starts. */
export interface PositionedDocument {
  doc: Document.Parsed;
  /** First parse error: its line, its first line of text, and that text as `invalid YAML: ...` or `YAML refused: ...`. */
  error?: { line: number; message: string; description: string };
  lineOf(node: unknown): number | null;
}

/** Within the YAML limits: a document refused (alias bomb, deep nesting) has no contents and an error at its line. */
export function parseWithPositions(text: string): PositionedDocument {
  const lineCounter = new LineCounter();
  const doc = parseBoundedDocument(text, { lineCounter, uniqueKeys: false });
  const first = doc.errors[0];
  const lineOf = (node: unknown): number | null => {
    const range = (node as Node | null | undefined)?.range;
    return range ? lineCounter.linePos(range[0]).line : null;
  };
  if (first === undefined) return { doc, lineOf };
  return { doc, lineOf, error: { line: first.linePos?.[0].line ?? 1, message: first.message.split('\n')[0] ?? '', description: describeYamlError(first) } };
}

/** The pair of a map whose key is the given string. */
export function pairOf(node: unknown, key: string): Pair<Node, Node | null> | undefined {
  if (!isMap(node)) return undefined;
  return (node as YAMLMap<Node, Node | null>).items.find((pair) => isScalar(pair.key) && pair.key.value === key);
}

export function valueOf(node: unknown, key: string): Node | null | undefined {
  return pairOf(node, key)?.value;
}

/** Items of a sequence node, [] for anything else. */
export function itemsOf(node: unknown): Node[] {
  return isSeq(node) ? (node.items as Node[]) : [];
}

/** The scalar's value as a string, or undefined when the node is not a scalar. */
export function scalarText(node: unknown): string | undefined {
  if (!isScalar(node) || node.value === null || node.value === undefined) return undefined;
  return String(node.value);
}
