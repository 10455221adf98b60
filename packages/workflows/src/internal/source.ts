import { parseBoundedDocument, resolveAlias } from '@mcp-secrets/yaml-bounds';
import { isMap, isNode, isPair, isScalar, isSeq, LineCounter } from 'yaml';
import type { Document, Pair, Scalar } from 'yaml';
import type { SourceRange } from '../model';
import { readCommonYaml } from './common-yaml/read-common-yaml';

/**
 * A parsed YAML file with the helpers every builder needs: offsets to 1-based
 * line/column, alias resolution and map lookups that honour `<<` merge keys.
 */
export class YamlSource {
  readonly doc: Document.Parsed;
  private readonly lines: LineCounter;
  private readonly expanded = new WeakMap<object, ExpandedMap>();

  private constructor(readonly file: string, readonly text: string, doc: Document.Parsed, lines: LineCounter) {
    this.doc = doc;
    this.lines = lines;
  }

  /**
   * Parses `text` within the YAML limits (a refused document has no contents and an error at its
   * line); a BOM is dropped first so columns on line 1 match what editors show. The common YAML of
   * workflows is read directly, into the nodes `yaml` would build; any other text by `yaml`.
   */
  static parse(file: string, rawText: string): YamlSource {
    const text = rawText.charCodeAt(0) === 0xfeff ? rawText.slice(1) : rawText;
    const lines = new LineCounter();
    const common = readCommonYaml(text);
    if (common !== undefined) {
      // What `yaml`'s parser reports as it reads: the start of every line.
      lines.addNewLine(0);
      for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) lines.addNewLine(at + 1);
      return new YamlSource(file, text, common, lines);
    }
    const doc = withPlainEnv(() => parseBoundedDocument(text, { lineCounter: lines, prettyErrors: true, merge: true, uniqueKeys: true }));
    return new YamlSource(file, text, doc, lines);
  }

  /** Offsets of every `${{` in the text, in order; found once, on the first question. */
  private openings: number[] | undefined;

  /**
   * Whether a `${{` starts within [start, end - 3]: most scalars hold none, and searching the
   * text from each scalar's start would scan the rest of the file once per scalar.
   */
  opensExpressionIn(start: number, end: number): boolean {
    if (this.openings === undefined) {
      this.openings = [];
      for (let at = this.text.indexOf('${{'); at >= 0; at = this.text.indexOf('${{', at + 1)) this.openings.push(at);
    }
    const openings = this.openings;
    let low = 0;
    let high = openings.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (openings[mid] < start) low = mid + 1;
      else high = mid;
    }
    return low < openings.length && openings[low] + 3 <= end;
  }

  /** 1-based line and column (`col`) of a character offset. */
  private linePos(offset: number): { line: number; col: number } {
    return this.lines.linePos(Math.max(0, Math.min(offset, this.text.length)));
  }

  /** Trailing line breaks and blanks that block nodes include are left out of the range. */
  rangeOf(start: number, end: number): SourceRange {
    while (end > start && isSpace(this.text.charCodeAt(end - 1))) end--;
    const from = this.linePos(start);
    const to = this.linePos(Math.max(start, end));
    return { line: from.line, column: from.col, endLine: to.line, endColumn: to.col };
  }

  /** Range of a node's value (without trailing comments). */
  nodeRange(node: unknown): SourceRange {
    const resolved = this.resolve(node);
    const range = isNode(resolved) ? resolved.range : undefined;
    if (!range) return { line: 1, column: 1, endLine: 1, endColumn: 1 };
    return this.rangeOf(range[0], range[1]);
  }

  resolve(node: unknown): unknown {
    return resolveAlias(this.doc, node);
  }

  /** Pairs of a mapping, with `<<: *anchor` merges expanded (own keys win; a map merging itself is not followed). */
  pairs(node: unknown): Pair<Scalar, unknown>[] {
    return this.expandedMap(node)?.pairs ?? [];
  }

  // Builders look keys up one by one: expand each mapping once.
  private expandedMap(node: unknown): ExpandedMap | undefined {
    const map = this.resolve(node);
    if (!isMap(map)) return undefined;
    let cached = this.expanded.get(map);
    if (cached === undefined) {
      cached = { pairs: this.expand(map, new Set()) };
      this.expanded.set(map, cached);
    }
    return cached;
  }

  private expand(node: unknown, merging: ReadonlySet<unknown>): Pair<Scalar, unknown>[] {
    const map = this.resolve(node);
    if (!isMap(map) || merging.has(map)) return [];
    const own: Pair<Scalar, unknown>[] = [];
    const merged: Pair<Scalar, unknown>[] = [];
    for (const item of map.items) {
      if (!isPair(item)) continue;
      const key = this.resolve(item.key);
      if (!isScalar(key)) continue;
      if (isMergeKey(key)) {
        const sources = this.resolve(item.value);
        const list = isSeq(sources) ? sources.items : [sources];
        // A loop, not push(...): a merge may bring more pairs than a call takes arguments.
        for (const source of list) for (const pair of this.expand(source, new Set([...merging, map]))) merged.push(pair);
        continue;
      }
      own.push(item as Pair<Scalar, unknown>);
    }
    if (merged.length === 0) return own;
    const ownKeys = new Set(own.map((p) => keyText(p)));
    return [...own, ...merged.filter((p) => !ownKeys.has(keyText(p)))];
  }

  get(node: unknown, key: string): Pair<Scalar, unknown> | undefined {
    const map = this.expandedMap(node);
    if (map === undefined) return undefined;
    // Indexed on the first lookup: `with:` and `env:` maps are only ever listed.
    if (map.byKey === undefined) {
      map.byKey = new Map();
      for (const pair of map.pairs) {
        const text = keyText(pair);
        if (!map.byKey.has(text)) map.byKey.set(text, pair);
      }
    }
    return map.byKey.get(key);
  }

  /** Items of a sequence (aliases resolved); a single non-sequence value is not a list. */
  items(node: unknown): unknown[] {
    const seq = this.resolve(node);
    return isSeq(seq) ? seq.items.map((item) => this.resolve(item)) : [];
  }

  /** Scalar value as a string (numbers and booleans included), else undefined. */
  scalarText(node: unknown): string | undefined {
    const scalar = this.resolve(node);
    if (!isScalar(scalar)) return undefined;
    const value = scalar.value;
    if (value === null || value === undefined) return undefined;
    return typeof value === 'string' ? value : String(value);
  }
}

/**
 * Runs a synchronous parse with `process.env.LOG_TOKENS` answered by a plain property: `yaml`'s parser
 * reads it once per token, and each read of the real `process.env` is a call into the runtime (a
 * quarter of the parser's time on the real-world corpus). Other names still read through to the real
 * environment (copying it whole costs more than it saves); it is back before the function returns or throws.
 */
function withPlainEnv<T>(parse: () => T): T {
  const env = process.env;
  process.env = Object.create(env, { LOG_TOKENS: { value: env.LOG_TOKENS } }) as NodeJS.ProcessEnv;
  try {
    return parse();
  } finally {
    process.env = env;
  }
}

/** A mapping's pairs with merges expanded, and the first pair of each key once looked up. */
interface ExpandedMap {
  pairs: Pair<Scalar, unknown>[];
  byKey?: Map<string, Pair<Scalar, unknown>>;
}

export function keyText(pair: Pair<unknown, unknown>): string {
  const key = pair.key;
  return isScalar(key) ? String(key.value) : '';
}

/** With `merge: true` the parser turns a plain `<<` key into a Symbol('<<') scalar. */
function isMergeKey(key: Scalar): boolean {
  const value = key.value;
  return (typeof value === 'symbol' && value.description === '<<') || (value === '<<' && key.type === 'PLAIN');
}

/** `\s` of a character code, without a one-character string per test: ASCII decided here, the rest by the regex. */
function isSpace(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return /\s/.test(String.fromCharCode(code));
}
