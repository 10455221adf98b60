import type { CheckSeverity, CheckStatus, Evidence } from './types';

export interface ReportedCheck {
  id: string;
  title: string;
  status: CheckStatus;
  severity: CheckSeverity;
  details: string;
  evidence: Evidence[];
  remediation: string;
}

/** `ops-controls-report.json` (schema 1), as in docs: interfaces.md and ops-controls.md. */
export interface ControlsReport {
  schema: 1;
  tool: { name: string; version: string };
  generated_at: string;
  repository: string | null;
  commit: string | null;
  summary: Record<CheckStatus, number>;
  checks: ReportedCheck[];
}

export function summarize(checks: ReportedCheck[]): Record<CheckStatus, number> {
  const summary: Record<CheckStatus, number> = { pass: 0, fail: 0, warn: 0, skip: 0 };
  for (const check of checks) summary[check.status] += 1;
  return summary;
}

/** `owner/name` from a GitHub remote URL (https or ssh), or undefined for anything else. */
export function repositoryFromRemote(url: string): string | undefined {
  const match = /github\.com[:/]+([^/]+\/[^/]+?)(?:\.git)?\/?$/.exec(url.trim());
  return match?.[1];
}
