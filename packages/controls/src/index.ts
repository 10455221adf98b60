// @mcp-secrets/controls: the ops-controls checks (each a small module with an id, title and evidence),
// the runner and the `ops-controls-report.json` report (schema: ../ops-controls-report.schema.json).
export { runControls, selectChecks, DEFAULT_TOOL } from './internal/runner';
export type { RunControlsParams } from './internal/runner';
export { ALL_CHECKS } from './internal/checks/registry';
export { repositoryFromRemote } from './internal/report';
export type { ControlsReport, ReportedCheck } from './internal/report';
export { DEFAULT_CONTROLS_OPTIONS, mergeOptionInputs, resolveControlsOptions } from './internal/options';
export type { ControlsOptions, ControlsOptionsInput } from './internal/options';
export { CONTROLS_CONFIG_FILE, parseControlsConfig } from './internal/config-file';
export { createGitCli } from './internal/git';
export type { GitPort, IgnoreVerdict } from './internal/git';
export { createRepoFiles } from './internal/repo-files';
export type { RepoFiles } from './internal/repo-files';
export type { KvRotationFacts, VaultPort, VaultReadResult, VaultTokenView } from './internal/vault-port';
export { reviewRotation, sourceLabel, DUE_SOON_RATIO } from './internal/rotation-review';
export type { KeyState, ReviewedSource, RotationReview, ScheduledKey, UnreadSource, UnscheduledKey } from './internal/rotation-review';
export type { RotationEntry, RotationSource } from './internal/rotation-config';
export type { RotationPolicy } from './internal/rotation-policy';
export type {
  BundleDecryptor,
  Check,
  CheckContext,
  CheckResult,
  CheckSeverity,
  CheckStatus,
  Clock,
  Evidence,
  SecretsInventoryPort,
} from './internal/types';
