import type { Finding } from '../../model';
import { contextPattern, walk } from '../expression-contexts';
import type { ExprNode } from '../expression-parser';
import { fileExpressions } from './file-expressions';
import { finding } from './rule-context';

/**
 * `toJSON(secrets)` or `secrets[<computed>]`: the whole secrets context reaches the runner
 * (every secret is sent to the job, not the few it names), at the `${{ }}` as zizmor.
 */
export function overprovisionedSecrets(model: { file: string; text?: string }): Finding[] {
  return fileExpressions(model).flatMap((expression) =>
    walk(expression.tree).filter(isWholeSecrets).map(() =>
      finding(
        'overprovisioned-secrets',
        'warning',
        model.file,
        expression.range,
        'this expression hands the whole secrets context to the runner, so every secret of the repository is exposed to the job; name the secrets it needs (secrets.NAME)',
      ),
    ),
  );
}

function isWholeSecrets(node: ExprNode): boolean {
  if (node.kind === 'call') return node.name.toLowerCase() === 'tojson' && node.args.some((a) => a.kind === 'context' && contextPattern(a) === 'secrets');
  return node.kind === 'context' && 'name' in node.head && node.head.name.toLowerCase() === 'secrets' && node.parts[0] !== undefined && 'computed' in node.parts[0];
}
