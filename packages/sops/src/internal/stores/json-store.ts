// sops' JSON store (and the binary store, which is a JSON file with one `data` key): an ordered
// reader that keeps duplicate keys and line numbers, and Go's json.Indent layout with tabs.
import { SopsError } from '../sops-error';
import { fromPlain, type SopsMapNode, type SopsNode, type SopsPlainObject } from '../tree';
import { METADATA_KEY, type LoadedEncryptedFile } from './store-types';

class JsonReader {
  private pos = 0;
  private line = 1;

  constructor(
    private readonly text: string,
    private readonly fileName: string,
  ) {}

  document(): SopsMapNode {
    this.skipSpace();
    if (this.text[this.pos] !== '{') this.fail('sops only supports JSON files with an object at the top level');
    const root = this.object();
    this.skipSpace();
    if (this.pos < this.text.length) this.fail('unexpected content after the top-level object');
    return root;
  }

  private fail(message: string): never {
    throw new SopsError('parse', `invalid JSON: ${message}`, { fileName: this.fileName, line: this.line });
  }

  private skipSpace(): void {
    while (this.pos < this.text.length) {
      const c = this.text[this.pos];
      if (c === '\n') this.line++;
      else if (c !== ' ' && c !== '\t' && c !== '\r') return;
      this.pos++;
    }
  }

  private value(): SopsNode {
    this.skipSpace();
    const line = this.line;
    const c = this.text[this.pos];
    if (c === '{') return this.object();
    if (c === '[') return this.array();
    if (c === '"') return { kind: 'str', value: this.string(), line };
    for (const [word, node] of [
      ['true', { kind: 'bool', value: true }],
      ['false', { kind: 'bool', value: false }],
      ['null', { kind: 'null' }],
    ] as const) {
      if (this.text.startsWith(word, this.pos)) {
        this.pos += word.length;
        return { ...node, line };
      }
    }
    const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(this.text.slice(this.pos, this.pos + 400));
    if (m === null || m[0] === '' || m[0] === '-') this.fail(`unexpected character ${JSON.stringify(c ?? 'end of input')}`);
    this.pos += m[0].length;
    const isInt = m[2] === undefined && m[3] === undefined;
    return isInt ? { kind: 'int', value: BigInt(m[0]), line } : { kind: 'float', value: Number(m[0]), line };
  }

  private string(): string {
    const start = this.pos;
    this.pos++;
    while (this.pos < this.text.length && this.text[this.pos] !== '"') {
      if (this.text[this.pos] === '\\') this.pos++;
      else if (this.text[this.pos] === '\n') this.fail('unterminated string');
      this.pos++;
    }
    if (this.pos >= this.text.length) this.fail('unterminated string');
    this.pos++;
    try {
      return JSON.parse(this.text.slice(start, this.pos)) as string;
    } catch {
      return this.fail('invalid string escape');
    }
  }

  private object(): SopsMapNode {
    const node: SopsMapNode = { kind: 'map', items: [], line: this.line };
    this.pos++;
    this.skipSpace();
    if (this.text[this.pos] === '}') {
      this.pos++;
      return node;
    }
    for (;;) {
      this.skipSpace();
      if (this.text[this.pos] !== '"') this.fail('expected a string key');
      const line = this.line;
      const key = this.string();
      this.skipSpace();
      if (this.text[this.pos] !== ':') this.fail('expected ":"');
      this.pos++;
      node.items.push({ kind: 'entry', key, value: this.value(), line });
      this.skipSpace();
      const c = this.text[this.pos++];
      if (c === '}') return node;
      if (c !== ',') this.fail('expected "," or "}"');
    }
  }

  private array(): SopsNode {
    const node: SopsNode = { kind: 'list', items: [], line: this.line };
    this.pos++;
    this.skipSpace();
    if (this.text[this.pos] === ']') {
      this.pos++;
      return node;
    }
    for (;;) {
      const line = this.line;
      node.items.push({ kind: 'item', value: this.value(), line });
      this.skipSpace();
      const c = this.text[this.pos++];
      if (c === ']') return node;
      if (c !== ',') this.fail('expected "," or "]"');
    }
  }
}

export function loadPlainJson(text: string, fileName: string): SopsMapNode[] {
  return [new JsonReader(text, fileName).document()];
}

export function loadEncryptedJson(text: string, fileName: string): LoadedEncryptedFile {
  const root = new JsonReader(text, fileName).document();
  const metadataEntry = root.items.find((i) => i.kind === 'entry' && i.key === METADATA_KEY);
  const items = root.items.filter((i) => i !== metadataEntry);
  return {
    documents: [{ ...root, items }],
    metadata: metadataEntry?.kind === 'entry' ? nodeToJs(metadataEntry.value) : undefined,
    metadataLine: metadataEntry?.line,
  };
}

function nodeToJs(node: SopsNode): unknown {
  switch (node.kind) {
    case 'map':
      return Object.fromEntries(node.items.flatMap((i) => (i.kind === 'entry' ? [[i.key, nodeToJs(i.value)]] : [])));
    case 'list':
      return node.items.flatMap((i) => (i.kind === 'item' ? [nodeToJs(i.value)] : []));
    case 'null':
      return null;
    case 'int':
      return Number(node.value);
    default:
      return node.value;
  }
}

// ---- writing ----

/** Go's json.Marshal string escaping (HTML-safe: <, >, & and U+2028/9 are escaped). */
function goJsonString(value: string): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function formatNumber(node: SopsNode): string {
  if (node.kind === 'int') return node.value.toString();
  if (node.kind === 'float') {
    if (!Number.isFinite(node.value)) throw new SopsError('unsupported', 'JSON cannot hold NaN or infinite numbers');
    return JSON.stringify(node.value);
  }
  return '';
}

function emitValue(node: SopsNode, indent: string): string {
  switch (node.kind) {
    case 'map':
      return emitObject(node.items.flatMap((i) => (i.kind === 'entry' ? [[i.key, i.value] as const] : [])), indent);
    case 'list':
      return emitArray(node.items.flatMap((i) => (i.kind === 'item' ? [i.value] : [])), indent);
    case 'str':
      return goJsonString(node.value);
    case 'bytes':
      return goJsonString(new TextDecoder().decode(node.value));
    case 'bool':
      return String(node.value);
    case 'null':
      return 'null';
    default:
      return formatNumber(node);
  }
}

function emitObject(entries: readonly (readonly [string, SopsNode])[], indent: string): string {
  if (entries.length === 0) return '{}';
  const inner = `${indent}\t`;
  return `{\n${entries.map(([k, v]) => `${inner}${goJsonString(k)}: ${emitValue(v, inner)}`).join(',\n')}\n${indent}}`;
}

function emitArray(values: readonly SopsNode[], indent: string): string {
  if (values.length === 0) return '[]';
  const inner = `${indent}\t`;
  return `[\n${values.map((v) => `${inner}${emitValue(v, inner)}`).join(',\n')}\n${indent}]`;
}

export function emitJson(document: SopsMapNode, metadata: Record<string, unknown>): string {
  const entries: [string, SopsNode][] = document.items.flatMap((i) => (i.kind === 'entry' ? [[i.key, i.value] as [string, SopsNode]] : []));
  entries.push([METADATA_KEY, fromPlain(metadata as SopsPlainObject)]);
  return `${emitObject(entries, '')}\n`;
}
