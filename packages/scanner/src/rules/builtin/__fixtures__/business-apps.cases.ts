// True- and false-positive examples of the business-app rules (see rule-cases.ts).
import { BASE62, BASE64URL, DIGITS, FakeSecrets, HEX } from './fake-secrets';
import { join, type RuleCases } from './rule-cases';
import { uuid, written } from './saas-fakes';

export function businessAppCases(f: FakeSecrets): RuleCases[] {
  const hubspot = uuid(f);
  const hubspotPat = join('pat', '-na1-', uuid(f));
  const hubspotEu = join('pat', '-eu1-', uuid(f));
  const intercomToken = Buffer.from(`tok:${uuid(f)}:${f.chars(DIGITS, 1)}:0`).toString('base64');
  const intercomNamed = f.chars(BASE64URL, 60);
  const zendesk = f.chars(BASE62, 40);
  const freshdesk = f.chars(BASE62, 20);
  const helpscout = f.chars(BASE62, 32);
  const freshbooks = f.chars(BASE62, 64);
  const freemius = join('s', 'k_', f.chars(BASE62, 10), '#', f.chars(BASE62, 8), '&@*', f.chars(BASE62, 7));
  const lookerId = f.chars(BASE62, 20);
  const lookerSecret = f.chars(BASE62, 24);
  const segment = f.chars(BASE62, 32);
  const mixpanel = f.chars(BASE62, 32);
  const amplitude = f.chars(HEX, 32);
  const posthog = join('ph', 'x_', f.chars(BASE64URL, 47));
  return [
    {
      ruleId: 'hubspot-api-key',
      truePositives: [...written('HUBSPOT_API_KEY', hubspot, ['env', 'yaml', 'json', 'py', 'k8s']), { text: `const hubspotKey = "${hubspot.toUpperCase()}"`, secret: hubspot.toUpperCase() }],
      falsePositives: [`HUBSPOT_PORTAL_ID=${f.chars(DIGITS, 8)}`, `hubspot_form_guid: ${uuid(f)}`, 'HUBSPOT_API_KEY=${HUBSPOT_API_KEY}'],
    },
    {
      ruleId: 'hubspot-private-app-token',
      truePositives: [...written('HUBSPOT_ACCESS_TOKEN', hubspotPat, ['env', 'yaml', 'json', 'js']), { text: `curl -H "Authorization: Bearer ${hubspotEu}" https://api.hubapi.com/crm/v3/objects/contacts`, secret: hubspotEu }],
      falsePositives: ['HUBSPOT_ACCESS_TOKEN=pat-na1-00000000-0000-0000-0000-000000000000', 'HUBSPOT_ACCESS_TOKEN=pat-na1-<token>'],
    },
    {
      ruleId: 'intercom-api-key',
      truePositives: [
        ...written('INTERCOM_ACCESS_TOKEN', intercomToken, ['env', 'yaml', 'json']),
        { text: `curl -H "Authorization: Bearer ${intercomToken}" https://api.intercom.io/me`, secret: intercomToken },
        ...written('INTERCOM_TOKEN', intercomNamed, ['env', 'py']),
      ],
      falsePositives: [`INTERCOM_APP_ID=${f.chars('abcdefghijklmnopqrstuvwxyz0123456789', 8)}`, 'INTERCOM_ACCESS_TOKEN=${INTERCOM_ACCESS_TOKEN}', 'intercom_access_token: "<access token>"'],
    },
    {
      ruleId: 'zendesk-secret-key',
      truePositives: written('ZENDESK_API_TOKEN', zendesk, ['env', 'yaml', 'json', 'py', 'php']),
      falsePositives: ['ZENDESK_API_TOKEN=${ZENDESK_API_TOKEN}', 'zendesk_subdomain: acme', `ZENDESK_WIDGET_KEY=${uuid(f)}`],
    },
    {
      ruleId: 'freshdesk-api-key',
      truePositives: [
        ...written('FRESHDESK_API_KEY', freshdesk, ['env', 'yaml', 'json', 'py']),
        // A Kubernetes env entry, indented as deep as a Deployment's containers are.
        { text: `          env:\n            - name: FRESHDESK_API_KEY\n              value: "${freshdesk}"\n`, secret: freshdesk },
        { text: `  freshdeskApiKey: process.env.FRESHDESK_API_KEY || "${freshdesk}",\n`, secret: freshdesk },
      ],
      falsePositives: ['FRESHDESK_API_KEY=${FRESHDESK_API_KEY}', 'freshdesk_domain: acme.freshdesk.com'],
    },
    {
      ruleId: 'helpscout-api-key',
      truePositives: [...written('HELPSCOUT_APP_SECRET', helpscout, ['env', 'yaml', 'json']), ...written('HELP_SCOUT_API_KEY', f.chars(HEX, 40), ['env'])],
      falsePositives: ['HELPSCOUT_APP_SECRET=${HELPSCOUT_APP_SECRET}', `HELPSCOUT_MAILBOX_ID=${f.chars(DIGITS, 6)}`],
    },
    {
      ruleId: 'freshbooks-access-token',
      truePositives: written('FRESHBOOKS_ACCESS_TOKEN', freshbooks, ['env', 'yaml', 'json', 'py']),
      falsePositives: ['FRESHBOOKS_ACCESS_TOKEN=${FRESHBOOKS_TOKEN}', `FRESHBOOKS_ACCOUNT_ID=${f.chars(BASE62, 5)}`],
    },
    {
      ruleId: 'freemius-secret-key',
      truePositives: [{ text: `$config = array(\n  "id" => "${f.chars(DIGITS, 4)}",\n  "secret_key" => "${freemius}",\n);`, secret: freemius, path: 'includes/freemius.php' }],
      falsePositives: [
        { text: '$config = array(\n  "secret_key" => "sk_xxxxxxxxxxxxxxxxxxxxxxxxxxxxx",\n);', path: 'foo.php' },
        { text: `$config = array(\n  "other_key" => "sk_${f.chars(BASE62, 29)}",\n);`, path: 'baz.php' },
        // Only PHP configures the SDK this way (a value of words keeps generic-api-key out of this case).
        { text: '$config = array(\n  "secret_key" => "sk_wordpress_plugin_license_keys",\n);', path: 'foo.html' },
      ],
    },
    {
      ruleId: 'looker-client-id',
      truePositives: written('LOOKERSDK_CLIENT_ID', lookerId, ['env', 'yaml', 'json', 'py']),
      falsePositives: [`LOOKER_DASHBOARD_ID=${f.chars(DIGITS, 4)}`, 'LOOKERSDK_CLIENT_ID=${LOOKER_CLIENT_ID}', `looker_model_id: ${f.chars(BASE62, 20)}`],
    },
    {
      ruleId: 'looker-client-secret',
      truePositives: written('LOOKERSDK_CLIENT_SECRET', lookerSecret, ['env', 'yaml', 'json', 'py']),
      falsePositives: ['LOOKERSDK_CLIENT_SECRET=${LOOKER_CLIENT_SECRET}', 'LOOKERSDK_BASE_URL=https://acme.cloud.looker.com'],
    },
    {
      ruleId: 'segment-write-key',
      truePositives: written('SEGMENT_WRITE_KEY', segment, ['env', 'yaml', 'json', 'py']),
      falsePositives: [`NEXT_PUBLIC_SEGMENT_WRITE_KEY=${f.chars(BASE62, 32)}`, 'SEGMENT_WRITE_KEY=${SEGMENT_WRITE_KEY}'],
    },
    {
      ruleId: 'mixpanel-api-secret',
      truePositives: written('MIXPANEL_API_SECRET', mixpanel, ['env', 'yaml', 'json', 'py']),
      falsePositives: [`mixpanel.init('${f.chars(HEX, 32)}', { debug: false });`, 'MIXPANEL_API_SECRET=<api secret>'],
    },
    {
      ruleId: 'amplitude-secret-key',
      truePositives: [...written('AMPLITUDE_SECRET_KEY', amplitude, ['env', 'yaml', 'json']), ...written('AMPLITUDE_API_KEY', amplitude, ['env', 'py']), ...written('AMPLITUDE_KEY', amplitude, ['json'])],
      falsePositives: [`amplitude.init('${f.chars(HEX, 32)}');`, 'AMPLITUDE_SECRET_KEY=${AMPLITUDE_SECRET_KEY}'],
    },
    {
      ruleId: 'posthog-personal-api-key',
      truePositives: [...written('POSTHOG_PERSONAL_API_KEY', posthog, ['env', 'yaml', 'json', 'py'])],
      falsePositives: [`POSTHOG_API_KEY=phc_${f.chars(BASE64URL, 43)}`, 'POSTHOG_PERSONAL_API_KEY=phx_<personal api key>'],
    },
  ];
}
