import { isScalar } from 'yaml';
import type { Expression, KeyedValue, LocatedString } from '../model';
import { expressionSpans } from './expression-spans';
import { keyText } from './source';
import type { YamlSource } from './source';

/**
 * Expressions are found in the scalar's source text, not its parsed value, so
 * each one keeps its exact line and column even inside block or quoted scalars.
 */
export function expressionsIn(source: YamlSource, start: number, end: number): Expression[] {
  // Most scalars hold no expression: look before slicing.
  if (!source.opensExpressionIn(start, end)) return [];
  return expressionSpans(source.text.slice(start, end)).map((span) => ({
    text: span.inner.trim(),
    range: source.rangeOf(start + span.start, start + span.end),
  }));
}

/** A scalar as a located string; maps, sequences and nulls give undefined. */
export function locatedString(source: YamlSource, node: unknown): LocatedString | undefined {
  const scalar = source.resolve(node);
  if (!isScalar(scalar) || !scalar.range) return undefined;
  const value = source.scalarText(scalar);
  if (value === undefined) return undefined;
  const [start, end] = scalar.range;
  return { value, range: source.rangeOf(start, end), expressions: expressionsIn(source, start, end) };
}

/** Scalar entries of a mapping (`with:`, `env:`, `secrets:`), in source order. */
export function keyedValues(source: YamlSource, node: unknown): KeyedValue[] {
  const out: KeyedValue[] = [];
  for (const pair of source.pairs(node)) {
    const value = locatedString(source, pair.value);
    if (value === undefined) continue;
    // Spelled out: spreading `value` copies through V8's slow generic path, once per entry.
    out.push({ value: value.value, range: value.range, expressions: value.expressions, key: keyText(pair), keyRange: source.nodeRange(pair.key) });
  }
  return out;
}

/** Every scalar string under a node, for scans that only care about expressions. */
export function allStrings(source: YamlSource, node: unknown, out: LocatedString[] = [], depth = 0): LocatedString[] {
  const resolved = source.resolve(node);
  if (depth > 64 || resolved === null || resolved === undefined) return out;
  if (isScalar(resolved)) {
    const value = locatedString(source, resolved);
    if (value !== undefined) out.push(value);
    return out;
  }
  for (const pair of source.pairs(resolved)) allStrings(source, pair.value, out, depth + 1);
  for (const item of source.items(resolved)) allStrings(source, item, out, depth + 1);
  return out;
}

// zizmor's own comments are honoured too: the rule ids are the same.
const IGNORE_COMMENT = /#\s*(?:mcp-secrets|zizmor):\s*ignore\[([^\]]*)\]/;

/**
 * Lines a `# mcp-secrets: ignore[rule, ...]` (or `# zizmor: ignore[...]`) comment applies to: its own
 * line, and the next one when the comment stands alone on its line (a long line keeps its ignore above it).
 */
export function ignoreComments(text: string): Map<number, Set<string>> {
  const ignores = new Map<number, Set<string>>();
  if (!text.includes('ignore[')) return ignores;
  const add = (line: number, rules: readonly string[]): void => {
    const set = ignores.get(line) ?? new Set<string>();
    for (const rule of rules) set.add(rule);
    ignores.set(line, set);
  };
  text.split('\n').forEach((line, index) => {
    const match = IGNORE_COMMENT.exec(line);
    if (!match) return;
    const rules = match[1].split(',').map((r) => r.trim()).filter((r) => r.length > 0);
    add(index + 1, rules);
    if (line.trimStart().startsWith('#')) add(index + 2, rules);
  });
  return ignores;
}
