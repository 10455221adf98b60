import type { Finding, Job, Step, UsesRef } from '../../model';
import type { WorkflowsConfig } from '../config';
import { actionName, isFullSha } from '../parse-uses';
import { matchesActionPattern } from '../action-pattern';
import { finding } from './rule-context';

const RULE = 'unpinned-uses';

/** Every `uses:` of steps (and reusable-workflow calls) not pinned to a full commit SHA. */
export function unpinnedUses(file: string, steps: readonly Step[], jobs: readonly Job[], config: WorkflowsConfig): Finding[] {
  const refs = [...jobs.flatMap((j) => (j.uses ? [j.uses] : [])), ...steps.flatMap((s) => (s.uses ? [s.uses] : []))];
  return refs.flatMap((uses) => check(file, uses, config));
}

function check(file: string, uses: UsesRef, config: WorkflowsConfig): Finding[] {
  if (uses.kind === 'docker') {
    if (uses.digest !== undefined) return [];
    return [finding(RULE, 'warning', file, uses.range, `the image ${uses.image} is not pinned by digest; use docker://${uses.image.replace(/:[^/:]*$/, '')}@sha256:<digest>`)];
  }
  if (uses.kind !== 'repository' || isFullSha(uses.ref)) return [];
  const name = actionName(uses) ?? uses.raw;
  if (config.unpinnedUses.allow.some((p) => matchesActionPattern(p, name))) return [];
  const firstParty = config.unpinnedUses.warn.some((p) => matchesActionPattern(p, name));
  const what = uses.ref === '' ? 'has no ref at all' : `is pinned to "${uses.ref}", a tag or branch that can be moved`;
  const pin = uses.ref === '' ? `${uses.raw}@<full commit SHA>` : `${uses.raw.slice(0, uses.raw.lastIndexOf('@'))}@<full commit SHA> # ${uses.ref}`;
  return [finding(RULE, firstParty ? 'warning' : 'error', file, uses.range, `${name} ${what}; pin it to a full 40-character commit SHA`, pin)];
}
