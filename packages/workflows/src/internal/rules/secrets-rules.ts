import type { Finding, Job, LocatedString } from '../../model';
import { finding } from './rule-context';
import type { RuleContext } from './rule-context';

/** `secrets: inherit` on a reusable-workflow call. */
export function secretsInherit({ workflow }: RuleContext): Finding[] {
  return workflow.jobs.flatMap((job) =>
    job.secrets?.inherit
      ? [
          finding(
            'secrets-inherit',
            'warning',
            workflow.file,
            job.secrets.range,
            `job ${job.id} passes every secret of this repository to ${job.uses?.raw ?? 'the called workflow'}; list only the secrets it needs under secrets:`,
          ),
        ]
      : [],
  );
}

const SECRET_REFERENCE = /(?<![\w.])secrets\s*(?:\.\s*([A-Za-z_][\w-]*)|\[\s*['"]([^'"]+)['"]\s*\])/g;

/**
 * Secrets used in a job without a deployment environment, one finding per expression (GITHUB_TOKEN and
 * the allowlist excepted). A job calling a reusable workflow cannot set `environment:`: what it passes
 * is outside any environment, and the called workflow's job is the one to hold it. Normal jobs of a
 * reusable workflow are left alone (their environment cannot see the caller's secrets), as zizmor does.
 */
export function secretsOutsideEnv({ workflow, config }: RuleContext): Finding[] {
  const allowed = new Set(['GITHUB_TOKEN', ...config.secretsOutsideEnv.allow]);
  const reusable = workflow.triggers.some((t) => t.event === 'workflow_call');
  return workflow.jobs.flatMap((job) => {
    if (job.environment !== undefined || (reusable && job.uses === undefined)) return [];
    return jobStrings(job).flatMap((value) =>
      value.expressions.flatMap((expression) => {
        // Most expressions name no secret: skip the regex scan for them.
        if (!expression.text.includes('secrets')) return [];
        const names = [...expression.text.matchAll(SECRET_REFERENCE)].map((m) => m[1] ?? m[2]).filter((n) => !allowed.has(n.toUpperCase()));
        if (names.length === 0) return [];
        const message =
          job.uses === undefined
            ? `secret ${names.join(', ')} is used in job ${job.id}, which has no environment:; move it to an environment with protection rules`
            : `secret ${names.join(', ')} is passed by job ${job.id} to ${job.uses.raw} outside any environment (a job calling a reusable workflow cannot set environment:); give the called workflow's job an environment: holding it`;
        return [finding('secrets-outside-env', 'note', workflow.file, expression.range, message)];
      }),
    );
  });
}

function jobStrings(job: Job): LocatedString[] {
  const out: LocatedString[] = [...job.env, ...job.with, ...job.otherStrings];
  if (job.if) out.push(job.if);
  if (job.secrets && !job.secrets.inherit) out.push(...job.secrets.entries);
  for (const step of job.steps) {
    out.push(...step.with, ...step.env);
    if (step.run) out.push(step.run);
    if (step.if) out.push(step.if);
  }
  return out;
}
