import type { Finding, SourceRange, Trigger, WorkflowModel } from '../../model';
import { actionName } from '../parse-uses';
import { finding } from './rule-context';
import type { RuleContext } from './rule-context';
import { PRIVILEGED_TRIGGERS, untrustedCheckouts } from './untrusted-checkout';

/**
 * Every `pull_request_target` / `workflow_run` trigger, at the trigger as zizmor reports it:
 * an error when a job checks out the pull request's code (see untrusted-checkout), a warning
 * otherwise (the trigger hands outsiders a write token and the secrets all the same).
 */
export function dangerousTriggers({ workflow }: RuleContext): Finding[] {
  const triggers = workflow.triggers.filter((t) => PRIVILEGED_TRIGGERS.has(t.event));
  if (triggers.length === 0) return [];
  const checkouts = workflow.jobs.flatMap((job) => untrustedCheckouts(job).map((c) => ({ job, ...c })));
  return triggers
    .filter((t) => !(t.event === 'pull_request_target' && isLabelerOnly(workflow)))
    .map((trigger) => {
      const first = checkouts[0];
      return first
        ? finding(
            'dangerous-triggers',
            'error',
            workflow.file,
            triggerSpan(workflow, trigger),
            `${trigger.event} runs with the base repository's write token and secrets, and job ${first.job.id} checks out the pull request's code (${first.what}, line ${first.at.range.line}): any build script in it runs with those privileges; use pull_request, or keep untrusted code away from secrets and write tokens`,
          )
        : finding(
            'dangerous-triggers',
            'warning',
            workflow.file,
            triggerSpan(workflow, trigger),
            `${trigger.event} runs with the base repository's write token and secrets on events outsiders cause; it is almost always used insecurely (argument, environment or file injection): prefer ${trigger.event === 'workflow_run' ? 'workflow_call' : 'pull_request'}`,
          );
    });
}

/** `on: x` spans the whole pair; a list item or a map key is the trigger itself. */
export function triggerSpan(workflow: WorkflowModel, trigger: Trigger): SourceRange {
  if (trigger.form !== 'scalar') return trigger.range;
  return { line: workflow.onRange.line, column: workflow.onRange.column, endLine: trigger.range.endLine, endColumn: trigger.range.endColumn };
}

/** One job of one step, actions/labeler: the use `pull_request_target` was made for (zizmor spares it too). */
function isLabelerOnly(workflow: WorkflowModel): boolean {
  const [job, ...others] = workflow.jobs;
  if (job === undefined || others.length > 0 || job.steps.length !== 1) return false;
  const uses = job.steps[0].uses;
  return uses !== undefined && actionName(uses) === 'actions/labeler';
}
