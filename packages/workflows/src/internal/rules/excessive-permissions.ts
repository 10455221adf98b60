import type { Finding, Job, PermissionLevel, WorkflowModel } from '../../model';
import { grantedScopes, jobIndent, mergeScopes, readsOnly, renderPermissions } from '../fix-hints';
import { needsRecord } from '../job-needs';
import type { JobNeeds } from '../job-needs';
import { isKnownScope, levelAtLeast, PERMISSION_SCOPES } from '../permission-scopes';
import { isWriteAllowed } from './allowed-writes';
import { finding } from './rule-context';
import type { RuleContext } from './rule-context';

const RULE = 'excessive-permissions';

export function excessivePermissions(ctx: RuleContext): Finding[] {
  const { workflow } = ctx;
  return [...topLevel(ctx), ...workflow.jobs.flatMap((job) => jobLevel(ctx, job))];
}

/**
 * The top-level block every job starts from (the reads jobs without their own
 * block need, no writes), followed by the blocks of those jobs that need more.
 */
function topLevelFix(ctx: RuleContext): string {
  const bare = ctx.workflow.jobs.filter((job) => !job.permissions);
  let top: Record<string, PermissionLevel> = {};
  for (const job of bare) top = mergeScopes(top, readsOnly(needsRecord(needsOf(ctx, job).needs)));
  const jobBlocks = bare
    .filter((job) => needsOf(ctx, job).needs.some((n) => !levelAtLeast(top[n.scope] ?? 'none', n.level)))
    .map((job) => `${' '.repeat(job.idRange.column - 1)}${job.id}:\n${jobFix(ctx, job)}`);
  const block = renderPermissions(top);
  return jobBlocks.length === 0 ? block : `${block}\n\njobs:\n${jobBlocks.join('\n')}`;
}

/** The block a job needs; with steps the knowledge base cannot grade, what it grants now is kept. */
export function jobFix(ctx: RuleContext, job: Job, lower: readonly string[] = []): string {
  const needs = needsOf(ctx, job);
  const base = needs.unknown.length > 0 ? grantedScopes(job.permissions ?? ctx.workflow.permissions) : {};
  for (const scope of lower) if (base[scope] === 'write') base[scope] = scope === 'id-token' ? 'none' : 'read';
  return renderPermissions(mergeScopes(base, needsRecord(needs.needs)), jobIndent(job));
}

function needsOf(ctx: RuleContext, job: Job): JobNeeds {
  return ctx.needs.get(job.id) ?? { needs: [], unknown: [], opaque: false };
}

function topLevel(ctx: RuleContext): Finding[] {
  const { workflow } = ctx;
  const block = workflow.permissions;
  const file = workflow.file;
  if (block === undefined) {
    if (isCalledOnly(workflow)) {
      const message = 'no top-level permissions: the jobs of this reusable workflow get whatever the caller grants; declare what they need';
      return [finding(RULE, 'note', file, workflow.onRange, message, topLevelFix(ctx))];
    }
    const bare = workflow.jobs.filter((j) => !j.permissions);
    const message =
      bare.length > 0
        ? `no top-level permissions: ${bare.length === workflow.jobs.length ? 'every job' : `job${bare.length > 1 ? 's' : ''} ${bare.map((j) => j.id).join(', ')}`} get${bare.length === 1 ? 's' : ''} the repository's default token permissions, which may be write-all; add this block (stricter than contents: read when possible)`
        : 'no top-level permissions: every job sets its own, but a job added later would get the default token permissions; add this block';
    return [finding(RULE, bare.length > 0 ? 'warning' : 'note', file, workflow.onRange, message, topLevelFix(ctx))];
  }
  if (block.kind === 'write-all') return [finding(RULE, 'error', file, block.valueRange, 'permissions: write-all gives every job write access to every scope; grant only what the jobs need', topLevelFix(ctx))];
  if (block.kind === 'read-all') return [finding(RULE, 'warning', file, block.valueRange, 'permissions: read-all lets every job read every scope; grant only what the jobs need', topLevelFix(ctx))];
  return block.entries.flatMap((entry) => {
    if (entry.level !== 'write' || !isKnownScope(entry.scope) || isWriteAllowed(ctx.config, file, '*', entry.scope)) return [];
    const users = workflow.jobs.filter((j) => !j.permissions && needsOf(ctx, j).needs.some((n) => n.scope === entry.scope && n.level === 'write'));
    const who = users.length > 0 ? `only job${users.length > 1 ? 's' : ''} ${users.map((j) => j.id).join(', ')} need${users.length === 1 ? 's' : ''} it` : 'no job needs it per the knowledge base';
    return [
      finding(
        RULE,
        PERMISSION_SCOPES[entry.scope].writeSeverity,
        file,
        entry.keyRange,
        `${entry.scope}: write at the top level applies to every job (${who}); grant it in the jobs that need it`,
        topLevelFix(ctx),
      ),
    ];
  });
}

function jobLevel(ctx: RuleContext, job: Job): Finding[] {
  const { workflow } = ctx;
  const file = workflow.file;
  const block = job.permissions;
  const needs = needsOf(ctx, job);
  if (block === undefined) {
    // A called workflow's jobs get the caller's token: the caller's job is the one to fix.
    if (workflow.permissions !== undefined || isCalledOnly(workflow)) return [];
    const unknown = needs.unknown.length > 0 ? `; add what ${needs.unknown.join(', ')} need${needs.unknown.length === 1 ? 's' : ''}` : '';
    return [finding(RULE, 'warning', file, job.idRange, `job ${job.id} has no permissions: block and the workflow has none, so it runs with the default token permissions${unknown}`, jobFix(ctx, job))];
  }
  if (block.kind === 'write-all') return [finding(RULE, 'error', file, block.valueRange, `job ${job.id}: permissions: write-all gives this job write access to every scope`, jobFix(ctx, job))];
  if (block.kind === 'read-all') return [finding(RULE, 'warning', file, block.valueRange, `job ${job.id}: permissions: read-all lets this job read every scope`, jobFix(ctx, job))];
  if (needs.opaque) return [];
  return block.entries.flatMap((entry) => {
    if (entry.level !== 'write' || !isKnownScope(entry.scope) || isWriteAllowed(ctx.config, file, job.id, entry.scope)) return [];
    const need = needs.needs.find((n) => n.scope === entry.scope);
    if (need !== undefined && levelAtLeast(need.level, 'write')) return [];
    const graded = needs.unknown.length === 0;
    const readNote = need ? ` (${need.reason} only reads)` : '';
    const message = graded
      ? `job ${job.id}: no step needs ${entry.scope}: write${readNote}`
      : `job ${job.id}: no step the knowledge base knows needs ${entry.scope}: write${readNote}; check ${needs.unknown.join(', ')}`;
    return [finding(RULE, graded ? 'warning' : 'note', file, entry.keyRange, message, jobFix(ctx, job, [entry.scope]))];
  });
}

/** Only `workflow_call`: the token comes from the calling job. */
function isCalledOnly(workflow: WorkflowModel): boolean {
  return workflow.triggers.length > 0 && workflow.triggers.every((t) => t.event === 'workflow_call');
}
