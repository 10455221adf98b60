import type { Finding } from '../../model';
import { finding } from './rule-context';
import type { RuleContext } from './rule-context';
import { privilegedTriggers, untrustedCheckouts } from './untrusted-checkout';

/** `pull_request_target` / `workflow_run` workflows that check out the pull request's code. */
export function dangerousTriggers({ workflow }: RuleContext): Finding[] {
  const triggers = privilegedTriggers(workflow);
  if (triggers.length === 0) return [];
  return workflow.jobs.flatMap((job) =>
    untrustedCheckouts(job).map(({ at, what }) =>
      finding(
        'dangerous-triggers',
        'error',
        workflow.file,
        at.range,
        `${triggers.join('/')} runs with a write token and the repository's secrets, and job ${job.id} checks out the pull request's code (${what}): any build script in it runs with those privileges; use pull_request, or keep untrusted code away from secrets and write tokens`,
      ),
    ),
  );
}
