import { walk } from '../expression-contexts';
import { ExpressionSyntaxError, readExpression } from '../expression-parser';

/** A context read (`needs.build.outputs.x`): its name and each property, undefined where dynamic or `*`. */
export interface ContextAccess {
  context: string;
  path: (string | undefined)[];
  /** Offsets in the expression text: the context name to the end of the last property read. */
  start: number;
  end: number;
}

/** What the structure checks ask of one expression: its syntax error, or the contexts it reads and the functions it calls. */
export interface ExpressionFacts {
  error?: { message: string; start: number; end: number };
  accesses: ContextAccess[];
  /** Each function called, with the offsets of its name. */
  calls: { name: string; start: number; end: number }[];
}

/** The facts of one expression (the text of a `${{ }}` or a bare `if:`); errors the parser is unsure of are left out. */
export function expressionFacts(text: string): ExpressionFacts {
  let tree;
  try {
    tree = readExpression(text);
  } catch (error) {
    if (!(error instanceof ExpressionSyntaxError)) throw error;
    return { ...(error.certain && { error: { message: error.message, start: error.start, end: error.end } }), accesses: [], calls: [] };
  }
  const facts: ExpressionFacts = { accesses: [], calls: [] };
  for (const node of walk(tree)) {
    if (node.kind === 'call') facts.calls.push({ name: node.name, start: node.start, end: node.start + node.name.length });
    if (node.kind === 'context' && 'name' in node.head) {
      const path = node.parts.map((part) => ('name' in part ? part.name : undefined));
      facts.accesses.push({ context: node.head.name, path, start: node.start, end: node.end });
    }
  }
  return facts;
}

/** A `${{ ... }}` of a text: offsets of the `${{`, of the inner text, and whether a `}}` closes it. */
export interface TemplateSpan {
  start: number;
  innerStart: number;
  innerEnd: number;
  end: number;
  closed: boolean;
}

/**
 * The `${{ }}` of a text as GitHub reads them: a `}}` inside a single-quoted string does not close
 * the expression (`${{ format('{{0}}', x) }}`), and one left open runs to the end of the text.
 */
export function templateSpans(text: string): TemplateSpan[] {
  const spans: TemplateSpan[] = [];
  let open = text.indexOf('${{');
  while (open >= 0) {
    const innerStart = open + 3;
    let inString = false;
    let close = -1;
    for (let i = innerStart; i < text.length; i++) {
      const char = text[i];
      if (char === "'") inString = !inString;
      else if (!inString && char === '}' && text[i + 1] === '}') {
        close = i;
        break;
      }
    }
    if (close < 0) {
      spans.push({ start: open, innerStart, innerEnd: text.length, end: text.length, closed: false });
      break;
    }
    spans.push({ start: open, innerStart, innerEnd: close, end: close + 2, closed: true });
    open = text.indexOf('${{', close + 2);
  }
  return spans;
}
