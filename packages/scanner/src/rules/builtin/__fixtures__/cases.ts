// True- and false-positive examples for every built-in rule, one file per rule family.
import { aiPlatformCases } from './ai-platforms.cases';
import { aiCases } from './ai.cases';
import { ciCdCases } from './ci-cd.cases';
import { azureCases } from './azure.cases';
import { cloudCases } from './cloud.cases';
import { cloudHostingCases } from './cloud-hosting.cases';
import { commerceCases } from './commerce.cases';
import { cryptoKeyCases } from './crypto-keys.cases';
import { dataApiCases } from './data-apis.cases';
import { databaseCases } from './databases.cases';
import { deployPlatformCases } from './deploy-platforms.cases';
import { devPlatformCases } from './dev-platforms.cases';
import { devServiceCases } from './dev-services.cases';
import { FakeSecrets } from './fake-secrets';
import { financeCases } from './finance.cases';
import { genericCases } from './generic.cases';
import { identityCases } from './identity.cases';
import { infraCases } from './infra.cases';
import { loggingCases } from './logging.cases';
import { gitlabCases } from './gitlab.cases';
import { messagingCases } from './messaging.cases';
import { observabilityCases } from './observability.cases';
import { packageRegistryCases } from './packages.cases';
import { paymentCases } from './payments.cases';
import type { RuleCases } from './rule-cases';
import { vaultCases } from './vault.cases';
import { githubCases, otherVcsCases } from './vcs.cases';

export type { RuleCases, TruePositive } from './rule-cases';

/** Every case, generated from one fixed seed. */
export function buildRuleCases(seed = 0x5ec2e75): RuleCases[] {
  const f = new FakeSecrets(seed);
  return [
    ...githubCases(f),
    ...gitlabCases(f),
    ...otherVcsCases(f),
    ...cloudCases(f),
    ...azureCases(f),
    ...cloudHostingCases(f),
    ...infraCases(f),
    ...databaseCases(f),
    ...observabilityCases(f),
    ...loggingCases(f),
    ...identityCases(f),
    ...aiCases(f),
    ...aiPlatformCases(f),
    ...messagingCases(f),
    ...paymentCases(f),
    ...financeCases(f),
    ...commerceCases(f),
    ...dataApiCases(f),
    ...packageRegistryCases(f),
    ...ciCdCases(f),
    ...deployPlatformCases(f),
    ...devPlatformCases(f),
    ...devServiceCases(f),
    ...vaultCases(f),
    ...cryptoKeyCases(f),
    ...genericCases(f),
  ];
}

export const BUILTIN_RULE_CASES: RuleCases[] = buildRuleCases();
