import { posix } from 'node:path';
import type { KeyedValue, Step, WorkflowModel } from '@mcp-secrets/workflows';
import { evidence } from '../findings';
import type { CheckContext, CheckResult, Evidence } from '../types';
import { isSuiteAction, loadWorkflows } from '../workflow-files';

/** Inputs of this suite's actions that read a SOPS bundle or its age key (sync, ops-controls, the gate). */
const SOPS_INPUTS = new Set(['sops-file', 'sops-age-key', 'controls-sops-file', 'controls-sops-age-key']);
const AGE_KEY_VARIABLES = new Set(['SOPS_AGE_KEY', 'SOPS_AGE_KEY_FILE']);

const found = new WeakMap<CheckContext, Promise<Evidence[]>>();

/**
 * Where the repository shows it keeps secrets in SOPS (age, the only key type the suite manages):
 * the SOPS policy, the bundle, or a workflow step decrypting one. Empty for a repository that does
 * not (Vault only, 1Password only): the SOPS checks and the age key file rule do not apply there.
 */
export function sopsUsage(ctx: CheckContext): Promise<Evidence[]> {
  let pending = found.get(ctx);
  if (pending === undefined) {
    pending = look(ctx);
    found.set(ctx, pending);
  }
  return pending;
}

/** The skip of a SOPS check in a repository that does not use SOPS, with the reason. */
export function sopsNotUsed(ctx: CheckContext): CheckResult {
  return {
    status: 'skip',
    details: `the repository does not use SOPS: no ${ctx.options.sopsConfigPath}, no bundle at ${ctx.options.bundlePath}, no workflow step decrypting one`,
    evidence: [],
  };
}

/** A check of the bundle with no bundle to read skips: the repository has none, or does not use SOPS at all. */
export async function bundleMissing(ctx: CheckContext): Promise<CheckResult> {
  if ((await sopsUsage(ctx)).length === 0) return sopsNotUsed(ctx);
  return { status: 'skip', details: `no SOPS bundle at ${ctx.options.bundlePath}`, evidence: [] };
}

async function look(ctx: CheckContext): Promise<Evidence[]> {
  const files = [ctx.options.sopsConfigPath, ctx.options.bundlePath].filter((path) => exists(ctx, path));
  const { workflows } = await loadWorkflows(ctx);
  return [...files.map((file) => evidence(file)), ...workflows.flatMap(decryptingSteps)];
}

/** Listed, not read: whether the file is sound is the SOPS checks' question. */
function exists(ctx: CheckContext, path: string): boolean {
  return ctx.files.listDir(posix.dirname(path)).includes(posix.basename(path));
}

function decryptingSteps(workflow: WorkflowModel): Evidence[] {
  const namesAgeKey = (env: KeyedValue[]): boolean => env.some((entry) => AGE_KEY_VARIABLES.has(entry.key));
  if (namesAgeKey(workflow.env)) return [evidence(workflow.file)];
  return workflow.jobs.flatMap((job) => {
    if (namesAgeKey(job.env)) return [evidence(workflow.file, job.idRange.line)];
    return job.steps.filter((step) => namesAgeKey(step.env) || readsSops(step)).map((step) => evidence(workflow.file, step.range.line));
  });
}

function readsSops(step: Step): boolean {
  if (!isSuiteAction(step.uses, 'sync') && !isSuiteAction(step.uses, 'ops-controls') && !isSuiteAction(step.uses, '')) return false;
  return step.with.some((entry) => SOPS_INPUTS.has(entry.key) || (entry.key === 'provider' && entry.value.trim() === 'sops'));
}
