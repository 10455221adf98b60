import type { Job, KeyedValue, PermissionLevel, SourceRange, Step, UsesRef, WorkflowModel } from '../model';
import { knownActionNeeds, mentionsGithubToken } from './knowledge-base';
import type { StepNeeds } from './knowledge-base';
import { actionName } from './parse-uses';
import { grantedLevel } from './parse-permissions';
import { levelAtLeast, PERMISSION_SCOPES } from './permission-scopes';
import { ghCliNeeds, githubScriptNeeds } from './script-needs';

/** One scope a job needs, with the first step that needs it. */
export interface Need {
  scope: string;
  level: PermissionLevel;
  /** What needs it, e.g. "actions/checkout" or "`gh pr comment`". */
  reason: string;
  range: SourceRange;
  /** Requested by a called workflow's own `permissions:`: GitHub refuses to start the run without it. */
  requested?: boolean;
}

/** Finds a called reusable workflow among the files being checked (local `./` calls only). */
export type WorkflowResolver = (uses: UsesRef, fromFile: string) => WorkflowModel | undefined;

/** Scopes a job needs per the knowledge base, plus what it cannot grade (unknown actions, `gh api`...). */
export interface JobNeeds {
  needs: Need[];
  unknown: string[];
  /** The job calls a workflow outside the files checked: nothing can be said about the writes it needs. */
  opaque: boolean;
}

/** Names of env variables holding the job's own token (gh reads GH_TOKEN / GITHUB_TOKEN). */
function tokenVariables(envs: readonly KeyedValue[][], names = new Set<string>()): Set<string> {
  for (const env of envs) {
    for (const entry of env) {
      if (mentionsGithubToken(entry.value)) names.add(entry.key);
      else names.delete(entry.key);
    }
  }
  return names;
}

export function jobNeeds(workflow: Pick<WorkflowModel, 'env' | 'file'>, job: Job, resolve?: WorkflowResolver, seen: ReadonlySet<string> = new Set()): JobNeeds {
  const result: JobNeeds = { needs: [], unknown: [], opaque: false };
  if (job.uses !== undefined) {
    const callee = resolve?.(job.uses, workflow.file);
    if (callee === undefined || seen.has(callee.file)) {
      addUnknown(result, `the called workflow ${job.uses.raw}`);
      result.opaque = true;
    } else addCalleeNeeds(result, job.uses, callee, resolve, new Set([...seen, callee.file]));
    return result;
  }
  // With a checkout that uses another token in the job, we cannot tell which credentials a push uses.
  const checkouts = job.steps.filter((s) => s.uses !== undefined && actionName(s.uses) === 'actions/checkout');
  const pushesWithJobToken = checkouts.length > 0 && checkouts.every(checksOutWithJobToken);
  // The workflow's and job's env are the same for every step: read them once.
  const outerTokenVars = tokenVariables([workflow.env, job.env]);
  for (const step of job.steps) {
    const where = step.uses?.range ?? step.run?.range ?? step.range;
    const add = (needs: Readonly<Record<string, PermissionLevel>>, reason: string): void => {
      for (const [scope, level] of Object.entries(needs)) addNeed(result, { scope, level, reason, range: where });
    };
    if (step.uses !== undefined) {
      const name = actionName(step.uses);
      const needs = name === undefined ? stepNeedsForImage(step) : stepNeeds(name, step);
      if (needs === 'unknown') addUnknown(result, step.uses.raw);
      else add(needs, name ?? step.uses.raw);
    }
    if (step.run !== undefined) {
      const script = step.run.value;
      const tokenVars = tokenVariables([step.env], new Set(outerTokenVars));
      if (tokenVars.has('GH_TOKEN') || tokenVars.has('GITHUB_TOKEN')) {
        const gh = ghCliNeeds(script);
        add(gh.needs, 'the `gh` commands in `run:`');
        if (gh.unknown) addUnknown(result, `${gh.unknown} (step ${stepLabel(step)})`);
      }
      if (pushesWithJobToken && /\bgit\s+push\b/.test(script)) add({ contents: 'write' }, '`git push` with the checkout credentials');
      if (/ACTIONS_ID_TOKEN_REQUEST_(URL|TOKEN)/.test(script)) add({ 'id-token': 'write' }, 'the OIDC token request in `run:`');
      // npm trusted publishing and provenance sign in with the job's OIDC token.
      if (/\b(npm|pnpm|yarn npm)\s+publish\b/.test(script)) add({ 'id-token': 'write' }, '`npm publish` (trusted publishing, provenance)');
      const direct = [...tokenVars].some((name) => script.includes(`$${name}`) || script.includes('${' + name) || script.includes(`env.${name}`));
      if (direct || mentionsGithubToken(script)) addUnknown(result, `the token used in \`run:\` (step ${stepLabel(step)})`);
    }
  }
  return result;
}

/**
 * A called workflow's jobs run with the caller's token narrowed by their own
 * blocks: what those blocks request, the caller must grant; jobs without a
 * block need what their steps need.
 */
function addCalleeNeeds(result: JobNeeds, uses: UsesRef, callee: WorkflowModel, resolve: WorkflowResolver | undefined, seen: ReadonlySet<string>): void {
  for (const job of callee.jobs) {
    const block = job.permissions ?? callee.permissions;
    if (block === undefined || block.kind === 'invalid') {
      const inner = calleeJobNeeds(callee, job, resolve, seen);
      for (const need of inner.needs) addNeed(result, { ...need, reason: `${uses.raw} (job ${job.id}: ${need.reason})`, range: uses.range });
      for (const unknown of inner.unknown) addUnknown(result, unknown === MORE_UNKNOWN ? unknown : `${unknown} in ${uses.raw}`);
      result.opaque ||= inner.opaque;
      continue;
    }
    for (const scope of Object.keys(PERMISSION_SCOPES)) {
      const level = grantedLevel(block, scope);
      if (level === 'none') continue;
      addNeed(result, { scope, level, reason: `${uses.raw} (job ${job.id} requests it)`, range: uses.range, requested: true });
    }
  }
}

/**
 * Each called job's needs once per resolver: workflows calling workflows that call workflows
 * (a few small files, ten jobs each) would otherwise be walked once per path, ten to the depth.
 */
const calleeMemo = new WeakMap<WorkflowResolver, WeakMap<Job, JobNeeds>>();

function calleeJobNeeds(callee: WorkflowModel, job: Job, resolve: WorkflowResolver | undefined, seen: ReadonlySet<string>): JobNeeds {
  if (resolve === undefined) return jobNeeds(callee, job, resolve, seen);
  let memo = calleeMemo.get(resolve);
  if (memo === undefined) calleeMemo.set(resolve, (memo = new WeakMap()));
  let needs = memo.get(job);
  if (needs === undefined) memo.set(job, (needs = jobNeeds(callee, job, resolve, seen)));
  return needs;
}

/** Reasons listed per job: the messages quote them, and calls of calls multiply them. */
const MAX_UNKNOWN = 10;
const MORE_UNKNOWN = 'others';

function addUnknown(result: JobNeeds, unknown: string): void {
  if (result.unknown.includes(unknown)) return;
  if (result.unknown.length < MAX_UNKNOWN) result.unknown.push(unknown);
  else if (result.unknown.length === MAX_UNKNOWN) result.unknown.push(MORE_UNKNOWN);
}

function stepNeeds(name: string, step: Step): StepNeeds {
  const needs = name === 'actions/github-script' ? githubScriptStepNeeds(step) : (knownActionNeeds(name, step) ?? 'unknown');
  // An action given another token (a PAT or an app token, as an input or as GITHUB_TOKEN / GH_TOKEN in its
  // env) only uses the job's token for OIDC.
  const handed = [...step.with.filter((w) => TOKEN_INPUTS.has(w.key.toLowerCase())), ...step.env.filter((e) => TOKEN_ENV.has(e.key))];
  if (handed.some((token) => !mentionsGithubToken(token.value))) {
    return needs !== 'unknown' && needs['id-token'] ? { 'id-token': 'write' } : {};
  }
  return needs;
}

const TOKEN_INPUTS = new Set(['token', 'github-token', 'github_token', 'repo-token', 'repo_token', 'gh-token']);
const TOKEN_ENV = new Set(['GITHUB_TOKEN', 'GH_TOKEN']);

function githubScriptStepNeeds(step: Step): StepNeeds {
  const script = githubScriptNeeds(step.with.find((w) => w.key === 'script')?.value ?? '');
  return script.unknown ? 'unknown' : script.needs;
}

/** A `docker://` step only sees the token when it is handed over. */
function stepNeedsForImage(step: Step): StepNeeds {
  return [...step.with, ...step.env].some((v) => mentionsGithubToken(v.value)) ? 'unknown' : {};
}

function checksOutWithJobToken(step: Step): boolean {
  const input = (key: string): string | undefined => step.with.find((w) => w.key === key)?.value;
  const token = input('token');
  return input('persist-credentials') !== 'false' && (token === undefined || mentionsGithubToken(token));
}

function addNeed(result: JobNeeds, need: Need): void {
  const existing = result.needs.find((n) => n.scope === need.scope);
  if (existing === undefined) result.needs.push({ ...need });
  else if (!levelAtLeast(existing.level, need.level)) Object.assign(existing, need);
}

function stepLabel(step: Step): string {
  return step.name ?? step.id ?? `#${step.index + 1}`;
}

/** The needs as a scope → level record. */
export function needsRecord(needs: readonly Need[]): Record<string, PermissionLevel> {
  return Object.fromEntries(needs.map((n) => [n.scope, n.level]));
}
