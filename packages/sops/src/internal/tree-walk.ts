// sops' walkBranch/walkSlice: visits every leaf and comment in document order with its key path
// (list indexes are not part of the path) and the stack of comments seen at each level.
import type { SopsComment, SopsListNode, SopsMapNode, SopsNode, SopsScalarNode } from './tree';

export type WalkLeaf = SopsScalarNode | SopsComment;
export type LeafVisitor = (leaf: WalkLeaf, path: readonly string[], comments: readonly (readonly string[])[]) => WalkLeaf;

export function walkMap(map: SopsMapNode, visit: LeafVisitor): SopsMapNode {
  return walkBranch(map, [], [], visit);
}

function walkBranch(map: SopsMapNode, path: string[], stack: string[][], visit: LeafVisitor): SopsMapNode {
  const level: string[] = [];
  const levels = [...stack, level];
  const items = map.items.map((item) => {
    if (item.kind === 'comment') {
      level.push(item.text);
      return asComment(visit(item, path, levels));
    }
    const value = walkValue(item.value, [...path, item.key], levels, visit);
    level.length = 0;
    return { ...item, value };
  });
  return { ...map, items };
}

function walkSlice(list: SopsListNode, path: string[], stack: string[][], visit: LeafVisitor): SopsListNode {
  const level: string[] = [];
  const levels = [...stack, level];
  const items = list.items.map((item) => {
    if (item.kind === 'comment') {
      level.push(item.text);
      return asComment(visit(item, path, levels));
    }
    const value = walkValue(item.value, path, levels, visit);
    level.length = 0;
    return { ...item, value };
  });
  return { ...list, items };
}

function walkValue(node: SopsNode, path: string[], stack: string[][], visit: LeafVisitor): SopsNode {
  switch (node.kind) {
    case 'map':
      return walkBranch(node, path, stack, visit);
    case 'list':
      return walkSlice(node, path, stack, visit);
    case 'null':
      // sops neither encrypts nor authenticates null.
      return node;
    default: {
      const out = visit(node, path, stack);
      if (out.kind === 'comment') throw new Error('a value cannot become a comment');
      return out;
    }
  }
}

function asComment(leaf: WalkLeaf): SopsComment {
  if (leaf.kind !== 'comment') throw new Error('a comment cannot become a value');
  return leaf;
}
