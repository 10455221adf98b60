// True- and false-positive examples of the cloud-hosting rules (see rule-cases.ts).
import { BASE62, BASE64URL, FakeSecrets, HEX } from './fake-secrets';
import { LOWER_ALNUM, placed, uuid, word } from './provider-fakes';
import { join, UPPER_ALNUM, type RuleCases } from './rule-cases';

export function cloudHostingCases(f: FakeSecrets): RuleCases[] {
  const ltai = join('LT', 'AI', '5t', f.chars(BASE62, 18));
  const alibabaSecret = f.chars(BASE62, 30);
  const yandexKey = join('AQ', 'VN', f.chars(BASE64URL, 36));
  const iamToken = join('t1', '.9euelZ', f.chars(BASE64URL, 150), '.', f.chars(BASE64URL, 86));
  const staticSecret = join('Y', 'C', f.chars(BASE64URL, 38));
  const digitalocean = (prefix: string): string => join(prefix, '_v1_', f.chars(HEX, 64));
  const dop = digitalocean('dop');
  const doo = digitalocean('doo');
  const dor = digitalocean('dor');
  const linode = f.chars(HEX, 64);
  const vultr = f.chars(UPPER_ALNUM, 36);
  const hcloud = f.chars(BASE62, 64);
  const scw = uuid(f);
  const ovh = f.chars(BASE62, 32);
  const ibm = f.chars(BASE64URL, 44);
  return [
    {
      ruleId: 'alibaba-access-key-id',
      truePositives: [
        ...placed('ALIBABA_CLOUD_ACCESS_KEY_ID', ltai, ['env', 'yaml']),
        { text: `const client = new OSS({ region: 'oss-cn-hangzhou', accessKeyId: '${ltai}' });`, secret: ltai },
      ],
      falsePositives: ['ALIBABA_CLOUD_ACCESS_KEY_ID=LTAIxxxxxxxxxxxxxxxxxxxx', `ALIBABA_CLOUD_ACCESS_KEY_ID=LTAI${f.chars(BASE62, 6)}`],
    },
    {
      ruleId: 'alibaba-secret-key',
      truePositives: [
        ...placed('ALIBABA_CLOUD_ACCESS_KEY_SECRET', alibabaSecret, ['env', 'yaml', 'sh']),
        { text: `const client = new OSS({ region: 'oss-cn-hangzhou', accessKeySecret: '${alibabaSecret}' });`, secret: alibabaSecret },
      ],
      falsePositives: ['ALIBABA_CLOUD_ACCESS_KEY_SECRET=${ALIBABA_SECRET}', 'accessKeySecret: process.env.OSS_SECRET'],
    },
    {
      ruleId: 'yandex-api-key',
      truePositives: [...placed('YC_API_KEY', yandexKey, ['env', 'json'])],
      falsePositives: ['YC_API_KEY=AQVN...', `YC_API_KEY=AQVN${f.chars(BASE62, 10)}`],
    },
    {
      ruleId: 'yandex-access-token',
      truePositives: [
        { text: `export YC_TOKEN=${iamToken}\n`, secret: iamToken },
        { text: `curl -H "Authorization: Bearer ${iamToken}" https://resource-manager.api.cloud.yandex.net/resource-manager/v1/clouds`, secret: iamToken },
      ],
      falsePositives: ['YC_TOKEN=t1.<iam-token>', `const t1 = t1.${word(f)}.${word(f)}();`],
    },
    {
      ruleId: 'yandex-aws-access-token',
      truePositives: [...placed('YANDEX_STORAGE_SECRET_KEY', staticSecret, ['env', 'yaml'])],
      falsePositives: ['YANDEX_STORAGE_SECRET_KEY=YC...', `yandex_folder_id: b1g${f.chars(LOWER_ALNUM, 17)}`],
    },
    {
      ruleId: 'digitalocean-pat',
      truePositives: [...placed('DIGITALOCEAN_ACCESS_TOKEN', dop, ['env', 'yaml', 'sh'])],
      falsePositives: [`DIGITALOCEAN_ACCESS_TOKEN=dop_v1_${f.chars(HEX, 63)}`, 'DIGITALOCEAN_ACCESS_TOKEN=dop_v1_<token>'],
    },
    {
      ruleId: 'digitalocean-access-token',
      truePositives: [{ text: `{"access_token": "${doo}", "token_type": "bearer", "expires_in": 2592000}`, secret: doo }],
      falsePositives: [`{"access_token": "doo_v1_${'0'.repeat(64)}"}`],
    },
    {
      ruleId: 'digitalocean-refresh-token',
      truePositives: [{ text: `{"refresh_token": "${dor}"}`, secret: dor }],
      falsePositives: ['{"refresh_token": "dor_v1_..."}'],
    },
    {
      ruleId: 'linode-api-token',
      truePositives: placed('LINODE_TOKEN', linode, ['env', 'yaml', 'json', 'sh']),
      falsePositives: ['LINODE_TOKEN=${LINODE_TOKEN}', `linode_region: ${word(f)}`],
    },
    {
      ruleId: 'vultr-api-key',
      truePositives: placed('VULTR_API_KEY', vultr, ['env', 'yaml', 'ts']),
      falsePositives: ['VULTR_API_KEY=<your-vultr-api-key>', 'VULTR_API_KEY=XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX'],
    },
    {
      ruleId: 'hetzner-cloud-api-token',
      truePositives: placed('HCLOUD_TOKEN', hcloud, ['env', 'sh', 'json']),
      falsePositives: ['HCLOUD_TOKEN=${HCLOUD_TOKEN}', `hcloud_server_type: cx${f.chars('0123456789', 2)}`],
    },
    {
      ruleId: 'scaleway-secret-key',
      truePositives: placed('SCW_SECRET_KEY', scw, ['env', 'yaml', 'sh']),
      falsePositives: ['SCW_SECRET_KEY=${SCW_SECRET_KEY}', 'SCW_SECRET_KEY=00000000-0000-0000-0000-000000000000', `SCW_DEFAULT_PROJECT_ID=${uuid(f)}`],
    },
    {
      ruleId: 'ovh-api-secret',
      truePositives: [
        ...placed('OVH_APPLICATION_SECRET', ovh, ['env', 'sh']),
        { text: `[ovh-eu]\nconsumer_key=${word(f, 4)}\novh_consumer_key=${ovh}\n`, secret: ovh },
      ],
      falsePositives: ['OVH_APPLICATION_SECRET=<secret>', `OVH_ENDPOINT=ovh-eu`],
    },
    {
      ruleId: 'ibm-cloud-api-key',
      truePositives: [...placed('IBMCLOUD_API_KEY', ibm, ['env', 'sh']), { text: `export IC_API_KEY=${ibm}\n`, secret: ibm }],
      falsePositives: ['IBMCLOUD_API_KEY=${IBMCLOUD_API_KEY}', `ibm_region: us-south`],
    },
  ];
}
