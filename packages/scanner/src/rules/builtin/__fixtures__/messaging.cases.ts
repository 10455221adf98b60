// True- and false-positive examples of the messaging rules (see rule-cases.ts).
import { BASE62, BASE64URL, DIGITS, FakeSecrets, HEX } from './fake-secrets';
import { join, UPPER_ALNUM, type RuleCases } from './rule-cases';

export function messagingCases(f: FakeSecrets): RuleCases[] {
  const bot = join('xo', 'xb-', f.chars(DIGITS, 12), '-', f.chars(DIGITS, 13), '-', f.chars(BASE62, 24));
  const user = join('xo', 'xp-', f.chars(DIGITS, 12), '-', f.chars(DIGITS, 12), '-', f.chars(DIGITS, 13), '-', f.chars(HEX, 32));
  const rotating = join('xo', 'xe.xoxp-1-', f.chars(BASE62, 160));
  const refresh = join('xo', 'xe-1-', f.chars(BASE62, 150));
  const app = join('xa', 'pp-1-A', f.chars(UPPER_ALNUM, 10), '-', f.chars(DIGITS, 13), '-', f.chars(HEX, 64));
  const trigger = join('hooks.slack.com/triggers/T', f.chars(UPPER_ALNUM, 10), '/', f.chars(DIGITS, 13), '/', f.chars(HEX, 32));
  const hook = join('hooks.slack.com/services/T', f.chars(UPPER_ALNUM, 10), '/B', f.chars(UPPER_ALNUM, 10), '/', f.chars(BASE62, 24));
  const twilioKey = join('S', 'K', f.chars(HEX, 32));
  const twilioToken = f.chars(HEX, 32);
  const twilioSecret = f.chars(BASE62, 32);
  const sendgrid = join('S', 'G.', f.chars(BASE64URL, 22), '.', f.chars(BASE64URL, 43));
  return [
    {
      ruleId: 'slack-bot-token',
      truePositives: [{ text: `SLACK_BOT_TOKEN=${bot}`, secret: bot }],
      falsePositives: ['SLACK_BOT_TOKEN=xoxb-your-bot-token', 'SLACK_BOT_TOKEN=xoxb-0000000000-0000000000-xxxxxxxxxxxxxxxxxxxxxxxx'],
    },
    {
      ruleId: 'slack-user-token',
      truePositives: [{ text: `slack:\n  user_token: '${user}'`, secret: user }],
      falsePositives: [`slack:\n  user_token: 'xoxp-${f.chars(DIGITS, 12)}-${f.chars(DIGITS, 12)}'`],
    },
    {
      ruleId: 'slack-rotating-token',
      truePositives: [
        { text: `access_token: ${rotating}`, secret: rotating },
        { text: `refresh_token: ${refresh}`, secret: refresh },
      ],
      falsePositives: [`refresh_token: xoxe-1-${f.chars(BASE62, 40)}`],
    },
    {
      ruleId: 'slack-app-token',
      truePositives: [{ text: `SLACK_APP_TOKEN=${app}`, secret: app }],
      falsePositives: ['SLACK_APP_TOKEN=xapp-1-A0000000000-0000000000000-xxxxxxxx'],
    },
    {
      ruleId: 'slack-webhook-url',
      truePositives: [
        { text: `SLACK_WEBHOOK_URL=https://${hook}`, secret: hook },
        { text: `curl -X POST https://${trigger} -d '{"text":"deployed"}'`, secret: trigger },
      ],
      falsePositives: [
        'SLACK_WEBHOOK_URL=https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX',
        'url: https://hooks.slack.com/services/${{ secrets.SLACK_WEBHOOK }}',
      ],
    },
    {
      ruleId: 'twilio-api-key',
      truePositives: [{ text: `TWILIO_API_KEY=${twilioKey}`, secret: twilioKey }],
      falsePositives: [`sku: SK${f.chars('0123456789ABCDEF', 32)}`, 'TWILIO_API_KEY=SKxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'],
    },
    {
      ruleId: 'twilio-auth-token',
      truePositives: [
        { text: `TWILIO_AUTH_TOKEN=${twilioToken}`, secret: twilioToken },
        { text: `TWILIO_API_SECRET="${twilioSecret}"`, secret: twilioSecret },
      ],
      falsePositives: [
        'TWILIO_AUTH_TOKEN=${TWILIO_AUTH_TOKEN}',
        // The account SID identifies an account; alone it grants nothing.
        `TWILIO_ACCOUNT_SID=AC${f.chars(HEX, 32)}`,
      ],
    },
    {
      ruleId: 'sendgrid-api-key',
      truePositives: [{ text: `SENDGRID_API_KEY='${sendgrid}'`, secret: sendgrid }],
      falsePositives: ['SENDGRID_API_KEY=SG.xxxxxxxx.yyyyyyyy', `SENDGRID_API_KEY=SG.${f.chars(BASE64URL, 22)}`],
    },
  ];
}
