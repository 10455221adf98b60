import type { Finding } from '../../model';
import { contextPattern, isUnder, walk } from '../expression-contexts';
import { fileExpressions } from './file-expressions';
import { finding } from './rule-context';

/**
 * `fromJSON(secrets.X)` (and `.field` of it): the runner masks a secret's whole value, not the
 * fields parsed out of it, so they print in clear in the logs. At the `${{ }}` as zizmor.
 */
export function unredactedSecrets(model: { file: string; text?: string }): Finding[] {
  return fileExpressions(model).flatMap((expression) =>
    walk(expression.tree)
      .filter((node) => node.kind === 'call' && node.name.toLowerCase() === 'fromjson' && node.args.some((a) => a.kind === 'context' && isUnder(contextPattern(a) ?? '', 'secrets')))
      .map(() =>
        finding(
          'unredacted-secrets',
          'warning',
          model.file,
          expression.range,
          'fromJSON() of a secret yields values the runner does not mask, so they can appear in clear in the logs; store each field as its own secret',
        ),
      ),
  );
}
