// gitleaks' JSON report read back into the audit's Finding type.
import type { Finding } from '@mcp-secrets/scanner';

export type GitleaksScanMode = 'files' | 'git' | 'diff';

type StringField = 'RuleID' | 'Description' | 'Match' | 'Secret' | 'File' | 'SymlinkFile' | 'Commit' | 'Author' | 'Email' | 'Date' | 'Message' | 'Fingerprint';
type NumberField = 'StartLine' | 'EndLine' | 'StartColumn' | 'EndColumn' | 'Entropy';

/** Parses a report file's text; `reportPath` names the file in errors. */
export function parseGitleaksReport(text: string, reportPath: string, mode: GitleaksScanMode): Finding[] {
  // A scan that found nothing may leave an empty report behind.
  if (text.trim() === '') return [];
  let rows: unknown;
  try {
    rows = JSON.parse(text);
  } catch (error) {
    throw new Error(`${reportPath}: gitleaks wrote a report that is not JSON (${(error as Error).message}); was --report-format json honoured?`);
  }
  if (!Array.isArray(rows)) throw new Error(`${reportPath}: expected gitleaks' JSON report (an array of findings), got ${typeof rows}`);
  return rows.map((row, i) => toFinding(row, `${reportPath}: finding ${i + 1}`, mode));
}

function toFinding(row: unknown, where: string, mode: GitleaksScanMode): Finding {
  if (typeof row !== 'object' || row === null || Array.isArray(row)) throw new Error(`${where} is not an object`);
  const r = row as Record<string, unknown>;
  const str = (k: StringField): string => {
    const v = r[k] ?? '';
    if (typeof v !== 'string') throw new Error(`${where}: ${k} should be a string`);
    return v;
  };
  const num = (k: NumberField): number => {
    const v = r[k] ?? 0;
    if (typeof v !== 'number' || !Number.isFinite(v)) throw new Error(`${where}: ${k} should be a number`);
    return v;
  };
  if (typeof r.RuleID !== 'string' || typeof r.File !== 'string') throw new Error(`${where} has no RuleID or File; is this a gitleaks JSON report?`);
  const tags = r.Tags ?? [];
  if (!Array.isArray(tags) || !tags.every((t): t is string => typeof t === 'string')) throw new Error(`${where}: Tags should be a list of strings`);

  const f = {
    RuleID: str('RuleID'),
    Description: str('Description'),
    StartLine: num('StartLine'),
    EndLine: num('EndLine'),
    StartColumn: num('StartColumn'),
    EndColumn: num('EndColumn'),
    Match: str('Match'),
    Secret: str('Secret'),
    File: str('File'),
    SymlinkFile: str('SymlinkFile'),
    Commit: str('Commit'),
    Entropy: num('Entropy'),
    Author: str('Author'),
    Email: str('Email'),
    Date: str('Date'),
    Message: str('Message'),
    Tags: [...tags],
    Fingerprint: str('Fingerprint'),
  };
  if (f.Fingerprint === '') f.Fingerprint = f.Commit === '' ? `${f.File}:${f.RuleID}:${f.StartLine}` : `${f.Commit}:${f.File}:${f.RuleID}:${f.StartLine}`;
  return { ...f, columns: trueColumns(f, mode) };
}

/**
 * gitleaks counts columns from the newline before a line, so on every line but the first of the
 * scanned text its columns are one too high, and EndColumn is inclusive. In a directory scan the
 * text is the whole file (line 1 is the first); in history it is a hunk's added lines, whose first
 * line the report does not say, so there the later-line rule is assumed (at most one column off).
 */
export function trueColumns(f: Pick<Finding, 'StartLine' | 'EndLine' | 'StartColumn' | 'EndColumn'>, mode: GitleaksScanMode): Finding['columns'] {
  if (f.StartLine === 0 && f.StartColumn === 0) return { start: 0, end: 0 };
  const firstLine = (line: number): boolean => mode === 'files' && line === 1;
  const start = firstLine(f.StartLine) ? f.StartColumn : f.StartColumn - 1;
  const end = firstLine(f.EndLine) ? f.EndColumn + 1 : f.EndColumn;
  return { start: Math.max(1, start), end: Math.max(1, end) };
}
