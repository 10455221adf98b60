export { DEFAULT_SARIF_PATH, WORKFLOW_CHECK_INPUT_NAMES, readWorkflowCheckOptions } from './options';
export type { FailOn, WorkflowCheckInputName, WorkflowCheckOptions } from './options';
export { failsUnder, readWorkflowSources, runWorkflowCheck } from './run-check';
export type { WorkflowCheckResult, WorkflowSources } from './run-check';
export { REPORT_RULES, SARIF_CATEGORY, TOOL } from './report';
