// The rules the audit engine uses when no gitleaks configuration replaces them. Written from
// each provider's public token format; ids are kebab-case and stable (they appear in reports,
// baselines and .gitleaksignore fingerprints).
import type { BuiltinRule } from './builtin-rule';
import { AI_RULES } from './ai';
import { AI_PLATFORM_RULES } from './ai-platforms';
import { AZURE_RULES } from './azure';
import { BUSINESS_APP_RULES } from './business-apps';
import { CI_CD_RULES } from './ci-cd';
import { CLOUD_RULES } from './cloud';
import { CLOUD_HOSTING_RULES } from './cloud-hosting';
import { COMMAND_LINE_RULES } from './command-line';
import { COMMERCE_RULES } from './commerce';
import { CONFIG_FILE_RULES } from './config-files';
import { CONNECTION_STRING_RULES } from './connection-strings';
import { COMMS_RULES } from './comms';
import { CRYPTO_KEY_RULES } from './crypto-keys';
import { DATA_API_RULES } from './data-apis';
import { DATABASE_RULES } from './databases';
import { DEPLOY_PLATFORM_RULES } from './deploy-platforms';
import { DEV_PLATFORM_RULES } from './dev-platforms';
import { DEV_SERVICE_RULES } from './dev-services';
import { EMAIL_RULES } from './email';
import { FINANCE_RULES } from './finance';
import { GENERIC_RULES } from './generic';
import { GITLAB_RULES } from './gitlab';
import { HTTP_AUTH_RULES } from './http-auth';
import { IDENTITY_RULES } from './identity';
import { INFRA_RULES } from './infra';
import { LOGGING_RULES } from './logging';
import { MESSAGING_RULES } from './messaging';
import { OBSERVABILITY_RULES } from './observability';
import { PACKAGE_REGISTRY_RULES } from './packages';
import { PAYMENT_RULES } from './payments';
import { PRODUCTIVITY_RULES } from './productivity';
import { SOCIAL_RULES } from './social';
import { VAULT_RULES } from './vault';
import { VCS_RULES } from './vcs';

/** Provider rules first, catch-all rules (JWT, URL credentials, generic assignments) last. */
export const BUILTIN_RULES: BuiltinRule[] = [
  ...VCS_RULES,
  ...GITLAB_RULES,
  ...CLOUD_RULES,
  ...AZURE_RULES,
  ...CLOUD_HOSTING_RULES,
  ...INFRA_RULES,
  ...DATABASE_RULES,
  ...OBSERVABILITY_RULES,
  ...LOGGING_RULES,
  ...IDENTITY_RULES,
  ...AI_RULES,
  ...AI_PLATFORM_RULES,
  ...MESSAGING_RULES,
  ...COMMS_RULES,
  ...EMAIL_RULES,
  ...SOCIAL_RULES,
  ...PRODUCTIVITY_RULES,
  ...BUSINESS_APP_RULES,
  ...PAYMENT_RULES,
  ...FINANCE_RULES,
  ...COMMERCE_RULES,
  ...DATA_API_RULES,
  ...PACKAGE_REGISTRY_RULES,
  ...CI_CD_RULES,
  ...DEPLOY_PLATFORM_RULES,
  ...DEV_PLATFORM_RULES,
  ...DEV_SERVICE_RULES,
  ...VAULT_RULES,
  ...CRYPTO_KEY_RULES,
  ...CONNECTION_STRING_RULES,
  ...HTTP_AUTH_RULES,
  ...CONFIG_FILE_RULES,
  ...COMMAND_LINE_RULES,
  ...GENERIC_RULES,
];
