import type { Pair, Scalar } from 'yaml';
import type { Finding } from '../../../model';
import { sourceOf } from '../../parsed-sources';
import { keyText } from '../../source';
import type { YamlSource } from '../../source';
import { nearest } from '../../structure/nearest';
import { CALL_JOB_KEYS, CALL_ONLY_KEYS, eventShape, JOB, WORKFLOW } from '../../structure/workflow-schema';
import type { Shape } from '../../structure/workflow-schema';
import { finding } from '../rule-context';
import type { RuleContext } from '../rule-context';

const RULE = 'syntax-check';

/**
 * Keys GitHub's workflow syntax does not have (at the key, with the nearest known key), keys a job
 * cannot have for its kind (steps in a reusable-workflow call, `with:` without `uses:`), and jobs
 * missing `runs-on:` or `steps:`: GitHub refuses to run such a workflow (actionlint's syntax-check).
 */
export function syntaxCheck({ workflow }: RuleContext): Finding[] {
  const source = sourceOf(workflow);
  if (source === undefined) return [];
  const out: Finding[] = [];
  const report = (node: unknown, message: string): void => {
    out.push(finding(RULE, 'error', workflow.file, source.nodeRange(node), message));
  };
  const root = source.doc.contents;
  checkShape(source, root, WORKFLOW, report);
  for (const pair of source.pairs(source.get(root, 'on')?.value)) {
    const shape = eventShape(keyText(pair));
    if (shape !== undefined) checkShape(source, pair.value, shape, report);
  }
  for (const job of source.pairs(source.get(root, 'jobs')?.value)) checkJobKind(source, job, report);
  return out;
}

type Report = (node: unknown, message: string) => void;

function checkShape(source: YamlSource, node: unknown, shape: Shape, report: Report): void {
  if (shape.kind === 'list-of') {
    for (const item of source.items(node)) checkShape(source, item, shape.item, report);
    return;
  }
  for (const pair of source.pairs(node)) {
    if (shape.kind === 'map-of') {
      checkShape(source, pair.value, shape.value, report);
      continue;
    }
    const key = keyText(pair);
    if (!Object.hasOwn(shape.keys, key)) {
      const known = Object.keys(shape.keys);
      const near = known.find((k) => k === key.toLowerCase()) ?? nearest(key, known);
      report(pair.key, `unexpected key "${key}" in ${article(shape.name)} section${near !== undefined ? `; did you mean "${near}"?` : `; expected one of ${known.join(', ')}`}`);
      continue;
    }
    const inner = shape.keys[key];
    if (inner !== null) checkShape(source, pair.value, inner, report);
  }
}

/** A reusable-workflow call takes a few keys only; a job of steps needs `runs-on:` and `steps:` and no `with:`/`secrets:`. */
function checkJobKind(source: YamlSource, job: Pair<Scalar, unknown>, report: Report): void {
  const keys = source.pairs(job.value);
  if (keys.length === 0) return;
  const id = keyText(job);
  const calls = keys.some((pair) => keyText(pair) === 'uses');
  for (const pair of keys) {
    const key = keyText(pair);
    if (!Object.hasOwn(JOB.keys, key)) continue;
    if (calls && !CALL_JOB_KEYS.has(key)) report(pair.key, `"${key}" is not available in job "${id}", which calls a reusable workflow (uses:); such a job takes only ${[...CALL_JOB_KEYS].join(', ')}`);
    if (!calls && CALL_ONLY_KEYS.has(key)) report(pair.key, `"${key}" is only for a job that calls a reusable workflow with uses:, and job "${id}" does not`);
  }
  if (calls) return;
  const missing = ['runs-on', 'steps'].filter((required) => !keys.some((pair) => keyText(pair) === required));
  if (missing.length > 0) report(job.key, `job "${id}" has no ${missing.map((m) => `"${m}"`).join(' and no ')}; a job runs steps on a runner, or calls a reusable workflow with uses:`);
}

function article(name: string): string {
  return /^[aeiou]/.test(name) ? `an "${name}"` : `a "${name}"`;
}
