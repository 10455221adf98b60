import { parse } from 'yaml';
import type { Finding, Job, PermissionLevel, PermissionsBlock, WorkflowModel } from '../../model';
import { jobNeeds } from '../job-needs';
import { grantedLevel } from '../parse-permissions';
import { isKnownScope, isPermissionLevel, levelAtLeast, PERMISSION_SCOPES } from '../permission-scopes';
import { isWriteAllowed } from '../rules/allowed-writes';
import { emptyPlan, within } from './fix-plan';
import type { FixContext, FixPlan } from './fix-plan';

type Scopes = Record<string, PermissionLevel>;

/** What a job is granted: a block as written, a planned one, or the default token when there is none. */
type Grant = { block: PermissionsBlock } | { scopes: Scopes } | 'default';

const RANK: Record<PermissionLevel, number> = { none: 0, read: 1, write: 2 };

/**
 * The `permissions:` blocks excessive-permissions proposes (its findings' `fix` text, as it wrote
 * it), written where they belong: the workflow's block before `jobs:`, a job's before its `steps:`.
 * Several proposals for one block meet (each scope at the lowest level proposed). Nothing is
 * written that leaves a job without what it needs, takes a scope from a job running steps the
 * knowledge base does not know (nor gives one that now gets the default token a block), or drops
 * an allowed write: such a job's block, and the workflow's if the job depends on it, are left as
 * they are.
 */
export function permissionsFix(ctx: FixContext, findings: readonly Finding[]): FixPlan {
  const plan = emptyPlan();
  const model = ctx.model;
  if (model.kind !== 'workflow') return plan;
  const proposals = new Map<Job | 'top', Scopes[]>();
  const owners = new Map<Finding, Job | 'top'>();
  for (const finding of findings) {
    const proposal = finding.fix !== undefined ? readProposal(finding.fix) : undefined;
    // The workflow's block is proposed unindented, a job's at the job's indentation.
    const owner = finding.fix?.startsWith('permissions:') ? 'top' : jobAt(model, finding);
    if (proposal === undefined || owner === undefined) {
      plan.skipped.push({ finding, reason: 'no permissions: block was proposed for it' });
      continue;
    }
    owners.set(finding, owner);
    const add = (key: Job | 'top', scopes: Scopes): void => {
      proposals.set(key, [...(proposals.get(key) ?? []), scopes]);
    };
    if (proposal.top !== undefined) add(owner, proposal.top);
    for (const [id, scopes] of proposal.jobs) {
      const job = model.jobs.find((j) => j.id === id);
      if (job !== undefined) add(job, scopes);
    }
  }
  const planned = new Map([...proposals].map(([owner, list]) => [owner, list.reduce(meet)]));
  const refused = refuseUnsafe(ctx, model, planned);
  const root = ctx.source.doc.contents;
  for (const [owner, scopes] of planned) {
    const map = owner === 'top' ? root : ctx.source.get(ctx.source.get(root, 'jobs')?.value, owner.id)?.value;
    const placement = owner === 'top' ? { before: ['jobs'] } : { before: ['steps'], after: ['runs-on', 'uses', 'needs', 'if', 'name'] };
    const edits = ctx.editor.setKey(map, 'permissions', scopes, placement);
    if (typeof edits === 'string') refused.set(owner, edits);
    else plan.edits.push(...edits);
  }
  for (const [finding, owner] of owners) {
    const reason = refused.get(owner);
    if (reason !== undefined) plan.skipped.push({ finding, reason });
    else if (planned.has(owner)) plan.fixed.push(finding);
  }
  return plan;
}

/** `permissions:` (and `jobs.<id>.permissions:`) of a proposed fix; undefined when it is not such a block. */
function readProposal(fix: string): { top?: Scopes; jobs: Map<string, Scopes> } | undefined {
  let parsed: unknown;
  try {
    parsed = parse(fix);
  } catch {
    return undefined;
  }
  if (!isRecord(parsed) || !('permissions' in parsed)) return undefined;
  const top = scopesOf(parsed.permissions);
  if (top === undefined) return undefined;
  const jobs = new Map<string, Scopes>();
  if (isRecord(parsed.jobs)) {
    for (const [id, job] of Object.entries(parsed.jobs)) {
      const scopes = isRecord(job) ? scopesOf(job.permissions) : undefined;
      if (scopes === undefined) return undefined;
      jobs.set(id, scopes);
    }
  }
  return { top, jobs };
}

function scopesOf(value: unknown): Scopes | undefined {
  if (!isRecord(value)) return undefined;
  const scopes: Scopes = {};
  for (const [scope, level] of Object.entries(value)) {
    if (!isKnownScope(scope) || typeof level !== 'string' || !isPermissionLevel(level)) return undefined;
    scopes[scope] = level;
  }
  return scopes;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Each scope at the lower of two proposals (a scope one leaves out is none). */
function meet(a: Scopes, b: Scopes): Scopes {
  const out: Scopes = {};
  for (const [scope, level] of Object.entries(a)) {
    const other = b[scope];
    if (other !== undefined) out[scope] = RANK[level] <= RANK[other] ? level : other;
  }
  return out;
}

/** The job a finding is about: at its id, in its block, or anywhere in it. */
function jobAt(model: WorkflowModel, finding: Finding): Job | undefined {
  const inBlock = (block: PermissionsBlock | undefined): boolean => block !== undefined && (within(finding, block.keyRange) || within(finding, block.valueRange));
  return model.jobs.find((job) => within(finding, job.idRange) || inBlock(job.permissions) || job.steps.some((step) => within(finding, step.range)));
}

/**
 * Planned blocks that would take from a job what it may use, with why; the workflow's block is
 * refused with the jobs that inherit it. Refusals are repeated until none is left (dropping the
 * workflow's block changes what the jobs without their own get).
 */
function refuseUnsafe(ctx: FixContext, model: WorkflowModel, planned: Map<Job | 'top', Scopes>): Map<Job | 'top', string> {
  const refused = new Map<Job | 'top', string>();
  for (let changed = true; changed; ) {
    changed = false;
    for (const job of model.jobs) {
      const own = planned.get(job);
      const top = planned.get('top');
      const written = job.permissions ?? model.permissions;
      const before: Grant = written !== undefined ? { block: written } : 'default';
      const plannedScopes = own ?? (job.permissions === undefined ? top : undefined);
      const after: Grant = plannedScopes !== undefined ? { scopes: plannedScopes } : before;
      const reason = unsafeChange(ctx, model, job, before, after);
      if (reason === undefined) continue;
      const owner = own !== undefined ? job : top !== undefined && job.permissions === undefined ? 'top' : undefined;
      if (owner === undefined) continue;
      planned.delete(owner);
      refused.set(owner, reason);
      changed = true;
    }
  }
  return refused;
}

function unsafeChange(ctx: FixContext, model: WorkflowModel, job: Job, before: Grant, after: Grant): string | undefined {
  if (before === after) return undefined;
  const needs = jobNeeds(model, job, ctx.resolve, new Set([model.file]));
  const scopes = Object.keys(PERMISSION_SCOPES);
  if (needs.unknown.length > 0 || needs.opaque) {
    const unknown = `job ${job.id} runs ${needs.unknown.slice(0, 3).join(', ')}${needs.unknown.length > 3 ? ', ...' : ''}, which the knowledge base does not know`;
    if (before === 'default') return `${unknown}: it gets the repository's default token today, and a block could take away what it uses`;
    const lowered = scopes.find((scope) => !levelAtLeast(levelOf(after, scope), levelOf(before, scope)));
    if (lowered !== undefined) return `${unknown}: its ${lowered}: ${levelOf(before, lowered)} is kept`;
  }
  const missing = needs.needs.find((need) => !levelAtLeast(levelOf(after, need.scope), need.level));
  if (missing !== undefined) return `job ${job.id} needs ${missing.scope}: ${missing.level} (${missing.reason}), which the proposed block does not grant`;
  const allowed = scopes.find((scope) => levelOf(before, scope) === 'write' && levelOf(after, scope) !== 'write' && isWriteAllowed(ctx.config, model.file, job.id, scope));
  return allowed !== undefined ? `${allowed}: write of job ${job.id} is an allowed write in the configuration` : undefined;
}

function levelOf(grant: Grant, scope: string): PermissionLevel {
  if (grant === 'default') return 'none';
  return 'block' in grant ? grantedLevel(grant.block, scope) : (grant.scopes[scope] ?? 'none');
}
