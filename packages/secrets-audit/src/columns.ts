// gitleaks counts a column from the newline before the line, so on every line but the first of
// the scanned text (a file, or a hunk of added lines) its columns are one too high. Reports keep
// that for compatibility; annotations, SARIF and the terminal need the real position.
import type { Finding } from '@mcp-secrets/scanner';

export interface Span {
  /** 1-based. */
  column: number;
  /** 1-based, one past the last character. */
  endColumn: number;
}

/** Real columns given whether the match starts / ends on the first line of its scanned text. */
export function realSpan(f: Pick<Finding, 'StartColumn' | 'EndColumn'>, startsOnFirst: boolean, endsOnFirst: boolean): Span {
  return { column: startsOnFirst ? f.StartColumn : f.StartColumn - 1, endColumn: endsOnFirst ? f.EndColumn + 1 : f.EndColumn };
}

/** A working-tree finding: the scanned text is the whole file, so only line 1 is a first line. */
export function fileSpan(f: Finding): Span {
  return realSpan(f, f.StartLine === 1, f.EndLine === 1);
}

/**
 * A history finding: its text was one hunk of added lines, whose first line is not in the finding.
 * The committed line tells: the match sits either at StartColumn or one before it.
 * Without the line (blob unavailable), assume a later line, as most matches are.
 */
export function historySpan(f: Finding, line: string | undefined): Span {
  const firstLineOfMatch = f.Match.split(/\r?\n/)[0] ?? '';
  const atReported = line !== undefined && line.startsWith(firstLineOfMatch, f.StartColumn - 1);
  const atShifted = line !== undefined && f.StartColumn > 1 && line.startsWith(firstLineOfMatch, f.StartColumn - 2);
  const startsOnFirst = atReported && !atShifted ? true : !atShifted && f.StartColumn === 1;
  // A single-line match starts and ends on the same line of the hunk.
  const endsOnFirst = f.EndLine === f.StartLine ? startsOnFirst : false;
  return realSpan(f, startsOnFirst, endsOnFirst);
}
