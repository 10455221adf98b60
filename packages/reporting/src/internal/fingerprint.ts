import { createHash } from 'node:crypto';

/**
 * Stable identity for code scanning: the same finding keeps its alert across runs even when lines move.
 * Parts are length-prefixed so ("ab","c") and ("a","bc") differ.
 */
export function stableHash(parts: readonly string[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(`${part.length}:${part}\n`);
  return hash.digest('hex').slice(0, 32);
}
