// A finding carries gitleaks' report fields (the JSON report is a projection of them) plus the
// true position, which gitleaks' columns do not give.

/** 1-based columns of a match as an editor counts them: `start` on StartLine, `end` one past the last character on EndLine. */
export interface TrueColumns {
  start: number;
  end: number;
}

export interface Finding {
  RuleID: string;
  Description: string;
  StartLine: number;
  EndLine: number;
  StartColumn: number;
  EndColumn: number;
  Match: string;
  Secret: string;
  File: string;
  SymlinkFile: string;
  Commit: string;
  Entropy: number;
  Author: string;
  Email: string;
  Date: string;
  Message: string;
  Tags: string[];
  Fingerprint: string;
  /**
   * Not a report field: the real columns. gitleaks' StartColumn/EndColumn are one too high on every
   * line but the first of the scanned text (a file, or a hunk's added lines), and EndColumn is
   * inclusive; annotations and SARIF need these instead. 0/0 for a path-only finding.
   */
  columns: TrueColumns;
}

/** gitleaks' fingerprint: `commit:file:rule:line` for history findings, `file:rule:line` otherwise. */
export function fingerprintOf(f: Pick<Finding, 'Commit' | 'File' | 'RuleID' | 'StartLine'>): string {
  const base = `${f.File}:${f.RuleID}:${f.StartLine}`;
  return f.Commit === '' ? base : `${f.Commit}:${base}`;
}
