import type { Check } from '../types';
import { actionsPinned } from './actions-pinned';
import { codeownersSecrets } from './codeowners-secrets';
import { dependencyUpdates } from './dependency-updates';
import { detectSecretsBaseline } from './detect-secrets-baseline';
import { envFilesIgnored } from './env-files-ignored';
import { gitleaksConfig } from './gitleaks-config';
import { noPrivateKeysTracked } from './no-private-keys-tracked';
import { reportsPublished } from './reports-published';
import { rotationSchedule } from './rotation-schedule';
import { secretFilePermissions } from './secret-file-permissions';
import { secretsRotationAge } from './secrets-rotation-age';
import { secretsSyncStep } from './secrets-sync-step';
import { secretsVersion } from './secrets-version';
import { securityPipeline } from './security-pipeline';
import { securityPolicy } from './security-policy';
import { sopsBundleEncrypted } from './sops-bundle-encrypted';
import { sopsPolicy } from './sops-policy';
import { unusedSecrets } from './unused-secrets';
import { vaultApprole } from './vault-approle';
import { vaultPoliciesMinimal } from './vault-policies-minimal';
import { workflowInjection } from './workflow-injection';
import { workflowPermissions } from './workflow-permissions';

/** Every built-in check, in report order (the catalogue order of ops-controls.md). */
export const ALL_CHECKS: readonly Check[] = [
  workflowPermissions,
  workflowInjection,
  actionsPinned,
  gitleaksConfig,
  detectSecretsBaseline,
  securityPipeline,
  reportsPublished,
  secretsSyncStep,
  sopsPolicy,
  sopsBundleEncrypted,
  secretsVersion,
  secretsRotationAge,
  rotationSchedule,
  envFilesIgnored,
  noPrivateKeysTracked,
  secretFilePermissions,
  codeownersSecrets,
  unusedSecrets,
  vaultApprole,
  vaultPoliciesMinimal,
  dependencyUpdates,
  securityPolicy,
];
