// True- and false-positive examples of the packages rules (see rule-cases.ts).
import { BASE62, BASE64, BASE64URL, FakeSecrets, HEX } from './fake-secrets';
import { join, type RuleCases } from './rule-cases';
import { inFiles, LOWER_ALNUM } from './snippets';

export function packageRegistryCases(f: FakeSecrets): RuleCases[] {
  const npm = f.checksummedToken('npm');
  const pypi = join('pypi-', 'AgEIcHlwaS5vcmc', f.chars(BASE64URL, 160));
  const testPypi = join('pypi-', 'AgENdGVzdC5weXBpLm9yZw', f.chars(BASE64URL, 160));
  const rubygems = join('ruby', 'gems_', f.chars(HEX, 48));
  const clojars = join('CLOJARS', '_', f.chars(LOWER_ALNUM, 60));
  const nuget = join('oy', '2', f.chars(LOWER_ALNUM, 43));
  const nugetPassword = `${f.chars(BASE62, 14)}!${f.chars(BASE62, 4)}`;
  const crates = join('ci', 'o', f.chars(BASE62, 32));
  const packagist = join('packagist', '_uut_', f.chars(HEX, 68));
  const akcp = join('AK', 'Cp', f.chars(BASE62, 69));
  const reference = join('cmVmdGtu', 'OjAx', f.chars(BASE62, 52));
  const jfrogKey = f.chars(BASE62, 73);
  const jfrogIdentity = f.chars(BASE62, 64);
  const dockerPat = join('dckr', '_pat_', f.chars(BASE64URL, 27));
  const dockerOat = join('dckr', '_oat_', f.chars(BASE64URL, 32));
  const cloudsmith = f.chars(HEX, 40);
  const npmAuth = Buffer.from(`ci-bot:${f.chars(BASE62, 18)}`).toString('base64');
  const npmLegacy = [8, 4, 4, 4, 12].map((n) => f.chars(HEX, n)).join('-');
  return [
    {
      ruleId: 'npm-access-token',
      truePositives: [{ text: `//registry.npmjs.org/:_authToken=${npm}`, secret: npm }, ...inFiles('NPM_TOKEN', npm, ['env', 'yaml', 'shell'])],
      falsePositives: [
        'npm_config_registry=https://registry.npmjs.org/',
        'echo "$npm_package_version"',
        `//registry.npmjs.org/:_authToken=npm_${'x'.repeat(36)}`,
        '//registry.npmjs.org/:_authToken=${NPM_TOKEN}',
        // npm_ + 36 base62 whose last 6 are not the CRC32 of the first 30: not a token npm issued.
        `//registry.npmjs.org/:_authToken=${join('npm', '_', f.chars(BASE62, 36))}`,
      ],
    },
    {
      ruleId: 'pypi-upload-token',
      truePositives: [
        { text: `[pypi]\n  username = __token__\n  password = ${pypi}\n`, secret: pypi },
        { text: `TWINE_PASSWORD=${testPypi}`, secret: testPypi },
      ],
      falsePositives: ['password = pypi-AgEIcHlwaS5vcmc...', `password = pypi-${f.chars(BASE64URL, 60)}`],
    },
    {
      ruleId: 'rubygems-api-token',
      truePositives: [{ text: `---\n:rubygems_api_key: ${rubygems}\n`, secret: rubygems }, ...inFiles('GEM_HOST_API_KEY', rubygems, ['env', 'shell'])],
      falsePositives: [`:rubygems_api_key: rubygems_${f.chars(HEX, 47)}`, 'GEM_HOST_API_KEY=rubygems_<api key>', 'gem "rubygems_mfa_helper"'],
    },
    {
      ruleId: 'clojars-api-token',
      truePositives: [{ text: `{:clojars {:username "acme" :password "${clojars}"}}`, secret: clojars }, ...inFiles('CLOJARS_PASSWORD', clojars, ['env'])],
      falsePositives: ['CLOJARS_USERNAME=acme', `CLOJARS_PASSWORD=CLOJARS_${f.chars(LOWER_ALNUM, 40)}`],
    },
    {
      ruleId: 'nuget-api-key',
      truePositives: [{ text: `dotnet nuget push pkg.nupkg --api-key ${nuget} --source https://api.nuget.org/v3/index.json`, secret: nuget }, ...inFiles('NUGET_API_KEY', nuget, ['env', 'yaml'])],
      falsePositives: [`version: oy2${f.chars(LOWER_ALNUM, 20)}`, `--api-key oy2${'x'.repeat(43)}`, 'NUGET_API_KEY: ${{ secrets.NUGET_API_KEY }}'],
    },
    {
      ruleId: 'nuget-config-password',
      truePositives: [
        {
          text: `<packageSourceCredentials>\n  <acme>\n    <add key="Username" value="ci" />\n    <add key="ClearTextPassword" value="${nugetPassword}" />\n  </acme>\n</packageSourceCredentials>`,
          secret: nugetPassword,
        },
      ],
      falsePositives: ['<add key="ClearTextPassword" value="%NUGET_PASSWORD%" />', '<add key="Password" value="changeme" />', '<add key="PasswordPolicy" value="strong-and-long" />'],
    },
    {
      ruleId: 'crates-io-api-token',
      truePositives: [{ text: `[registry]\ntoken = "${crates}"\n`, secret: crates }, ...inFiles('CARGO_REGISTRY_TOKEN', crates, ['env', 'yaml'])],
      falsePositives: ['let ciondolo = "cioccolato";', `crate_checksum = "cio${f.chars(BASE62, 31)}"`, 'CARGO_REGISTRY_TOKEN: ${{ secrets.CRATES_IO_TOKEN }}'],
    },
    {
      ruleId: 'private-packagist-token',
      truePositives: [{ text: `composer config --global --auth http-basic.repo.packagist.com acme ${packagist}`, secret: packagist }, ...inFiles('COMPOSER_AUTH_TOKEN', packagist, ['env'])],
      falsePositives: [`token: packagist_uut_${f.chars(HEX, 60)}`, 'token: packagist_ort_<token>'],
    },
    {
      ruleId: 'artifactory-api-key',
      truePositives: [
        { text: `curl -H "X-JFrog-Art-Api: ${akcp}" https://acme.jfrog.io/artifactory/api/repositories`, secret: akcp },
        ...inFiles('ARTIFACTORY_API_KEY', akcp, ['env', 'json']),
        // Under a JFrog setting too, where jfrog-api-key defers to this rule.
        { text: `JFROG_API_KEY=${akcp}`, secret: akcp },
      ],
      falsePositives: [`key: AKCp${f.chars(BASE62, 40)}`, `key: AKCp${'x'.repeat(69)}`],
    },
    {
      ruleId: 'artifactory-reference-token',
      truePositives: [{ text: `curl -H "Authorization: Bearer ${reference}" https://acme.jfrog.io/artifactory/api/system/ping`, secret: reference }, ...inFiles('JFROG_ACCESS_TOKEN', reference, ['env', 'yaml'])],
      falsePositives: [`token: cmVmdGtuOjAx${f.chars(BASE62, 30)}`, 'token: cmVmdGtuOjAx<reference token>'],
    },
    {
      ruleId: 'jfrog-api-key',
      truePositives: inFiles('JFROG_API_KEY', jfrogKey, ['env', 'yaml', 'json']),
      falsePositives: [`jfrog_build_id: ${f.chars(BASE62, 73)}`, 'jfrog_url: https://acme.jfrog.io', 'JFROG_API_KEY=${JFROG_API_KEY}'],
    },
    {
      ruleId: 'jfrog-identity-token',
      truePositives: inFiles('ARTIFACTORY_IDENTITY_TOKEN', jfrogIdentity, ['env', 'shell']),
      falsePositives: [`ARTIFACTORY_IDENTITY_TOKEN=${f.chars(HEX, 64).replace(/[0-9]/g, '')}`, 'xray_token: <identity token>'],
    },
    {
      ruleId: 'dockerhub-personal-access-token',
      truePositives: [{ text: `echo "${dockerPat}" | docker login -u acme --password-stdin`, secret: dockerPat }, ...inFiles('DOCKERHUB_TOKEN', dockerPat, ['env', 'yaml'])],
      falsePositives: [`DOCKERHUB_TOKEN=dckr_pat_${f.chars(BASE64URL, 20)}`, 'DOCKERHUB_TOKEN=dckr_pat_xxxxxxxxxxxxxxxxxxxxxxxxxxx'],
    },
    {
      ruleId: 'dockerhub-organization-access-token',
      truePositives: inFiles('DOCKER_ORG_TOKEN', dockerOat, ['env', 'json', 'shell']),
      falsePositives: [`DOCKER_ORG_TOKEN=dckr_oat_${f.chars(BASE64URL, 31)}`, 'DOCKER_ORG_TOKEN=dckr_oat_<token>'],
    },
    {
      ruleId: 'cloudsmith-api-key',
      truePositives: inFiles('CLOUDSMITH_API_KEY', cloudsmith, ['env', 'yaml', 'shell']),
      falsePositives: ['CLOUDSMITH_API_KEY=${{ secrets.CLOUDSMITH_API_KEY }}', 'cloudsmith_org: acme', `CLOUDSMITH_REPOSITORY=${f.chars(HEX, 12)}`],
    },
    {
      ruleId: 'npmrc-auth',
      truePositives: [
        { text: `registry=https://npm.acme.internal/\n_auth=${npmAuth}\nalways-auth=true\n`, secret: npmAuth },
        { text: `//npm.acme.internal/:_auth="${npmAuth}"\n`, secret: npmAuth },
        { text: `registry=https://registry.npmjs.org/\n//registry.npmjs.org/:_authToken=${npmLegacy}\n`, secret: npmLegacy },
      ],
      falsePositives: [
        '_auth=${NPM_AUTH}',
        '//npm.acme.internal/:_authToken=${NPM_TOKEN}',
        `_auth=${f.chars(BASE64, 8)}`,
        '//registry.npmjs.org/:_authToken=00000000-0000-0000-0000-000000000000',
      ],
    },
  ];
}
