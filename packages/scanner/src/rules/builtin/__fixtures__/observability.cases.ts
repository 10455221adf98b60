// True- and false-positive examples of the metrics / APM / tracing rules (see rule-cases.ts).
import { BASE62, BASE64, BASE64URL, DIGITS, FakeSecrets, HEX } from './fake-secrets';
import { base64, LOWER_ALNUM, placed, word } from './provider-fakes';
import { join, UPPER_ALNUM, type RuleCases } from './rule-cases';

export function observabilityCases(f: FakeSecrets): RuleCases[] {
  const ddApp = f.chars(HEX, 40);
  const ddApi = f.chars(HEX, 32);
  const dynatrace = join('dt0', 'c01.', f.chars(UPPER_ALNUM, 24), '.', f.chars(UPPER_ALNUM, 64));
  const grafanaLegacy = base64(JSON.stringify({ k: f.chars(BASE62, 32), n: word(f), id: 1 }));
  const grafanaCloud = join('gl', 'c_', base64(JSON.stringify({ o: f.chars(DIGITS, 6), n: `stack-${f.chars(DIGITS, 6)}-${word(f)}`, k: f.chars(BASE62, 24), m: { r: 'prod-eu-west-2' } })));
  const glsa = join('gl', 'sa_', f.chars(BASE62, 32), '_', f.chars(HEX, 8));
  const nrak = join('NR', 'AK-', f.chars(UPPER_ALNUM, 27));
  const nrii = join('NR', 'II-', f.chars(BASE64URL, 32));
  const nrjs = join('NR', 'JS-', f.chars(HEX, 19));
  const nriq = join('NR', 'IQ-', f.chars(BASE64URL, 32));
  const license = `${f.chars(HEX, 36)}${join('NR', 'AL')}`;
  const nrLegacy = f.chars(BASE62, 64);
  const hcIngest = join('hcx', 'ik_', f.chars(LOWER_ALNUM, 58));
  const hcClassic = f.chars(HEX, 32);
  const lightstep = f.chars(BASE64, 84);
  return [
    {
      ruleId: 'datadog-access-token',
      truePositives: [...placed('DATADOG_APP_KEY', ddApp, ['env', 'yaml', 'json']), { text: `export DD_APP_KEY=${ddApp}\n`, secret: ddApp }],
      falsePositives: ['DD_APP_KEY=${DD_APP_KEY}', `datadog_site: datadoghq.eu`],
    },
    {
      ruleId: 'datadog-api-key',
      truePositives: [
        { text: `DD_API_KEY=${ddApi}\nDD_SITE=datadoghq.eu\n`, secret: ddApi },
        ...placed('DATADOG_API_KEY', ddApi, ['yaml', 'ts', 'sh']),
      ],
      falsePositives: ['DD_API_KEY=<DATADOG_API_KEY>', `DD_ENV=${word(f)}`],
    },
    {
      ruleId: 'dynatrace-api-token',
      truePositives: [...placed('DT_API_TOKEN', dynatrace, ['env', 'yaml', 'sh'])],
      falsePositives: [
        'DT_API_TOKEN=dt0c01.ABC123.XYZ',
        'DT_API_TOKEN=dt0c01.<token>',
        // Dynatrace's portions are upper case: a lower-case body is another format.
        `DT_API_TOKEN=${join('dt0', 'c01.', f.chars(LOWER_ALNUM, 24), '.', f.chars(LOWER_ALNUM, 64))}`,
      ],
    },
    {
      ruleId: 'grafana-api-key',
      truePositives: [{ text: `curl -H "Authorization: Bearer ${grafanaLegacy}" https://grafana.acme.dev/api/dashboards/home`, secret: grafanaLegacy }],
      falsePositives: ['GRAFANA_API_KEY=eyJrIjoi...'],
    },
    {
      ruleId: 'grafana-cloud-api-token',
      truePositives: [...placed('GRAFANA_CLOUD_ACCESS_POLICY_TOKEN', grafanaCloud, ['env', 'yaml'])],
      falsePositives: ['GRAFANA_CLOUD_ACCESS_POLICY_TOKEN=glc_...', 'GRAFANA_CLOUD_ACCESS_POLICY_TOKEN=<glc_token>'],
    },
    {
      ruleId: 'grafana-service-account-token',
      truePositives: [...placed('GRAFANA_SERVICE_ACCOUNT_TOKEN', glsa, ['env', 'json', 'sh'])],
      falsePositives: [`GRAFANA_SERVICE_ACCOUNT_TOKEN=glsa_${'x'.repeat(32)}_${f.chars(HEX, 8)}`],
    },
    {
      ruleId: 'new-relic-user-api-key',
      truePositives: [...placed('NEW_RELIC_API_KEY', nrak, ['env', 'yaml', 'sh'])],
      falsePositives: [
        'NEW_RELIC_API_KEY=NRAK-XXXXXXXXXXXXXXXXXXXXXXXXXXX',
        'NEW_RELIC_API_KEY=NRAK-<key>',
        `NEW_RELIC_API_KEY=${join('NR', 'AK-', f.chars(LOWER_ALNUM, 27))}`,
      ],
    },
    {
      ruleId: 'new-relic-insert-key',
      truePositives: [...placed('NEW_RELIC_INSERT_KEY', nrii, ['env', 'ts'])],
      falsePositives: ['NEW_RELIC_INSERT_KEY=NRII-...'],
    },
    {
      ruleId: 'new-relic-browser-api-token',
      truePositives: [{ text: `<script>;NREUM.loader_config={accountID:"${f.chars(DIGITS, 7)}",licenseKey:"${nrjs}",applicationID:"${f.chars(DIGITS, 9)}"};</script>`, secret: nrjs }],
      falsePositives: ['licenseKey:"NRJS-xxxxxxxxxxxxxxxxxxx"'],
    },
    {
      ruleId: 'new-relic-api-key',
      truePositives: [...placed('NEW_RELIC_QUERY_KEY', nriq, ['env', 'yaml'])],
      falsePositives: ['NEW_RELIC_QUERY_KEY=NRIQ-<query-key>'],
    },
    {
      ruleId: 'new-relic-license-key',
      truePositives: [...placed('NEW_RELIC_LICENSE_KEY', license, ['env', 'yaml', 'sh']), { text: `common: &default_settings\n  license_key: '${license}'\n`, secret: license }],
      falsePositives: ['NEW_RELIC_LICENSE_KEY=<license-key>NRAL', `NEW_RELIC_APP_NAME=${word(f)}`],
    },
    {
      ruleId: 'new-relic-user-api-id',
      truePositives: placed('NEW_RELIC_REST_API_KEY', nrLegacy, ['env', 'yaml']),
      falsePositives: [`NEW_RELIC_ACCOUNT_ID=${f.chars(DIGITS, 7)}`, 'NEW_RELIC_REST_API_KEY=${NR_KEY}'],
    },
    {
      ruleId: 'honeycomb-api-key',
      truePositives: [
        ...placed('HONEYCOMB_API_KEY', hcIngest, ['env', 'yaml']),
        { text: `OTEL_EXPORTER_OTLP_HEADERS="x-honeycomb-team=${hcIngest}"`, secret: hcIngest },
      ],
      falsePositives: ['HONEYCOMB_API_KEY=hcxik_01234567890123456789012345', 'HONEYCOMB_API_KEY=<ingest-key>'],
    },
    {
      ruleId: 'honeycomb-legacy-api-key',
      truePositives: [...placed('HONEYCOMB_WRITEKEY', hcClassic, ['env', 'yaml', 'ts'])],
      falsePositives: ['HONEYCOMB_WRITEKEY=${HONEYCOMB_WRITEKEY}', `HONEYCOMB_DATASET=${word(f)}`],
    },
    {
      ruleId: 'lightstep-access-token',
      truePositives: placed('LIGHTSTEP_ACCESS_TOKEN', lightstep, ['env', 'yaml', 'sh']),
      falsePositives: ['LIGHTSTEP_ACCESS_TOKEN=<project-access-token>', `LIGHTSTEP_SERVICE_NAME=${word(f)}`],
    },
  ];
}
