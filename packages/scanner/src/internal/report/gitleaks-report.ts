import type { Finding } from './finding';

export const REDACTED = 'REDACTED';

export interface GitleaksReportOptions {
  /** true (default) replaces the secret as `gitleaks --redact` does; a number 0-100 redacts that percentage. */
  redact?: boolean | number;
}

/**
 * gitleaks' `--redact[=N]`: the secret is replaced by its first (100-N)% of characters plus
 * `...`, or by `REDACTED` at 100%, in both Secret and Match.
 */
export function redactSecret(secret: string, percent = 100): string {
  if (percent >= 100 || secret === '') return REDACTED;
  const exact = (secret.length * (100 - Math.max(0, percent))) / 100;
  return `${secret.slice(0, roundHalfToEven(exact))}...`;
}

// Go's math.RoundToEven, which gitleaks uses for the kept length.
function roundHalfToEven(x: number): number {
  const floor = Math.floor(x);
  const diff = x - floor;
  if (diff !== 0.5) return Math.round(x);
  return floor % 2 === 0 ? floor : floor + 1;
}

export function redactFinding(f: Finding, percent = 100): Finding {
  if (f.Secret === '') return { ...f };
  const replacement = redactSecret(f.Secret, percent);
  return { ...f, Secret: replacement, Match: f.Match.split(f.Secret).join(replacement) };
}

/** The findings as gitleaks' JSON report (same field order, same indentation as gitleaks writes). */
export function toGitleaksReport(findings: readonly Finding[], options: GitleaksReportOptions = {}): string {
  const redact = options.redact ?? true;
  const percent = redact === true ? 100 : redact === false ? 0 : redact;
  const rows = findings.map((f) => {
    const r = percent > 0 ? redactFinding(f, percent) : f;
    return {
      RuleID: r.RuleID,
      Description: r.Description,
      StartLine: r.StartLine,
      EndLine: r.EndLine,
      StartColumn: r.StartColumn,
      EndColumn: r.EndColumn,
      Match: r.Match,
      Secret: r.Secret,
      File: r.File,
      SymlinkFile: r.SymlinkFile,
      Commit: r.Commit,
      Entropy: r.Entropy,
      Author: r.Author,
      Email: r.Email,
      Date: r.Date,
      Message: r.Message,
      Tags: r.Tags,
      Fingerprint: r.Fingerprint,
    };
  });
  return `${JSON.stringify(rows, null, 1)}\n`;
}
