import type { Finding, Severity, SourceRange, WorkflowModel } from '../../model';
import type { WorkflowsConfig } from '../config';
import type { JobNeeds } from '../job-needs';

/** What a workflow rule sees: the model, the config, and each job's needs computed once. */
export interface RuleContext {
  workflow: WorkflowModel;
  config: WorkflowsConfig;
  needs: ReadonlyMap<string, JobNeeds>;
}

export function finding(
  ruleId: string,
  severity: Severity,
  file: string,
  range: SourceRange,
  message: string,
  fix?: string,
): Finding {
  const out: Finding = {
    ruleId,
    severity,
    file,
    line: range.line,
    column: range.column,
    endLine: range.endLine,
    endColumn: range.endColumn,
    message,
  };
  if (fix !== undefined) out.fix = fix;
  return out;
}
