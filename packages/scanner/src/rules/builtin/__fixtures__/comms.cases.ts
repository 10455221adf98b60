// True- and false-positive examples of the comms rules (see rule-cases.ts).
import { BASE62, BASE64, BASE64URL, FakeSecrets, HEX } from './fake-secrets';
import { join, type RuleCases } from './rule-cases';
import { uuid, written } from './saas-fakes';

export function commsCases(f: FakeSecrets): RuleCases[] {
  const twilioKey = join('S', 'K', f.chars(HEX, 32));
  const twilioToken = f.chars(HEX, 32);
  const twilioSecret = f.chars(BASE62, 32);
  const vonage = f.chars(BASE62, 16);
  const plivo = f.chars(BASE62, 40);
  const bird = f.chars(BASE62, 25);
  const birdLive = join('live', '_', f.chars(BASE62, 25));
  const birdClient = uuid(f);
  const sendbirdApp = uuid(f).toUpperCase();
  const sendbird = f.chars(HEX, 40);
  const pusher = f.chars(HEX, 20);
  const ably = `${f.chars(BASE64URL, 6)}.${f.chars(BASE64URL, 6)}:${f.chars(BASE64URL, 43)}`;
  const fcm = join('AA', 'AA', f.chars(BASE64URL, 7), ':APA91b', f.chars(BASE64URL, 134));
  const onesignal = join('os', '_v2_app_', f.chars('abcdefghijklmnopqrstuvwxyz234567', 113));
  const onesignalLegacy = Buffer.from(uuid(f)).toString('base64');
  const lineSecret = f.chars(HEX, 32);
  const lineToken = `${f.chars(BASE64, 171)}=`;
  const webex = `${f.chars(BASE62, 64)}_${f.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ', 2)}${f.chars('0123456789', 2)}_${uuid(f)}`;
  const zoom = f.chars(BASE62, 32);
  return [
    {
      ruleId: 'twilio-api-key',
      truePositives: [...written('TWILIO_API_KEY', twilioKey, ['env', 'yaml', 'json']), { text: `client = Client("${twilioKey}", api_secret, account_sid)`, secret: twilioKey }],
      falsePositives: [`sku: SK${f.chars('0123456789ABCDEF', 32)}`, 'TWILIO_API_KEY=SKxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', `twilio_key_sid: SK${f.chars(HEX, 31)}`],
    },
    {
      ruleId: 'twilio-auth-token',
      truePositives: [...written('TWILIO_AUTH_TOKEN', twilioToken, ['env', 'yaml', 'json', 'py', 'k8s']), ...written('TWILIO_API_SECRET', twilioSecret, ['env', 'sh'])],
      falsePositives: ['TWILIO_AUTH_TOKEN=${TWILIO_AUTH_TOKEN}', `TWILIO_ACCOUNT_SID=AC${f.chars(HEX, 32)}`, 'twilio_auth_token: "<your auth token>"'],
    },
    {
      ruleId: 'vonage-api-secret',
      truePositives: [...written('VONAGE_API_SECRET', vonage, ['env', 'yaml', 'json', 'php']), ...written('NEXMO_API_SECRET', vonage, ['env'])],
      falsePositives: [`VONAGE_API_KEY=${f.chars(HEX, 8)}`, 'VONAGE_API_SECRET=${VONAGE_API_SECRET}', 'nexmo_api_secret: changeme'],
    },
    {
      ruleId: 'plivo-auth-token',
      truePositives: written('PLIVO_AUTH_TOKEN', plivo, ['env', 'yaml', 'json', 'py']),
      falsePositives: [`plivo:\n  source_number: '${f.chars('0123456789', 11)}'\n`, 'PLIVO_AUTH_TOKEN=<auth-token>', `plivo_auth_token_hint = "ends with ${f.chars(BASE62, 4)}"`],
    },
    {
      ruleId: 'messagebird-api-token',
      truePositives: [...written('MESSAGEBIRD_API_KEY', bird, ['env', 'yaml', 'json', 'go']), ...written('MESSAGE_BIRD_ACCESS_KEY', birdLive, ['env'])],
      falsePositives: [`MESSAGEBIRD_ORIGINATOR=${f.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ', 8)}`, 'MESSAGEBIRD_API_KEY=${MESSAGEBIRD_API_KEY}', 'messagebird_api_key: your-access-key'],
    },
    {
      ruleId: 'messagebird-client-id',
      truePositives: written('MESSAGEBIRD_CLIENT_ID', birdClient, ['env', 'yaml', 'json']),
      falsePositives: [`MESSAGEBIRD_WORKSPACE_ID=${uuid(f)}`, `messagebird_channel_id: ${uuid(f)}`, 'MESSAGEBIRD_CLIENT_ID=00000000-0000-0000-0000-000000000000'],
    },
    {
      ruleId: 'sendbird-access-id',
      truePositives: written('SENDBIRD_APP_ID', sendbirdApp, ['env', 'yaml', 'json', 'js']),
      falsePositives: [`SENDBIRD_USER_ID=${uuid(f)}`, `sendbird_message_id: ${uuid(f)}`],
    },
    {
      ruleId: 'sendbird-access-token',
      truePositives: written('SENDBIRD_API_TOKEN', sendbird, ['env', 'yaml', 'json', 'py']),
      falsePositives: ['SENDBIRD_API_TOKEN=${SENDBIRD_TOKEN}', `sendbird_channel_url: sendbird_group_channel_${f.chars(HEX, 40)}`],
    },
    {
      ruleId: 'pusher-app-secret',
      truePositives: written('PUSHER_APP_SECRET', pusher, ['env', 'yaml', 'json', 'php', 'k8s']),
      falsePositives: [`PUSHER_CLUSTER=${f.chars('abcdefghijklmnopqrstuvwxyz', 3)}2`, 'PUSHER_APP_SECRET=${PUSHER_APP_SECRET}', `PUSHER_APP_ID=${f.chars('0123456789', 7)}`],
    },
    {
      ruleId: 'ably-api-key',
      truePositives: [
        { text: `ABLY_API_KEY=${ably}`, secret: ably },
        { text: `const realtime = new Ably.Realtime('${ably}');`, secret: ably },
        { text: `ably:\n  key: "${ably}"\n`, secret: ably },
      ],
      falsePositives: ['ABLY_API_KEY=<app-id>.<key-id>:<key-secret>', 'This is probably fine: a.b:c', `ABLY_CLIENT_ID=${f.chars(BASE62, 12)}`],
    },
    {
      ruleId: 'firebase-cloud-messaging-server-key',
      truePositives: [...written('FCM_SERVER_KEY', fcm, ['env', 'yaml', 'json']), { text: `curl -H "Authorization: key=${fcm}" https://fcm.googleapis.com/fcm/send`, secret: fcm }],
      falsePositives: ['FCM_SERVER_KEY=AAAA...:APA91b...', `fcm_sender_id: ${f.chars('0123456789', 12)}`],
    },
    {
      ruleId: 'onesignal-api-key',
      truePositives: [
        ...written('ONESIGNAL_REST_API_KEY', onesignal, ['env', 'yaml', 'json']),
        { text: `curl -H "Authorization: Key ${onesignal}" https://api.onesignal.com/notifications`, secret: onesignal },
        ...written('ONESIGNAL_API_KEY', onesignalLegacy, ['env', 'py']),
      ],
      falsePositives: [`ONESIGNAL_APP_ID=${uuid(f)}`, 'ONESIGNAL_REST_API_KEY=${ONESIGNAL_REST_API_KEY}', 'ONESIGNAL_REST_API_KEY=os_v2_app_<your key>'],
    },
    {
      ruleId: 'line-channel-secret',
      truePositives: [...written('LINE_CHANNEL_SECRET', lineSecret, ['env', 'yaml', 'json', 'py']), { text: `handler = WebhookHandler(channel_secret='${lineSecret}')`, secret: lineSecret }],
      falsePositives: ['LINE_CHANNEL_SECRET=${LINE_CHANNEL_SECRET}', `LINE_CHANNEL_ID=${f.chars('0123456789', 10)}`],
    },
    {
      ruleId: 'line-channel-access-token',
      truePositives: [...written('LINE_CHANNEL_ACCESS_TOKEN', lineToken, ['env', 'yaml', 'json']), { text: `line_bot_api = LineBotApi(channel_access_token="${lineToken}")`, secret: lineToken }],
      falsePositives: ['LINE_CHANNEL_ACCESS_TOKEN=<channel access token (long-lived)>', 'LINE_CHANNEL_ACCESS_TOKEN=${{ secrets.LINE_TOKEN }}'],
    },
    {
      ruleId: 'webex-access-token',
      truePositives: [
        { text: `WEBEX_ACCESS_TOKEN=${webex}`, secret: webex },
        { text: `api = WebexTeamsAPI(access_token="${webex}")`, secret: webex },
        { text: `export SPARK_ACCESS_TOKEN="${webex}"`, secret: webex },
      ],
      falsePositives: ['WEBEX_ACCESS_TOKEN=YOUR_BOT_ACCESS_TOKEN', `WEBEX_ROOM_ID=Y2lzY29zcGFyazovL3VzL1JPT00v${f.chars(BASE62, 20)}`],
    },
    {
      ruleId: 'zoom-client-secret',
      truePositives: written('ZOOM_CLIENT_SECRET', zoom, ['env', 'yaml', 'json', 'js']),
      falsePositives: [`ZOOM_ACCOUNT_ID=${f.chars(BASE62, 22)}`, 'ZOOM_CLIENT_SECRET=${ZOOM_CLIENT_SECRET}', `zoom_level: ${f.chars('0123456789', 2)}`],
    },
  ];
}
