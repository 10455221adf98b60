import type { Finding } from '../model';

/**
 * Findings of one rule in one file past this many are counted, not listed: a generated or hostile
 * file can hold tens of thousands (a 6 MB workflow made a 105 MB SARIF log), and every finding
 * becomes a SARIF result, a summary row and an annotation candidate.
 */
export const MAX_FINDINGS_PER_RULE = 100;

/** Messages quote the file (job ids, scopes, expressions): one long name must not repeat into megabytes. */
const MAX_MESSAGE_CHARS = 1000;

/**
 * One file's findings (in line order) with at most MAX_FINDINGS_PER_RULE per rule; the rest of a
 * rule become one finding, at the first left out, saying how many were not listed.
 */
export function boundFindings(findings: readonly Finding[]): Finding[] {
  const listed = new Map<string, number>();
  const omitted = new Map<string, { first: Finding; count: number }>();
  const out: Finding[] = [];
  for (const finding of findings) {
    const count = listed.get(finding.ruleId) ?? 0;
    if (count < MAX_FINDINGS_PER_RULE) {
      listed.set(finding.ruleId, count + 1);
      out.push(finding.message.length > MAX_MESSAGE_CHARS ? { ...finding, message: `${finding.message.slice(0, MAX_MESSAGE_CHARS - 1)}…` } : finding);
      continue;
    }
    const left = omitted.get(finding.ruleId);
    if (left === undefined) omitted.set(finding.ruleId, { first: finding, count: 1 });
    else left.count += 1;
  }
  for (const [ruleId, { first, count }] of omitted) {
    out.push({
      ruleId,
      severity: first.severity,
      file: first.file,
      line: first.line,
      column: first.column,
      message: `${count} more ${ruleId} findings in this file are not listed (at most ${MAX_FINDINGS_PER_RULE} per rule and file): fix those above and check again`,
    });
  }
  return out;
}
