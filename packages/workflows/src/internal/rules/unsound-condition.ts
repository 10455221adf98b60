import type { ActionModel, Finding, LocatedString, SourceRange } from '../../model';
import { finding } from './rule-context';
import type { RuleContext } from './rule-context';
import { conditionsOf, keySpan, stepCondition } from './spans';

const RULE = 'unsound-condition';

/**
 * An `if:` whose `${{ }}` does not span the whole value (`if: |` with a trailing newline,
 * text around the expression): GitHub then sees a non-empty string, which is always true.
 * At the `if:` as zizmor.
 */
export function unsoundCondition({ workflow }: RuleContext): Finding[] {
  return workflow.jobs.flatMap((job) => {
    const conditions = job.uses ? (job.if ? [{ condition: job.if, span: keySpan(job.keySpans, 'if', job.if.range) }] : []) : conditionsOf(job);
    return conditions.flatMap(({ condition, span }) => check(workflow.file, condition, span));
  });
}

/** The `if:` of a composite action's steps. */
export function actionUnsoundCondition(action: ActionModel): Finding[] {
  return action.steps.flatMap((step) => {
    if (!step.if) return [];
    const { condition, span } = stepCondition(step, step.if);
    return check(action.file, condition, span);
  });
}

function check(file: string, condition: LocatedString, span: SourceRange): Finding[] {
  const open = condition.value.indexOf('${{');
  if (open < 0) return [];
  const close = condition.value.indexOf('}}', open + 3);
  if (close < 0 || condition.value.length <= close + 2 - open) return [];
  return [
    finding(
      RULE,
      'error',
      file,
      span,
      'text outside the ${{ }} of this if: (a block scalar\'s trailing newline, or words around it) makes the value a non-empty string, which is always true; write the condition without ${{ }} or use |- / >-',
    ),
  ];
}
