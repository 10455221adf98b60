import type { Finding } from '../../model';
import { contextPattern, isUnder, walk } from '../expression-contexts';
import { parseExpression } from '../expression-parser';
import { finding } from './rule-context';
import type { RuleContext } from './rule-context';
import { conditionsOf, conditionText } from './spans';

/** Values a pusher or caller chooses (a branch name, an input, an env value). */
const CONTROLLABLE = ['env', 'github.actor', 'github.base_ref', 'github.head_ref', 'github.ref', 'github.ref_name', 'github.sha', 'github.triggering_actor', 'inputs'];

/**
 * `contains('main develop', github.ref)` in an `if:`: a substring test, so a branch named
 * `mai` passes. One finding per such call at the `if:` (zizmor's unsound-contains): error when
 * an outsider controls the value, note otherwise. Use `contains(fromJSON('[...]'), x)`.
 */
export function unsoundContains({ workflow }: RuleContext): Finding[] {
  return workflow.jobs.flatMap((job) =>
    conditionsOf(job).flatMap(({ condition, span }) => {
      const tree = parseExpression(conditionText(condition.value));
      if (tree === undefined) return [];
      return walk(tree).flatMap((node) => {
        if (node.kind !== 'call' || node.name.toLowerCase() !== 'contains' || node.args.length !== 2) return [];
        const [haystack, needle] = node.args;
        if (haystack.kind !== 'literal' || typeof haystack.value !== 'string' || needle.kind !== 'context') return [];
        const pattern = contextPattern(needle) ?? '';
        const controllable = CONTROLLABLE.some((c) => isUnder(pattern, c));
        return [
          finding(
            'unsound-contains',
            controllable ? 'error' : 'note',
            workflow.file,
            span,
            `contains() on the string '${haystack.value}' matches any substring of it, so a ${pattern} of part of a name passes; use contains(fromJSON('["a", "b"]'), ${pattern}) or == comparisons`,
          ),
        ];
      });
    }),
  );
}
