import { PRODUCT_VERSION } from '@mcp-secrets/ports';
import type { ReportFinding, ReportRule, ToolInfo } from '@mcp-secrets/reporting';
import { RULES, type Finding, type Severity } from '@mcp-secrets/workflows';

export const TOOL: ToolInfo = {
  name: 'mcp-secrets workflow-permission-check',
  version: PRODUCT_VERSION,
  informationUri: 'https://github.com/org/mcp-secrets/tree/main/workflow-permission-check',
};

/** Code scanning category, so this tool's uploads do not replace the audit's for the same commit. */
export const SARIF_CATEGORY = 'workflows';

// Code scanning grades security alerts by this number (critical >= 9, high >= 7, medium >= 4).
const SECURITY_SEVERITY: Record<Severity, number> = { error: 7.5, warning: 5.0, note: 2.0 };

/** The workflows rule catalogue as SARIF rule descriptors; a parse error or a structure check is a correctness problem, not a security one. */
export const REPORT_RULES: readonly ReportRule[] = RULES.map((rule) => ({
  id: rule.id,
  description: rule.description,
  ...(rule.helpUri !== undefined && { helpUri: rule.helpUri }),
  defaultLevel: rule.defaultSeverity,
  tags: ['github-actions', rule.correctness ? 'correctness' : 'security'],
  ...(!rule.correctness && { securitySeverity: SECURITY_SEVERITY[rule.defaultSeverity] }),
}));

export function toReportFinding(finding: Finding): ReportFinding {
  return {
    ruleId: finding.ruleId,
    level: finding.severity,
    message: finding.message,
    file: finding.file,
    line: finding.line,
    column: finding.column,
    ...(finding.endLine !== undefined && { endLine: finding.endLine }),
    ...(finding.endColumn !== undefined && { endColumn: finding.endColumn }),
    ...(finding.fix !== undefined && { fix: finding.fix }),
  };
}
