import type { ControlsReport } from '@mcp-secrets/controls';
import { mdLink } from '@mcp-secrets/reporting';

export interface ChecklistInput {
  task: string;
  repository: string | null;
  commit: string | null;
  /** `$GITHUB_SERVER_URL/$GITHUB_REPOSITORY/actions/runs/$GITHUB_RUN_ID`, when run in GitHub Actions. */
  runUrl?: string;
  startedAt: Date;
  finishedAt: Date;
  audit: { passed: boolean; headline: string; scanned: string; config: string; finishedAt: Date };
  controls: { passed: boolean; report: ControlsReport; failOn: string; finishedAt: Date };
  files: { auditReport: string; controlsReport: string };
}

/**
 * Text for a list item of a file people also read raw: one line, no HTML; the checks' own
 * `code spans` and identifiers such as MCP_SECRETS_VERSION are left as they are.
 */
function plain(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ').replace(/[&<>|]/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Ids, commits and file names the tool itself chose: safe in a code span. */
const code = (text: string): string => `\`${text.replace(/`/g, '')}\``;
const box = (done: boolean): string => (done ? '- [x]' : '- [ ]');
const time = (date: Date): string => date.toISOString().replace(/\.\d{3}Z$/, 'Z');

/** The runbooks' activation checklist, filled from the two runs: what ran when, on which commit, each result. */
export function renderChecklist(input: ChecklistInput): string {
  const { report } = input.controls;
  const { pass, fail, warn, skip } = report.summary;
  const passed = input.audit.passed && input.controls.passed;
  const facts: Array<[string, string]> = [
    ['Task', plain(input.task)],
    ['Repository', plain(input.repository ?? 'unknown')],
    ['Commit', input.commit === null ? 'unknown (not a git checkout)' : code(input.commit)],
    ['Started', time(input.startedAt)],
    ['Finished', time(input.finishedAt)],
    ['CI run', input.runUrl !== undefined ? mdLink(input.runUrl, input.runUrl).markdown : 'none: run outside GitHub Actions'],
    ['Result', passed ? '✅ passed' : '❌ failed'],
  ];
  const lines = [
    `# Runbooks activation: ${plain(input.task)}`,
    '',
    'Evidence written by `mcp-secrets evidence`: the secrets audit and the ops controls, run with the same',
    'code as the actions. The reports beside this file are the raw evidence.',
    '',
    '| Item | Value |',
    '| --- | --- |',
    ...facts.map(([label, value]) => `| ${label} | ${value} |`),
    '',
    '## Checklist',
    '',
    `${box(input.audit.passed)} Secrets audit of the ${plain(input.audit.scanned)} with ${plain(input.audit.config)}: ${plain(input.audit.headline)} (${code(input.files.auditReport)}, ${time(input.audit.finishedAt)})`,
    `${box(true)} Ops controls report written: ${pass} passed, ${fail} failed, ${warn} warned, ${skip} skipped (${code(input.files.controlsReport)}, ${time(input.controls.finishedAt)})`,
    `${box(input.controls.passed)} No control fails (fail-on: ${plain(input.controls.failOn)})`,
    `${box(warn === 0)} No control warns`,
    `${box(input.runUrl !== undefined)} Collected in CI${input.runUrl !== undefined ? `: ${mdLink('the run', input.runUrl).markdown}` : ' (run it in a workflow to link the run here)'}`,
    '- [ ] Reviewed and signed off by: ______________________ on ____-__-__',
    '',
    '## Ops controls, check by check',
    '',
    ...report.checks.map((check) => {
      const status = check.status === 'pass' ? 'pass' : `**${check.status}**`;
      const fix = check.status === 'fail' || check.status === 'warn' ? ` Fix: ${plain(check.remediation)}` : '';
      return `${box(check.status === 'pass')} ${code(check.id)} ${plain(check.title)}: ${status}: ${plain(check.details)}${fix}`;
    }),
    '',
  ];
  return lines.join('\n');
}
