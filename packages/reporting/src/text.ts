import { describeCommit } from './commit';
import { describeCounts, groupByFile, plural, verdictFor } from './findings';
import { LEVEL_STYLE, painter, sanitizeForTerminal } from './internal/ansi';
import { repoRelativePath } from './internal/paths';
import { regionOf } from './internal/region';
import type { LevelCounts, ReportFinding, VerdictStatus } from './types';

/** Where the offending lines come from; a line is only ever shown through `redact`. */
export interface SourceLines {
  /** A file's content; undefined when unreadable. */
  read(file: string): string | undefined;
  /** Every secret on the line replaced (all of them, not only the finding's own). */
  redact(text: string): string;
}

export interface TextOptions {
  /** ANSI colour; pass true only for a TTY (and not under NO_COLOR). */
  color: boolean;
  /** Without it, a finding shows the producer's (redacted) snippet instead of its line. */
  source?: SourceLines;
  /** Repository root, to show absolute finding paths relative to it. */
  baseDir?: string;
  /** Longest source line shown; longer lines are cut around the column (default 160). */
  maxLineWidth?: number;
}

const DEFAULT_LINE_WIDTH = 160;

/**
 * Findings for a terminal, grouped by file: `file:line:column level rule message`, the commit that
 * added it (history scans), the source line with a caret under the column, the fingerprint that
 * suppresses it, then the fix. Empty string when there are no findings.
 */
export function renderText(findings: readonly ReportFinding[], options: TextOptions): string {
  const paint = painter(options.color);
  const blocks: string[] = [];
  for (const [file, group] of groupByFile(findings)) {
    const path = sanitizeForTerminal(repoRelativePath(file, options.baseDir) ?? file);
    const lines = options.source?.read(file)?.split(/\r?\n/);
    const out = [`${paint('bold', path)} ${paint('dim', `(${plural(group.length, 'finding')})`)}`];
    for (const finding of group) out.push(...renderFinding(finding, path, lines, options, paint));
    blocks.push(out.join('\n'));
  }
  return blocks.length > 0 ? `${blocks.join('\n\n')}\n` : '';
}

export interface VerdictLineOptions {
  color?: boolean;
  /** The caller's decision under its fail-on policy; by default errors fail and warnings warn. */
  status?: VerdictStatus;
  /** Appended after the counts, e.g. "in 1,234 files (56 MB, 0.8 s)". */
  detail?: string;
}

const VERDICT_MARK: Record<VerdictStatus, { mark: string; style: 'green' | 'yellow' | 'red' }> = {
  pass: { mark: '✔', style: 'green' },
  warn: { mark: '⚠', style: 'yellow' },
  fail: { mark: '✖', style: 'red' },
};

/** One line such as "✖ 2 errors, 1 warning in 3 files". */
export function verdictLine(counts: Partial<LevelCounts>, options: VerdictLineOptions = {}): string {
  const paint = painter(options.color ?? false);
  const { mark, style } = VERDICT_MARK[options.status ?? verdictFor(counts)];
  const text = describeCounts(counts);
  const detail = options.detail !== undefined ? ` ${sanitizeForTerminal(options.detail)}` : '';
  return `${paint(style, `${mark} ${text[0].toUpperCase()}${text.slice(1)}`)}${detail}`;
}

type Paint = ReturnType<typeof painter>;

function renderFinding(
  finding: ReportFinding,
  path: string,
  lines: string[] | undefined,
  options: TextOptions,
  paint: Paint,
): string[] {
  const region = regionOf(finding);
  const where = `${path}:${region.startLine}${region.startColumn !== undefined ? `:${region.startColumn}` : ''}`;
  const [first, ...rest] = sanitizeLines(finding.message);
  const out = [
    `${where} ${paint(LEVEL_STYLE[finding.level], finding.level)} ${paint('dim', sanitizeForTerminal(finding.ruleId))} ${first}`,
    ...rest.map((line) => `    ${line}`),
  ];
  if (finding.commit !== undefined) out.push(`    ${paint('dim', 'commit')} ${sanitizeForTerminal(describeCommit(finding.commit))}`);
  out.push(...excerpt(finding, lines, options, paint));
  if (finding.ignoreEntry !== undefined) out.push(`    ${paint('dim', 'fingerprint:')} ${sanitizeForTerminal(finding.ignoreEntry)}`);
  if (finding.fix !== undefined) {
    const [fixFirst, ...fixRest] = sanitizeLines(finding.fix);
    out.push(`    ${paint('green', 'fix:')} ${fixFirst}`, ...fixRest.map((line) => `         ${line}`));
  }
  return out;
}

/** The source line (redacted) with a caret under the span, or the producer's redacted snippet. */
function excerpt(finding: ReportFinding, lines: string[] | undefined, options: TextOptions, paint: Paint): string[] {
  const region = regionOf(finding);
  const raw = lines?.[region.startLine - 1];
  const gutter = ' '.repeat(String(region.startLine).length);
  if (raw !== undefined && options.source !== undefined) {
    const { redact } = options.source;
    const shown = redact(raw);
    // Redaction changes lengths: the caret goes where the redacted text before it ends.
    const start = redact(raw.slice(0, (region.startColumn ?? 1) - 1)).length;
    const end = region.endColumn !== undefined && region.endLine === region.startLine ? redact(raw.slice(0, region.endColumn - 1)).length : start + 1;
    const view = windowAround(sanitizeForTerminal(shown), start, Math.max(1, end - start), options.maxLineWidth ?? DEFAULT_LINE_WIDTH);
    const out = [`    ${paint('dim', `${region.startLine} |`)} ${view.text}`];
    if (region.startColumn !== undefined) {
      // Tabs kept in the padding so the caret lines up whatever the terminal's tab width.
      const padding = view.text.slice(0, view.caretAt).replace(/[^\t]/g, ' ');
      out.push(`    ${paint('dim', `${gutter} |`)} ${padding}${paint(LEVEL_STYLE[finding.level], '^'.repeat(view.caretLength))}`);
    }
    return out;
  }
  if (finding.snippet !== undefined) {
    const [snippet] = sanitizeLines(finding.snippet);
    const view = windowAround(snippet, 0, 1, options.maxLineWidth ?? DEFAULT_LINE_WIDTH);
    return [`    ${paint('dim', `${region.startLine} |`)} ${view.text}`];
  }
  return [];
}

/** Cuts a long line to `width` around the span, marking the cuts with an ellipsis. */
function windowAround(
  line: string,
  start: number,
  span: number,
  width: number,
): { text: string; caretAt: number; caretLength: number } {
  const at = Math.min(start, line.length);
  if (line.length <= width) {
    return { text: line, caretAt: at, caretLength: Math.max(1, Math.min(span, line.length - at)) };
  }
  const from = Math.max(0, Math.min(at - Math.floor(width / 3), line.length - width));
  const to = Math.min(line.length, from + width);
  const text = `${from > 0 ? '…' : ''}${line.slice(from, to)}${to < line.length ? '…' : ''}`;
  const caretAt = at - from + (from > 0 ? 1 : 0);
  return { text, caretAt, caretLength: Math.max(1, Math.min(span, to - at)) };
}

function sanitizeLines(text: string): string[] {
  return text.split(/\r?\n/).map(sanitizeForTerminal);
}
