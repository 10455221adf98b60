// True- and false-positive examples of the network and infrastructure rules (see rule-cases.ts).
import { BASE62, BASE64URL, DIGITS, FakeSecrets, HEX } from './fake-secrets';
import { base64, placed, word } from './provider-fakes';
import { join, UPPER_ALNUM, type RuleCases } from './rule-cases';

export function infraCases(f: FakeSecrets): RuleCases[] {
  const cfToken = f.chars(BASE64URL, 40);
  const cfGlobal = f.chars(HEX, 37);
  const originCa = join('v1', '.0-', f.chars(HEX, 24), '-', f.chars(HEX, 146));
  const fastly = f.chars(BASE64URL, 32);
  const tsAuth = join('tskey', '-auth-', `k${f.chars(BASE62, 10)}CNTRL`, '-', f.chars(BASE62, 33));
  const tsApi = join('tskey', '-api-', `k${f.chars(BASE62, 10)}CNTRL`, '-', f.chars(BASE62, 33));
  const ngrok = `2${f.chars(BASE62, 26)}_${f.chars(DIGITS, 1)}${f.chars(BASE62, 20)}`;
  const dnkey = join('dn', 'key-', f.chars(UPPER_ALNUM, 26), '-', f.chars(UPPER_ALNUM, 52));
  const meraki = f.chars(HEX, 40);
  const maxmind = join(f.chars(BASE62, 6), '_', f.chars(BASE62, 29), '_m', 'mk');
  // Binary keys, as Secrets hold them (a printable value would also be decoded and rescanned).
  const k8sValue = base64(f.bytes(32));
  const k8sValue2 = base64(f.bytes(48));
  const k8sValue3 = base64(f.bytes(12));
  const dockercfg = base64(f.bytes(60));
  return [
    {
      ruleId: 'cloudflare-api-key',
      truePositives: [
        ...placed('CLOUDFLARE_API_TOKEN', cfToken, ['env', 'yaml', 'json', 'sh']),
        { text: `# traefik\nCF_DNS_API_TOKEN=${cfToken}\n`, secret: cfToken },
        { text: `dns_cloudflare_api_token = ${cfToken}\n`, secret: cfToken },
        { text: `<appSettings>\n  <cloudflareApiToken>${cfToken}</cloudflareApiToken>\n</appSettings>`, secret: cfToken },
        { text: `cloudflare_api_token: |\n  ${cfToken}\n`, secret: cfToken },
      ],
      falsePositives: [
        'CLOUDFLARE_API_TOKEN=${{ secrets.CLOUDFLARE_API_TOKEN }}',
        `CLOUDFLARE_ACCOUNT_ID=${f.chars(HEX, 32)}`,
        `CLOUDFLARE_ZONE_ID: ${f.chars(HEX, 32)}`,
        `"cloudflare": "${f.chars(HEX, 40)}"`,
      ],
    },
    {
      ruleId: 'cloudflare-global-api-key',
      truePositives: [
        { text: `CF_API_EMAIL=ops@acme.dev\nCF_API_KEY=${cfGlobal}\n`, secret: cfGlobal },
        ...placed('CLOUDFLARE_API_KEY', cfGlobal, ['yaml', 'ts']),
      ],
      falsePositives: ['CF_API_KEY=<global-api-key>', 'CLOUDFLARE_API_KEY=0123456789abcdef0123456789abcdef01234'],
    },
    {
      ruleId: 'cloudflare-origin-ca-key',
      truePositives: [...placed('CF_ORIGIN_CA_KEY', originCa, ['env', 'yaml'])],
      falsePositives: [`CF_ORIGIN_CA_KEY=v1.0-${f.chars(HEX, 24)}-...`],
    },
    {
      ruleId: 'fastly-api-token',
      truePositives: placed('FASTLY_API_TOKEN', fastly, ['env', 'json', 'sh']),
      falsePositives: ['FASTLY_API_TOKEN=${FASTLY_API_TOKEN}', `FASTLY_SERVICE_ID=${f.chars(BASE62, 22)}`],
    },
    {
      ruleId: 'tailscale-key',
      truePositives: [
        { text: `sudo tailscale up --authkey=${tsAuth} --hostname=ci-runner`, secret: tsAuth },
        ...placed('TAILSCALE_API_KEY', tsApi, ['env', 'yaml']),
      ],
      falsePositives: ['tailscale up --authkey=tskey-auth-XXXXXX', 'TS_AUTHKEY=tskey-<your-key>'],
    },
    {
      ruleId: 'ngrok-auth-token',
      truePositives: [
        ...placed('NGROK_AUTHTOKEN', ngrok, ['env', 'sh']),
        { text: `version: "2"\nauthtoken: ${ngrok}\ntunnels: {}\n`, secret: ngrok },
        { text: `ngrok config add-authtoken ${ngrok}`, secret: ngrok },
      ],
      falsePositives: ['NGROK_AUTHTOKEN=<your-authtoken>', 'ngrok config add-authtoken $NGROK_AUTHTOKEN'],
    },
    {
      ruleId: 'defined-networking-api-token',
      truePositives: [...placed('DN_API_KEY', dnkey, ['env', 'yaml', 'sh'])],
      falsePositives: ['DN_API_KEY=dnkey-XXXXXXXXXXXXXXXXXXXXXXXXXX-XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX'],
    },
    {
      ruleId: 'cisco-meraki-api-key',
      truePositives: [
        ...placed('MERAKI_DASHBOARD_API_KEY', meraki, ['env', 'yaml', 'ts']),
        { text: `requests.get(url, headers={"X-Cisco-Meraki-API-Key": "${meraki}"})`, secret: meraki },
      ],
      falsePositives: ['MERAKI_DASHBOARD_API_KEY=<api-key>', `meraki_org_id: ${f.chars(DIGITS, 6)}`, `ReactNativeCameraKit: ${f.chars(HEX, 40)}`],
    },
    {
      ruleId: 'maxmind-license-key',
      truePositives: [...placed('MAXMIND_LICENSE_KEY', maxmind, ['env', 'yaml']), { text: `AccountID 123456\nLicenseKey ${maxmind}\nEditionIDs GeoLite2-City\n`, secret: maxmind }],
      falsePositives: ['LicenseKey YOUR_LICENSE_KEY_mmk', 'MAXMIND_LICENSE_KEY=xxxxxx_xxxxxxxxxxxxxxxxxxxxxxxxxxxxx_mmk'],
    },
    {
      ruleId: 'kubernetes-secret-yaml',
      truePositives: [
        {
          text: ['apiVersion: v1', 'kind: Secret', 'metadata:', '  name: api-credentials', 'type: Opaque', 'data:', '  user: YWRtaW4=', `  hmac: ${k8sValue}`, ''].join('\n'),
          secret: k8sValue,
        },
        {
          text: ['apiVersion: v1', 'data:', `  webhook.seed: "${k8sValue2}"`, 'kind: Secret', 'metadata:', `  name: ${word(f)}`, 'type: Opaque', ''].join('\n'),
          secret: k8sValue2,
        },
        {
          text: ['apiVersion: v1', 'kind: secret', 'data:', '\t# base64 of the seed', `\tsession-seed: '${k8sValue3}'`, 'metadata:', '\tname: db', ''].join('\n'),
          secret: k8sValue3,
        },
        {
          text: ['apiVersion: v1', 'data:', '  .dockercfg: |', `    ${dockercfg}`, 'metadata:', '  name: registry', 'type: kubernetes.io/dockercfg', 'kind: "Secret"', ''].join('\n'),
          secret: dockercfg,
        },
      ],
      falsePositives: [
        ['apiVersion: external-secrets.io/v1beta1', 'kind: ExternalSecret', 'spec:', '  secretStoreRef:', '    kind: SecretStore', '  data:', '    - secretKey: password', '      remoteRef:', '        key: prod/db/credentials', ''].join('\n'),
        ['apiVersion: v1', 'kind: Secret', 'metadata:', '  name: empty', 'data:', '  user: YWRtaW4=', '  csrf: ""', ''].join('\n'),
        ['apiVersion: v1', 'kind: ConfigMap', 'metadata:', '  name: settings', 'data:', `  blob: ${k8sValue}`, ''].join('\n'),
        ['apiVersion: v1', 'kind: Secret', 'metadata:', '  name: tls', 'data:', '  tls.crt: {{ .Values.cert | b64enc }}', ''].join('\n'),
        ['kind: Secret', 'metadata:', '  name: a', '---', 'kind: ConfigMap', 'data:', `  blob: ${base64(f.chars(BASE62, 30))}`, ''].join('\n'),
      ],
    },
  ];
}
