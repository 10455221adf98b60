import type { Finding, Job, LocatedString } from '../../model';
import { walk } from '../expression-contexts';
import type { ExprNode } from '../expression-parser';
import { parseLocated, positionsOf } from '../source-positions';
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

/**
 * Each secret used in a job without a deployment environment, at the `secrets.X` inside its
 * `\${{ }}` (zizmor's secrets-outside-env, on by default since 1.23 at medium severity):
 * GITHUB_TOKEN and the allowlist excepted. Jobs of a reusable workflow are checked like any other
 * (their own environment: is what would guard them); a job calling a reusable workflow is not, as
 * it cannot set environment: (the called workflow's jobs are the ones to hold one).
 */
export function secretsOutsideEnv({ workflow, config }: RuleContext): Finding[] {
  const allowed = new Set(['GITHUB_TOKEN', ...config.secretsOutsideEnv.allow]);
  const positions = positionsOf(workflow);
  return workflow.jobs.flatMap((job) => {
    if (job.environment !== undefined || job.uses !== undefined) return [];
    return jobStrings(job).flatMap((value) =>
      value.expressions.flatMap((expression) => {
        // Most expressions name no secret: skip parsing them.
        if (!/secrets/i.test(expression.text)) return [];
        const parsed = parseLocated(positions, expression);
        if (parsed === undefined) return [];
        return walk(parsed.tree).flatMap((node) => {
          const name = secretName(node);
          if (name === undefined || allowed.has(name.toUpperCase())) return [];
          const what = name === '' ? 'every secret' : `secret ${name}`;
          return [
            finding('secrets-outside-env', 'warning', workflow.file, parsed.rangeOf(node), `${what} is used in job ${job.id}, which has no environment:; move it to an environment with protection rules`),
          ];
        });
      }),
    );
  });
}

/** `secrets.X` / `secrets['X']` → X; `secrets` alone or indexed by an expression → ''. */
function secretName(node: ExprNode): string | undefined {
  if (node.kind !== 'context' || !('name' in node.head) || node.head.name.toLowerCase() !== 'secrets') return undefined;
  const [first] = node.parts;
  return first !== undefined && 'name' in first ? first.name : '';
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
