import type { CST } from 'yaml';
import { YamlLimitExceeded } from './limits';

const COLLECTIONS = new Set(['block-map', 'block-seq', 'flow-collection']);

/**
 * Refuses a document whose collections nest deeper than `maxDepth`, from the parser's tokens and
 * before the composer (which recurses once per level) sees them. Walks with its own stack, so
 * the check itself cannot overflow; the first collection too deep in reading order is named.
 */
export function checkNestingDepth(document: CST.Document, maxDepth: number): void {
  const pending: Array<{ token: CST.Token; depth: number }> = document.value ? [{ token: document.value, depth: 0 }] : [];
  while (pending.length > 0) {
    const { token, depth } = pending.pop() as { token: CST.Token; depth: number };
    if (!COLLECTIONS.has(token.type)) continue;
    const collection = token as CST.BlockMap | CST.BlockSequence | CST.FlowCollection;
    if (depth + 1 > maxDepth) {
      throw new YamlLimitExceeded(collection.offset, `collections nested deeper than ${maxDepth} levels`);
    }
    // Pushed last-first so that the first item is looked at first.
    for (let i = collection.items.length - 1; i >= 0; i--) {
      const item = collection.items[i] as CST.CollectionItem;
      if (item.value) pending.push({ token: item.value, depth: depth + 1 });
      if (item.key) pending.push({ token: item.key, depth: depth + 1 });
    }
  }
}
