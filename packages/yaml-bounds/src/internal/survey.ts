import { isAlias, isMap, isPair, isScalar, isSeq, type Scalar } from 'yaml';

/**
 * One walk of the document as written (aliases not followed): how many nodes it holds, and each
 * scalar key repeated within a map. `yaml`'s own `uniqueKeys` check compares every key with
 * every earlier one (40,000 keys: 9 s); a set per map does the same comparison in linear time.
 */
export function surveyNodes(root: unknown, onDuplicateKey?: (key: Scalar) => void): number {
  if (isAlias(root) || isScalar(root)) return 1;
  if (!isMap(root) && !isSeq(root)) return 0;
  let count = 1;
  const keys = onDuplicateKey !== undefined && isMap(root) ? new Set<unknown>() : undefined;
  for (const item of root.items) {
    if (!isPair(item)) {
      count += surveyNodes(item, onDuplicateKey);
      continue;
    }
    count += surveyNodes(item.key, onDuplicateKey) + surveyNodes(item.value, onDuplicateKey);
    if (keys !== undefined && isScalar(item.key)) {
      // `yaml` compares keys with ===: NaN never equals itself, each `<<` merge key is its own Symbol.
      const value = item.key.value;
      if (Number.isNaN(value)) continue;
      if (keys.has(value)) onDuplicateKey?.(item.key);
      else keys.add(value);
    }
  }
  return count;
}
