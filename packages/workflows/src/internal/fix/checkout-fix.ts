import { isMap } from 'yaml';
import type { Finding, Step } from '../../model';
import { actionName } from '../parse-uses';
import { emptyPlan, stepAt, stepNode } from './fix-plan';
import type { FixContext, FixPlan } from './fix-plan';

/** Git commands that reach the remote, and so use the credentials checkout left in .git/config. */
const GIT_REMOTE = /\bgit\b[^\n;&|]*?\s(?:push|pull|fetch|ls-remote|submodule|clone|remote\s+update)\b|\bgh\s+(?:pr\s+checkout|repo\s+(?:clone|sync))\b/;

/** Actions documented to commit, push or fetch with the checkout's persisted credentials. */
const GIT_ACTIONS = new Set([
  'stefanzweifel/git-auto-commit-action',
  'endbug/add-and-commit',
  'ad-m/github-push-action',
  'dorny/paths-filter',
  'tj-actions/changed-files',
  'tj-actions/verify-changed-files',
  'changesets/action',
  'actions-js/push',
  'github-actions-x/commit',
  'planetscale/ghcommit-action',
]);

/**
 * `persist-credentials: false` on each checkout artipacked flags (added to its `with:`, which is
 * created after `uses:` when missing). Not written when a later step of the job reaches the remote
 * with git (push, fetch, ls-remote, submodule...) or uses an action known to: those need the
 * persisted credentials, and would break.
 */
export function checkoutFix(ctx: FixContext, findings: readonly Finding[]): FixPlan {
  const plan = emptyPlan();
  const done = new Set<Step>();
  for (const finding of findings) {
    const at = stepAt(ctx.model, finding);
    if (at === undefined || at.step.uses === undefined || actionName(at.step.uses) !== 'actions/checkout') {
      plan.skipped.push({ finding, reason: 'no actions/checkout step found at the finding' });
      continue;
    }
    const steps = at.job?.steps ?? (ctx.model.kind === 'action' ? ctx.model.steps : []);
    const needsCredentials = steps.find((later) => later.index > at.step.index && usesPersistedCredentials(later));
    if (needsCredentials !== undefined) {
      plan.skipped.push({ finding, reason: `step ${needsCredentials.index + 1} (line ${needsCredentials.range.line}) reaches the remote with git, which needs the persisted credentials` });
      continue;
    }
    if (done.has(at.step)) {
      plan.fixed.push(finding);
      continue;
    }
    const node = stepNode(ctx.source, at.job, at.step);
    const withPair = ctx.editor.ownPair(node, 'with');
    const edits = withPair !== undefined && isMap(ctx.source.resolve(withPair.value))
      ? ctx.editor.setKey(ctx.source.resolve(withPair.value), 'persist-credentials', false)
      : ctx.editor.setKey(node, 'with', { 'persist-credentials': false }, { after: ['uses'] });
    if (typeof edits === 'string') {
      plan.skipped.push({ finding, reason: edits });
      continue;
    }
    done.add(at.step);
    plan.edits.push(...edits);
    plan.fixed.push(finding);
  }
  return plan;
}

function usesPersistedCredentials(step: Step): boolean {
  if (step.run !== undefined && GIT_REMOTE.test(step.run.value)) return true;
  return step.uses !== undefined && GIT_ACTIONS.has(actionName(step.uses) ?? '');
}
