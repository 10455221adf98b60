// True- and false-positive examples of the vault rules (see rule-cases.ts).
import { BASE62, BASE64URL, FakeSecrets } from './fake-secrets';
import { join, type RuleCases } from './rule-cases';

export function vaultCases(f: FakeSecrets): RuleCases[] {
  const service = join('hv', 's.CAESI', f.chars(BASE64URL, 90));
  const batch = join('hv', 'b.AAAAAQ', f.chars(BASE64URL, 130));
  const legacyBatch = join('b', '.AAAAAQ', f.chars(BASE64URL, 130));
  const recovery = join('hv', 'r.', f.chars(BASE62, 24));
  const legacy = join('s', '.', f.chars(BASE62, 24));
  const legacy2 = join('s', '.', f.chars(BASE62, 24));
  return [
    {
      ruleId: 'vault-service-token',
      truePositives: [{ text: `VAULT_TOKEN=${service}`, secret: service }],
      falsePositives: [
        'VAULT_TOKEN=hvs.xxxxxxxxxxxxxxxxxxxxxxxx',
        'id  hvs.CAESIABcDeFgHiJkLmNoPqRsTuVwXyZ',
        `VAULT_TOKEN=hvs.${f.chars(BASE62, 12)}`,
      ],
    },
    {
      ruleId: 'vault-batch-token',
      truePositives: [
        { text: `token: ${batch}`, secret: batch },
        { text: `"client_token": "${legacyBatch}"`, secret: legacyBatch },
      ],
      falsePositives: [`token: hvb.${f.chars(BASE64URL, 40)}`],
    },
    {
      ruleId: 'vault-recovery-token',
      truePositives: [{ text: `VAULT_RECOVERY_TOKEN=${recovery}`, secret: recovery }],
      falsePositives: ['recovery: hvr.<generated>'],
    },
    {
      ruleId: 'vault-legacy-service-token',
      truePositives: [
        { text: `export VAULT_TOKEN=${legacy}`, secret: legacy },
        { text: `curl -H "X-Vault-Token: ${legacy2}" https://vault.acme.internal/v1/secret/data/app`, secret: legacy2 },
      ],
      falsePositives: [`session = s.${f.chars(BASE62, 24)}`, 'VAULT_TOKEN=s.xxxxxxxxxxxxxxxxxxxxxxxx'],
    },
  ];
}
