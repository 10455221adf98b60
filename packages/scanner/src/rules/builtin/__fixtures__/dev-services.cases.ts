// True- and false-positive examples of the dev-services rules (see rule-cases.ts).
import { BASE62, BASE64URL, FakeSecrets, HEX } from './fake-secrets';
import { join, type RuleCases } from './rule-cases';
import { inFiles, LOWER_ALNUM } from './snippets';

/** Crockford base32, the alphabet of a ULID. */
const ULID = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

const uuid = (f: FakeSecrets): string => [8, 4, 4, 4, 12].map((n) => f.chars(HEX, n)).join('-');

function settlemint(f: FakeSecrets, ruleId: string, kind: string): RuleCases {
  const token = join('sm', `_${kind}_`, f.chars(BASE62, 16));
  return {
    ruleId,
    truePositives: inFiles('SETTLEMINT_ACCESS_TOKEN', token, ['env', 'yaml', 'shell']),
    falsePositives: [`SETTLEMINT_ACCESS_TOKEN=sm_${kind}_${f.chars(BASE62, 12)}`, `SETTLEMINT_ACCESS_TOKEN=sm_${kind}_<token>`],
  };
}

export function devServiceCases(f: FakeSecrets): RuleCases[] {
  const postman = join('PM', 'AK-', f.chars(HEX, 24), '-', f.chars(HEX, 34));
  const postmanCollection = join('PM', 'AT-', '01', f.chars(ULID, 24));
  const readme = join('rd', 'me_', f.chars(LOWER_ALNUM, 70));
  const contentful = f.chars(BASE64URL, 43);
  const contentfulPat = join('CF', 'PAT-', f.chars(BASE64URL, 43));
  const launchdarkly = join('ap', 'i-', uuid(f));
  const launchdarklySdk = join('sd', 'k-', uuid(f));
  const configcat = join('configcat', '-sdk-1/', f.chars(BASE64URL, 22), '/', f.chars(BASE64URL, 22));
  const configcatLegacy = join(f.chars(BASE64URL, 22), '/', f.chars(BASE64URL, 22));
  return [
    {
      ruleId: 'postman-api-token',
      truePositives: [
        ...inFiles('POSTMAN_API_KEY', postman, ['env', 'yaml', 'shell']),
        { text: `newman run "https://api.getpostman.com/collections/123?access_key=${postmanCollection}"`, secret: postmanCollection },
      ],
      falsePositives: [`POSTMAN_API_KEY=PMAK-${f.chars(HEX, 24)}-${f.chars(HEX, 30)}`, 'POSTMAN_API_KEY=PMAK-<your key>', `ticket: PMAT-${f.chars(ULID, 10)}`],
    },
    {
      ruleId: 'readme-api-token',
      truePositives: inFiles('README_API_KEY', readme, ['env', 'yaml', 'shell']),
      falsePositives: [`README_API_KEY=rdme_${f.chars(LOWER_ALNUM, 60)}`, 'README_API_KEY: ${{ secrets.README_API_KEY }}'],
    },
    {
      ruleId: 'contentful-delivery-api-token',
      truePositives: inFiles('CONTENTFUL_ACCESS_TOKEN', contentful, ['env', 'yaml', 'json', 'code']),
      falsePositives: [`CONTENTFUL_SPACE_ID=${f.chars(LOWER_ALNUM, 12)}`, 'CONTENTFUL_ACCESS_TOKEN=${CONTENTFUL_ACCESS_TOKEN}', `contentful_environment: ${f.chars(BASE64URL, 43)}`],
    },
    {
      ruleId: 'contentful-personal-access-token',
      truePositives: [...inFiles('CONTENTFUL_MANAGEMENT_TOKEN', contentfulPat, ['env', 'shell']), { text: `contentful space import --management-token ${contentfulPat}`, secret: contentfulPat }],
      falsePositives: [`CONTENTFUL_MANAGEMENT_TOKEN=CFPAT-${f.chars(BASE64URL, 30)}`, 'CONTENTFUL_MANAGEMENT_TOKEN=CFPAT-<token>'],
    },
    {
      ruleId: 'launchdarkly-access-token',
      truePositives: [...inFiles('LAUNCHDARKLY_ACCESS_TOKEN', launchdarkly, ['env', 'yaml', 'json']), ...inFiles('LD_SDK_KEY', launchdarklySdk, ['env', 'code'])],
      falsePositives: [`LAUNCHDARKLY_CLIENT_SIDE_ID=${f.chars(HEX, 24)}`, `request_id: api-${uuid(f)}`, 'LD_SDK_KEY=${LD_SDK_KEY}'],
    },
    {
      ruleId: 'configcat-sdk-key',
      truePositives: [...inFiles('CONFIGCAT_SDK_KEY', configcat, ['env', 'code']), { text: `CONFIGCAT_SDK_KEY=${configcatLegacy}`, secret: configcatLegacy }],
      falsePositives: [`CONFIGCAT_SDK_KEY=configcat-sdk-1/${f.chars(BASE64URL, 22)}`, 'configcat_base_url: https://cdn-global.configcat.com'],
    },
    settlemint(f, 'settlemint-application-access-token', 'aat'),
    settlemint(f, 'settlemint-personal-access-token', 'pat'),
    settlemint(f, 'settlemint-service-access-token', 'sat'),
  ];
}
