import type { Job, KeySpans, LocatedString, SourceRange, Step, WorkflowModel } from '../../model';

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
