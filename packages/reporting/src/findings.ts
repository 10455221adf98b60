import { LEVELS, type Level, type LevelCounts, type ReportFinding, type VerdictStatus } from './types';

const LEVEL_RANK: Record<Level, number> = { error: 0, warning: 1, note: 2 };

/** Orders by file, then line, column and rule id: the reading order of a file. */
export function compareByLocation(a: ReportFinding, b: ReportFinding): number {
  return (
    compareStrings(a.file, b.file) ||
    a.line - b.line ||
    (a.column ?? 0) - (b.column ?? 0) ||
    compareStrings(a.ruleId, b.ruleId) ||
    compareStrings(a.message, b.message)
  );
}

/** Orders most severe first, then by location. */
export function compareBySeverity(a: ReportFinding, b: ReportFinding): number {
  return LEVEL_RANK[a.level] - LEVEL_RANK[b.level] || compareByLocation(a, b);
}

export function countByLevel(findings: readonly ReportFinding[]): LevelCounts {
  const counts: LevelCounts = { error: 0, warning: 0, note: 0 };
  for (const f of findings) counts[f.level] += 1;
  return counts;
}

/** Findings per rule id, most frequent first (ties by id) so summaries read top-down. */
export function countByRule(findings: readonly ReportFinding[]): Array<[ruleId: string, count: number]> {
  const counts = new Map<string, number>();
  for (const f of findings) counts.set(f.ruleId, (counts.get(f.ruleId) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || compareStrings(a[0], b[0]));
}

/** Findings grouped by file, files in path order and each group in reading order. */
export function groupByFile(findings: readonly ReportFinding[]): Array<[file: string, findings: ReportFinding[]]> {
  const groups = new Map<string, ReportFinding[]>();
  for (const f of [...findings].sort(compareByLocation)) {
    const group = groups.get(f.file);
    if (group) group.push(f);
    else groups.set(f.file, [f]);
  }
  return [...groups];
}

/** The default verdict: any error fails, any warning warns. Actions with `fail-on` pass their own. */
export function verdictFor(counts: Partial<LevelCounts>): VerdictStatus {
  if ((counts.error ?? 0) > 0) return 'fail';
  if ((counts.warning ?? 0) > 0) return 'warn';
  return 'pass';
}

/** "2 errors, 1 warning" — zero counts left out; "no findings" when all are zero. */
export function describeCounts(counts: Partial<LevelCounts>): string {
  const parts = LEVELS.filter((level) => (counts[level] ?? 0) > 0).map((level) =>
    plural(counts[level] ?? 0, level),
  );
  return parts.length > 0 ? parts.join(', ') : 'no findings';
}

export function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

// Code-unit order, not locale order: output must not depend on the machine's locale.
function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
