// True- and false-positive examples of the dev-platforms rules (see rule-cases.ts).
import { BASE62, BASE64URL, DIGITS, FakeSecrets, HEX } from './fake-secrets';
import { join, UPPER_ALNUM, type RuleCases } from './rule-cases';
import { HEX_UPPER, inFiles, LOWER_ALNUM } from './snippets';

export function devPlatformCases(f: FakeSecrets): RuleCases[] {
  const atlassian = f.atlassianToken(join('ATATT3', 'xFfGF0'), 171);
  const jiraLegacy = f.chars(BASE62, 24);
  const asanaId = join('1', f.chars(DIGITS, 15));
  const asanaSecret = f.chars(BASE62, 32);
  const asanaPat = join('2/', f.chars(DIGITS, 16), '/', f.chars(DIGITS, 16), ':', f.chars(HEX, 32));
  const asanaPatV1 = join('1/', f.chars(DIGITS, 13), ':', f.chars(HEX, 32));
  const linear = join('lin', '_api_', f.chars(BASE62, 40));
  const linearSecret = f.chars(HEX, 32);
  const notion = join('nt', 'n_', f.chars(DIGITS, 11), f.chars(BASE62, 35));
  const notionLegacy = join('sec', 'ret_', f.chars(BASE62, 43));
  const clickup = join('pk', '_', f.chars(DIGITS, 8), '_', f.chars(UPPER_ALNUM, 32));
  const youtrack = join('pe', 'rm:', Buffer.from('ci-bot').toString('base64'), '.', Buffer.from('deploy-1').toString('base64'), '.', f.chars(BASE62, 30));
  const figma = join('fi', 'gd_', f.chars(BASE64URL, 40));
  const figmaLegacy = [6, 8, 4, 4, 4, 12].map((n) => f.chars(HEX, n)).join('-');
  const typeform = join('tf', 'p_', f.chars(BASE62, 44), '_', f.chars(BASE62, 14));
  const frameio = join('fio', '-u-', f.chars(BASE64URL, 64));
  const gitter = f.chars(HEX, 40);
  const mattermost = f.chars(LOWER_ALNUM, 26);
  const intra = join('s-s4t2', 'ud-', f.chars(HEX, 64));
  return [
    {
      ruleId: 'atlassian-api-token',
      truePositives: [
        { text: `curl -u ops@acme.example:${atlassian} https://acme.atlassian.net/rest/api/3/myself`, secret: atlassian },
        ...inFiles('JIRA_API_TOKEN', atlassian, ['env', 'yaml']),
        ...inFiles('CONFLUENCE_API_TOKEN', jiraLegacy, ['env', 'json']),
      ],
      falsePositives: [
        'JIRA_PROJECT_KEY=ACME',
        `JIRA_PROJECT_ID=${f.chars(UPPER_ALNUM, 24)}`,
        'JIRA_API_TOKEN=${JIRA_API_TOKEN}',
        `token: ATATT3xFfGF0${f.chars(BASE64URL, 60)}`,
        // The right shape, but the last 8 characters are not the CRC32 of the rest.
        `JIRA_API_TOKEN=${join('ATATT3', 'xFfGF0', f.chars(BASE64URL, 171), '=', f.chars(HEX_UPPER, 8))}`,
      ],
    },
    {
      ruleId: 'asana-client-id',
      truePositives: inFiles('ASANA_CLIENT_ID', asanaId, ['env', 'yaml', 'json']),
      falsePositives: [`ASANA_WORKSPACE_ID=${asanaId}`, `asana_project_gid: ${f.chars(DIGITS, 16)}`, 'ASANA_CLIENT_ID=0000000000000000'],
    },
    {
      ruleId: 'asana-client-secret',
      truePositives: inFiles('ASANA_CLIENT_SECRET', asanaSecret, ['env', 'yaml', 'code']),
      falsePositives: ['ASANA_CLIENT_SECRET=${ASANA_CLIENT_SECRET}', 'asana_secret: <client secret>'],
    },
    {
      ruleId: 'asana-personal-access-token',
      truePositives: [
        { text: `ASANA_ACCESS_TOKEN=${asanaPat}`, secret: asanaPat },
        { text: `curl -H "Authorization: Bearer ${asanaPatV1}" https://app.asana.com/api/1.0/users/me`, secret: asanaPatV1 },
      ],
      falsePositives: [`asana: see ratio 1/${f.chars(DIGITS, 12)}:${f.chars(HEX, 31)}`, 'ASANA_ACCESS_TOKEN=${ASANA_PAT}', `ratio = "2/${f.chars(DIGITS, 16)}:${f.chars(HEX, 32)}"`],
    },
    {
      ruleId: 'linear-api-key',
      truePositives: [...inFiles('LINEAR_API_KEY', linear, ['env', 'yaml', 'code']), { text: `curl -H "Authorization: ${linear}" https://api.linear.app/graphql`, secret: linear }],
      falsePositives: [`LINEAR_API_KEY=lin_api_${f.chars(BASE62, 39)}`, 'LINEAR_API_KEY=lin_api_<your key>'],
    },
    {
      ruleId: 'linear-client-secret',
      truePositives: inFiles('LINEAR_CLIENT_SECRET', linearSecret, ['env', 'json', 'shell']),
      falsePositives: [`linear_layer_hash = "${f.chars(HEX, 32)}"`, 'LINEAR_CLIENT_SECRET=${{ secrets.LINEAR_CLIENT_SECRET }}', `LINEAR_TEAM_ID=${f.chars(HEX, 32)}`],
    },
    {
      ruleId: 'notion-api-token',
      truePositives: [...inFiles('NOTION_TOKEN', notion, ['env', 'yaml', 'code']), { text: `NOTION_API_KEY="${notionLegacy}"`, secret: notionLegacy }],
      falsePositives: [`NOTION_TOKEN=ntn_${f.chars(DIGITS, 11)}${f.chars(BASE62, 20)}`, 'secret_key_base = Rails.application.credentials.secret_key_base', `NOTION_DATABASE_ID=${f.chars(HEX, 32)}`],
    },
    {
      ruleId: 'clickup-personal-api-token',
      truePositives: inFiles('CLICKUP_API_TOKEN', clickup, ['env', 'yaml', 'shell']),
      falsePositives: ['primary_key: pk_users_id', `CLICKUP_API_TOKEN=pk_${f.chars(DIGITS, 8)}_${f.chars(UPPER_ALNUM, 31)}`],
    },
    {
      ruleId: 'youtrack-permanent-token',
      truePositives: [{ text: `curl -H "Authorization: Bearer ${youtrack}" https://acme.youtrack.cloud/api/users/me`, secret: youtrack }, ...inFiles('YOUTRACK_TOKEN', youtrack, ['env', 'json'])],
      falsePositives: ['requires perm:read.write.admin on the project', `YOUTRACK_TOKEN=perm:${f.chars(BASE62, 8)}.${f.chars(BASE62, 8)}.${f.chars(BASE62, 20)}`],
    },
    {
      ruleId: 'figma-personal-access-token',
      truePositives: [
        ...inFiles('FIGMA_TOKEN', figma, ['env', 'yaml', 'code']),
        { text: `curl -H "X-Figma-Token: ${figmaLegacy}" https://api.figma.com/v1/me`, secret: figmaLegacy },
      ],
      falsePositives: [`FIGMA_TOKEN=figd_${f.chars(BASE64URL, 20)}`, 'FIGMA_TOKEN=figd_<your token>', `figma_file_key: ${f.chars(BASE62, 22)}`],
    },
    {
      ruleId: 'typeform-api-token',
      truePositives: inFiles('TYPEFORM_TOKEN', typeform, ['env', 'yaml', 'shell']),
      falsePositives: [`TYPEFORM_TOKEN=tfp_${f.chars(BASE62, 40)}`, 'TYPEFORM_TOKEN=tfp_<personal token>'],
    },
    {
      ruleId: 'frameio-api-token',
      truePositives: inFiles('FRAMEIO_TOKEN', frameio, ['env', 'yaml', 'json']),
      falsePositives: [`FRAMEIO_TOKEN=fio-u-${f.chars(BASE64URL, 50)}`, 'FRAMEIO_TOKEN=fio-u-<token>'],
    },
    {
      ruleId: 'gitter-access-token',
      truePositives: inFiles('GITTER_TOKEN', gitter, ['env', 'yaml', 'shell']),
      falsePositives: ['GITTER_ROOM=acme/community', 'GITTER_TOKEN=${GITTER_TOKEN}', `gitter_room_id: ${f.chars(HEX, 24)}`],
    },
    {
      ruleId: 'mattermost-access-token',
      truePositives: inFiles('MATTERMOST_TOKEN', mattermost, ['env', 'yaml', 'json']),
      falsePositives: [`MATTERMOST_TEAM_ID=${f.chars(LOWER_ALNUM, 26)}`, 'MATTERMOST_URL=https://chat.acme.internal', 'MATTERMOST_TOKEN=${{ secrets.MM_TOKEN }}'],
    },
    {
      ruleId: 'intra42-client-secret',
      truePositives: inFiles('FT_CLIENT_SECRET', intra, ['env', 'yaml', 'code']),
      falsePositives: [`FT_CLIENT_SECRET=s-s4t2ud-${f.chars(HEX, 60)}`, 'FT_CLIENT_SECRET=s-s4t2ud-<secret>'],
    },
  ];
}
