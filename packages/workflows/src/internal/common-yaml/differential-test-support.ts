// Test support: the common-YAML reader against `yaml` itself, node by node.
import { parseBoundedDocument } from '@mcp-secrets/yaml-bounds';
import { isMap, isPair, isScalar, isSeq, LineCounter } from 'yaml';
import { readCommonYaml } from './read-common-yaml';

/**
 * How the reader's document differs from `yaml`'s for `text` (undefined when it is the same, or
 * when the reader handed the text back). A document `yaml` finds an error or warning in must be handed back.
 */
export function differenceFromYaml(text: string): string | undefined {
  const fast = readCommonYaml(text);
  if (fast === undefined) return undefined;
  const full = parseBoundedDocument(text, { lineCounter: new LineCounter(), prettyErrors: true, merge: true, uniqueKeys: true });
  if (full.errors.length > 0 || full.warnings.length > 0) return `read although yaml reports ${[...full.errors, ...full.warnings].map((e) => e.code).join(', ')}`;
  if (JSON.stringify(full.range) !== JSON.stringify(fast.range)) return `document range ${JSON.stringify(fast.range)}, yaml ${JSON.stringify(full.range)}`;
  return difference(fast.contents, full.contents, '');
}

function difference(fast: unknown, full: unknown, path: string): string | undefined {
  const describe = (node: unknown): string => {
    if (isScalar(node)) return `scalar ${node.type} ${typeof node.value} ${JSON.stringify(String(node.value))} ${JSON.stringify(node.range)}`;
    if (isMap(node) || isSeq(node)) return `${isMap(node) ? 'map' : 'seq'}${node.flow ? ' flow' : ''} of ${node.items.length} ${JSON.stringify(node.range)}`;
    return String(node);
  };
  const a = describe(fast);
  const b = describe(full);
  if (a !== b || (isScalar(fast) && isScalar(full) && !Object.is(fast.value, full.value))) return `${path || 'root'}: ${a}; yaml: ${b}`;
  if (!isMap(fast) && !isSeq(fast)) return undefined;
  const fullItems = (full as typeof fast).items;
  for (let i = 0; i < fast.items.length; i++) {
    const x = fast.items[i];
    const y = fullItems[i];
    const found = isPair(x) && isPair(y) ? difference(x.key, y.key, `${path}/${i}:key`) ?? difference(x.value, y.value, `${path}/${i}`) : difference(x, y, `${path}/${i}`);
    if (found !== undefined) return found;
  }
  return undefined;
}
