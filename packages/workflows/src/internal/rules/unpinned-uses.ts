import type { Finding, Job, Step, UsesRef } from '../../model';
import type { WorkflowsConfig } from '../config';
import { actionName, isFullSha } from '../parse-uses';
import { matchesActionPattern } from '../action-pattern';
import { finding } from './rule-context';

const RULE = 'unpinned-uses';

/**
 * Every `uses:` of steps (and reusable-workflow calls) not pinned to a full commit SHA, as zizmor's
 * default (blanket hash-pin) policy; an image needs a tag or digest.
 */
export function unpinnedUses(file: string, steps: readonly Step[], jobs: readonly Job[], config: WorkflowsConfig): Finding[] {
  const refs = [...jobs.flatMap((j) => (j.uses ? [j.uses] : [])), ...steps.flatMap((s) => (s.uses ? [s.uses] : []))];
  return refs.flatMap((uses) => check(file, uses, config));
}

/**
 * The namespaces zizmor let a tag pin before 1.20; its default is now a blanket hash pin (a moved
 * tag of actions/checkout runs as much code as any other). Kept for callers that grade them lower.
 */
export const FIRST_PARTY_ACTIONS: readonly string[] = ['actions/*', 'github/*', 'dependabot/*'];

function check(file: string, uses: UsesRef, config: WorkflowsConfig): Finding[] {
  if (uses.kind === 'docker') {
    if (uses.digest !== undefined || /:[^/:]+$/.test(uses.image)) return [];
    return [finding(RULE, 'warning', file, uses.range, `the image ${uses.image} has no tag or digest, so it runs whatever is latest; use docker://${uses.image}@sha256:<digest>`)];
  }
  if (uses.kind !== 'repository' || isFullSha(uses.ref)) return [];
  const name = actionName(uses) ?? uses.raw;
  const pin = uses.ref === '' ? `${uses.raw}@<full commit SHA>` : `${uses.raw.slice(0, uses.raw.lastIndexOf('@'))}@<full commit SHA> # ${uses.ref}`;
  if (uses.ref === '') return [finding(RULE, 'error', file, uses.range, `${name} has no ref at all; pin it to a full 40-character commit SHA`, pin)];
  const listed = (patterns: readonly string[]): boolean => patterns.some((p) => matchesActionPattern(p, name));
  if (listed(config.unpinnedUses.allow)) return [];
  const what = `${name} is pinned to "${uses.ref}", a tag or branch that can be moved; pin it to a full 40-character commit SHA`;
  if (listed(config.unpinnedUses.warn)) return [finding(RULE, 'warning', file, uses.range, what, pin)];
  return [finding(RULE, 'error', file, uses.range, what, pin)];
}
