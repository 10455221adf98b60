import type { Expression, SourceRange } from '../model';
import { Attached } from './attached';
import { parseExpression } from './expression-parser';
import type { ExprNode } from './expression-parser';

/** Offsets of a file's text to 1-based line/column and back (columns count UTF-16 units, as the parser's do). */
export class TextPositions {
  private readonly lineStarts: number[] = [0];

  constructor(readonly text: string) {
    for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) this.lineStarts.push(at + 1);
  }

  offsetOf(line: number, column: number): number {
    return (this.lineStarts[line - 1] ?? this.text.length) + column - 1;
  }

  range(start: number, end: number): SourceRange {
    const from = this.position(start);
    const to = this.position(end);
    return { line: from.line, column: from.column, endLine: to.line, endColumn: to.column };
  }

  private position(offset: number): { line: number; column: number } {
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >>> 1;
      if (this.lineStarts[mid] <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - this.lineStarts[low] + 1 };
  }
}

/** An expression of the file parsed, with the range of any node of it. */
export interface ParsedExpression {
  tree: ExprNode;
  /** The raw text between `${{` and `}}`. */
  raw: string;
  rangeOf(node: ExprNode): SourceRange;
}

/** Parses a located `${{ }}` from the file's raw text (undefined when it is no valid expression). */
export function parseLocated(positions: TextPositions, expression: Expression): ParsedExpression | undefined {
  const start = positions.offsetOf(expression.range.line, expression.range.column) + 3;
  const end = positions.offsetOf(expression.range.endLine, expression.range.endColumn) - 2;
  return parseRaw(positions, start, end);
}

/** Parses the raw text of the file between two offsets (the inside of a `${{ }}`). */
export function parseRaw(positions: TextPositions, start: number, end: number): ParsedExpression | undefined {
  const raw = positions.text.slice(start, end);
  const tree = parseExpression(raw);
  if (tree === undefined) return undefined;
  return { tree, raw, rangeOf: (node) => positions.range(start + node.start, start + node.end) };
}

const cache = new Attached<object, TextPositions>('text positions');

/** The positions of a parsed file's text, computed once per file. */
export function positionsOf(file: { text?: string }): TextPositions {
  return cache.get(file) ?? cache.set(file, new TextPositions(file.text ?? ''));
}
