import type { Finding, Step } from '../../model';
import { constantSubexpressions } from '../expression-contexts';
import { fileExpressions } from './file-expressions';
import { finding } from './rule-context';
import { keySpan } from './spans';

const RULE = 'obfuscation';

/**
 * Expressions that only compute a constant (`format('{0}', 'x')`, `fromJSON('true')`), at the
 * constant part, and `uses:` paths with `.`, `..` or empty segments, at `uses:`: both hide what
 * runs from reviewers and from pattern-matching audits (zizmor's obfuscation audit).
 */
export function obfuscation(model: { file: string; text?: string }, steps: readonly Step[]): Finding[] {
  const out = fileExpressions(model).flatMap((expression) =>
    constantSubexpressions(expression.tree).map((node) =>
      finding(RULE, 'note', model.file, expression.rangeOf(node), `${expression.raw.slice(node.start, node.end)} is a constant: write its value instead of an expression that computes it`),
    ),
  );
  for (const step of steps) {
    if (step.uses?.kind !== 'repository') continue;
    const segments = step.uses.path.split('/');
    if (step.uses.path === '' || !segments.some((s) => s === '.' || s === '..' || s === '')) continue;
    out.push(finding(RULE, 'note', model.file, keySpan(step.keySpans, 'uses', step.uses.range), `${step.uses.raw} has ".", ".." or empty path segments; write the action's plain path`));
  }
  return out;
}
