import { isMap, isScalar, isSeq } from 'yaml';
import type { ContainerSpec, InputSpec, KeyedValue, KeySpans, LocatedString, MatrixSpec, SourceRange } from '../model';
import { keyedValues, locatedString } from './located';
import { keyText } from './source';
import type { YamlSource } from './source';

/**
 * The parts of a workflow the zizmor-style audits read (containers, matrix, runners,
 * inputs, key spans), parsed beside the core model so that model stays as it is.
 */

/**
 * Each key of a mapping, from the key to the end of its value (the key alone for an empty value).
 * Computed when an audit asks: few keys are ever reported, and every file has hundreds.
 */
export function keySpans(source: YamlSource, node: unknown): KeySpans {
  return {
    get(key) {
      const pair = source.pairs(node).find((p) => keyText(p) === key);
      return pair === undefined ? undefined : spanOf(source, pair.key, pair.value);
    },
  };
}

/** From the start of `from` to the end of `to` (or of `from` when `to` is empty). */
export function spanOf(source: YamlSource, from: unknown, to: unknown): SourceRange {
  const start = source.nodeRange(from);
  const resolved = source.resolve(to);
  if (resolved === null || resolved === undefined || (isScalar(resolved) && resolved.value === null)) return start;
  const end = source.nodeRange(to);
  return { line: start.line, column: start.column, endLine: end.endLine, endColumn: end.endColumn };
}

/** `container:` (a string or a mapping) or one service's definition. */
export function containerSpec(source: YamlSource, name: string, pair: { key: unknown; value: unknown }): ContainerSpec {
  const image = isScalar(source.resolve(pair.value))
    ? scalarAsKeyed(source, pair, name)
    : keyedValues(source, pair.value).filter((v) => v.key === 'image');
  const credentials = source.get(pair.value, 'credentials');
  return {
    name,
    image: image[0],
    credentials: credentials
      ? { span: spanOf(source, credentials.key, credentials.value), entries: keyedValues(source, credentials.value) }
      : undefined,
  };
}

/** `container: <image>`: the string as the image, keyed by `container`. */
function scalarAsKeyed(source: YamlSource, pair: { key: unknown; value: unknown }, key: string): KeyedValue[] {
  const value = locatedString(source, pair.value);
  return value ? [{ ...value, key, keyRange: source.nodeRange(pair.key) }] : [];
}

/** `services:` of a job, each as a container. */
export function serviceSpecs(source: YamlSource, node: unknown): ContainerSpec[] {
  return source.pairs(node).map((pair) => containerSpec(source, keyText(pair), pair));
}

/** `strategy.matrix` as an expression, or every value each `matrix.<path>` may take. */
export function matrixSpec(source: YamlSource, strategy: unknown): MatrixSpec | undefined {
  const matrix = source.get(strategy, 'matrix');
  if (matrix === undefined) return undefined;
  const expression = locatedString(source, matrix.value);
  const values = new Map<string, LocatedString[]>();
  if (expression) return { expression, values };
  for (const pair of source.pairs(matrix.value)) {
    const key = keyText(pair);
    if (key === 'exclude') continue;
    if (key === 'include') {
      for (const entry of source.items(pair.value)) for (const p of source.pairs(entry)) collectValues(source, `matrix.${keyText(p)}`, p.value, values);
      continue;
    }
    const axis = source.resolve(pair.value);
    if (isSeq(axis)) for (const item of source.items(axis)) collectValues(source, `matrix.${key}`, item, values);
    else collectValues(source, `matrix.${key}`, axis, values);
  }
  return { values };
}

/** A value under `path`: scalars as they are, mappings down to their scalars (`matrix.cfg.image`). */
function collectValues(source: YamlSource, path: string, node: unknown, out: Map<string, LocatedString[]>, depth = 0): void {
  const resolved = source.resolve(node);
  if (depth > 8) return;
  if (isMap(resolved)) {
    for (const pair of source.pairs(resolved)) collectValues(source, `${path}.${keyText(pair)}`, pair.value, out, depth + 1);
    return;
  }
  if (isSeq(resolved)) {
    for (const item of source.items(resolved)) collectValues(source, path, item, out, depth + 1);
    return;
  }
  const value = locatedString(source, resolved);
  if (value === undefined) return;
  const list = out.get(path.toLowerCase()) ?? [];
  list.push(value);
  out.set(path.toLowerCase(), list);
}

/** `runs-on:` as a label, a list of labels, or a `group:` (with its `labels:`). */
export function runsOnSpec(source: YamlSource, node: unknown): { labels: LocatedString[]; group: boolean } | undefined {
  const resolved = source.resolve(node);
  if (resolved === undefined || resolved === null) return undefined;
  if (isMap(resolved)) {
    const labels = source.get(resolved, 'labels')?.value;
    return { labels: labelList(source, labels), group: source.get(resolved, 'group') !== undefined };
  }
  return { labels: labelList(source, resolved), group: false };
}

function labelList(source: YamlSource, node: unknown): LocatedString[] {
  const resolved = source.resolve(node);
  const items = isSeq(resolved) ? source.items(resolved) : [resolved];
  return items.flatMap((item) => {
    const value = locatedString(source, item);
    return value ? [value] : [];
  });
}

/** `inputs:` of `workflow_dispatch` / `workflow_call` (or of an action), with their declared types. */
export function inputSpecs(source: YamlSource, node: unknown): InputSpec[] {
  return source.pairs(node).map((pair) => ({
    name: keyText(pair),
    type: source.scalarText(source.get(pair.value, 'type')?.value),
  }));
}

/** The filter keys under an event and its `branches:` list. */
export function triggerFilters(source: YamlSource, node: unknown): { keys: string[]; branches: string[] } {
  const branches = source.get(node, 'branches')?.value;
  const resolved = source.resolve(branches);
  const list = isSeq(resolved) ? source.items(resolved) : [resolved];
  return {
    keys: source.pairs(node).map((pair) => keyText(pair)),
    branches: list.flatMap((item) => {
      const text = source.scalarText(item);
      return text === undefined ? [] : [text];
    }),
  };
}

/** `defaults.run.shell` of a workflow or job. */
export function defaultShell(source: YamlSource, node: unknown): string | undefined {
  return source.scalarText(source.get(source.get(source.get(node, 'defaults')?.value, 'run')?.value, 'shell')?.value);
}
