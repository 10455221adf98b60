import { Pair, Scalar, YAMLMap, YAMLSeq } from 'yaml';
import { readQuoted, resolvePlain, startsPlain } from './scalars';
import { HASH, NL, outside, SPACE, skipSpaces } from './text-scan';

const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;
const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;
const COMMA = 44;
const COLON = 58;
const FLOW_INDICATORS = ',[]{}';

/**
 * A flow collection (`[a, 'b']`, `{ k: v }`, over several lines indented more than `parent`) of
 * scalars and flow collections: the node and the end of its closing bracket. Comments, blank
 * lines, empty entries, `?` keys and pairs inside sequences are outside the subset.
 */
export function readFlowCollection(text: string, at: number, parent: number, depth: number): { node: YAMLMap | YAMLSeq; end: number } {
  if (depth > 100) outside();
  const isMap = text.charCodeAt(at) === OPEN_BRACE;
  const close = isMap ? CLOSE_BRACE : CLOSE_BRACKET;
  const node = isMap ? new YAMLMap() : new YAMLSeq();
  node.flow = true;
  const keys = new Set<string>();
  let i = at + 1;
  for (;;) {
    i = skipFlowSpace(text, i, parent);
    if (text.charCodeAt(i) === close) break;
    if (isMap) {
      const key = flowItem(text, i, parent, depth);
      const colon = key.range![1];
      if (!(key instanceof Scalar) || text.charCodeAt(colon) !== COLON || text.charCodeAt(colon + 1) !== SPACE || colon - i > 1000) outside();
      const name = String(key.value);
      if (keys.has(name)) outside();
      keys.add(name);
      const value = flowItem(text, skipFlowSpace(text, colon + 1, parent), parent, depth);
      (node as YAMLMap).items.push(new Pair(key, value));
      i = skipFlowSpace(text, value.range![1], parent);
    } else {
      const item = flowItem(text, i, parent, depth);
      (node as YAMLSeq).items.push(item);
      // A sequence item's range runs to the next `,` or bracket, over line breaks and indentation.
      i = skipFlowSpace(text, item.range![1], parent);
      item.range![2] = i;
    }
    const char = text.charCodeAt(i);
    if (char === COMMA) {
      i++;
      continue;
    }
    if (char !== close) outside();
    break;
  }
  node.range = [at, i + 1, i + 1];
  return { node, end: i + 1 };
}

/**
 * Spaces and line breaks inside a flow collection; each new line must be indented more than
 * `parent`, a closing bracket at least as much.
 */
function skipFlowSpace(text: string, at: number, parent: number): number {
  let i = skipSpaces(text, at);
  while (text.charCodeAt(i) === NL) {
    const line = i + 1;
    i = skipSpaces(text, line);
    const char = text.charCodeAt(i);
    if (i >= text.length || char === NL || char === HASH) outside();
    const closing = char === CLOSE_BRACKET || char === CLOSE_BRACE;
    if (i - line < parent || (i - line === parent && !closing)) outside();
  }
  if (text.charCodeAt(i) === HASH) outside();
  return i;
}

/** A scalar or nested collection inside a flow collection; its range runs to the next `,` `:` or bracket. */
function flowItem(text: string, at: number, parent: number, depth: number): Scalar | YAMLMap | YAMLSeq {
  const char = text.charCodeAt(at);
  let node: Scalar | YAMLMap | YAMLSeq;
  let end: number;
  if (char === OPEN_BRACKET || char === OPEN_BRACE) {
    ({ node, end } = readFlowCollection(text, at, parent, depth + 1));
  } else if (char === 39 || char === 34) {
    const quoted = readQuoted(text, at, parent, true) ?? outside();
    node = new Scalar(quoted.value);
    node.type = char === 39 ? Scalar.QUOTE_SINGLE : Scalar.QUOTE_DOUBLE;
    end = quoted.end;
  } else {
    // `-` before a flow indicator would start a block sequence: an error `yaml` reports.
    if (!startsPlain(text, at) || (char === 45 && FLOW_INDICATORS.includes(text[at + 1]))) outside();
    end = at;
    for (let i = at; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === COMMA || c === CLOSE_BRACKET || c === CLOSE_BRACE || c === NL) break;
      // `k: v` ends the key at its colon; any other colon in a flow scalar is outside the subset.
      if (c === COLON && text.charCodeAt(i + 1) === SPACE) break;
      if (c === COLON || c === OPEN_BRACKET || c === OPEN_BRACE || (c === HASH && text.charCodeAt(i - 1) === SPACE)) outside();
      if (c !== SPACE) end = i + 1;
    }
    node = new Scalar(resolvePlain(text.slice(at, end)));
    node.type = Scalar.PLAIN;
  }
  // Its range takes the spaces after it and a line break (a mapping value's stays so).
  const spaced = skipSpaces(text, end);
  node.range = [at, end, text.charCodeAt(spaced) === NL ? spaced + 1 : spaced];
  return node;
}
