import type { Finding } from '../../model';
import { finding } from './rule-context';
import type { RuleContext } from './rule-context';
import { keySpan } from './spans';
import { PRIVILEGED_TRIGGERS, untrustedCheckouts } from './untrusted-checkout';

/**
 * Each of `pull_request_target` and `workflow_run`, at the `on:` key (its span to the end of the
 * triggers), where zizmor reports both: an error when a job checks out the pull request's code
 * (see untrusted-checkout), a warning otherwise (the trigger hands outsiders a write token and the
 * secrets all the same). A workflow that only labels is no exception: zizmor flags it too.
 */
export function dangerousTriggers({ workflow }: RuleContext): Finding[] {
  const triggers = workflow.triggers.filter((t) => PRIVILEGED_TRIGGERS.has(t.event));
  if (triggers.length === 0) return [];
  const checkouts = workflow.jobs.flatMap((job) => untrustedCheckouts(job).map((c) => ({ job, ...c })));
  const on = keySpan(workflow.keySpans, 'on', workflow.onRange);
  return triggers
    .filter((trigger, index) => triggers.findIndex((t) => t.event === trigger.event) === index)
    .map((trigger) => {
      const first = checkouts[0];
      return first
        ? finding(
            'dangerous-triggers',
            'error',
            workflow.file,
            on,
            `${trigger.event} runs with the base repository's write token and secrets, and job ${first.job.id} checks out the pull request's code (${first.what}, line ${first.at.range.line}): any build script in it runs with those privileges; use pull_request, or keep untrusted code away from secrets and write tokens`,
          )
        : finding(
            'dangerous-triggers',
            'warning',
            workflow.file,
            on,
            `${trigger.event} runs with the base repository's write token and secrets on events outsiders cause; it is almost always used insecurely (argument, environment or file injection): prefer ${trigger.event === 'workflow_run' ? 'workflow_call' : 'pull_request'}`,
          );
    });
}
