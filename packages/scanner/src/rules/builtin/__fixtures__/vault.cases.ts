// True- and false-positive examples of the secret-store rules (see rule-cases.ts).
import { BASE62, BASE64, BASE64URL, FakeSecrets, HEX } from './fake-secrets';
import { base64, placed, uuid, word } from './provider-fakes';
import { join, UPPER_ALNUM, type RuleCases } from './rule-cases';

export function vaultCases(f: FakeSecrets): RuleCases[] {
  const service = join('hv', 's.CAESI', f.chars(BASE64URL, 90));
  const batch = join('hv', 'b.AAAAAQ', f.chars(BASE64URL, 130));
  const legacyBatch = join('b', '.AAAAAQ', f.chars(BASE64URL, 130));
  const recovery = join('hv', 'r.', f.chars(BASE62, 24));
  const legacy = join('s', '.', f.chars(BASE62, 24));
  const legacy2 = join('s', '.', f.chars(BASE62, 24));
  // A legacy token mixes digits, upper and lower case.
  const legacy3 = join('s', '.', f.chars(BASE62, 21), 'q', 'Z', '4');
  const group = (n: number): string => f.chars(UPPER_ALNUM, n);
  const opSecretKey = join('A3', '-', group(6), '-', group(6), '-', group(5), '-', group(5), '-', group(5), '-', group(5));
  const opLegacyKey = join('A3', '-', group(6), '-', group(11), '-', group(5), '-', group(5), '-', group(5));
  const opClaims = { signInAddress: 'acme.1password.com', userAuth: { method: 'SRPg-4096', alg: 'PBES2g-HS256', iterations: 650000, salt: f.chars(BASE64URL, 22) }, email: `${word(f)}@acme.1password.com`, srpX: f.chars(HEX, 64), muk: { alg: 'A256GCM', ext: true, k: f.chars(BASE64URL, 43), kty: 'oct', kid: 'mp' }, deviceUuid: f.chars(BASE62, 26) };
  const opsToken = join('op', 's_', base64(JSON.stringify(opClaims)).replace(/=+$/, ''));
  const infisical = join('st', '.', uuid(f), '.', f.chars(HEX, 32), '.', f.chars(HEX, 32));
  const bws = join('0', '.', uuid(f), '.', f.chars(BASE62, 30), ':', f.chars(BASE64, 22), '==');
  const akeyless = `${f.chars(BASE64, 43)}=`;
  return [
    {
      ruleId: 'vault-service-token',
      truePositives: [
        { text: `VAULT_TOKEN=${service}`, secret: service },
        { text: `export VAULT_TOKEN=${legacy}`, secret: legacy },
        { text: `curl -H "X-Vault-Token: ${legacy2}" https://vault.acme.internal/v1/secret/data/app`, secret: legacy2 },
        { text: `auth:\n  token: ${legacy3}\n`, secret: legacy3 },
      ],
      falsePositives: [
        'VAULT_TOKEN=hvs.xxxxxxxxxxxxxxxxxxxxxxxx',
        'id  hvs.CAESIABcDeFgHiJkLmNoPqRsTuVwXyZ',
        `VAULT_TOKEN=hvs.${f.chars(BASE62, 12)}`,
        `session = s.${f.chars(BASE62, 24)}`,
        'VAULT_TOKEN=s.xxxxxxxxxxxxxxxxxxxxxxxx',
        'token: s.makeKubeConfigController',
        `const token = this.s.${f.chars(BASE62, 24)};`,
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
      ruleId: '1password-secret-key',
      truePositives: [
        { text: `Emergency Kit\nSign-in address: acme.1password.com\nSecret Key: ${opSecretKey}\n`, secret: opSecretKey },
        ...placed('OP_SECRET_KEY', opLegacyKey, ['env', 'sh']),
      ],
      falsePositives: ['Secret Key: A3-XXXXXX-XXXXXX-XXXXX-XXXXX-XXXXX-XXXXX', `Secret Key: A3-${group(6)}-${group(6)}-${group(5)}-${group(5)}-${group(5)}`],
    },
    {
      ruleId: '1password-service-account-token',
      truePositives: [...placed('OP_SERVICE_ACCOUNT_TOKEN', opsToken, ['env', 'yaml', 'sh'])],
      falsePositives: ['OP_SERVICE_ACCOUNT_TOKEN=ops_eyJ...', 'OP_SERVICE_ACCOUNT_TOKEN=<service-account-token>'],
    },
    {
      ruleId: 'infisical-service-token',
      truePositives: [...placed('INFISICAL_TOKEN', infisical, ['env', 'sh']), { text: `infisical run --token=${infisical} -- npm start`, secret: infisical }],
      falsePositives: ['INFISICAL_TOKEN=st.xxx', 'INFISICAL_TOKEN=st.<id>.<secret>.<key>'],
    },
    {
      ruleId: 'bitwarden-access-token',
      truePositives: [...placed('BWS_ACCESS_TOKEN', bws, ['env', 'sh']), { text: `bws secret list --access-token ${bws}`, secret: bws }],
      falsePositives: ['BWS_ACCESS_TOKEN=0.uuid.secret:key==', 'export BWS_ACCESS_TOKEN=0.<access-token-id>.<client-secret>:<encryption-key>'],
    },
    {
      ruleId: 'akeyless-access-key',
      truePositives: [...placed('AKEYLESS_ACCESS_KEY', akeyless, ['env', 'yaml', 'json'])],
      falsePositives: [`AKEYLESS_ACCESS_ID=p-${f.chars('abcdefghijklmnopqrstuvwxyz0123456789', 12)}`, 'AKEYLESS_ACCESS_KEY=${AKEYLESS_ACCESS_KEY}'],
    },
  ];
}
