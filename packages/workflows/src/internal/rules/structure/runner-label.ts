import type { Finding, Job, LocatedString } from '../../../model';
import { misspelledHostedLabel } from '../../structure/runner-labels';
import { finding } from '../rule-context';
import type { RuleContext } from '../rule-context';

const MATRIX_READ = /^\$\{\{\s*matrix\.([A-Za-z_][\w.-]*)\s*\}\}$/;

/**
 * A `runs-on:` label (or a matrix value `runs-on: ${{ matrix.os }}` takes) one or two edits from a
 * GitHub-hosted label: no runner has it, so the job waits and fails (actionlint's runner-label).
 * Jobs on `self-hosted` runners or a runner group use their own labels and are left alone.
 */
export function runnerLabel({ workflow }: RuleContext): Finding[] {
  return workflow.jobs.flatMap((job) => {
    const runsOn = job.runsOn;
    if (runsOn === undefined || runsOn.group || runsOn.labels.some((label) => isSelfHosted(label.value))) return [];
    return runsOn.labels.flatMap((label) => labelValues(job, label)).flatMap((value) => {
      const hosted = misspelledHostedLabel(value.value);
      if (hosted === undefined) return [];
      return [finding('runner-label', 'warning', workflow.file, value.range, `runner label "${value.value}" is not a GitHub-hosted label; did you mean "${hosted}"? (a self-hosted runner's labels go with self-hosted)`)];
    });
  });
}

/** A literal label, or the values the matrix gives a label that is exactly `${{ matrix.x }}`. */
function labelValues(job: Job, label: LocatedString): LocatedString[] {
  if (label.expressions.length === 0) return [label];
  const read = MATRIX_READ.exec(label.value.trim());
  if (read === null) return [];
  const values = job.matrix?.values.get(`matrix.${read[1]}`.toLowerCase()) ?? [];
  return values.filter((value) => value.expressions.length === 0 && !isSelfHosted(value.value));
}

function isSelfHosted(label: string): boolean {
  return label.trim().toLowerCase() === 'self-hosted';
}
