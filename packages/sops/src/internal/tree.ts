// The ordered, typed tree every store reads into and writes from. Plain JS objects cannot be used
// internally: they reorder integer-like keys ("2024" would jump first and change the MAC order),
// lose comments and cannot tell the int 3 from the float 3.0.

export type SopsScalarNode =
  | { kind: 'str'; value: string; line?: number }
  | { kind: 'int'; value: bigint; line?: number }
  | { kind: 'float'; value: number; line?: number }
  | { kind: 'bool'; value: boolean; line?: number }
  | { kind: 'bytes'; value: Uint8Array; line?: number }
  | { kind: 'null'; line?: number };

export interface SopsComment {
  kind: 'comment';
  text: string;
  line?: number;
}

export interface SopsEntry {
  kind: 'entry';
  key: string;
  value: SopsNode;
  line?: number;
}

export interface SopsItem {
  kind: 'item';
  value: SopsNode;
  line?: number;
}

export interface SopsMapNode {
  kind: 'map';
  items: (SopsEntry | SopsComment)[];
  line?: number;
}

export interface SopsListNode {
  kind: 'list';
  items: (SopsItem | SopsComment)[];
  line?: number;
}

export type SopsNode = SopsScalarNode | SopsMapNode | SopsListNode;

/** A plain JS view of a decrypted value (comments dropped). Ints beyond 2^53 stay exact as bigint. */
export type SopsPlainValue =
  | string
  | number
  | bigint
  | boolean
  | null
  | Uint8Array
  | SopsPlainValue[]
  | { [key: string]: SopsPlainValue };

export type SopsPlainObject = { [key: string]: SopsPlainValue };

export function toPlain(node: SopsNode): SopsPlainValue {
  switch (node.kind) {
    case 'map': {
      const out: SopsPlainObject = {};
      for (const item of node.items) if (item.kind === 'entry') out[item.key] = toPlain(item.value);
      return out;
    }
    case 'list':
      return node.items.filter((i): i is SopsItem => i.kind === 'item').map((i) => toPlain(i.value));
    case 'int':
      return Number.isSafeInteger(Number(node.value)) ? Number(node.value) : node.value;
    case 'null':
      return null;
    default:
      return node.value;
  }
}

export function mapToPlain(node: SopsMapNode): SopsPlainObject {
  return toPlain(node) as SopsPlainObject;
}

/** Builds a tree from plain JS data; integral numbers become ints, others floats (as a YAML/JSON reader would). */
export function fromPlain(value: SopsPlainValue): SopsNode {
  if (value === null) return { kind: 'null' };
  if (typeof value === 'string') return { kind: 'str', value };
  if (typeof value === 'boolean') return { kind: 'bool', value };
  if (typeof value === 'bigint') return { kind: 'int', value };
  if (typeof value === 'number') {
    return Number.isInteger(value) ? { kind: 'int', value: BigInt(value) } : { kind: 'float', value };
  }
  if (value instanceof Uint8Array) return { kind: 'bytes', value };
  if (Array.isArray(value)) return { kind: 'list', items: value.map((v) => ({ kind: 'item', value: fromPlain(v) })) };
  return {
    kind: 'map',
    items: Object.entries(value).map(([key, v]) => ({ kind: 'entry', key, value: fromPlain(v) })),
  };
}

export function mapFromPlain(value: SopsPlainObject): SopsMapNode {
  return fromPlain(value) as SopsMapNode;
}
