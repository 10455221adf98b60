// True- and false-positive examples of the email rules (see rule-cases.ts).
import { BASE62, BASE64URL, FakeSecrets, HEX } from './fake-secrets';
import { join, type RuleCases } from './rule-cases';
import { LOWER_ALNUM, uuid, written } from './saas-fakes';

export function emailCases(f: FakeSecrets): RuleCases[] {
  const sendgrid = join('S', 'G.', f.chars(BASE64URL, 22), '.', f.chars(BASE64URL, 43));
  const brevo = join('xkey', 'sib-', f.chars(HEX, 64), '-', f.chars(BASE62, 16));
  const brevoSmtp = join('xsmtp', 'sib-', f.chars(HEX, 64), '-', f.chars(BASE62, 16));
  const mailchimp = join(f.chars(HEX, 32), '-us', '21');
  const mailchimp2 = join(f.chars(HEX, 32), '-us', '6');
  const mandrill = join('m', 'd-', f.chars(BASE64URL, 22));
  const mailgunKey = join('key', '-', f.chars(HEX, 32));
  const mailgunNew = join(f.chars(HEX, 32), '-', f.chars(HEX, 8), '-', f.chars(HEX, 8));
  const mailgunPub = join('pub', 'key-', f.chars(HEX, 32));
  const mailgunSigning = join(f.chars(HEX, 32), '-', f.chars(HEX, 8), '-', f.chars(HEX, 8));
  const mailjet = f.chars(HEX, 32);
  const postmark = uuid(f);
  const sparkpost = f.chars(HEX, 40);
  const resend = join('r', 'e_', f.chars(BASE62, 8), '_', f.chars(BASE62, 24));
  const mailersend = join('mlsn', '.', f.chars(HEX, 64));
  const klaviyo = join('p', 'k_', f.chars(HEX, 34));
  const klaviyoNamed = join('p', 'k_', f.chars(LOWER_ALNUM, 34));
  return [
    {
      ruleId: 'sendgrid-api-token',
      truePositives: [...written('SENDGRID_API_KEY', sendgrid, ['env', 'yaml', 'json', 'py']), { text: `curl -H "Authorization: Bearer ${sendgrid}" https://api.sendgrid.com/v3/scopes`, secret: sendgrid }],
      falsePositives: ['SENDGRID_API_KEY=SG.xxxxxxxx.yyyyyyyy', `SENDGRID_API_KEY=SG.${f.chars(BASE64URL, 22)}`, 'SENDGRID_API_KEY=SG.<your-key>'],
    },
    {
      ruleId: 'sendinblue-api-token',
      truePositives: written('BREVO_API_KEY', brevo, ['env', 'yaml', 'json', 'php']),
      falsePositives: ['BREVO_API_KEY=xkeysib-xxxxxxxxxxxxxxxx', `SENDINBLUE_API_KEY=xkeysib-${f.chars(HEX, 64)}`],
    },
    {
      ruleId: 'brevo-smtp-key',
      truePositives: written('SMTP_PASSWORD', brevoSmtp, ['env', 'yaml', 'json']),
      falsePositives: ['SMTP_PASSWORD=xsmtpsib-your-smtp-key', `smtp_password: xsmtpsib-${f.chars(HEX, 40)}`],
    },
    {
      ruleId: 'mailchimp-api-key',
      truePositives: [...written('MAILCHIMP_API_KEY', mailchimp, ['env', 'yaml', 'json', 'js']), { text: `client.setConfig({ apiKey: "${mailchimp2}", server: "us6" });`, secret: mailchimp2 }],
      falsePositives: ['MAILCHIMP_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx-us1', `<html lang="en-us">`, `etag: "${f.chars(HEX, 32)}-gzip"`],
    },
    {
      ruleId: 'mandrill-api-key',
      truePositives: written('MANDRILL_API_KEY', mandrill, ['env', 'yaml', 'json', 'py']),
      falsePositives: ['<md-input-container class="md-block md-icon-float">', 'MANDRILL_API_KEY=md-xxxxxxxxxxxxxxxxxxxxxx', 'class="md-primary-button-outline"'],
    },
    {
      ruleId: 'mailgun-private-api-token',
      truePositives: [...written('MAILGUN_API_KEY', mailgunKey, ['env', 'yaml', 'json', 'py', 'k8s']), ...written('MAILGUN_API_KEY', mailgunNew, ['env', 'json'])],
      falsePositives: ['MAILGUN_API_KEY=key-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'MAILGUN_API_KEY=${MAILGUN_API_KEY}', `MAILGUN_DOMAIN=mg.${f.chars('abcdefghijklmnopqrstuvwxyz', 8)}.example`],
    },
    {
      ruleId: 'mailgun-pub-key',
      truePositives: [...written('MAILGUN_PUBLIC_KEY', mailgunPub, ['env', 'yaml', 'js'])],
      falsePositives: ['MAILGUN_PUBLIC_KEY=pubkey-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', `validation_key: pubkey-${f.chars(HEX, 30)}`],
    },
    {
      ruleId: 'mailgun-signing-key',
      truePositives: [...written('MAILGUN_WEBHOOK_SIGNING_KEY', mailgunSigning, ['env', 'yaml', 'json']), { text: `mailgun_token = "${mailgunSigning}"`, secret: mailgunSigning }],
      falsePositives: ['MAILGUN_WEBHOOK_SIGNING_KEY=<signing-key>', `request_id: ${f.chars(HEX, 32)}-${f.chars(HEX, 8)}-${f.chars(HEX, 8)}`],
    },
    {
      ruleId: 'mailjet-secret-key',
      truePositives: [...written('MAILJET_SECRET_KEY', mailjet, ['env', 'yaml', 'json', 'php']), ...written('MJ_APIKEY_PRIVATE', mailjet, ['env', 'sh'])],
      falsePositives: [`MJ_APIKEY_PUBLIC=${f.chars(HEX, 32).slice(0, 12)}`, 'MAILJET_SECRET_KEY=${MAILJET_SECRET}', 'MJ_APIKEY_PRIVATE=your_private_key'],
    },
    {
      ruleId: 'postmark-api-token',
      truePositives: [...written('POSTMARK_SERVER_TOKEN', postmark, ['env', 'yaml', 'json', 'go']), { text: `curl -H "X-Postmark-Server-Token: ${postmark}" https://api.postmarkapp.com/email`, secret: postmark }],
      falsePositives: ['POSTMARK_SERVER_TOKEN=POSTMARK_API_TEST', `POSTMARK_MESSAGE_STREAM=${f.chars('abcdefghijklmnopqrstuvwxyz', 9)}`, 'X-Postmark-Server-Token: 00000000-0000-0000-0000-000000000000'],
    },
    {
      ruleId: 'sparkpost-api-key',
      truePositives: written('SPARKPOST_API_KEY', sparkpost, ['env', 'yaml', 'json', 'py']),
      falsePositives: ['SPARKPOST_API_KEY=${SPARKPOST_API_KEY}', `SPARKPOST_TEMPLATE=${f.chars('abcdefghijklmnopqrstuvwxyz', 12)}`],
    },
    {
      ruleId: 'resend-api-key',
      truePositives: [...written('RESEND_API_KEY', resend, ['env', 'yaml', 'json']), { text: `const resend = new Resend('${resend}');`, secret: resend }],
      falsePositives: ['RESEND_API_KEY=re_xxxxxxxxx_xxxxxxxxxxxxxxxxxxxxxxxx', 'RESEND_API_KEY=re_123456789', 'expectedFormat: "re_xxxxxxxx_xxxxxxxxxxxxxxxxxxxxxxxx"'],
    },
    {
      ruleId: 'mailersend-api-token',
      truePositives: written('MAILERSEND_API_KEY', mailersend, ['env', 'yaml', 'json', 'php']),
      falsePositives: ['MAILERSEND_API_KEY=mlsn.your-api-token', `version: mlsn.${f.chars(HEX, 12)}`],
    },
    {
      ruleId: 'klaviyo-api-key',
      truePositives: [...written('KLAVIYO_PRIVATE_KEY', klaviyo, ['env', 'yaml', 'json']), ...written('KLAVIYO_API_KEY', klaviyoNamed, ['env', 'py'])],
      falsePositives: [`KLAVIYO_PUBLIC_KEY=${f.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 6)}`, 'KLAVIYO_PRIVATE_KEY=pk_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', `stripe_key = "pk_test_${f.chars(BASE62, 24)}"`],
    },
  ];
}
