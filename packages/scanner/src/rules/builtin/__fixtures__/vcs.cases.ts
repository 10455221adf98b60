// True- and false-positive examples of the vcs rules (see rule-cases.ts).
import { BASE62, BASE64URL, FakeSecrets, HEX } from './fake-secrets';
import { join, type RuleCases } from './rule-cases';
import { BASE32_LOWER, HEX_UPPER, inFiles } from './snippets';

/** The same token with the last character of its checksum changed. */
function wrongChecksum(token: string): string {
  return `${token.slice(0, -1)}${token.endsWith('0') ? '1' : '0'}`;
}

export function githubCases(f: FakeSecrets): RuleCases[] {
  const kinds: Array<[string, string[]]> = [
    ['github-pat', ['ghp']],
    ['github-oauth', ['gho']],
    ['github-app-token', ['ghu', 'ghs']],
    ['github-refresh-token', ['ghr']],
  ];
  const classic = kinds.map(([ruleId, prefixes]): RuleCases => {
    const [a, b] = prefixes.map((p) => f.checksummedToken(p)) as [string, string | undefined];
    const c = f.checksummedToken(prefixes[0]!);
    const prefix = prefixes[0]!;
    return {
      ruleId,
      truePositives: [
        ...inFiles('GITHUB_TOKEN', a, ['env', 'json', 'shell']),
        // The URL-credentials rule defers to the provider rule: one leak, one finding.
        { text: `git clone https://x-access-token:${c}@github.com/acme/app.git`, secret: c },
        ...(b === undefined ? [] : [{ text: `      GH_TOKEN: ${b}\n`, secret: b }]),
      ],
      falsePositives: [
        `token: ${prefix}_${'x'.repeat(36)}`,
        `token: ${prefix}_${f.chars(BASE62, 35)}`,
        `token: ${prefix}_${f.chars(BASE62, 37)}`,
        `token: ${prefix}_0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ`,
        // Well-formed but for GitHub's checksum: a hand-made lookalike, not a token GitHub issued.
        `token: ${prefix}_${f.chars(BASE62, 36)}`,
        `GITHUB_TOKEN=${wrongChecksum(f.checksummedToken(prefix))}`,
        'GITHUB_TOKEN: ${{ secrets.GITHUB_TOKEN }}',
        `GH_TOKEN=${prefix}_<your token>`,
      ],
    };
  });
  const fine = join('github', '_pat_', f.chars(BASE62, 22), '_', f.chars(BASE62, 59));
  const b64 = (value: object): string => Buffer.from(JSON.stringify(value)).toString('base64url');
  const stateless = join('gh', 's_', '1234567', '_', b64({ alg: 'RS256', typ: 'JWT' }), '.', b64({ iss: 'github', ins: f.chars(BASE62, 10) }), '.', f.chars(BASE64URL, 86));
  const refresh76 = join('gh', 'r_', f.chars(BASE62, 76));
  const appToken = classic.find((c) => c.ruleId === 'github-app-token')!;
  appToken.truePositives.push({ text: `curl -H "Authorization: Bearer ${stateless}" https://api.github.com/installation/repositories`, secret: stateless });
  appToken.falsePositives.push(`token = "ghs_1234567_eyJ${'x'.repeat(20)}"`);
  classic.find((c) => c.ruleId === 'github-refresh-token')!.truePositives.push({ text: `{"refresh_token": "${refresh76}"}`, secret: refresh76 });
  return [
    ...classic,
    {
      ruleId: 'github-fine-grained-pat',
      truePositives: [...inFiles('GH_TOKEN', fine, ['shell', 'yaml', 'code'])],
      falsePositives: [
        join('GH_TOKEN=github', '_pat_', f.chars(BASE62, 22), '_', f.chars(BASE62, 58)),
        join('GH_TOKEN=github', '_pat_', 'X'.repeat(22), '_', 'X'.repeat(59)),
        'GH_TOKEN=github_pat_<your token>',
      ],
    },
  ];
}

export function otherVcsCases(f: FakeSecrets): RuleCases[] {
  const clientId = f.chars(BASE62, 18);
  const clientSecret = f.chars(BASE62, 32);
  const appPassword = f.bitbucketAppPassword();
  const accessToken = f.atlassianToken(join('ATCTT3', 'xFfGN0'), 171);
  // Microsoft's annotated-key layout; the character after JQQJ9 + 2 is outside A-L here because
  // azure-cask-key (azure.ts) still reports every annotated key, Azure DevOps ones included.
  const adoPat = join(f.chars(BASE62, 52), 'JQQJ9', '9', f.chars(BASE62, 1), 'Q', f.chars(BASE62, 16), 'AZDO', f.chars(BASE62, 4));
  const adoLegacy = f.chars(BASE32_LOWER, 52);
  const gitea = f.chars(HEX, 40);
  const sgp = join('sg', 'p_', f.chars(HEX, 16), '_', f.chars(HEX, 40));
  const sgpLocal = join('sg', 'p_local_', f.chars(HEX, 40));
  const sgLegacy = f.chars(HEX, 40);
  return [
    {
      ruleId: 'bitbucket-client-id',
      truePositives: inFiles('BITBUCKET_CLIENT_ID', clientId, ['env', 'yaml', 'json']),
      falsePositives: ['BITBUCKET_CLIENT_ID=${BITBUCKET_CLIENT_ID}', 'bitbucket_oauth_key: my-app-consumer', `bitbucket_workspace_id: ${f.chars(BASE62, 20)}0`],
    },
    {
      ruleId: 'bitbucket-client-secret',
      truePositives: inFiles('BITBUCKET_CLIENT_SECRET', clientSecret, ['env', 'json', 'code', 'shell']),
      falsePositives: ['BITBUCKET_CLIENT_SECRET=<client secret>', 'bitbucket_secret: "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"', 'bitbucket_password = "${BITBUCKET_PASSWORD}"'],
    },
    {
      ruleId: 'bitbucket-app-password',
      truePositives: [
        ...inFiles('BITBUCKET_APP_PASSWORD', appPassword, ['env', 'yaml']),
        { text: `git clone https://ci-bot:${appPassword}@bitbucket.org/acme/app.git`, secret: appPassword },
      ],
      falsePositives: [
        `password: ATBB${f.chars(BASE62, 24)}${f.chars(BASE62, 5).toLowerCase()}xyz`,
        `password: ATBB${f.chars(BASE62, 20)}`,
        'BITBUCKET_APP_PASSWORD=ATBBxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
        // The right shape, but the last 8 characters are not the CRC32 of the rest.
        `BITBUCKET_APP_PASSWORD=${join('AT', 'BB', f.chars(BASE62, 24), f.chars(HEX_UPPER, 8))}`,
      ],
    },
    {
      ruleId: 'bitbucket-access-token',
      truePositives: [
        { text: `curl -H "Authorization: Bearer ${accessToken}" https://api.bitbucket.org/2.0/repositories/acme`, secret: accessToken },
        ...inFiles('BITBUCKET_ACCESS_TOKEN', accessToken, ['env', 'json']),
      ],
      falsePositives: [
        `token: ATCTT3xFfGN0${f.chars(BASE64URL, 40)}`,
        'token: ATCTT3xFfGN0<access token>',
        `BITBUCKET_ACCESS_TOKEN=${join('ATCTT3', 'xFfGN0', f.chars(BASE64URL, 171), '=', f.chars(HEX_UPPER, 8))}`,
      ],
    },
    {
      ruleId: 'azure-devops-pat',
      truePositives: [
        ...inFiles('AZURE_DEVOPS_EXT_PAT', adoPat, ['env', 'shell', 'yaml']),
        { text: `ADO_PAT=${adoLegacy}\n`, secret: adoLegacy },
        { text: `  azureDevOpsToken: '${adoLegacy}'\n`, secret: adoLegacy },
      ],
      falsePositives: [
        // Another service's annotated key (not AZDO at 76) is not an Azure DevOps token.
        `ADO_PAT=${f.chars(BASE62, 52)}JQQJ9X${f.chars(BASE62, 26)}`,
        `devops_pat: ${f.chars(BASE32_LOWER, 51)}`,
        'AZURE_DEVOPS_EXT_PAT: $(System.AccessToken)',
        `vsts_token = "${'a'.repeat(52)}"`,
      ],
    },
    {
      ruleId: 'gitea-access-token',
      truePositives: inFiles('GITEA_TOKEN', gitea, ['env', 'yaml', 'json', 'shell']),
      falsePositives: ['GITEA_TOKEN=${{ secrets.GITEA_TOKEN }}', `gitea_url: https://git.acme.internal/${f.chars(HEX, 8)}`, 'GITEA_TOKEN=changeme'],
    },
    {
      ruleId: 'sourcegraph-access-token',
      truePositives: [
        ...inFiles('SRC_ACCESS_TOKEN', sgp, ['env', 'shell']),
        { text: `{"token": "${sgpLocal}"}`, secret: sgpLocal },
        { text: `SOURCEGRAPH_TOKEN=${sgLegacy}`, secret: sgLegacy },
      ],
      falsePositives: [`commit ${f.chars(HEX, 40)}`, 'SRC_ACCESS_TOKEN=sgp_<token>', `SOURCEGRAPH_URL=https://sourcegraph.acme.internal/${f.chars(HEX, 8)}`],
    },
  ];
}
