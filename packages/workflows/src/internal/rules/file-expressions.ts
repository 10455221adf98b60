import type { SourceRange } from '../../model';
import { Attached } from '../attached';
import { expressionSpans } from '../expression-spans';
import { parseRaw, positionsOf } from '../source-positions';
import type { ParsedExpression } from '../source-positions';

/** A `${{ }}` of the file's raw text, parsed, with the range of the whole `${{ ... }}`. */
export interface FileExpression extends ParsedExpression {
  range: SourceRange;
}

const cache = new Attached<object, FileExpression[]>('file expressions');

/**
 * Every valid expression of a file's text, comments included (zizmor's raw audits read the
 * file as text), parsed once per file for all the audits that ask.
 */
export function fileExpressions(file: { text?: string }): FileExpression[] {
  let found = cache.get(file);
  if (found === undefined) {
    const positions = positionsOf(file);
    found = expressionSpans(positions.text).flatMap((span) => {
      const parsed = parseRaw(positions, span.start + 3, span.end - 2);
      return parsed ? [{ ...parsed, range: positions.range(span.start, span.end) }] : [];
    });
    cache.set(file, found);
  }
  return found;
}
