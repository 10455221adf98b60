import { escapeMarkdown, groupByFile, mdCode, summarySection, type ReportFinding, type VerdictStatus } from '@mcp-secrets/reporting';

export interface CheckSummaryInput {
  verdict: VerdictStatus;
  findings: readonly ReportFinding[];
  filesChecked: number;
  configFile?: string;
  /** The SARIF log written, relative to the root, when one was. */
  sarifFile?: string;
  /** E.g. the annotations left out by GitHub's limits. */
  notes?: readonly string[];
}

const TITLE = 'Workflow permission check';
// The findings table takes most of GitHub's 1 MiB; the fix blocks get what a gate can still afford.
const TABLE_BYTES = 384 * 1024;
const FIX_BYTES = 128 * 1024;

/** The job summary: verdict, counts, every finding by file, then per file the blocks that fix them. */
export function checkSummary(input: CheckSummaryInput): string {
  const facts: Array<[string, string | number]> = [
    ['Files checked', input.filesChecked],
    ['Config', input.configFile ?? 'built-in defaults'],
  ];
  if (input.sarifFile !== undefined) facts.push(['SARIF', input.sarifFile]);
  // Where the findings cut from this summary can still be read.
  const reportName = input.sarifFile ?? 'the output of mcp-secrets check-workflows';
  const table = summarySection({
    title: TITLE,
    verdict: input.verdict,
    findings: input.findings,
    facts,
    notes: input.notes ?? [],
    reportName,
    maxBytes: TABLE_BYTES,
  });
  return `${table}${fixBlocks(input.findings, reportName)}`;
}

/** Each distinct fix once per file, naming the lines and rules it resolves, as a fenced YAML block. */
function fixBlocks(findings: readonly ReportFinding[], reportName: string): string {
  let out = '';
  let bytes = 0;
  let left = 0;
  for (const [file, group] of groupByFile(findings)) {
    const fixes = new Map<string, string[]>();
    for (const finding of group) {
      if (finding.fix === undefined) continue;
      const places = fixes.get(finding.fix) ?? [];
      places.push(`line ${finding.line} (${mdCode(finding.ruleId).markdown})`);
      fixes.set(finding.fix, places);
    }
    let heading = `#### ${mdCode(file).markdown}\n\n`;
    for (const [fix, places] of fixes) {
      const block = `${heading}For ${places.join(', ')}:\n\n${fenced(fix)}\n\n`;
      const size = Buffer.byteLength(block);
      if (bytes + size > FIX_BYTES) {
        left += 1;
        continue;
      }
      out += block;
      bytes += size;
      heading = '';
    }
  }
  if (out === '' && left === 0) return '';
  const more = left > 0 ? `_${escapeMarkdown(`${left} more fixes not shown here; see ${reportName}.`)}_\n` : '';
  return `### Fixes\n\n${out}${more}`;
}

/** A fence longer than any backtick run in the text, so the text cannot close it. */
function fenced(text: string): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return `${fence}yaml\n${text}\n${fence}`;
}
