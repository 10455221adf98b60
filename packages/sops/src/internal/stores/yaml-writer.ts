// Writing sops YAML the way sops' store does (go-yaml v3, indent 4): comments as head comments of
// the next key or item, trailing root comments before `sops`, the metadata in every document.
import { Document, Pair, Scalar, YAMLMap, YAMLSeq } from 'yaml';
import type { SopsComment, SopsListNode, SopsMapNode, SopsNode } from '../tree';
import { METADATA_KEY } from './store-types';

export function emitYaml(documents: readonly SopsMapNode[], metadata: Record<string, unknown> | undefined): string {
  return documents
    .map((docNode) => {
      const doc = new Document();
      const root = mapToYaml(docNode, metadata);
      doc.contents = root;
      return doc.toString({ indent: 4, indentSeq: true, lineWidth: 0 });
    })
    .join('---\n');
}

function commentText(lines: readonly string[]): string {
  return lines.join('\n');
}

function mapToYaml(node: SopsMapNode, metadata?: Record<string, unknown>): YAMLMap {
  const map = new YAMLMap();
  let pending: string[] = [];
  for (const item of node.items) {
    if (item.kind === 'comment') {
      pending.push(item.text);
      continue;
    }
    const key = new Scalar(item.key);
    if (pending.length > 0) key.commentBefore = commentText(pending);
    pending = [];
    map.items.push(new Pair(key, valueToYaml(item.value)));
  }
  if (metadata !== undefined) {
    // sops writes trailing root comments as head comments of the `sops` key.
    const key = new Scalar(METADATA_KEY);
    if (pending.length > 0) key.commentBefore = commentText(pending);
    pending = [];
    map.items.push(new Pair(key, metadataToYaml(metadata)));
  }
  if (pending.length > 0) map.comment = commentText(pending);
  return map;
}

function listToYaml(node: SopsListNode): YAMLSeq {
  const seq = new YAMLSeq();
  let pending: SopsComment[] = [];
  for (const item of node.items) {
    if (item.kind === 'comment') {
      pending.push(item);
      continue;
    }
    const value = valueToYaml(item.value);
    if (pending.length > 0) value.commentBefore = commentText(pending.map((c) => c.text));
    pending = [];
    seq.items.push(value);
  }
  if (pending.length > 0) seq.comment = commentText(pending.map((c) => c.text));
  return seq;
}

function valueToYaml(node: SopsNode): YAMLMap | YAMLSeq | Scalar {
  switch (node.kind) {
    case 'map':
      return mapToYaml(node);
    case 'list':
      return listToYaml(node);
    case 'null':
      return new Scalar(null);
    case 'bytes':
      return new Scalar(new TextDecoder().decode(node.value));
    default:
      return new Scalar(node.value);
  }
}

function metadataToYaml(value: unknown): YAMLMap | YAMLSeq | Scalar {
  if (Array.isArray(value)) {
    const seq = new YAMLSeq();
    for (const v of value) seq.items.push(metadataToYaml(v));
    return seq;
  }
  if (typeof value === 'object' && value !== null) {
    const map = new YAMLMap();
    for (const [k, v] of Object.entries(value)) {
      const scalar = metadataToYaml(v);
      if (k === 'lastmodified' && scalar instanceof Scalar) scalar.type = Scalar.QUOTE_DOUBLE;
      if (k === 'enc' && scalar instanceof Scalar) scalar.type = Scalar.BLOCK_LITERAL;
      map.items.push(new Pair(new Scalar(k), scalar));
    }
    return map;
  }
  return new Scalar(value);
}
