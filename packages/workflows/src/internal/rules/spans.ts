import type { Job, KeySpans, LocatedString, SourceRange, Step, WorkflowModel } from '../../model';
import { walk } from '../expression-contexts';
import type { ExprNode } from '../expression-parser';
import { parseLocated, parseRaw } from '../source-positions';
import type { ParsedExpression, TextPositions } from '../source-positions';

/** The span of `key` (key to end of value), else `fallback`: where zizmor reports a finding about a key. */
export function keySpan(spans: KeySpans | undefined, key: string, fallback: SourceRange): SourceRange {
  return spans?.get(key) ?? fallback;
}

/** A job's and its steps' `if:` conditions, each with the span of its `if` key. */
export function conditionsOf(job: Job): { condition: LocatedString; span: SourceRange }[] {
  const out = job.if ? [{ condition: job.if, span: keySpan(job.keySpans, 'if', job.if.range) }] : [];
  for (const step of job.steps) if (step.if) out.push(stepCondition(step, step.if));
  return out;
}

/** A step's `if:` with the span of its key. */
export function stepCondition(step: Step, condition: LocatedString): { condition: LocatedString; span: SourceRange } {
  return { condition, span: keySpan(step.keySpans, 'if', condition.range) };
}

/** The text of an `if:`: a whole `${{ }}` unwrapped (GitHub reads `if:` as an expression either way). */
export function conditionText(value: string): string {
  const trimmed = value.trim();
  const whole = /^\$\{\{([\s\S]*)\}\}$/.exec(trimmed);
  return whole && !whole[1].includes('}}') ? whole[1] : trimmed;
}

/**
 * Where zizmor places a finding about the whole workflow: the start of its top-level mapping, after
 * any leading comments, blank lines and `---` (a licence header moves it down); line 1 without text.
 */
export function workflowStart(workflow: WorkflowModel): SourceRange {
  const text = workflow.text ?? '';
  for (let start = 0, line = 1; start < text.length; line++) {
    const end = text.indexOf('\n', start);
    const content = text.slice(start, end < 0 ? text.length : end).replace(/^\uFEFF/, '');
    const column = content.search(/\S/);
    if (column >= 0 && content[column] !== '#' && !/^(---|\.\.\.|%)/.test(content)) return { line, column: column + 1, endLine: line, endColumn: column + 1 };
    if (end < 0) break;
    start = end + 1;
  }
  return { line: 1, column: 1, endLine: 1, endColumn: 1 };
}

/**
 * An `if:` parsed where it is written, so that a finding can point at the part of the condition
 * it is about (zizmor's bot-conditions does): the inside of a `${{ }}` that spans the whole value,
 * or a bare condition whose text is the source's (plain, or quoted with nothing escaped). Undefined
 * for other forms (escapes, block scalars shift the offsets): report at the value then.
 */
export function locatedCondition(positions: TextPositions, condition: LocatedString): ParsedExpression | undefined {
  const whole = condition.value.trim();
  const [expression, ...more] = condition.expressions;
  if (expression !== undefined) return more.length === 0 && whole.startsWith('${{') && whole.endsWith('}}') ? parseLocated(positions, expression) : undefined;
  const { range } = condition;
  const start = positions.offsetOf(range.line, range.column);
  const end = positions.offsetOf(range.endLine, range.endColumn);
  const source = positions.text.slice(start, end);
  if (source === condition.value) return parseRaw(positions, start, end);
  // A quoted scalar with nothing escaped holds the condition verbatim between its quotes.
  const quoted = /^(["']).*\1$/s.test(source) && source.slice(1, -1) === condition.value;
  return quoted ? parseRaw(positions, start + 1, end - 1) : undefined;
}

/** The first node of a condition that `matches`, at its place in the source when it can be located. */
export function conditionNodeSpan(positions: TextPositions, condition: LocatedString, fallback: SourceRange, matches: (node: ExprNode) => boolean): SourceRange {
  const located = locatedCondition(positions, condition);
  const node = located === undefined ? undefined : walk(located.tree).find(matches);
  return located !== undefined && node !== undefined ? located.rangeOf(node) : fallback;
}
