// True- and false-positive examples of the logging, error-tracking and alerting rules (see rule-cases.ts).
import { BASE62, BASE64, DIGITS, FakeSecrets, HEX } from './fake-secrets';
import { ALPHA, base64, placed, uuid, word } from './provider-fakes';
import { join, type RuleCases } from './rule-cases';

export function loggingCases(f: FakeSecrets): RuleCases[] {
  const sntryu = join('sntr', 'yu_', f.chars(HEX, 64));
  const claims = { iat: 1_700_000_000 + Number(f.chars(DIGITS, 6)), url: 'https://sentry.io', region_url: 'https://de.sentry.io', org: word(f) };
  const sntrys = join('sntr', 'ys_', base64(JSON.stringify(claims)).replace(/=+$/, ''), '_', f.chars(BASE64, 43));
  const sentryOld = f.chars(HEX, 64);
  const sumoId = join('s', 'u', f.chars(BASE62, 12));
  const sumoKey = f.chars(BASE62, 64);
  const hec = uuid(f);
  const logzShipping = f.chars(ALPHA, 32);
  const mezmo = f.chars(HEX, 32);
  const logtail = f.chars(BASE62, 24);
  const axiom = join('xa', 'at-', uuid(f));
  const rollbar = f.chars(HEX, 32);
  const pagerduty = f.chars(`${BASE62}_+-`, 20);
  const routingKey = f.chars(HEX, 32);
  const opsgenie = uuid(f);
  return [
    {
      ruleId: 'sentry-user-token',
      truePositives: [...placed('SENTRY_AUTH_TOKEN', sntryu, ['env', 'yaml', 'sh'])],
      falsePositives: ['SENTRY_AUTH_TOKEN=sntryu_<token>', `SENTRY_DSN=https://${f.chars(HEX, 32)}@o${f.chars(DIGITS, 6)}.ingest.sentry.io/${f.chars(DIGITS, 7)}`],
    },
    {
      ruleId: 'sentry-org-token',
      truePositives: [...placed('SENTRY_AUTH_TOKEN', sntrys, ['env', 'json']), { text: `[auth]\ntoken=${sntrys}\n`, secret: sntrys }],
      falsePositives: ['SENTRY_AUTH_TOKEN=sntrys_eyJpYXQiOjE3...'],
    },
    {
      ruleId: 'sentry-access-token',
      truePositives: [{ text: `defaults.url=https://sentry.io/\n[auth]\nsentry_token=${sentryOld}\n`, secret: sentryOld }, ...placed('SENTRY_AUTH_TOKEN', sentryOld, ['env', 'yaml'])],
      falsePositives: [`SENTRY_RELEASE=${f.chars(HEX, 40)}`, 'SENTRY_AUTH_TOKEN=${SENTRY_AUTH_TOKEN}'],
    },
    {
      ruleId: 'sumologic-access-id',
      truePositives: [{ text: `SUMO_ACCESS_ID=${sumoId}\n`, secret: sumoId }, { text: `sumo_access_id: "${sumoId}"\n`, secret: sumoId }],
      falsePositives: ['SUMO_ACCESS_ID=<access-id>', `consumo_id = su${f.chars(BASE62, 12)}`],
    },
    {
      ruleId: 'sumologic-access-token',
      truePositives: [{ text: `SUMO_ACCESS_KEY=${sumoKey}\n`, secret: sumoKey }, { text: `provider "sumologic" {\n  access_id  = "x"\n}\nsumo_access_key = "${sumoKey}"\n`, secret: sumoKey }],
      falsePositives: ['SUMO_ACCESS_KEY=${SUMO_ACCESS_KEY}'],
    },
    {
      ruleId: 'splunk-hec-token',
      truePositives: [
        ...placed('SPLUNK_HEC_TOKEN', hec, ['env', 'yaml', 'json']),
        { text: `[http://splunk_hec]\nsplunk_hec_token = ${hec}\nindex = main\n`, secret: hec },
      ],
      falsePositives: ['SPLUNK_HEC_TOKEN=00000000-0000-0000-0000-000000000000', `SPLUNK_INDEX=${word(f)}`],
    },
    {
      ruleId: 'logzio-token',
      truePositives: [...placed('LOGZIO_SHIPPING_TOKEN', logzShipping, ['env', 'yaml', 'ts'])],
      falsePositives: ['LOGZIO_SHIPPING_TOKEN=<<SHIPPING-TOKEN>>', 'LOGZIO_LISTENER=listener.logz.io'],
    },
    {
      ruleId: 'mezmo-ingestion-key',
      truePositives: [...placed('LOGDNA_INGESTION_KEY', mezmo, ['env', 'yaml']), ...placed('MEZMO_SERVICE_KEY', mezmo, ['sh'])],
      falsePositives: ['LOGDNA_INGESTION_KEY=${LOGDNA_KEY}', `LOGDNA_HOSTNAME=${word(f)}`],
    },
    {
      ruleId: 'betterstack-token',
      truePositives: [...placed('LOGTAIL_SOURCE_TOKEN', logtail, ['env', 'ts']), ...placed('BETTER_STACK_API_TOKEN', logtail, ['yaml'])],
      falsePositives: ['LOGTAIL_SOURCE_TOKEN=<source-token>', `BETTER_STACK_TEAM=${word(f)}`],
    },
    {
      ruleId: 'axiom-token',
      truePositives: [...placed('AXIOM_TOKEN', axiom, ['env', 'yaml', 'sh'])],
      falsePositives: ['AXIOM_TOKEN=xaat-xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx', 'AXIOM_TOKEN=xaat-<token>'],
    },
    {
      ruleId: 'rollbar-access-token',
      truePositives: [
        ...placed('ROLLBAR_ACCESS_TOKEN', rollbar, ['env', 'yaml', 'ts']),
        { text: `export const ROLLBAR_ACCESS_TOKEN: string = "${rollbar}";\n`, secret: rollbar },
        { text: `  ENV['ROLLBAR_ACCESS_TOKEN'] ||= '${rollbar}'\n`, secret: rollbar },
        { text: `            - name: ROLLBAR_ACCESS_TOKEN\n              value: "${rollbar}"\n`, secret: rollbar },
        { text: `  <appSettings>\n    <add key="rollbarAccessToken" value="${rollbar}" />\n`, secret: rollbar, path: 'Web.config' },
      ],
      falsePositives: [
        'ROLLBAR_ACCESS_TOKEN=POST_SERVER_ITEM_ACCESS_TOKEN',
        `ROLLBAR_ENV=${word(f)}`,
        '  - name: ROLLBAR_ACCESS_TOKEN\n    valueFrom:\n      secretKeyRef: { name: rollbar, key: token }\n',
      ],
    },
    {
      ruleId: 'pagerduty-api-key',
      truePositives: [...placed('PAGERDUTY_TOKEN', pagerduty, ['env', 'sh']), ...placed('PAGERDUTY_ROUTING_KEY', routingKey, ['yaml', 'json'])],
      falsePositives: ['PAGERDUTY_TOKEN=<api-token>', `PAGERDUTY_SERVICE_ID=P${f.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 6)}`],
    },
    {
      ruleId: 'opsgenie-api-key',
      truePositives: [
        ...placed('OPSGENIE_API_KEY', opsgenie, ['env', 'yaml']),
        { text: `alertmanager:\n  receivers:\n    - name: ops\n      opsgenie_configs:\n        - opsgenie_api_key: ${opsgenie}\n`, secret: opsgenie },
      ],
      falsePositives: ['OPSGENIE_API_KEY=${OPSGENIE_API_KEY}', `opsgenie_team_id: ${uuid(f).replace(/[0-9a-f]/g, '0')}`],
    },
  ];
}
