/**
 * GitHub Actions expressions (the text inside `${{ }}`) parsed into a tree whose nodes keep
 * their offsets in that text, so an audit can report the exact context at fault. The grammar
 * is GitHub's documented one: literals (null, booleans, numbers, single-quoted strings),
 * contexts with `.name`, `.*` and `[index]`, function calls, `!`, comparisons, `&&`, `||`.
 */

export type BinaryOp = '||' | '&&' | '==' | '!=' | '<' | '<=' | '>' | '>=';

interface Span {
  start: number;
  end: number;
}

export type ExprNode =
  | (Span & { kind: 'literal'; value: string | number | boolean | null })
  | (Span & { kind: 'star' })
  | (Span & { kind: 'call'; name: string; args: ExprNode[] })
  | (Span & { kind: 'context'; head: ContextHead; parts: ContextPart[] })
  | (Span & { kind: 'binary'; op: BinaryOp; left: ExprNode; right: ExprNode })
  | (Span & { kind: 'not'; operand: ExprNode });

/** A context starts at a name (`github`) or at a call (`fromJSON(x).y`). */
export type ContextHead = { name: string } | { call: ExprNode & { kind: 'call' } };

/** `.name` / `['name']` (a name), `.*` / `[*]` / `[0]` (any), or a computed `[expr]`. */
export type ContextPart = { name: string } | { any: true } | { computed: ExprNode };

type Token = Span & { type: 'punct' | 'string' | 'number' | 'ident'; text: string };

const PUNCTUATION = ['&&', '||', '==', '!=', '<=', '>=', '<', '>', '!', '(', ')', '[', ']', ',', '.', '*'];
// Sticky: matched where the tokenizer stands, without slicing the rest of the text per token.
const NUMBER = /(?:0x[0-9a-f]+|[-+]?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?)/iy;
const IDENT = /[A-Za-z_][A-Za-z0-9_-]*/y;
const NUMBER_START = /[\d.+-]/;
const SPACE = /\s/;
/** Deeper nesting is refused: the parser recurses once per level. */
const MAX_DEPTH = 64;

/**
 * Why a text is not a valid expression, with the offsets of the token at fault. `certain` is false
 * for what this parser does not model but GitHub may accept (a property of a parenthesised value).
 */
export class ExpressionSyntaxError extends Error {
  constructor(
    message: string,
    readonly start: number,
    readonly end: number,
    readonly certain = true,
  ) {
    super(message);
  }
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let at = 0;
  while (at < text.length) {
    const ch = text[at];
    if (SPACE.test(ch)) {
      at++;
      continue;
    }
    if (ch === "'") {
      let end = at + 1;
      let value = '';
      for (;;) {
        if (end >= text.length) throw new ExpressionSyntaxError("a string opened with ' is not closed", at, text.length);
        if (text[end] === "'") {
          if (text[end + 1] === "'") {
            value += "'";
            end += 2;
            continue;
          }
          break;
        }
        value += text[end++];
      }
      tokens.push({ type: 'string', text: value, start: at, end: end + 1 });
      at = end + 1;
      continue;
    }
    const number = NUMBER_START.test(ch) ? matchAt(NUMBER, text, at) : undefined;
    if (number !== undefined && !(ch === '.' && tokens.length > 0 && isOperand(tokens[tokens.length - 1]))) {
      tokens.push({ type: 'number', text: number, start: at, end: at + number.length });
      at += number.length;
      continue;
    }
    const ident = matchAt(IDENT, text, at);
    if (ident !== undefined) {
      tokens.push({ type: 'ident', text: ident, start: at, end: at + ident.length });
      at += ident.length;
      continue;
    }
    const punct = PUNCTUATION.find((p) => text.startsWith(p, at));
    if (punct === undefined) {
      const hint = ch === '"' ? '; strings take single quotes' : ch === '=' ? '; compare with ==' : '';
      throw new ExpressionSyntaxError(`unexpected character "${ch}"${hint}`, at, at + 1);
    }
    tokens.push({ type: 'punct', text: punct, start: at, end: at + punct.length });
    at += punct.length;
  }
  return tokens;
}

function matchAt(pattern: RegExp, text: string, at: number): string | undefined {
  pattern.lastIndex = at;
  return pattern.exec(text)?.[0];
}

/** After an operand, `.5` is a member access, not a number. */
function isOperand(token: Token): boolean {
  return token.type === 'ident' || token.text === ')' || token.text === ']' || token.text === '*';
}

/** The expression's tree, or undefined when it is not a valid expression. */
export function parseExpression(text: string): ExprNode | undefined {
  const parsed = parsedText(text);
  return parsed instanceof ExpressionSyntaxError ? undefined : parsed;
}

// The same expression text is read by several audits (and repeats across files): each text is
// parsed once. Trees are never changed after parsing, so they are shared.
const parsedTexts = new Map<string, ExprNode | ExpressionSyntaxError>();
const MAX_PARSED_TEXTS = 50_000;

/** The expression's tree; throws an ExpressionSyntaxError saying where and why it is not valid. */
export function readExpression(text: string): ExprNode {
  const parsed = parsedText(text);
  if (parsed instanceof ExpressionSyntaxError) throw parsed;
  return parsed;
}

function parsedText(text: string): ExprNode | ExpressionSyntaxError {
  let parsed = parsedTexts.get(text);
  if (parsed === undefined) {
    try {
      parsed = parseTokens(text);
    } catch (error) {
      if (!(error instanceof ExpressionSyntaxError)) throw error;
      parsed = error;
    }
    if (parsedTexts.size >= MAX_PARSED_TEXTS) parsedTexts.clear();
    parsedTexts.set(text, parsed);
  }
  return parsed;
}

function parseTokens(text: string): ExprNode {
  const tokens = tokenize(text);
  if (tokens.length === 0) throw new ExpressionSyntaxError('empty expression', 0, text.length);
  const parser = new Parser(tokens, text.length);
  const node = parser.or(0);
  parser.expectEnd();
  return node;
}

class Parser {
  private at = 0;
  constructor(
    private readonly tokens: Token[],
    private readonly length: number,
  ) {}

  expectEnd(): void {
    const extra = this.tokens[this.at];
    if (extra !== undefined) throw new ExpressionSyntaxError(`unexpected "${extra.text}" after a complete expression`, extra.start, extra.end);
  }

  /** An error at `token`, or at the end of the text when the expression ended early. */
  private error(expected: string, token: Token | undefined): ExpressionSyntaxError {
    return token === undefined
      ? new ExpressionSyntaxError(`the expression ends where ${expected} is expected`, this.length, this.length)
      : new ExpressionSyntaxError(`unexpected "${token.text}" where ${expected} is expected`, token.start, token.end);
  }

  private peek(text?: string): Token | undefined {
    const token = this.tokens[this.at];
    return text === undefined || (token?.type === 'punct' && token.text === text) ? token : undefined;
  }

  private take(text: string): Token {
    const token = this.peek(text);
    if (!token) throw this.error(`"${text}"`, this.tokens[this.at]);
    this.at++;
    return token;
  }

  or(depth: number): ExprNode {
    return this.binary(depth, ['||'], (d) => this.and(d));
  }

  private and(depth: number): ExprNode {
    return this.binary(depth, ['&&'], (d) => this.equality(d));
  }

  private equality(depth: number): ExprNode {
    return this.binary(depth, ['==', '!='], (d) => this.comparison(d));
  }

  private comparison(depth: number): ExprNode {
    return this.binary(depth, ['<', '<=', '>', '>='], (d) => this.unary(d));
  }

  private binary(depth: number, ops: readonly string[], next: (depth: number) => ExprNode): ExprNode {
    let left = next(depth);
    for (let token = this.peek(); token?.type === 'punct' && ops.includes(token.text); token = this.peek()) {
      this.at++;
      const right = next(depth);
      left = { kind: 'binary', op: token.text as BinaryOp, left, right, start: left.start, end: right.end };
    }
    return left;
  }

  private unary(depth: number): ExprNode {
    if (depth > MAX_DEPTH) throw new ExpressionSyntaxError(`nested more than ${MAX_DEPTH} levels deep`, this.tokens[this.at]?.start ?? 0, this.length);
    const bang = this.peek('!');
    if (bang) {
      this.at++;
      const operand = this.unary(depth + 1);
      return { kind: 'not', operand, start: bang.start, end: operand.end };
    }
    return this.postfix(this.primary(depth), depth);
  }

  private primary(depth: number): ExprNode {
    const token = this.tokens[this.at];
    if (token === undefined) throw this.error('an operand', token);
    this.at++;
    if (token.type === 'string') return { kind: 'literal', value: token.text, start: token.start, end: token.end };
    if (token.type === 'number') return { kind: 'literal', value: Number(token.text), start: token.start, end: token.end };
    if (token.type === 'punct' && token.text === '(') {
      const inner = this.or(depth + 1);
      this.take(')');
      return inner;
    }
    if (token.type !== 'ident') throw this.error('an operand', token);
    const lower = token.text.toLowerCase();
    if (lower === 'true' || lower === 'false') return { kind: 'literal', value: lower === 'true', start: token.start, end: token.end };
    if (lower === 'null') return { kind: 'literal', value: null, start: token.start, end: token.end };
    if (this.peek('(')) {
      this.at++;
      const args: ExprNode[] = [];
      if (!this.peek(')')) {
        args.push(this.or(depth + 1));
        while (this.peek(',')) {
          this.at++;
          args.push(this.or(depth + 1));
        }
      }
      const close = this.take(')');
      return { kind: 'call', name: token.text, args, start: token.start, end: close.end };
    }
    return { kind: 'context', head: { name: token.text }, parts: [], start: token.start, end: token.end };
  }

  /** `.name`, `.*` and `[index]` after a name or a call make (or extend) a context. */
  private postfix(node: ExprNode, depth: number): ExprNode {
    let current = node;
    for (;;) {
      if (this.peek('.')) {
        this.at++;
        const member = this.tokens[this.at++];
        if (member?.type !== 'ident' && !(member?.type === 'punct' && member.text === '*')) throw this.error('a property name or * after "."', member);
        const part: ContextPart = member.type === 'ident' ? { name: member.text } : { any: true };
        current = extend(current, part, member.end);
        continue;
      }
      if (this.peek('[')) {
        this.at++;
        const star = this.peek('*');
        let part: ContextPart;
        if (star) {
          this.at++;
          part = { any: true };
        } else {
          const index = this.or(depth + 1);
          part =
            index.kind === 'literal' && typeof index.value === 'string'
              ? { name: index.value }
              : index.kind === 'literal' && typeof index.value === 'number'
                ? { any: true }
                : { computed: index };
        }
        const close = this.take(']');
        current = extend(current, part, close.end);
        continue;
      }
      return current;
    }
  }
}

function extend(node: ExprNode, part: ContextPart, end: number): ExprNode {
  if (node.kind === 'context') return { ...node, parts: [...node.parts, part], end };
  if (node.kind === 'call') return { kind: 'context', head: { call: node }, parts: [part], start: node.start, end };
  throw new ExpressionSyntaxError('a property of a value that is neither a context nor a function result', node.start, end, false);
}
