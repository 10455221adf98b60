import type { CheckStatus, ControlsReport } from '@mcp-secrets/controls';
import type { FailOn } from './options';
import { describeSummary } from './run';

export interface ChecksTextOptions {
  /** ANSI colour; true only on a TTY (and not under NO_COLOR). */
  color: boolean;
  failOn: FailOn;
  failed: boolean;
  reportFile: string;
  /** Evidence lines shown per check (default 3). */
  maxEvidence?: number;
}

const MARK: Record<CheckStatus, { mark: string; code: string }> = {
  pass: { mark: '✔', code: '32' },
  fail: { mark: '✖', code: '31' },
  warn: { mark: '⚠', code: '33' },
  skip: { mark: '-', code: '2' },
};

/**
 * The report as a terminal table: one line per check (status, id, details), then
 * for failing and warning checks their evidence and the fix, then the verdict.
 */
export function renderChecksText(report: ControlsReport, options: ChecksTextOptions): string {
  const paint = (code: string, text: string): string => (options.color ? `\u001b[${code}m${text}\u001b[0m` : text);
  const width = Math.max(5, ...report.checks.map((check) => check.id.length));
  const lines = [paint('1', `${'STATUS'.padEnd(7)} ${'CHECK'.padEnd(width)}  DETAILS`)];
  const maxEvidence = options.maxEvidence ?? 3;
  for (const check of report.checks) {
    const { mark, code } = MARK[check.status];
    lines.push(`${paint(code, `${mark} ${check.status.padEnd(5)}`)} ${check.id.padEnd(width)}  ${clean(check.details)}`);
    if (check.status !== 'fail' && check.status !== 'warn') continue;
    const indent = ' '.repeat(width + 10);
    for (const item of check.evidence.slice(0, maxEvidence)) lines.push(`${indent}${paint('2', '↳')} ${clean(item.line === null ? item.file : `${item.file}:${item.line}`)}`);
    if (check.evidence.length > maxEvidence) lines.push(`${indent}${paint('2', `↳ and ${check.evidence.length - maxEvidence} more in the report`)}`);
    lines.push(`${indent}${paint('32', 'fix:')} ${clean(check.remediation)}`);
  }
  const verdict = options.failed ? paint('31', '✖ Failed') : report.summary.fail + report.summary.warn > 0 ? paint('33', '⚠ Passed with findings') : paint('32', '✔ Passed');
  lines.push('', `${verdict}: ${describeSummary(report.summary)} (fail-on: ${options.failOn}); report in ${clean(options.reportFile)}`);
  return `${lines.join('\n')}\n`;
}

/** Text from the repository on one line, with no control characters that could drive the terminal. */
function clean(text: string): string {
  return text.replace(/\r?\n/g, ' ').replace(/[\u0000-\u001f\u007f-\u009f]/g, '?');
}
