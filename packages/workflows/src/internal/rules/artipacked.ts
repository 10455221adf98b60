import type { ActionModel, Finding, Severity, Step } from '../../model';
import { actionName } from '../parse-uses';
import { finding } from './rule-context';
import type { RuleContext } from './rule-context';
import { privilegedTriggers, untrustedCheckouts } from './untrusted-checkout';

const FIX = 'with:\n  persist-credentials: false';

/**
 * Every actions/checkout that keeps the token on disk (`persist-credentials` not a literal
 * false: explicit `true` is a deliberate choice, as zizmor treats them), at the
 * step: once per later upload of the workspace (error: the token can ship in the artifact),
 * an error when the job runs the pull request's code, else a warning.
 */
export function artipacked({ workflow }: RuleContext): Finding[] {
  const privileged = privilegedTriggers(workflow).length > 0;
  return workflow.jobs.flatMap((job) => checkJob(workflow.file, job.steps, privileged && untrustedCheckouts(job).length > 0));
}

/** A composite action's steps, as a job's. */
export function actionArtipacked(action: ActionModel): Finding[] {
  return checkJob(action.file, action.steps, false);
}

function checkJob(file: string, steps: readonly Step[], untrusted: boolean): Finding[] {
  const checkouts = steps.filter(persistsCredentials);
  const uploads = steps.filter(uploadsWorkspace);
  if (uploads.length === 0) {
    return checkouts.map((checkout) =>
      untrusted
        ? finding('artipacked', graded('error', checkout), file, checkout.range, 'actions/checkout keeps the token on disk and the job then runs the pull request\'s code, which can read it; set persist-credentials: false', FIX)
        : finding('artipacked', graded('warning', checkout), file, checkout.range, 'actions/checkout keeps the token on disk (.git/config) for every later step; set persist-credentials: false unless a step pushes with it', FIX),
    );
  }
  // zizmor pairs each checkout with each later upload of the workspace: one finding per pair.
  return checkouts.flatMap((checkout) =>
    uploads
      .filter((upload) => upload.index > checkout.index)
      .map((upload) =>
        finding(
          'artipacked',
          graded('error', checkout),
          file,
          checkout.range,
          `actions/checkout keeps the token in .git/config and the upload-artifact step at line ${upload.range.line} uploads the workspace with it; set persist-credentials: false`,
          FIX,
        ),
      ),
  );
}

/**
 * actions/checkout v6 and later keep the credential under RUNNER_TEMP, not in the workspace's
 * .git/config, so an upload of the workspace no longer carries it: zizmor (1.17+) grades those
 * one level lower. A SHA pin's version is not known offline, so it keeps the full grade.
 */
function graded(severity: 'error' | 'warning', checkout: Step): Severity {
  const major = checkout.uses?.kind === 'repository' ? /^v?(\d+)(?:\.|$)/.exec(checkout.uses.ref) : null;
  if (major === null || Number(major[1]) < 6) return severity;
  return severity === 'error' ? 'warning' : 'note';
}

function persistsCredentials(step: Step): boolean {
  if (!step.uses || actionName(step.uses) !== 'actions/checkout') return false;
  // An explicit `true` is a deliberate choice (zizmor's auditor persona only); an expression may
  // well be true, so only a literal false keeps the token off the disk.
  const persist = step.with.find((w) => w.key === 'persist-credentials')?.value.trim();
  return persist !== 'false' && persist !== 'true';
}

/** actions/upload-artifact of `.`, `..` or the workspace (`${{ github.workspace }}`). */
function uploadsWorkspace(step: Step): boolean {
  if (!step.uses || actionName(step.uses) !== 'actions/upload-artifact') return false;
  const path = step.with.find((w) => w.key === 'path');
  if (path === undefined) return false;
  return path.value
    .split(/\r?\n/)
    .map((p) => p.trim())
    .some((p) => ['.', './', '..', '../'].includes(p) || /^\$\{\{[^}]*github\.workspace[^}]*\}\}$/.test(p));
}
