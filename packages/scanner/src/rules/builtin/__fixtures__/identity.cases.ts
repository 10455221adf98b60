// True- and false-positive examples of the identity-provider rules (see rule-cases.ts).
import { BASE62, BASE64URL, FakeSecrets } from './fake-secrets';
import { LOWER_ALNUM, placed, uuid, word } from './provider-fakes';
import { join, type RuleCases } from './rule-cases';

export function identityCases(f: FakeSecrets): RuleCases[] {
  const okta = join('0', '0', f.chars(BASE64URL, 40));
  const auth0 = f.chars(BASE64URL, 64);
  const keycloak = f.chars(BASE62, 32);
  const authress = join('sc_', f.chars(LOWER_ALNUM, 12), '.', f.chars(LOWER_ALNUM, 5), '.acc', '_', f.chars(LOWER_ALNUM, 16), '.', f.chars(BASE64URL, 64));
  const duo = f.chars(BASE62, 40);
  return [
    {
      ruleId: 'okta-access-token',
      truePositives: [...placed('OKTA_API_TOKEN', okta, ['env', 'yaml', 'sh']), { text: `const OKTA_TOKEN = '${okta}';\nconst client = new okta.Client({ orgUrl: 'https://acme.okta.com', token: OKTA_TOKEN });`, secret: okta }],
      falsePositives: ['OKTA_API_TOKEN={yourOktaApiToken}', `OKTA_CLIENT_ID=0oa${f.chars(BASE62, 17)}`],
    },
    {
      ruleId: 'auth0-client-secret',
      truePositives: [...placed('AUTH0_CLIENT_SECRET', auth0, ['env', 'json', 'ts'])],
      falsePositives: ['AUTH0_CLIENT_SECRET=YOUR_AUTH0_CLIENT_SECRET', `AUTH0_CLIENT_ID=${f.chars(BASE62, 32)}`],
    },
    {
      ruleId: 'keycloak-client-secret',
      truePositives: [...placed('KEYCLOAK_CLIENT_SECRET', keycloak, ['env', 'yaml', 'json']), { text: `KC_CLIENT_SECRET=${keycloak}\n`, secret: keycloak }],
      falsePositives: ['KEYCLOAK_CLIENT_SECRET=**********', `KEYCLOAK_REALM=${word(f)}`],
    },
    {
      ruleId: 'authress-service-client-access-key',
      truePositives: [...placed('AUTHRESS_SERVICE_CLIENT_ACCESS_KEY', authress, ['env', 'yaml', 'ts'])],
      falsePositives: ['AUTHRESS_SERVICE_CLIENT_ACCESS_KEY=sc_<client>.<key>.acc_<account>.<private-key>'],
    },
    {
      ruleId: 'duo-secret-key',
      truePositives: [...placed('DUO_SECRET_KEY', duo, ['env', 'yaml']), { text: `[duo]\nikey = DI${f.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 18)}\nduo_skey = ${duo}\n`, secret: duo }],
      falsePositives: ['DUO_SECRET_KEY=<secret-key>', `DUO_API_HOST=api-${f.chars(LOWER_ALNUM, 8)}.duosecurity.com`, `duo_user_id: ${uuid(f)}`],
    },
  ];
}
