// A finding carries exactly gitleaks' report fields, so the JSON report is a plain projection.

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
}

/** gitleaks' fingerprint: `commit:file:rule:line` for history findings, `file:rule:line` otherwise. */
export function fingerprintOf(f: Pick<Finding, 'Commit' | 'File' | 'RuleID' | 'StartLine'>): string {
  const base = `${f.File}:${f.RuleID}:${f.StartLine}`;
  return f.Commit === '' ? base : `${f.Commit}:${base}`;
}
