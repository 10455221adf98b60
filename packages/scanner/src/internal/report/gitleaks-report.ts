import type { Finding } from './finding';
import { redactSecret, secretRedactor, type SecretRedactor } from './redactor';

export interface GitleaksReportOptions {
  /** true (default) replaces the secret as `gitleaks --redact` does; a number 0-100 redacts that percentage. */
  redact?: boolean | number;
  /** Every secret of the scan, so that each Match and Message is redacted of all of them (default: the finding's own). */
  redactor?: SecretRedactor;
}

/**
 * The finding with its secret redacted, and its Match and Message redacted of every secret the
 * redactor knows and of URL credentials (the finding's own secret always).
 */
export function redactFinding(f: Finding, percent = 100, redactor?: SecretRedactor): Finding {
  const all = redactor ?? secretRedactor([f.Secret]);
  const own = (text: string): string => (f.Secret === '' ? text : text.split(f.Secret).join(redactSecret(f.Secret, percent)));
  return {
    ...f,
    Secret: f.Secret === '' ? '' : redactSecret(f.Secret, percent),
    Match: all.redact(own(f.Match), percent),
    Message: all.redact(f.Message, percent),
  };
}

/** The findings as gitleaks' JSON report (same field order, same indentation as gitleaks writes). */
export function toGitleaksReport(findings: readonly Finding[], options: GitleaksReportOptions = {}): string {
  const redact = options.redact ?? true;
  const percent = redact === true ? 100 : redact === false ? 0 : redact;
  const rows = findings.map((f) => {
    const r = percent > 0 ? redactFinding(f, percent, options.redactor) : f;
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
