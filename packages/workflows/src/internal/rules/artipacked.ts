import type { Finding, Step } from '../../model';
import { actionName } from '../parse-uses';
import { finding } from './rule-context';
import type { RuleContext } from './rule-context';
import { privilegedTriggers, untrustedCheckouts } from './untrusted-checkout';

/**
 * A checkout that leaves the token in .git/config, in a job that then uploads
 * artifacts (the token can ship in them) or runs untrusted code (it can read it).
 */
export function artipacked({ workflow }: RuleContext): Finding[] {
  const privileged = privilegedTriggers(workflow).length > 0;
  return workflow.jobs.flatMap((job) => {
    const untrusted = privileged && untrustedCheckouts(job).length > 0;
    return job.steps.filter(persistsCredentials).flatMap((checkout) => {
      const upload = job.steps.find((s) => s.index > checkout.index && s.uses && actionName(s.uses) === 'actions/upload-artifact');
      if (!untrusted && upload === undefined) return [];
      const why = untrusted ? 'the job then runs the pull request\'s code, which can read it' : 'a later step uploads an artifact, which can include it';
      return [
        finding(
          'artipacked',
          untrusted ? 'error' : 'warning',
          workflow.file,
          checkout.uses?.range ?? checkout.range,
          `actions/checkout keeps the token in .git/config and ${why}; set persist-credentials: false`,
          'with:\n  persist-credentials: false',
        ),
      ];
    });
  });
}

function persistsCredentials(step: Step): boolean {
  if (!step.uses || actionName(step.uses) !== 'actions/checkout') return false;
  return step.with.find((w) => w.key === 'persist-credentials')?.value !== 'false';
}
