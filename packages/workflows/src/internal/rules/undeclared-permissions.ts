import type { Finding } from '../../model';
import { grantedLevel } from '../parse-permissions';
import { levelAtLeast } from '../permission-scopes';
import { jobFix } from './excessive-permissions';
import { finding } from './rule-context';
import type { RuleContext } from './rule-context';

const RULE = 'undeclared-permissions';

/**
 * Scopes a step needs that the job's effective block does not grant. Without
 * any block the token has the repository default, which we cannot see: no finding.
 */
export function undeclaredPermissions(ctx: RuleContext): Finding[] {
  const { workflow } = ctx;
  return workflow.jobs.flatMap((job) => {
    const block = job.permissions ?? workflow.permissions;
    if (block === undefined || block.kind === 'invalid') return [];
    const owner = job.permissions ? `job ${job.id}` : 'the workflow';
    return (ctx.needs.get(job.id)?.needs ?? []).flatMap((need) => {
      const granted = grantedLevel(block, need.scope);
      if (levelAtLeast(granted, need.level)) return [];
      // The issues API (comments, labels) also accepts pull-requests access when the issue is a pull request.
      if (need.scope === 'issues' && levelAtLeast(grantedLevel(block, 'pull-requests'), need.level)) return [];
      if (need.requested) {
        return [
          finding(
            RULE,
            'error',
            workflow.file,
            need.range,
            `${need.reason} ${need.scope}: ${need.level}, but ${owner} grants ${need.scope}: ${granted}, so GitHub refuses to start the run; add it to job ${job.id}'s permissions`,
            jobFix(ctx, job),
          ),
        ];
      }
      // Any token reads a public repository's data: a missing read only breaks private repositories.
      const reads = need.level === 'read';
      const when = reads ? ' in a private repository' : '';
      return [
        finding(
          RULE,
          reads ? 'note' : 'warning',
          workflow.file,
          need.range,
          `${need.reason} needs ${need.scope}: ${need.level}${when}, but ${owner} grants ${need.scope}: ${granted}; add it to job ${job.id}'s permissions`,
          jobFix(ctx, job),
        ),
      ];
    });
  });
}
