// Orchestration of the ops-controls report shared by the action and the CLI: inputs, Vault and
// SOPS wiring for the checks of @mcp-secrets/controls, the report file, summary and annotations.
export { DEFAULT_ARTIFACT_NAME, DEFAULT_REPORT_PATH, OPS_CONTROLS_INPUT_NAMES, readOpsControlsOptions } from './options';
export type { FailOn, OpsControlsInputName, OpsControlsOptions, VaultAccess } from './options';
export { describeSummary, failsUnder, runOpsControls } from './run';
export type { OpsControlsDeps, OpsControlsResult } from './run';
export { STATUS_ICON, evidenceLinks, opsControlsSummary } from './summary';
export type { EvidenceLinks, SummaryInput } from './summary';
export { renderChecksText } from './text';
export { openVaultSession, type VaultSession } from './vault-port';
export type { ChecksTextOptions } from './text';
