// True- and false-positive examples of the productivity rules (see rule-cases.ts).
import { BASE62, BASE64URL, DIGITS, FakeSecrets, HEX } from './fake-secrets';
import { join, type RuleCases } from './rule-cases';
import { LOWER_ALNUM, UPPER_HEX, written } from './saas-fakes';

export function productivityCases(f: FakeSecrets): RuleCases[] {
  const adobeId = f.chars(HEX, 32);
  const adobeSecret = join('p8', 'e-', f.chars(BASE62, 32));
  const dropboxKey = f.chars(LOWER_ALNUM, 15);
  const dropboxLong = join(f.chars(LOWER_ALNUM, 11), 'A'.repeat(10), f.chars(BASE64URL, 43));
  const dropboxShort = join('s', 'l.', f.chars(BASE64URL, 138));
  const dropboxShortNew = join('s', 'l.u.', f.chars(BASE64URL, 700));
  const box = f.chars(BASE62, 32);
  const miroOrigin = Buffer.from(JSON.stringify({ 'miro.origin': 'eu01' })).toString('base64url');
  const miro = join(miroOrigin, '_', f.chars(BASE64URL, 27));
  const trello = join('AT', 'TA', f.chars(HEX, 64), f.chars(UPPER_HEX, 8));
  const trelloLegacy = f.chars(HEX, 64);
  const zapier = join('hooks.zapier.com/hooks/catch/', f.chars(DIGITS, 7), '/', f.chars(LOWER_ALNUM, 7));
  const canva = join('cnv', 'ca', f.chars(BASE64URL, 51));
  const beamer = join('b', '_', f.chars(BASE64URL, 43), '=');
  const cloudinary = f.chars(BASE64URL, 27);
  return [
    {
      ruleId: 'adobe-client-id',
      truePositives: written('ADOBE_CLIENT_ID', adobeId, ['env', 'yaml', 'json', 'js']),
      falsePositives: [`ADOBE_ORG_ID=${f.chars(UPPER_HEX, 24)}@AdobeOrg`, 'ADOBE_CLIENT_ID=${ADOBE_CLIENT_ID}', `adobe_file_hash: ${f.chars(HEX, 32)}`],
    },
    {
      ruleId: 'adobe-client-secret',
      truePositives: [...written('ADOBE_CLIENT_SECRET', adobeSecret, ['env', 'yaml', 'json']), { text: `adobeClient := "${adobeSecret}"`, secret: adobeSecret }],
      falsePositives: ['ADOBE_CLIENT_SECRET=p8e-<client secret>', 'ADOBE_CLIENT_SECRET=p8e-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'],
    },
    {
      ruleId: 'dropbox-api-token',
      truePositives: written('DROPBOX_APP_SECRET', dropboxKey, ['env', 'yaml', 'json', 'py']),
      falsePositives: ['DROPBOX_APP_SECRET=${DROPBOX_APP_SECRET}', 'dropbox_folder: /Apps/acme-backups', `DROPBOX_TEAM_MEMBER_ID=dbmid:${f.chars(BASE64URL, 20)}`],
    },
    {
      ruleId: 'dropbox-long-lived-api-token',
      truePositives: written('DROPBOX_ACCESS_TOKEN', dropboxLong, ['env', 'yaml', 'json', 'py']),
      falsePositives: ['DROPBOX_ACCESS_TOKEN=${DROPBOX_TOKEN}', `dropbox_cursor: AAAAAAAAAA`],
    },
    {
      ruleId: 'dropbox-short-lived-api-token',
      truePositives: [...written('DROPBOX_ACCESS_TOKEN', dropboxShort, ['env', 'yaml', 'json']), { text: `dbx = dropbox.Dropbox("${dropboxShortNew}")`, secret: dropboxShortNew }],
      falsePositives: ['DROPBOX_ACCESS_TOKEN=sl.xxxxxxxx', 'ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)', `import sl.${f.chars('abcdefghijklmnopqrstuvwxyz', 20)}`],
    },
    {
      ruleId: 'box-api-access-token',
      truePositives: [...written('BOX_DEVELOPER_TOKEN', box, ['env', 'yaml', 'json', 'py']), ...written('BOX_CLIENT_SECRET', box, ['env'])],
      falsePositives: ['BOX_DEVELOPER_TOKEN=${BOX_DEVELOPER_TOKEN}', `INBOX_ACCESS_TOKEN_TTL=${f.chars(DIGITS, 4)}`, `BOX_CLIENT_ID=${f.chars(LOWER_ALNUM, 32)}`],
    },
    {
      ruleId: 'miro-access-token',
      truePositives: [...written('MIRO_ACCESS_TOKEN', miro, ['env', 'yaml', 'json']), { text: `curl -H "Authorization: Bearer ${miro}" https://api.miro.com/v2/boards`, secret: miro }],
      falsePositives: ['MIRO_ACCESS_TOKEN=<access token>', `miro_board_id: uXjV${f.chars(BASE62, 8)}=`],
    },
    {
      ruleId: 'trello-api-token',
      truePositives: [
        ...written('TRELLO_TOKEN', trello, ['env', 'yaml', 'json', 'go']),
        { text: `curl "https://api.trello.com/1/members/me?key=${f.chars(HEX, 32)}&token=${trello}"`, secret: trello },
        ...written('TRELLO_TOKEN', trelloLegacy, ['env', 'py']),
      ],
      falsePositives: ['TRELLO_API_KEY=${TRELLO_API_KEY}', 'TRELLO_TOKEN=ATTA<token>', `trello_board_id: ${f.chars(HEX, 24)}`],
    },
    {
      ruleId: 'zapier-webhook-url',
      truePositives: [{ text: `ZAPIER_WEBHOOK_URL=https://${zapier}/`, secret: zapier }, { text: `requests.post("https://${zapier}", json=payload)`, secret: zapier }],
      falsePositives: ['ZAPIER_WEBHOOK_URL=https://hooks.zapier.com/hooks/catch/123456/abcdef/', 'https://hooks.zapier.com/hooks/catch/<account>/<hook>/'],
    },
    {
      ruleId: 'canva-client-secret',
      truePositives: written('CANVA_CLIENT_SECRET', canva, ['env', 'yaml', 'json', 'js']),
      falsePositives: ['CANVA_CLIENT_SECRET=cnvca<secret>', `CANVA_CLIENT_ID=OC-${f.chars(BASE62, 12)}`],
    },
    {
      ruleId: 'beamer-api-token',
      truePositives: written('BEAMER_API_KEY', beamer, ['env', 'yaml', 'json', 'py']),
      falsePositives: ['BEAMER_API_KEY=${BEAMER_API_KEY}', `BEAMER_PRODUCT_ID=${f.chars(BASE62, 8)}`],
    },
    {
      ruleId: 'cloudinary-api-secret',
      truePositives: written('CLOUDINARY_API_SECRET', cloudinary, ['env', 'yaml', 'json', 'js']),
      falsePositives: ['CLOUDINARY_API_SECRET=${CLOUDINARY_API_SECRET}', `CLOUDINARY_API_KEY=${f.chars(DIGITS, 15)}`, 'cloudinary_api_secret: "<api secret>"'],
    },
  ];
}
