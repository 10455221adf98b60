import type { Finding } from '../../model';
import { finding } from './rule-context';
import type { RuleContext } from './rule-context';
import { keySpan } from './spans';

/**
 * A job on a self-hosted runner (`self-hosted` label, a runner group, or a label computed by an
 * expression), at `runs-on:`: in a public repository a pull request's code can persist on such
 * a machine. A note, as zizmor reports it only to auditors: whether the runner is ephemeral
 * and the repository private cannot be seen from the workflow.
 */
export function selfHostedRunner({ workflow }: RuleContext): Finding[] {
  return workflow.jobs.flatMap((job) => {
    const runsOn = job.runsOn;
    if (runsOn === undefined || job.uses) return [];
    const [first] = runsOn.labels;
    const why = runsOn.group
      ? 'a runner group, which holds self-hosted runners'
      : first?.value === 'self-hosted'
        ? 'a self-hosted runner'
        : first !== undefined && first.expressions.length > 0 && first.value.trim().startsWith('${{')
          ? 'a runner named by an expression, which may be self-hosted'
          : undefined;
    if (why === undefined) return [];
    return [finding('self-hosted-runner', 'note', workflow.file, keySpan(job.keySpans, 'runs-on', first?.range ?? job.idRange), `job ${job.id} runs on ${why}: unless it is ephemeral and the repository private, untrusted code can persist on it; require approval for outside contributors`)];
  });
}
