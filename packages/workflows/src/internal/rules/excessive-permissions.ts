import type { Finding, Job, PermissionLevel, PermissionsBlock, Severity, SourceRange, WorkflowModel } from '../../model';
import { grantedScopes, jobIndent, mergeScopes, readsOnly, renderPermissions } from '../fix-hints';
import { needsRecord } from '../job-needs';
import type { JobNeeds } from '../job-needs';
import { isKnownScope, levelAtLeast, PERMISSION_SCOPES } from '../permission-scopes';
import { isWriteAllowed } from './allowed-writes';
import { finding } from './rule-context';
import { workflowStart } from './spans';
import type { RuleContext } from './rule-context';

const RULE = 'excessive-permissions';

/**
 * zizmor's excessive-permissions, at zizmor's locations: the default token (no block at all) at the
 * document and at each job, `read-all`/`write-all` at their `permissions` key, each top-level write at
 * its scope. Workflow-level findings follow zizmor's regular persona: a single job, jobs that all have
 * their own block, or a workflow only called by others, leave them to the job level.
 */
export function excessivePermissions(ctx: RuleContext): Finding[] {
  const { workflow } = ctx;
  return [...(reportsTopLevel(workflow) ? topLevel(ctx) : []), ...workflow.jobs.flatMap((job) => jobLevel(ctx, job))];
}

export function reportsTopLevel(workflow: WorkflowModel): boolean {
  return workflow.jobs.length > 1 && workflow.jobs.some((job) => !job.permissions) && !isCalledOnly(workflow);
}

/** The jobs that run with the top-level block (or the default token): those without their own. */
export function inheritingJobs(workflow: WorkflowModel): Job[] {
  return workflow.jobs.filter((job) => !job.permissions);
}

export function needsOf(ctx: RuleContext, job: Job): JobNeeds {
  return ctx.needs.get(job.id) ?? { needs: [], unknown: [], opaque: false };
}

/** Every step understood: only then is a scope "unneeded". */
export function isFullyKnown(needs: JobNeeds): boolean {
  return needs.unknown.length === 0 && !needs.opaque;
}

export function needsWrite(needs: JobNeeds, scope: string): boolean {
  return needs.needs.some((n) => n.scope === scope && n.level === 'write');
}

/**
 * The top-level block every inheriting job starts from (the reads the understood jobs need, no
 * writes), followed by the blocks of the jobs that need more, and of each job with steps the knowledge
 * base does not know (which keeps what it is granted today). Undefined when such a job runs with the
 * default token or `read-all`/`write-all`, whose grants a block could only guess.
 */
export function topLevelFix(ctx: RuleContext): string | undefined {
  const bare = inheritingJobs(ctx.workflow);
  let top: Record<string, PermissionLevel> = {};
  for (const job of bare) if (isFullyKnown(needsOf(ctx, job))) top = mergeScopes(top, readsOnly(needsRecord(needsOf(ctx, job).needs)));
  const jobBlocks: string[] = [];
  for (const job of bare) {
    const needs = needsOf(ctx, job);
    if (isFullyKnown(needs) && needs.needs.every((n) => levelAtLeast(top[n.scope] ?? 'none', n.level))) continue;
    const block = jobFix(ctx, job);
    if (block === undefined) return undefined;
    jobBlocks.push(`${' '.repeat(job.idRange.column - 1)}${job.id}:\n${block}`);
  }
  const block = renderPermissions(top);
  return jobBlocks.length === 0 ? block : `${block}\n\njobs:\n${jobBlocks.join('\n')}`;
}

/**
 * The block a job needs, with `lower` scopes taken down to read. With steps the knowledge base cannot
 * grade, what the job is granted today is kept: undefined when that is the default token or
 * `read-all`/`write-all`, which no block can be sure to keep.
 */
export function jobFix(ctx: RuleContext, job: Job, lower: readonly string[] = []): string | undefined {
  const needs = needsOf(ctx, job);
  const block = job.permissions ?? ctx.workflow.permissions;
  let base: Record<string, PermissionLevel> = {};
  if (!isFullyKnown(needs)) {
    if (block?.kind !== 'map') return undefined;
    base = grantedScopes(block);
  }
  for (const scope of lower) if (base[scope] === 'write') base[scope] = scope === 'id-token' ? 'none' : 'read';
  return renderPermissions(mergeScopes(base, needsRecord(needs.needs)), jobIndent(job));
}

/** From the start of `from` to the end of `to`: `contents: write` or `permissions: read-all`, key to value, as zizmor spans them. */
export function spanning(from: SourceRange, to: SourceRange): SourceRange {
  return { line: from.line, column: from.column, endLine: to.endLine, endColumn: to.endColumn };
}

function pairRange(block: PermissionsBlock): SourceRange {
  return spanning(block.keyRange, block.valueRange);
}

function topLevel(ctx: RuleContext): Finding[] {
  const { workflow } = ctx;
  const block = workflow.permissions;
  const file = workflow.file;
  const bare = inheritingJobs(workflow);
  if (block === undefined) {
    const who = bare.length === workflow.jobs.length ? 'every job gets' : `job${bare.length > 1 ? 's' : ''} ${jobList(bare)} get${bare.length === 1 ? 's' : ''}`;
    const message = `no top-level permissions: ${who} the repository's default token permissions, which may be write-all; add a block (stricter than contents: read when possible)`;
    return [finding(RULE, 'warning', file, workflowStart(workflow), message, topLevelFix(ctx))];
  }
  if (block.kind === 'write-all') return [finding(RULE, 'error', file, pairRange(block), 'permissions: write-all gives every job write access to every scope; grant only what the jobs need', topLevelFix(ctx))];
  if (block.kind === 'read-all') return [finding(RULE, 'warning', file, pairRange(block), 'permissions: read-all lets every job read every scope; grant only what the jobs need', topLevelFix(ctx))];
  return block.entries.flatMap((entry) => {
    if (entry.level !== 'write' || isWriteAllowed(ctx.config, file, '*', entry.scope)) return [];
    const range = spanning(entry.keyRange, entry.valueRange);
    if (!isKnownScope(entry.scope)) {
      return [finding(RULE, 'note', file, range, `${entry.scope}: write at the top level applies to every job, and ${entry.scope} is not a scope GitHub documents`)];
    }
    const { severity, message } = topLevelWrite(ctx, bare, entry.scope);
    return [finding(RULE, severity, file, range, message, topLevelFix(ctx))];
  });
}

/**
 * A top-level write is overly broad (zizmor's grade for the scope) when at least one inheriting job
 * is understood and does not need it; when every other job may need it, we cannot tell (a note).
 */
function topLevelWrite(ctx: RuleContext, bare: readonly Job[], scope: string): { severity: Severity; message: string } {
  const users = bare.filter((job) => needsWrite(needsOf(ctx, job), scope));
  const unknown = bare.filter((job) => !users.includes(job) && !isFullyKnown(needsOf(ctx, job)));
  const idle = bare.filter((job) => !users.includes(job) && !unknown.includes(job));
  const parts: string[] = [];
  if (idle.length > 0) parts.push(`job${idle.length > 1 ? 's' : ''} ${jobList(idle)} do${idle.length === 1 ? 'es' : ''} not need it`);
  if (users.length > 0) parts.push(`job${users.length > 1 ? 's' : ''} ${jobList(users)} need${users.length === 1 ? 's' : ''} it`);
  if (unknown.length > 0) parts.push(cannotTell(ctx, unknown, `${scope}: write`));
  const head = `${scope}: write at the top level applies to every job (${parts.join('; ')})`;
  if (idle.length > 0) return { severity: PERMISSION_SCOPES[scope].writeSeverity, message: `${head}; grant it in the jobs that need it` };
  if (unknown.length > 0) return { severity: 'note', message: `${head}; grant it in the jobs that need it once known` };
  return { severity: 'note', message: `${head}; granting it in those jobs instead keeps it from jobs added later` };
}

/** "cannot tell whether job deploy (someone/action@v1) needs contents: write". */
export function cannotTell(ctx: RuleContext, jobs: readonly Job[], what: string): string {
  const described = jobs.map((job) => `job ${job.id} (${needsOf(ctx, job).unknown.join(', ')})`);
  return `cannot tell whether ${described.join(', ')} need${jobs.length === 1 ? 's' : ''} ${what}`;
}

function jobList(jobs: readonly Job[]): string {
  return jobs.map((j) => j.id).join(', ');
}

function jobLevel(ctx: RuleContext, job: Job): Finding[] {
  const { workflow } = ctx;
  const file = workflow.file;
  const block = job.permissions;
  if (block === undefined) {
    // The jobs of a workflow only ever called get the caller's token; a call from them hands the token on.
    if (workflow.permissions !== undefined || (isCalledOnly(workflow) && job.uses === undefined)) return [];
    const needs = needsOf(ctx, job);
    const unknown = isFullyKnown(needs) ? '' : `; add what ${needs.unknown.join(', ')} need${needs.unknown.length === 1 ? 's' : ''}`;
    return [finding(RULE, 'warning', file, job.idRange, `job ${job.id} has no permissions: block and the workflow has none, so it runs with the default token permissions${unknown}`, jobFix(ctx, job))];
  }
  if (block.kind === 'write-all') return [finding(RULE, 'error', file, pairRange(block), `job ${job.id}: permissions: write-all gives this job write access to every scope`, jobFix(ctx, job))];
  if (block.kind === 'read-all') return [finding(RULE, 'warning', file, pairRange(block), `job ${job.id}: permissions: read-all lets this job read every scope`, jobFix(ctx, job))];
  return [];
}

/** Only `workflow_call`: the token comes from the calling job. */
export function isCalledOnly(workflow: WorkflowModel): boolean {
  return workflow.triggers.length > 0 && workflow.triggers.every((t) => t.event === 'workflow_call');
}
