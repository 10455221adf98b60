// @mcp-secrets/audit: the audit shared by the action and the CLI.
export { AUDIT_DEFAULTS, AUDIT_ENGINES, AUDIT_INPUT_NAMES, readAuditOptions, SCAN_MODES } from './options';
export type { AuditEngine, AuditInputName, AuditOptions, InputFile, ScanMode } from './options';
export { AUDIT_SARIF_CATEGORY, displayPath, runAudit } from './audit';
export type { AuditDeps, AuditResult } from './audit';
export { saveBaseline, writeBaseline } from './baseline';
export { AUDIT_TOOL, reportRules, toReportFinding } from './report-findings';
export { resolveScanTarget } from './scan-target';
export type { ScanTarget, TargetNotice } from './scan-target';
export { describeSuppressed, formatMegabytes, formatSeconds, NOT_REPORTED_BY_GITLEAKS } from './stats';
