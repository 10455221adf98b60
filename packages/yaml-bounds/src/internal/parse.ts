import { Composer, isAlias, LineCounter, Parser, YAMLParseError, type Alias, type CST, type Document, type DocumentOptions, type Node, type ParseOptions, type SchemaOptions, type YAMLError } from 'yaml';
import { DEFAULT_YAML_LIMITS, YamlLimitExceeded, type YamlLimits } from './limits';
import { checkNestingDepth } from './nesting-depth';
import { ExpansionBudget, measureExpansion } from './expansion';
import { surveyNodes } from './survey';

export type BoundedParseOptions = ParseOptions & DocumentOptions & SchemaOptions & { limits?: Partial<YamlLimits> };

/** Each bounded document's alias → anchor table (see resolveAlias). */
const aliasTargets = new WeakMap<Document, Map<Alias, Node>>();

/**
 * `yaml`'s `parseDocument` within the limits: a document nested too deep is refused before it is
 * composed, one that would expand too far right after. A refused document has no contents and a
 * `RESOURCE_EXHAUSTION` error at the line that crossed the limit, so every caller reports it the
 * way it reports a syntax error. Errors are located (`linePos`, "at line L, column C") without
 * `yaml`'s excerpt of the source, which could show a secret.
 */
export function parseBoundedDocument(text: string, options: BoundedParseOptions = {}): Document.Parsed {
  const lineCounter = options.lineCounter ?? (options.prettyErrors === false ? undefined : new LineCounter());
  const tokens = new Parser(lineCounter?.addNewLine).parse(text);
  const [doc, ...more] = composeBoundedDocuments(tokens, options, text.length);
  for (const extra of more.slice(0, 1)) {
    doc.errors.push(new YAMLParseError([extra.range[0], extra.range[1]], 'MULTIPLE_DOCS', 'Source contains multiple documents; please use YAML.parseAllDocuments()'));
  }
  if (lineCounter !== undefined && options.prettyErrors !== false) {
    for (const error of [...doc.errors, ...doc.warnings]) locate(error, lineCounter);
  }
  return doc;
}

/**
 * Every document of a token stream, each within the limits, for callers that keep the tokens
 * (sops reads comments from them). Errors carry offsets only. `forceDocAt` (the text's length)
 * makes an empty stream one empty document, as `parseDocument` does.
 */
export function composeBoundedDocuments(tokens: Iterable<CST.Token>, options: BoundedParseOptions = {}, forceDocAt?: number): Document.Parsed[] {
  const { limits: given, ...yamlOptions } = options;
  const limits: YamlLimits = { ...DEFAULT_YAML_LIMITS, ...given };
  /** Documents refused for their nesting, by their offset (a composed document's `range[0]`). */
  const tooDeep = new Map<number, YamlLimitExceeded>();
  const checked: CST.Token[] = [];
  for (const token of tokens) {
    const refusal = token.type === 'document' ? refusalOf(() => checkNestingDepth(token, limits.maxDepth)) : undefined;
    if (refusal === undefined) {
      checked.push(token);
      continue;
    }
    // Composed without its contents: the document still exists, to carry the error.
    tooDeep.set(token.offset, refusal);
    checked.push({ ...(token as CST.Document), value: undefined });
  }
  // `yaml` compares each key with every earlier one of its map; surveyNodes does it in linear time.
  const ownUniqueCheck = yamlOptions.uniqueKeys === undefined || yamlOptions.uniqueKeys === true;
  const composer = new Composer({ ...yamlOptions, ...(ownUniqueCheck && { uniqueKeys: false }) });
  const docs = [...composer.compose(checked, forceDocAt !== undefined, forceDocAt)];
  const ownNodes = docs.map((doc) => {
    if (ownUniqueCheck) doc.options.uniqueKeys = true;
    return tooDeep.has(doc.range[0]) ? 0 : surveyNodes(doc.contents, ownUniqueCheck ? (key) => doc.errors.push(duplicateKeyError(key.range?.[0] ?? 0)) : undefined);
  });
  const budget = new ExpansionBudget(limits, ownNodes.reduce((sum, count) => sum + count, 0));
  for (const doc of docs) {
    const refusal = tooDeep.get(doc.range[0]) ?? refusalOf(() => aliasTargets.set(doc, measureExpansion(doc.contents, budget)));
    if (refusal !== undefined) {
      // Nothing downstream may walk what was refused.
      doc.contents = null;
      doc.errors.push(new YAMLParseError([refusal.offset, refusal.offset + 1], 'RESOURCE_EXHAUSTION', refusal.message));
    }
    // The first error in the file comes first, whichever check found it.
    doc.errors.sort((a, b) => a.pos[0] - b.pos[0]);
  }
  return docs;
}

function refusalOf(check: () => void): YamlLimitExceeded | undefined {
  try {
    check();
    return undefined;
  } catch (error) {
    if (error instanceof YamlLimitExceeded) return error;
    throw error;
  }
}

function duplicateKeyError(offset: number): YAMLParseError {
  return new YAMLParseError([offset, offset + 1], 'DUPLICATE_KEY', 'Map keys must be unique');
}

function locate(error: YAMLError, lines: LineCounter): void {
  if (error.pos[0] < 0 || error.linePos !== undefined) return;
  const start = lines.linePos(error.pos[0]);
  error.linePos = [start, lines.linePos(error.pos[1])];
  error.message += ` at line ${start.line}, column ${start.col}`;
}

/**
 * The node an alias stands for (anything else is returned as is), from the table built while
 * bounding the document; a document parsed otherwise falls back to `Alias.resolve`.
 */
export function resolveAlias(doc: Document, node: unknown): unknown {
  if (!isAlias(node)) return node;
  const table = aliasTargets.get(doc);
  return table !== undefined ? table.get(node) : node.resolve(doc);
}

/** An error's first line, worded as a syntax error (`invalid`) or as a document refused for its cost. */
export function describeYamlError(error: YAMLError, invalid = 'invalid YAML'): string {
  const first = error.message.split('\n')[0].replace(/:$/, '');
  return error.code === 'RESOURCE_EXHAUSTION' ? `YAML refused: ${first}` : `${invalid}: ${first}`;
}
