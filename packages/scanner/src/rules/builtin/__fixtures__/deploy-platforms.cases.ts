// True- and false-positive examples of the deploy-platforms rules (see rule-cases.ts).
import { BASE62, BASE64, BASE64URL, FakeSecrets, HEX } from './fake-secrets';
import { join, type RuleCases } from './rule-cases';
import { inFiles } from './snippets';

const uuid = (f: FakeSecrets): string => [8, 4, 4, 4, 12].map((n) => f.chars(HEX, n)).join('-');

/** A Vercel prefixed token kind. */
function vercel(f: FakeSecrets, ruleId: string, kind: string): RuleCases {
  const token = join('vc', `${kind}_`, f.chars(BASE64URL, 56));
  return {
    ruleId,
    truePositives: [...inFiles('VERCEL_TOKEN', token, ['env', 'json', 'shell']), { text: `vercel deploy --prod --token ${token}`, secret: token }],
    falsePositives: [`VERCEL_TOKEN=vc${kind}_${f.chars(BASE64URL, 55)}`, `VERCEL_TOKEN=vc${kind}_<token>`],
  };
}

export function deployPlatformCases(f: FakeSecrets): RuleCases[] {
  const heroku = uuid(f);
  const herokuV2 = join('HRKU', '-AA', f.chars(BASE64URL, 58));
  const fly = join('fo', '1_', f.chars(BASE64URL, 43));
  const flyMacaroon = join('fm', '2_', f.chars(BASE64, 180), ',fm2_', f.chars(BASE64, 60));
  const netlify = join('nf', 'p_', f.chars(BASE62, 36));
  const netlifyLegacy = f.chars(BASE64URL, 43);
  const vercelLegacy = f.chars(BASE62, 24);
  const render = join('rn', 'd_', f.chars(BASE62, 32));
  const railway = uuid(f);
  const scalingo = join('tk-', 'us-', f.chars(BASE64URL, 48));
  const deno = join('dd', 'p_', f.chars(BASE62, 36));
  const openshift = join('sha256', '~', f.chars(BASE64URL, 43));
  const pulumi = join('pu', 'l-', f.chars(HEX, 40));
  const terraform = join(f.chars(BASE62, 14), '.atlas', 'v1.', f.chars(BASE64URL, 67));
  const tfPassword = `${f.chars(BASE62, 11)}#${f.chars(BASE62, 3)}`;
  const doppler = join('dp', '.pt.', f.chars(BASE62, 43));
  const dopplerService = join('dp', '.st.prd.', f.chars(BASE62, 40));
  return [
    {
      ruleId: 'heroku-api-key',
      truePositives: [
        ...inFiles('HEROKU_API_KEY', heroku, ['env', 'yaml', 'json', 'code', 'shell']),
        { text: `pub const HEROKU_API_KEY: &str = "${heroku}";\n`, secret: heroku },
        { text: `  ENV['HEROKU_API_KEY'] ||= '${heroku}'\n`, secret: heroku },
        { text: `          env:\n            - name: HEROKU_API_KEY\n              value: "${heroku}"\n`, secret: heroku },
      ],
      falsePositives: [`HEROKU_APP_ID=${uuid(f)}`, 'HEROKU_API_KEY=${{ secrets.HEROKU_API_KEY }}', `heroku_app_name: acme-${f.chars(HEX, 6)}`],
    },
    {
      ruleId: 'heroku-api-key-v2',
      truePositives: [...inFiles('HEROKU_API_KEY', herokuV2, ['env', 'yaml', 'shell'])],
      falsePositives: [`HEROKU_API_KEY=HRKU-AA${f.chars(BASE64URL, 40)}`, 'HEROKU_API_KEY=HRKU-AA<your key>'],
    },
    {
      ruleId: 'flyio-access-token',
      truePositives: [
        ...inFiles('FLY_API_TOKEN', fly, ['env', 'yaml']),
        { text: `curl -H "Authorization: FlyV1 ${flyMacaroon}" https://api.machines.dev/v1/apps`, secret: flyMacaroon },
      ],
      falsePositives: [`FLY_API_TOKEN=fo1_${f.chars(BASE64URL, 40)}`, 'FLY_API_TOKEN: ${{ secrets.FLY_API_TOKEN }}', `fm2_${f.chars(BASE64, 40)}`],
    },
    {
      ruleId: 'netlify-access-token',
      truePositives: [...inFiles('NETLIFY_AUTH_TOKEN', netlify, ['env', 'yaml', 'shell']), { text: `NETLIFY_AUTH_TOKEN=${netlifyLegacy}`, secret: netlifyLegacy }],
      falsePositives: [`NETLIFY_SITE_ID=${f.chars(BASE64URL, 43)}`, 'NETLIFY_AUTH_TOKEN=${{ secrets.NETLIFY_AUTH_TOKEN }}', `token: nfp_${f.chars(BASE62, 30)}`],
    },
    {
      ruleId: 'vercel-api-token',
      truePositives: inFiles('VERCEL_TOKEN', vercelLegacy, ['env', 'yaml', 'shell']),
      falsePositives: [`VERCEL_ORG_ID=${f.chars(BASE62, 24)}`, `VERCEL_PROJECT_ID=prj_${f.chars(BASE62, 24)}`, 'VERCEL_TOKEN=${{ secrets.VERCEL_TOKEN }}'],
    },
    vercel(f, 'vercel-personal-access-token', 'p'),
    vercel(f, 'vercel-integration-token', 'i'),
    vercel(f, 'vercel-app-access-token', 'a'),
    vercel(f, 'vercel-app-refresh-token', 'r'),
    {
      ruleId: 'render-api-key',
      truePositives: [...inFiles('RENDER_API_KEY', render, ['env', 'json', 'shell'])],
      falsePositives: [`RENDER_API_KEY=rnd_${f.chars(BASE62, 31)}`, 'RENDER_API_KEY=rnd_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'const rnd_seed = 42;'],
    },
    {
      ruleId: 'railway-api-token',
      truePositives: inFiles('RAILWAY_TOKEN', railway, ['env', 'yaml', 'shell']),
      falsePositives: [`RAILWAY_PROJECT_ID=${uuid(f)}`, `RAILWAY_ENVIRONMENT=${uuid(f)}`, 'RAILWAY_TOKEN=${{ secrets.RAILWAY_TOKEN }}'],
    },
    {
      ruleId: 'scalingo-api-token',
      truePositives: [...inFiles('SCALINGO_API_TOKEN', scalingo, ['env', 'shell'])],
      falsePositives: [`SCALINGO_API_TOKEN=tk-us-${f.chars(BASE64URL, 47)}`, 'SCALINGO_API_TOKEN=tk-us-<token>'],
    },
    {
      ruleId: 'deno-account-token',
      truePositives: [...inFiles('DENO_DEPLOY_TOKEN', deno, ['env', 'yaml']), { text: `deployctl deploy --token=${deno} main.ts`, secret: deno }],
      falsePositives: [`DENO_DEPLOY_TOKEN=ddp_${f.chars(BASE62, 35)}`, 'DENO_DEPLOY_TOKEN=${{ secrets.DENO_DEPLOY_TOKEN }}'],
    },
    {
      ruleId: 'openshift-user-token',
      truePositives: [{ text: `oc login --token=${openshift} --server=https://api.cluster.acme.internal:6443`, secret: openshift }, ...inFiles('OPENSHIFT_TOKEN', openshift, ['env', 'yaml'])],
      falsePositives: [`digest: sha256:${f.chars(HEX, 64)}`, `token: sha256~${f.chars(BASE64URL, 42)}`],
    },
    {
      ruleId: 'pulumi-api-token',
      truePositives: inFiles('PULUMI_ACCESS_TOKEN', pulumi, ['env', 'yaml', 'shell']),
      falsePositives: [`PULUMI_ACCESS_TOKEN=pul-${f.chars(HEX, 39)}`, 'PULUMI_ACCESS_TOKEN: ${{ secrets.PULUMI_ACCESS_TOKEN }}'],
    },
    {
      ruleId: 'hashicorp-tf-api-token',
      truePositives: [
        { text: `credentials "app.terraform.io" {\n  token = "${terraform}"\n}\n`, secret: terraform },
        ...inFiles('TF_TOKEN_app_terraform_io', terraform, ['env', 'shell']),
      ],
      falsePositives: [`token = "${f.chars(BASE62, 14)}.atlasv1.${f.chars(BASE64URL, 40)}"`, 'TF_TOKEN_app_terraform_io=${{ secrets.TF_API_TOKEN }}'],
    },
    {
      ruleId: 'hashicorp-tf-password',
      truePositives: [
        { text: `resource "azurerm_mssql_server" "db" {\n  administrator_login          = "sqladmin"\n  administrator_login_password = "${tfPassword}"\n}\n`, secret: tfPassword },
        { text: `  master_password = "${tfPassword}"\n`, secret: tfPassword },
      ],
      falsePositives: ['  master_password = var.db_password', '  admin_password = "${random_password.db.result}"', '  admin_password = "changeme"'],
    },
    {
      ruleId: 'doppler-api-token',
      truePositives: [...inFiles('DOPPLER_TOKEN', doppler, ['env', 'yaml']), { text: `doppler run --token ${dopplerService} -- npm start`, secret: dopplerService }],
      falsePositives: [`DOPPLER_TOKEN=dp.pt.${f.chars(BASE62, 30)}`, 'DOPPLER_TOKEN=dp.st.<service token>', 'DOPPLER_CONFIG=prd'],
    },
  ];
}
