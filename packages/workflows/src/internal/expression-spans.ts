/** A `${{ ... }}` expression of a text: its offsets (`end` after the `}}`) and what is inside. */
export interface ExpressionSpan {
  start: number;
  end: number;
  inner: string;
}

/**
 * The expressions of `text`, each closed by the first `}}` after its `${{` (as GitHub reads them).
 * Found with indexOf, not a lazy regex: from each unclosed `${{` the regex rescanned the text to
 * its end, so a megabyte of them took minutes.
 */
export function expressionSpans(text: string): ExpressionSpan[] {
  const spans: ExpressionSpan[] = [];
  let open = text.indexOf('${{');
  while (open >= 0) {
    const close = text.indexOf('}}', open + 3);
    if (close < 0) break;
    spans.push({ start: open, end: close + 2, inner: text.slice(open + 3, close) });
    open = text.indexOf('${{', close + 2);
  }
  return spans;
}

/** `text` without its expressions. */
export function withoutExpressions(text: string): string {
  let out = '';
  let from = 0;
  for (const span of expressionSpans(text)) {
    out += text.slice(from, span.start);
    from = span.end;
  }
  return out + text.slice(from);
}
