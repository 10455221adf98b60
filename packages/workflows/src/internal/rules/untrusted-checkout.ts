import type { Finding, Job, LocatedString, Step, WorkflowModel } from '../../model';
import { actionName } from '../parse-uses';
import { finding } from './rule-context';
import type { RuleContext } from './rule-context';

/** Triggers that run with the base repository's token and secrets on events outsiders cause. */
export const PRIVILEGED_TRIGGERS: ReadonlySet<string> = new Set(['pull_request_target', 'workflow_run']);

/** Expressions that name the pull request's (untrusted) head. */
const PR_HEAD =
  /github\.event\.pull_request\.head\.(sha|ref|repo\.full_name)|github\.head_ref|github\.event\.workflow_run\.(head_sha|head_branch|head_commit\.id|head_repository\.full_name)|github\.event\.pull_request\.merge_commit_sha/;

/** Shell commands that fetch or check out a pull request's code. */
const PR_CHECKOUT_COMMAND = /\bgh\s+pr\s+checkout\b|\bgit\s+(fetch|checkout|switch|pull)\b[^\n]*(pull\/|refs\/pull|\$\{\{\s*github\.(head_ref|event\.(pull_request|workflow_run)))/;

/** Where a job checks out or fetches the pull request's head, and how. */
export interface UntrustedCheckout {
  step: Step;
  at: LocatedString;
  what: string;
}

export function privilegedTriggers(workflow: WorkflowModel): string[] {
  return workflow.triggers.filter((t) => PRIVILEGED_TRIGGERS.has(t.event)).map((t) => t.event);
}

export function untrustedCheckouts(job: Job): UntrustedCheckout[] {
  const out: UntrustedCheckout[] = [];
  for (const step of job.steps) {
    if (step.uses && actionName(step.uses) === 'actions/checkout') {
      const head = step.with.find((w) => (w.key === 'ref' || w.key === 'repository') && (PR_HEAD.test(w.value) || w.value.includes('refs/pull/')));
      if (head) out.push({ step, at: head, what: `actions/checkout with ${head.key}: ${head.value}` });
    }
    if (step.run && PR_CHECKOUT_COMMAND.test(step.run.value)) {
      out.push({ step, at: step.run, what: 'a `run:` step that fetches the pull request' });
    }
  }
  return out;
}

/** The checkout (or fetch) of the pull request's head in a `pull_request_target` / `workflow_run` workflow, at the step's ref. */
export function untrustedCheckout({ workflow }: RuleContext): Finding[] {
  const triggers = privilegedTriggers(workflow);
  if (triggers.length === 0) return [];
  return workflow.jobs.flatMap((job) =>
    untrustedCheckouts(job).map(({ at, what }) =>
      finding(
        'untrusted-checkout',
        'error',
        workflow.file,
        at.range,
        `${triggers.join('/')} runs with a write token and the repository's secrets, and job ${job.id} checks out the pull request's code (${what}): any build script in it runs with those privileges; use pull_request, or keep untrusted code away from secrets and write tokens`,
      ),
    ),
  );
}
