import { describeCommit } from './commit';
import { countByLevel, countByRule, describeCounts, groupByFile, plural } from './findings';
import { encodePathSegments, repoRelativePath } from './internal/paths';
import { regionOf } from './internal/region';
import { truncate } from './internal/text';
import { escapeMarkdown, markdownTable, mdCode, mdLink, tableRow, type Cell, type Markdown } from './markdown';
import type { CommitInfo, LevelCounts, ReportFinding, VerdictStatus } from './types';

/** GitHub rejects a step summary over 1 MiB; half of it leaves room for the other parts of a gate. */
export const DEFAULT_SUMMARY_BYTES = 512 * 1024;
export const DEFAULT_SUMMARY_ROWS = 1000;
const CELL_CHARS = 300;
const SNIPPET_CHARS = 120;
// Room kept for the closing note, so truncation never pushes the section over its budget.
const NOTE_RESERVE = 512;

/** Where findings can be linked: `${serverUrl}/${repository}/blob/${ref}/<file>#L<line>`. */
export interface LinkBase {
  serverUrl: string;
  repository: string;
  /** Commit SHA (preferred: the link keeps pointing at the scanned lines) or ref. */
  ref: string;
}

export interface SummaryOptions {
  title: string;
  verdict: VerdictStatus;
  /** Replaces the default headline ("2 errors, 1 warning"). */
  headline?: string;
  /** Counts when `findings` is not the full list; counted from `findings` otherwise. */
  counts?: Partial<LevelCounts>;
  findings: readonly ReportFinding[];
  /** Extra figures shown beside the counts, e.g. ["Files scanned", 1234], ["Time", "1.2 s"]. */
  facts?: ReadonlyArray<readonly [label: string, value: string | number]>;
  /** Plain-text paragraphs, e.g. the annotations left out. */
  notes?: readonly string[];
  links?: LinkBase;
  /** Repository root, to show absolute finding paths relative to it. */
  baseDir?: string;
  /** Where the full list lives, named in truncation notes (default "the report"). */
  reportName?: string;
  maxRows?: number;
  maxBytes?: number;
  /** Heading level of the title (default 2; the gate nests parts at 3). */
  headingLevel?: number;
}

const VERDICT_TEXT: Record<VerdictStatus, string> = {
  pass: '✅ **Passed**',
  warn: '⚠️ **Passed with warnings**',
  fail: '❌ **Failed**',
};

/**
 * A job-summary section: verdict, counts, findings per rule, then every finding grouped by file,
 * cut after `maxRows` rows or `maxBytes` bytes with a note saying how many were left out.
 */
export function summarySection(options: SummaryOptions): string {
  const maxBytes = options.maxBytes ?? DEFAULT_SUMMARY_BYTES;
  // Title plus two nested levels must stay within Markdown's six.
  const level = Math.min(Math.max(options.headingLevel ?? 2, 1), 4);
  const counted = countByLevel(options.findings);
  const counts: LevelCounts = {
    error: options.counts?.error ?? counted.error,
    warning: options.counts?.warning ?? counted.warning,
    note: options.counts?.note ?? counted.note,
  };
  const reportName = options.reportName ?? 'the report';
  const out = new BudgetedText(maxBytes - NOTE_RESERVE);

  out.add(`${'#'.repeat(level)} ${escapeMarkdown(options.title)}\n\n`);
  out.add(`${VERDICT_TEXT[options.verdict]}: ${escapeMarkdown(options.headline ?? describeCounts(counts))}\n\n`);
  const facts = options.facts ?? [];
  out.add(
    markdownTable(
      ['Errors', 'Warnings', 'Notes', ...facts.map(([label]) => label)],
      [[counts.error, counts.warning, counts.note, ...facts.map(([, value]) => value)]],
    ) + '\n',
  );
  for (const note of options.notes ?? []) out.add(`${escapeMarkdown(note)}\n\n`);
  if (options.findings.length === 0) return out.text;

  const sub = '#'.repeat(level + 1);
  out.add(`${sub} Findings per rule\n\n${markdownTable(['Rule', 'Findings'], countByRule(options.findings).map(([rule, n]) => [mdCode(rule), n]))}\n`);

  out.add(`${sub} Findings\n\n`);
  const maxRows = options.maxRows ?? DEFAULT_SUMMARY_ROWS;
  let shown = 0;
  groups: for (const [file, findings] of groupByFile(options.findings)) {
    const path = repoRelativePath(file, options.baseDir) ?? file;
    const withSnippets = findings.some((f) => f.snippet !== undefined);
    const withCommits = findings.some((f) => f.commit !== undefined);
    const headers: Cell[] = ['Line', 'Level', 'Rule', 'Message', ...(withCommits ? ['Commit'] : []), ...(withSnippets ? ['Snippet (redacted)'] : [])];
    const head = `${sub}# ${mdCode(path).markdown} (${plural(findings.length, 'finding')})\n\n${markdownTable(headers, [])}`;
    if (shown >= maxRows || !out.fits(head)) break;
    out.add(head);
    for (const finding of findings) {
      const row = `${tableRow(findingRow(finding, path, { withSnippets, withCommits }, options.links))}\n`;
      if (shown >= maxRows || !out.add(row)) break groups;
      shown += 1;
    }
    out.add('\n');
  }
  const left = options.findings.length - shown;
  if (left > 0) out.force(`\n_${escapeMarkdown(`${plural(left, 'more finding')} not shown here; see ${reportName}.`)}_\n`);
  return out.text;
}

function findingRow(finding: ReportFinding, path: string, columns: { withSnippets: boolean; withCommits: boolean }, links?: LinkBase): Cell[] {
  const region = regionOf(finding);
  const lines = region.endLine > region.startLine ? `${region.startLine}–${region.endLine}` : String(region.startLine);
  const message: Markdown = {
    markdown:
      escapeMarkdown(truncate(finding.message, CELL_CHARS)) +
      (finding.ignoreEntry !== undefined ? `<br>Fingerprint: ${mdCode(truncate(finding.ignoreEntry, CELL_CHARS)).markdown}` : '') +
      (finding.fix !== undefined ? `<br>Fix: ${mdCode(truncate(finding.fix, CELL_CHARS)).markdown}` : ''),
  };
  return [
    links ? mdLink(lines, lineUrl(links, path, region.startLine, region.endLine)) : lines,
    finding.level,
    mdCode(finding.ruleId),
    message,
    ...(columns.withCommits ? [finding.commit !== undefined ? commitCell(finding.commit) : ''] : []),
    ...(columns.withSnippets ? [finding.snippet !== undefined ? mdCode(truncate(finding.snippet, SNIPPET_CHARS)) : ''] : []),
  ];
}

/** The short SHA as code, then who, when and the subject: repository text, escaped. */
function commitCell(commit: CommitInfo): Markdown {
  const sha = commit.sha.slice(0, 7);
  const rest = describeCommit(commit, { shortSha: true }).slice(sha.length);
  return { markdown: `${mdCode(sha).markdown}${escapeMarkdown(truncate(rest, CELL_CHARS))}` };
}

function lineUrl(base: LinkBase, path: string, start: number, end: number): string {
  const anchor = end > start ? `#L${start}-L${end}` : `#L${start}`;
  return `${base.serverUrl.replace(/\/+$/, '')}/${base.repository}/blob/${encodePathSegments(base.ref)}/${encodePathSegments(path)}${anchor}`;
}

/** Text that stops growing at a byte budget (UTF-8, as GitHub measures the summary file). */
class BudgetedText {
  text = '';
  private bytes = 0;

  constructor(private readonly budget: number) {}

  fits(piece: string): boolean {
    return this.bytes + Buffer.byteLength(piece) <= this.budget;
  }

  add(piece: string): boolean {
    if (!this.fits(piece)) return false;
    this.force(piece);
    return true;
  }

  /** For the closing note, which the reserve below the budget is kept for. */
  force(piece: string): void {
    this.text += piece;
    this.bytes += Buffer.byteLength(piece);
  }
}
