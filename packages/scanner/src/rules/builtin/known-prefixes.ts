// Secrets that a provider rule already reports, by how they start: the catch-all rules (URL
// credentials, generic assignments) skip them so that one leak yields one finding. Each family
// lists its own prefixes next to its rules; a new family adds its list here.
import { AI_TOKEN_PREFIXES } from './ai';
import { AI_PLATFORM_TOKEN_PREFIXES } from './ai-platforms';
import { AZURE_TOKEN_PREFIXES } from './azure';
import { BUSINESS_APP_TOKEN_PREFIXES } from './business-apps';
import { CI_CD_TOKEN_PREFIXES } from './ci-cd';
import { CLOUD_TOKEN_PREFIXES } from './cloud';
import { CLOUD_HOSTING_TOKEN_PREFIXES } from './cloud-hosting';
import { COMMERCE_TOKEN_PREFIXES } from './commerce';
import { COMMS_TOKEN_PREFIXES } from './comms';
import { CRYPTO_KEY_TOKEN_PREFIXES } from './crypto-keys';
import { DATA_API_TOKEN_PREFIXES } from './data-apis';
import { DATABASE_TOKEN_PREFIXES } from './databases';
import { DEPLOY_PLATFORM_TOKEN_PREFIXES } from './deploy-platforms';
import { DEV_PLATFORM_TOKEN_PREFIXES } from './dev-platforms';
import { DEV_SERVICE_TOKEN_PREFIXES } from './dev-services';
import { EMAIL_TOKEN_PREFIXES } from './email';
import { FINANCE_TOKEN_PREFIXES } from './finance';
import { GITLAB_TOKEN_PREFIXES } from './gitlab';
import { IDENTITY_TOKEN_PREFIXES } from './identity';
import { INFRA_TOKEN_PREFIXES } from './infra';
import { LOGGING_TOKEN_PREFIXES } from './logging';
import { MESSAGING_TOKEN_PREFIXES } from './messaging';
import { OBSERVABILITY_TOKEN_PREFIXES } from './observability';
import { PACKAGE_REGISTRY_TOKEN_PREFIXES } from './packages';
import { PAYMENT_TOKEN_PREFIXES } from './payments';
import { PRODUCTIVITY_TOKEN_PREFIXES } from './productivity';
import { SOCIAL_TOKEN_PREFIXES } from './social';
import { VAULT_TOKEN_PREFIXES } from './vault';
import { VCS_TOKEN_PREFIXES } from './vcs';

/** A JWT is reported by the jwt rule. */
const JWT_PREFIX = 'eyJ';

export const KNOWN_TOKEN_PREFIX = `^(?:${[
  ...VCS_TOKEN_PREFIXES,
  ...GITLAB_TOKEN_PREFIXES,
  ...CLOUD_TOKEN_PREFIXES,
  ...AZURE_TOKEN_PREFIXES,
  ...CLOUD_HOSTING_TOKEN_PREFIXES,
  ...INFRA_TOKEN_PREFIXES,
  ...DATABASE_TOKEN_PREFIXES,
  ...OBSERVABILITY_TOKEN_PREFIXES,
  ...LOGGING_TOKEN_PREFIXES,
  ...IDENTITY_TOKEN_PREFIXES,
  ...AI_TOKEN_PREFIXES,
  ...AI_PLATFORM_TOKEN_PREFIXES,
  ...MESSAGING_TOKEN_PREFIXES,
  ...COMMS_TOKEN_PREFIXES,
  ...EMAIL_TOKEN_PREFIXES,
  ...SOCIAL_TOKEN_PREFIXES,
  ...PRODUCTIVITY_TOKEN_PREFIXES,
  ...BUSINESS_APP_TOKEN_PREFIXES,
  ...PAYMENT_TOKEN_PREFIXES,
  ...FINANCE_TOKEN_PREFIXES,
  ...COMMERCE_TOKEN_PREFIXES,
  ...DATA_API_TOKEN_PREFIXES,
  ...PACKAGE_REGISTRY_TOKEN_PREFIXES,
  ...CI_CD_TOKEN_PREFIXES,
  ...DEPLOY_PLATFORM_TOKEN_PREFIXES,
  ...DEV_PLATFORM_TOKEN_PREFIXES,
  ...DEV_SERVICE_TOKEN_PREFIXES,
  ...VAULT_TOKEN_PREFIXES,
  ...CRYPTO_KEY_TOKEN_PREFIXES,
  JWT_PREFIX,
].join('|')})`;
