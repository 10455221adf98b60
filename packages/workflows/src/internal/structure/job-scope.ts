import { isMap, isScalar, isSeq } from 'yaml';
import { keyText } from '../source';
import type { YamlSource } from '../source';

/**
 * What the `matrix`, `steps` and `needs` contexts hold in a job, read from the YAML, all names in
 * lower case (GitHub compares them case-insensitively). `undefined` where it cannot be known
 * statically (a matrix from `fromJSON()`, outputs of a called workflow).
 */
export interface JobScope {
  id: string;
  /** The matrix's keys; undefined when the matrix (or its `include:`) is an expression; null when there is none. */
  matrix: ReadonlySet<string> | undefined | null;
  /** The `id:` of each step in order (undefined for a step without one). */
  stepIds: readonly (string | undefined)[];
  /** The jobs named in `needs:`. */
  needs: ReadonlySet<string>;
}

/** Each job's scope, and each job's `outputs:` names (undefined: not known, e.g. a reusable-workflow call). */
export function readScopes(source: YamlSource): { scopes: Map<string, JobScope>; outputs: Map<string, ReadonlySet<string> | undefined> } {
  const scopes = new Map<string, JobScope>();
  const outputs = new Map<string, ReadonlySet<string> | undefined>();
  for (const pair of source.pairs(source.get(source.doc.contents, 'jobs')?.value)) {
    const id = keyText(pair);
    const job = pair.value;
    scopes.set(id.toLowerCase(), {
      id,
      matrix: matrixKeys(source, source.get(job, 'strategy')?.value),
      stepIds: source.items(source.get(job, 'steps')?.value).map((step) => source.scalarText(source.get(step, 'id')?.value)?.toLowerCase()),
      needs: new Set(namesIn(source, source.get(job, 'needs')?.value)),
    });
    const declared = source.get(job, 'outputs')?.value;
    const calls = source.get(job, 'uses') !== undefined;
    outputs.set(id.toLowerCase(), calls || (declared !== undefined && !isMap(source.resolve(declared))) ? undefined : new Set(source.pairs(declared).map((p) => keyText(p).toLowerCase())));
  }
  return { scopes, outputs };
}

/** The keys of `strategy.matrix`: null without one, undefined when it is (or its `include:` is) an expression. */
function matrixKeys(source: YamlSource, strategy: unknown): ReadonlySet<string> | undefined | null {
  if (isAbsent(source, strategy)) return null;
  if (!isMap(source.resolve(strategy))) return undefined;
  const matrix = source.get(strategy, 'matrix')?.value;
  if (isAbsent(source, matrix)) return null;
  const resolved = source.resolve(matrix);
  if (!isMap(resolved)) return undefined;
  const keys = new Set<string>();
  for (const pair of source.pairs(resolved)) {
    const key = keyText(pair);
    if (key === 'exclude') continue;
    if (key !== 'include') {
      keys.add(key.toLowerCase());
      continue;
    }
    const include = source.resolve(pair.value);
    if (!isSeq(include)) return undefined;
    for (const entry of source.items(include)) {
      if (!isMap(entry)) return undefined;
      for (const p of source.pairs(entry)) keys.add(keyText(p).toLowerCase());
    }
  }
  return keys;
}

function isAbsent(source: YamlSource, node: unknown): boolean {
  const resolved = source.resolve(node);
  return resolved === undefined || resolved === null || (isScalar(resolved) && resolved.value === null);
}

function namesIn(source: YamlSource, node: unknown): string[] {
  const items = source.items(node);
  return (items.length > 0 ? items : [node]).flatMap((item) => source.scalarText(item)?.toLowerCase() ?? []);
}
