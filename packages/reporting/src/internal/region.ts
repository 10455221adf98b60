import type { ReportFinding } from '../types';

export interface Region {
  startLine: number;
  endLine: number;
  startColumn?: number;
  endColumn?: number;
}

/**
 * A finding's span with impossible values dropped rather than passed on: code scanning rejects a whole
 * SARIF upload for one bad region, and GitHub drops annotations whose columns make no sense.
 * A missing or zero line (a whole-file finding) becomes line 1.
 */
export function regionOf(finding: ReportFinding): Region {
  const startLine = positiveInt(finding.line) ?? 1;
  const endLine = Math.max(startLine, positiveInt(finding.endLine) ?? startLine);
  const startColumn = positiveInt(finding.column);
  let endColumn = positiveInt(finding.endColumn);
  if (endColumn !== undefined && endLine === startLine && endColumn < (startColumn ?? 1)) endColumn = undefined;
  return {
    startLine,
    endLine,
    ...(startColumn !== undefined && { startColumn }),
    ...(endColumn !== undefined && { endColumn }),
  };
}

function positiveInt(n: number | undefined): number | undefined {
  return n !== undefined && Number.isFinite(n) && n >= 1 ? Math.trunc(n) : undefined;
}
