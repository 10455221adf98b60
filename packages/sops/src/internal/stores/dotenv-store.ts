// sops' dotenv store: KEY=VALUE lines split at the first '=', `#` comment lines, `\n` escapes,
// and the metadata flattened into sorted `sops_*` keys.
import { flattenMetadata, unflattenMetadata } from '../metadata';
import { SopsError } from '../sops-error';
import type { SopsMapNode, SopsNode } from '../tree';
import type { LoadedEncryptedFile } from './store-types';

const PREFIX = 'sops_';

export function loadPlainDotenv(text: string, fileName: string): SopsMapNode[] {
  const root: SopsMapNode = { kind: 'map', items: [] };
  text.split('\n').forEach((line, index) => {
    if (line === '') return;
    const lineNo = index + 1;
    if (line.startsWith('#')) {
      root.items.push({ kind: 'comment', text: line.slice(1), line: lineNo });
      return;
    }
    const eq = line.indexOf('=');
    if (eq < 0) throw new SopsError('parse', 'invalid dotenv line: expected KEY=VALUE or a # comment', { fileName, line: lineNo });
    root.items.push({
      kind: 'entry',
      key: line.slice(0, eq),
      value: { kind: 'str', value: line.slice(eq + 1).replace(/\\n/g, '\n'), line: lineNo },
      line: lineNo,
    });
  });
  return [root];
}

export function loadEncryptedDotenv(text: string, fileName: string): LoadedEncryptedFile {
  const [root] = loadPlainDotenv(text, fileName);
  const flat: [string, string][] = [];
  let metadataLine: number | undefined;
  const items = root.items.filter((item) => {
    if (item.kind !== 'entry' || !item.key.startsWith(PREFIX)) return true;
    metadataLine ??= item.line;
    // The reader already turned `\n` into newlines, which is what DecodeNewLines does.
    flat.push([item.key.slice(PREFIX.length), item.value.kind === 'str' ? item.value.value.replace(/\n/g, '\\n') : '']);
    return false;
  });
  return { documents: [{ ...root, items }], metadata: flat.length > 0 ? unflattenMetadata(flat) : undefined, metadataLine };
}

function valueText(node: SopsNode, key: string): string {
  switch (node.kind) {
    case 'str':
      return node.value;
    case 'int':
      return node.value.toString();
    case 'float':
      return String(node.value);
    case 'bool':
      return String(node.value);
    case 'bytes':
      return new TextDecoder().decode(node.value);
    case 'null':
      return '';
    default:
      throw new SopsError('unsupported', `cannot write the nested value of "${key}" to a dotenv file (values must be scalars)`);
  }
}

export function emitDotenv(document: SopsMapNode, metadata: Record<string, unknown>): string {
  const lines = document.items.map((item) =>
    item.kind === 'comment' ? `#${item.text}` : `${item.key}=${valueText(item.value, item.key).replace(/\n/g, '\\n')}`,
  );
  for (const [key, value] of flattenMetadata(metadata)) lines.push(`${PREFIX}${key}=${value}`);
  return lines.map((l) => `${l}\n`).join('');
}
