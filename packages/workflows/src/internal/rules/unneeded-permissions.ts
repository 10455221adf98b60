import type { Finding, Job, PermissionEntry, SourceRange } from '../../model';
import { isKnownScope } from '../permission-scopes';
import { isWriteAllowed } from './allowed-writes';
import { cannotTell, inheritingJobs, isFullyKnown, jobFix, needsOf, needsWrite, reportsTopLevel, spanning, topLevelFix } from './excessive-permissions';
import { finding } from './rule-context';
import type { RuleContext } from './rule-context';

const RULE = 'unneeded-permissions';

/**
 * Writes granted to a job that none of its steps needs, per the knowledge base (zizmor does not judge
 * job-level blocks; this rule does, where it can). A scope is unneeded only when every step of the job
 * is understood: a warning, with the block that drops it. With a step the knowledge base does not know,
 * a note says we cannot tell, and nothing is proposed. The top-level block is judged here only where
 * excessive-permissions leaves it (a single job, or every job with its own block), `write-all` included.
 */
export function unneededPermissions(ctx: RuleContext): Finding[] {
  const { workflow } = ctx;
  const out: Finding[] = [];
  const top = workflow.permissions;
  const bare = inheritingJobs(workflow);
  if (top?.kind === 'write-all' && bare.length > 0 && !reportsTopLevel(workflow)) {
    out.push(finding(RULE, 'warning', workflow.file, spanning(top.keyRange, top.valueRange), `permissions: write-all gives ${jobsOf(bare)} write access to every scope; grant only what ${bare.length === 1 ? 'it needs' : 'they need'}`, topLevelFix(ctx)));
  }
  if (top?.kind === 'map' && !reportsTopLevel(workflow)) {
    for (const entry of writes(ctx, top.entries, '*')) {
      if (bare.length === 0 || bare.some((job) => needsWrite(needsOf(ctx, job), entry.scope))) continue;
      const unknown = bare.filter((job) => !isFullyKnown(needsOf(ctx, job)));
      out.push(
        unknown.length === 0
          ? finding(RULE, 'warning', workflow.file, entryRange(entry), `${entry.scope}: write at the top level: no job that runs with it needs it`, topLevelFix(ctx))
          : finding(RULE, 'note', workflow.file, entryRange(entry), `${entry.scope}: write at the top level: ${cannotTell(ctx, unknown, `${entry.scope}: write`)}`),
      );
    }
  }
  for (const job of workflow.jobs) out.push(...jobWrites(ctx, job));
  return out;
}

function jobsOf(jobs: readonly Job[]): string {
  return `job${jobs.length > 1 ? 's' : ''} ${jobs.map((j) => j.id).join(', ')}`;
}

function jobWrites(ctx: RuleContext, job: Job): Finding[] {
  const block = job.permissions;
  if (block?.kind !== 'map') return [];
  const needs = needsOf(ctx, job);
  return writes(ctx, block.entries, job.id).flatMap((entry) => {
    if (needsWrite(needs, entry.scope)) return [];
    if (!isFullyKnown(needs)) {
      return [finding(RULE, 'note', ctx.workflow.file, entryRange(entry), `job ${job.id}: ${cannotTell(ctx, [job], `${entry.scope}: write`)}`)];
    }
    const read = needs.needs.find((n) => n.scope === entry.scope);
    const readNote = read ? ` (${read.reason} only reads)` : '';
    return [finding(RULE, 'warning', ctx.workflow.file, entryRange(entry), `job ${job.id}: no step needs ${entry.scope}: write${readNote}`, jobFix(ctx, job, [entry.scope]))];
  });
}

/** Write entries of known scopes the security team has not accepted for this job (`*`: the top level). */
function writes(ctx: RuleContext, entries: readonly PermissionEntry[], job: string): PermissionEntry[] {
  return entries.filter((e) => e.level === 'write' && isKnownScope(e.scope) && !isWriteAllowed(ctx.config, ctx.workflow.file, job, e.scope));
}

function entryRange(entry: PermissionEntry): SourceRange {
  return spanning(entry.keyRange, entry.valueRange);
}
