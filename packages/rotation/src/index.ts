// @mcp-secrets/rotation: the runbooks' emergency rotation (new values, version bump, re-encryption,
// optional new age identity, Vault publication with check-and-set) as plan → apply, all or nothing;
// and Vault-only rotation of keys at KV v2 paths, with rollback across paths and rotated_at records.
export { planRotation, type RotationPlan, type RotationRequest, type RotationEnvironment, type PlannedKeyChange, type PlannedFile } from './internal/plan';
export { applyRotation, type AppliedRotation, type ApplyOptions, type RotationResult } from './internal/apply';
export { renderPlan, renderResult } from './internal/render';
export { bumpVersion } from './internal/version-bump';
export { generateSecret, type KeyChangeOptions, type KeyChangeSource } from './internal/key-changes';
export type { KvStore, VaultDestination, PublishedVersion } from './internal/vault-publish';
export { UnknownPublishOutcome } from './internal/failed-write';
export { UnknownStoreOutcome, type IdentityDestination } from './internal/identity-destination';
export type { CreationRuleMatch } from './internal/sops-config';
export { planVaultRotation, type VaultRotationPlan, type VaultRotationRequest, type PlannedPath } from './internal/vault-rotation-plan';
export { applyVaultRotation, type VaultRotationOptions, type VaultRotationResult, type VaultRotationStore, type RotatedPath } from './internal/vault-rotation-apply';
export { renderVaultPlan, renderVaultResult } from './internal/vault-rotation-render';
