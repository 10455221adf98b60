import type { ContextPart, ExprNode } from './expression-parser';

/**
 * What the audits ask of an expression tree: which contexts flow into its value, a
 * context's path as a pattern, and which parts are constant (foldable without running).
 */

type ContextNode = ExprNode & { kind: 'context' };

/**
 * The contexts whose value can become the expression's value: a bare context, either side
 * of `&&` / `||`, the arguments of toJSON / format / join. Comparisons, `!` and other calls
 * give booleans or fixed shapes (zizmor's dataflow semantics).
 */
export function dataflowContexts(node: ExprNode): ContextNode[] {
  switch (node.kind) {
    case 'context':
      return [node];
    case 'binary':
      return node.op === '&&' || node.op === '||' ? [...dataflowContexts(node.left), ...dataflowContexts(node.right)] : [];
    case 'call': {
      const name = node.name.toLowerCase();
      return name === 'tojson' || name === 'format' || name === 'join' ? node.args.flatMap(dataflowContexts) : [];
    }
    default:
      return [];
  }
}

/** `github.event.commits[0].message` → `github.event.commits.*.message` (lower case); undefined when led by a call or a computed index. */
export function contextPattern(node: ContextNode): string | undefined {
  if (!('name' in node.head)) return undefined;
  const parts = [node.head.name];
  for (const part of node.parts) {
    const segment = partPattern(part);
    if (segment === undefined) return undefined;
    parts.push(segment);
  }
  return parts.join('.').toLowerCase();
}

function partPattern(part: ContextPart): string | undefined {
  if ('name' in part) return part.name;
  if ('any' in part) return '*';
  return undefined;
}

/** Whether `pattern` (a context pattern) is `prefix` or lies under it, segment-wise. */
export function isUnder(pattern: string, prefix: string): boolean {
  return pattern === prefix || pattern.startsWith(`${prefix}.`);
}

/** Every node of the tree, parents first. */
export function walk(node: ExprNode, out: ExprNode[] = []): ExprNode[] {
  out.push(node);
  switch (node.kind) {
    case 'call':
      for (const arg of node.args) walk(arg, out);
      break;
    case 'context':
      if ('call' in node.head) walk(node.head.call, out);
      for (const part of node.parts) if ('computed' in part) walk(part.computed, out);
      break;
    case 'binary':
      walk(node.left, out);
      walk(node.right, out);
      break;
    case 'not':
      walk(node.operand, out);
      break;
    default:
      break;
  }
  return out;
}

/** Functions whose result depends only on their arguments. */
const PURE_FUNCTIONS = new Set(['format', 'contains', 'startswith', 'endswith', 'tojson', 'fromjson', 'join']);

/** A literal, or operators and pure calls over literals only: the expression could be its value. */
export function isConstant(node: ExprNode): boolean {
  switch (node.kind) {
    case 'literal':
      return true;
    case 'binary':
      return isConstant(node.left) && isConstant(node.right);
    case 'not':
      return isConstant(node.operand);
    case 'call':
      return PURE_FUNCTIONS.has(node.name.toLowerCase()) && node.args.every(isConstant);
    default:
      return false;
  }
}

/** The largest constant parts that are not plain literals (`format('{0}', 'a')`, `!true`). */
export function constantSubexpressions(node: ExprNode): ExprNode[] {
  if (node.kind !== 'literal' && isConstant(node)) return [node];
  switch (node.kind) {
    case 'call':
      return node.args.flatMap(constantSubexpressions);
    case 'context':
      return node.parts.flatMap((part) => ('computed' in part ? constantSubexpressions(part.computed) : []));
    case 'binary':
      return [...constantSubexpressions(node.left), ...constantSubexpressions(node.right)];
    case 'not':
      return constantSubexpressions(node.operand);
    default:
      return [];
  }
}
