// True- and false-positive examples for every built-in rule, one file per rule family.
import { aiCases } from './ai.cases';
import { aiPlatformCases } from './ai-platforms.cases';
import { azureCases } from './azure.cases';
import { businessAppCases } from './business-apps.cases';
import { ciCdCases } from './ci-cd.cases';
import { cloudCases } from './cloud.cases';
import { cloudHostingCases } from './cloud-hosting.cases';
import { commandLineCases } from './command-line.cases';
import { commerceCases } from './commerce.cases';
import { configFileCases } from './config-files.cases';
import { connectionStringCases } from './connection-strings.cases';
import { commsCases } from './comms.cases';
import { cryptoKeyCases } from './crypto-keys.cases';
import { dataApiCases } from './data-apis.cases';
import { databaseCases } from './databases.cases';
import { deployPlatformCases } from './deploy-platforms.cases';
import { devPlatformCases } from './dev-platforms.cases';
import { devServiceCases } from './dev-services.cases';
import { emailCases } from './email.cases';
import { FakeSecrets } from './fake-secrets';
import { financeCases } from './finance.cases';
import { genericCases } from './generic.cases';
import { gitlabCases } from './gitlab.cases';
import { httpAuthCases } from './http-auth.cases';
import { identityCases } from './identity.cases';
import { infraCases } from './infra.cases';
import { loggingCases } from './logging.cases';
import { messagingCases } from './messaging.cases';
import { observabilityCases } from './observability.cases';
import { packageRegistryCases } from './packages.cases';
import { paymentCases } from './payments.cases';
import { productivityCases } from './productivity.cases';
import type { RuleCases } from './rule-cases';
import { socialCases } from './social.cases';
import { vaultCases } from './vault.cases';
import { githubCases, otherVcsCases } from './vcs.cases';

export type { RuleCases, TruePositive } from './rule-cases';

/**
 * A family's own generator, seeded from `seed` and the family's name (FNV-1a): a family that adds
 * cases leaves every other family's values as they were.
 */
function familySecrets(seed: number, family: string): FakeSecrets {
  let h = 0x811c9dc5;
  for (let i = 0; i < family.length; i++) h = Math.imul(h ^ family.charCodeAt(i), 0x01000193);
  return new FakeSecrets((h ^ seed) >>> 0);
}

/** Every case; each family's values come from its own generator (`family('<name>')`). */
export function buildRuleCases(seed = 0x5ec2e75): RuleCases[] {
  const family = (name: string): FakeSecrets => familySecrets(seed, name);
  return [
    ...githubCases(family('github')),
    ...gitlabCases(family('gitlab')),
    ...otherVcsCases(family('other-vcs')),
    ...cloudCases(family('cloud')),
    ...azureCases(family('azure')),
    ...cloudHostingCases(family('cloud-hosting')),
    ...infraCases(family('infra')),
    ...databaseCases(family('database')),
    ...observabilityCases(family('observability')),
    ...loggingCases(family('logging')),
    ...identityCases(family('identity')),
    ...aiCases(family('ai')),
    ...aiPlatformCases(family('ai-platform')),
    ...messagingCases(family('messaging')),
    ...commsCases(family('comms')),
    ...emailCases(family('email')),
    ...socialCases(family('social')),
    ...productivityCases(family('productivity')),
    ...businessAppCases(family('business-apps')),
    ...paymentCases(family('payment')),
    ...financeCases(family('finance')),
    ...commerceCases(family('commerce')),
    ...dataApiCases(family('data-api')),
    ...packageRegistryCases(family('package-registry')),
    ...ciCdCases(family('ci-cd')),
    ...deployPlatformCases(family('deploy-platform')),
    ...devPlatformCases(family('dev-platform')),
    ...devServiceCases(family('dev-service')),
    ...vaultCases(family('vault')),
    ...cryptoKeyCases(family('crypto-key')),
    ...connectionStringCases(family('connection-string')),
    ...httpAuthCases(family('http-auth')),
    ...configFileCases(family('config-file')),
    ...commandLineCases(family('command-line')),
    ...genericCases(family('generic')),
  ];
}

export const BUILTIN_RULE_CASES: RuleCases[] = buildRuleCases();
