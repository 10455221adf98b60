// True- and false-positive examples of the ci-cd rules (see rule-cases.ts).
import { BASE62, BASE64URL, FakeSecrets, HEX } from './fake-secrets';
import { join, UPPER_ALNUM, type RuleCases } from './rule-cases';
import { inFiles } from './snippets';

const uuid = (f: FakeSecrets): string => [8, 4, 4, 4, 12].map((n) => f.chars(HEX, n)).join('-');

export function ciCdCases(f: FakeSecrets): RuleCases[] {
  const circlePat = join('CCI', 'PAT_', f.chars(BASE62, 22), '_', f.chars(HEX, 40));
  const circleProject = join('CCI', 'PRJ_', f.chars(BASE62, 22), '_', f.chars(HEX, 40));
  const circleLegacy = f.chars(HEX, 40);
  const buildkite = join('bk', 'ua_', f.chars(HEX, 40));
  const travis = f.chars(BASE62, 22);
  const drone = f.chars(BASE62, 32);
  const jenkins = join('11', f.chars(HEX, 32));
  const harness = join('pa', 't.', f.chars(BASE64URL, 22), '.', f.chars(HEX, 24), '.', f.chars(BASE62, 20));
  const octopus = join('API', '-', f.chars(UPPER_ALNUM, 24), '7Q');
  const prefect = join('pn', 'u_', f.chars(BASE62, 36));
  const prefectBot = join('pn', 'b_', f.chars(BASE62, 36));
  const codecov = uuid(f);
  const coveralls = f.chars(BASE62, 35);
  const codacy = f.chars(BASE62, 32);
  const sonar = join('sq', 'p_', f.chars(HEX, 40));
  const sonarLegacy = f.chars(HEX, 40);
  const snyk = uuid(f);
  const snykPat = join('snyk', '_uat.', f.chars(HEX, 8), '.', f.chars(BASE64URL, 24), '.', f.chars(BASE64URL, 32));
  const infracost = join('ic', 'o-', f.chars(BASE62, 32));
  // TeamCity: a fixed {"typ": "TCV2"} header, a 27-byte token id and a UUID, each base64url.
  const teamcityHeader = Buffer.from('{"typ": "TCV2"}').toString('base64url');
  const teamcity = join(teamcityHeader, '.', Buffer.from(f.chars(BASE62, 27)).toString('base64url'), '.', Buffer.from(uuid(f)).toString('base64url'));
  return [
    {
      ruleId: 'circleci-api-token',
      truePositives: [
        ...inFiles('CIRCLECI_TOKEN', circlePat, ['env', 'shell']),
        { text: `curl -H "Circle-Token: ${circleProject}" https://circleci.com/api/v2/me`, secret: circleProject },
        ...inFiles('CIRCLE_TOKEN', circleLegacy, ['env', 'yaml']),
      ],
      falsePositives: [`CIRCLE_SHA1=${f.chars(HEX, 40)}`, 'CIRCLE_TOKEN=${CIRCLE_TOKEN}', 'circle_token: <your circle token>'],
    },
    {
      ruleId: 'buildkite-api-token',
      truePositives: [...inFiles('BUILDKITE_API_TOKEN', buildkite, ['env', 'json', 'shell']), { text: `BUILDKITE_TOKEN=${circleLegacy}`, secret: circleLegacy }],
      falsePositives: [`BUILDKITE_COMMIT=${f.chars(HEX, 40)}`, `token: bkua_${f.chars(HEX, 39)}`, 'BUILDKITE_API_TOKEN=bkua_<token>'],
    },
    {
      ruleId: 'travisci-access-token',
      truePositives: inFiles('TRAVIS_API_TOKEN', travis, ['env', 'yaml', 'shell']),
      falsePositives: [`TRAVIS_JOB_ID=${f.chars(BASE62, 22)}`, `TRAVIS_COMMIT=${f.chars(HEX, 40)}`, 'travis_token: <your travis token>'],
    },
    {
      ruleId: 'droneci-access-token',
      truePositives: inFiles('DRONE_TOKEN', drone, ['env', 'shell', 'json']),
      falsePositives: ['DRONE_SERVER=https://drone.acme.internal', `DRONE_COMMIT_SHA=${f.chars(HEX, 40)}`, 'DRONE_TOKEN=${DRONE_TOKEN}'],
    },
    {
      ruleId: 'jenkins-api-token',
      truePositives: [...inFiles('JENKINS_API_TOKEN', jenkins, ['env', 'yaml']), { text: `jenkinsPassword: "${jenkins.slice(2)}"`, secret: jenkins.slice(2) }],
      falsePositives: ['JENKINS_URL=https://ci.acme.internal/', 'JENKINS_API_TOKEN=$JENKINS_TOKEN', 'jenkins_token_ttl: 3600'],
    },
    {
      ruleId: 'harness-api-key',
      truePositives: [{ text: `curl -H "x-api-key: ${harness}" https://app.harness.io/ng/api/user/currentUser`, secret: harness }, ...inFiles('HARNESS_API_KEY', harness, ['env', 'yaml'])],
      falsePositives: ['import pat.utils.helpers as h', `key: pat.${f.chars(BASE64URL, 22)}.${f.chars(HEX, 24)}`],
    },
    {
      ruleId: 'octopus-deploy-api-key',
      truePositives: [{ text: `octo push --package app.1.0.0.zip --server https://octo.acme.internal --apiKey ${octopus}`, secret: octopus }, ...inFiles('OCTOPUS_API_KEY', octopus, ['env', 'json'])],
      falsePositives: ['header: API-VERSIONINGCONFIGURATIONSET', `key: API-${f.chars(UPPER_ALNUM, 25)}`, 'OCTOPUS_API_KEY=API-XXXXXXXXXXXXXXXXXXXXXXXXXX'],
    },
    {
      ruleId: 'prefect-api-token',
      truePositives: [...inFiles('PREFECT_API_KEY', prefect, ['env', 'yaml', 'shell']), { text: `prefect cloud login --key ${prefectBot}`, secret: prefectBot }],
      falsePositives: [`PREFECT_API_KEY=pnu_${f.chars(BASE62, 35)}`, 'PREFECT_API_URL=https://api.prefect.cloud/api/accounts/x'],
    },
    {
      ruleId: 'codecov-access-token',
      truePositives: [...inFiles('CODECOV_TOKEN', codecov, ['env', 'yaml', 'shell'])],
      falsePositives: ['CODECOV_TOKEN: ${{ secrets.CODECOV_TOKEN }}', `codecov_flags: unit-${f.chars(HEX, 8)}`, 'codecov_token: 00000000-0000-0000-0000-000000000000'],
    },
    {
      ruleId: 'coveralls-api-token',
      truePositives: inFiles('COVERALLS_REPO_TOKEN', coveralls, ['env', 'yaml', 'json']),
      falsePositives: ['COVERALLS_REPO_TOKEN=${{ secrets.COVERALLS }}', 'coveralls_service_name: github-actions-ci-pipeline'],
    },
    {
      ruleId: 'codacy-api-token',
      truePositives: inFiles('CODACY_PROJECT_TOKEN', codacy, ['env', 'yaml', 'shell']),
      falsePositives: ['CODACY_PROJECT_TOKEN=${{ secrets.CODACY_PROJECT_TOKEN }}', 'codacy_project_name: acme-web-frontend'],
    },
    {
      ruleId: 'sonar-api-token',
      truePositives: [
        { text: `mvn sonar:sonar -Dsonar.token=${sonar}`, secret: sonar },
        ...inFiles('SONAR_TOKEN', sonar, ['env', 'yaml']),
        { text: `sonar.login=${sonarLegacy}\nsonar.host.url=https://sonar.acme.internal\n`, secret: sonarLegacy },
      ],
      falsePositives: [`sonar.projectKey=${f.chars(HEX, 40)}`, 'SONAR_TOKEN=${{ secrets.SONAR_TOKEN }}', `SONAR_TOKEN=squ_${f.chars(HEX, 39)}`],
    },
    {
      ruleId: 'snyk-api-token',
      truePositives: [...inFiles('SNYK_TOKEN', snyk, ['env', 'yaml', 'shell']), { text: `snyk auth ${snykPat}`, secret: snykPat }],
      falsePositives: [`SNYK_ORG_ID=${uuid(f)}`, 'SNYK_TOKEN=${{ secrets.SNYK_TOKEN }}', `snyk_project: ${uuid(f)}`],
    },
    {
      ruleId: 'teamcity-access-token',
      truePositives: [
        { text: `curl -H "Authorization: Bearer ${teamcity}" https://ci.acme.internal/app/rest/builds`, secret: teamcity },
        ...inFiles('TEAMCITY_TOKEN', teamcity, ['env', 'code']),
      ],
      falsePositives: [`TC_TOKEN="${teamcityHeader}..."`, `token: ${teamcityHeader}.${f.chars(BASE64URL, 20)}.${f.chars(BASE64URL, 48)}`],
    },
    {
      ruleId: 'infracost-api-token',
      truePositives: inFiles('INFRACOST_API_KEY', infracost, ['env', 'yaml', 'shell']),
      falsePositives: [`INFRACOST_API_KEY=ico-${f.chars(BASE62, 31)}`, 'INFRACOST_API_KEY=ico-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'],
    },
  ];
}
