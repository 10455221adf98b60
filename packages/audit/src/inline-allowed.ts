// `gitleaks:allow` on a line a pull request adds is the pull request suppressing its own finding.
// gitleaks honours the comment, and so does the audit (it is how a reviewed false positive is
// marked), but never silently: each one is a notice on its line and a row in the job summary, so
// the reviewer sees what the pull request asks to let through.
import type { ActionPorts } from '@mcp-secrets/ports';
import { escapeMarkdown, markdownTable, mdCode, planAnnotations, type ReportFinding } from '@mcp-secrets/reporting';

/** Notices at their lines; one notice is left for the findings' "more not annotated" note. */
const ANNOTATED = 8;
const SUMMARY_ROWS = 100;
export const INLINE_ALLOWED_NOTE = 'suppressed inline by this pull request (gitleaks:allow)';

export function describeInlineAllowed(count: number): string {
  return `${count} suppressed inline by this pull request`;
}

/** Redacted findings (level note) as the notices say them. */
export function asInlineAllowed(findings: readonly ReportFinding[]): ReportFinding[] {
  return findings.map((f) => ({ ...f, level: 'note', message: `${f.message} (${INLINE_ALLOWED_NOTE})` }));
}

export function annotateInlineAllowed(ports: ActionPorts, findings: readonly ReportFinding[], workspace: string): void {
  const plan = planAnnotations(findings, { baseDir: workspace, maxPerLevel: { note: ANNOTATED }, title: () => 'audit: gitleaks:allow added by this pull request' });
  for (const a of plan.annotations) ports.log.notice(a.message, a.properties);
  if (plan.omittedTotal > 0) ports.log.notice(`${plan.omittedTotal} more finding(s) ${INLINE_ALLOWED_NOTE}; the job summary lists them`);
}

/** The summary section listing them (redacted snippets only). */
export function inlineAllowedSection(findings: readonly ReportFinding[], displayPath: (file: string) => string): string {
  if (findings.length === 0) return '';
  const rows = findings.slice(0, SUMMARY_ROWS).map((f) => [mdCode(displayPath(f.file)), f.line, mdCode(f.ruleId), f.snippet === undefined ? '' : mdCode(f.snippet)]);
  const more = findings.length > rows.length ? `\n${escapeMarkdown(`and ${findings.length - rows.length} more.`)}\n` : '';
  const intro = escapeMarkdown('Lines this pull request adds carry a gitleaks:allow comment, which suppresses what would be a finding. Check each is a reviewed false positive.');
  return `### Suppressed inline by this pull request (${findings.length})\n\n${intro}\n\n${markdownTable(['File', 'Line', 'Rule', 'Snippet (redacted)'], rows)}${more}\n`;
}
