// True- and false-positive examples of the messaging rules (see rule-cases.ts).
import { BASE62, BASE64URL, DIGITS, FakeSecrets, HEX } from './fake-secrets';
import { join, UPPER_ALNUM, type RuleCases } from './rule-cases';
import { uuid, written } from './saas-fakes';

/** A Discord bot token: base64url of a numeric bot id, a timestamp and an HMAC. */
function discordBotToken(f: FakeSecrets): string {
  const id = Buffer.from(`1${f.chars(DIGITS, 17)}`).toString('base64url');
  return `${id}.${f.chars(BASE64URL, 6)}.${f.chars(BASE64URL, 38)}`;
}

export function messagingCases(f: FakeSecrets): RuleCases[] {
  const id = (n: number): string => `${'123456789'[Number(f.chars('012345678', 1))]}${f.chars(DIGITS, n - 1)}`;
  const bot = join('xo', 'xb-', id(12), '-', id(13), '-', f.chars(BASE62, 24));
  const legacyBot = join('xo', 'xb-', id(12), '-', f.chars(BASE62, 24));
  const user = join('xo', 'xp-', id(12), '-', id(12), '-', id(13), '-', f.chars(HEX, 32));
  const enterprise = join('xo', 'xe-', id(13), '-', id(13), '-', id(13), '-', f.chars(HEX, 32));
  const app = join('xa', 'pp-1-A', f.chars(UPPER_ALNUM, 10), '-', id(13), '-', f.chars(HEX, 64));
  const configAccess = join('xo', 'xe.xoxp-1-', f.chars(BASE62, 165));
  const configBotAccess = join('xo', 'xe.xoxb-1-', f.chars(BASE62, 163));
  const configRefresh = join('xo', 'xe-1-', f.chars(BASE62, 146));
  const legacy = join('xo', 'xs-', id(12), '-', id(12), '-', id(12), '-', f.chars(HEX, 10));
  const legacyLong = join('xo', 'xs-', id(12), '-', id(12), '-', id(12), '-', f.chars(HEX, 64));
  const workspace = join('xo', 'xa-2-', id(12), '-', id(11), '-', id(13), '-', f.chars(HEX, 18));
  const workspaceRefresh = join('xo', 'xr-', f.chars(BASE62, 32));
  const session = join('xo', 'xc-', id(12), '-', id(12), '-', id(13), '-', f.chars(HEX, 64));
  const cookie = join('xo', 'xd-', f.chars(BASE62, 60), '%2F', f.chars(BASE62, 60), '%2B', f.chars(BASE62, 40), '%3D');
  const hook = join('hooks.slack.com/services/T', f.chars(UPPER_ALNUM, 10), '/B', f.chars(UPPER_ALNUM, 10), '/', f.chars(BASE62, 24));
  const workflow = join('hooks.slack.com/workflows/T', f.chars(UPPER_ALNUM, 10), '/A', f.chars(UPPER_ALNUM, 10), '/', id(18), '/', f.chars(BASE62, 24));
  const trigger = join('hooks.slack.com/triggers/T', f.chars(UPPER_ALNUM, 10), '/', id(13), '/', f.chars(HEX, 32));
  const opaqueHook = join('hooks.slack.com/services/', f.chars(BASE62, 44));
  const discordSecret64 = f.chars(HEX, 64);
  const discordId = id(18);
  const discordSecret = f.chars(BASE64URL, 32);
  const discordBot = [discordBotToken(f), discordBotToken(f)];
  const discordHook = join('discord.com/api/webhooks/', id(19), '/', f.chars(BASE64URL, 68));
  const discordAppHook = join('discordapp.com/api/webhooks/', id(18), '/', f.chars(BASE64URL, 68));
  const telegram = [join(id(10), ':AA', f.chars(BASE64URL, 33)), join(id(9), ':AA', f.chars(BASE64URL, 33))];
  const telegramOld = join(id(6), ':A', f.chars(BASE64URL, 34));
  const teams = join('https://acme.webhook.office.com/webhookb2/', uuid(f), '@', uuid(f), '/IncomingWebhook/', f.chars(HEX, 32), '/', uuid(f));
  const teamsV2 = join('https://acme.webhook.office.com/webhookb2/', uuid(f), '@', uuid(f), '/IncomingWebhook/', f.chars(HEX, 32), '/', uuid(f), '/V2', f.chars(BASE64URL, 40));
  const teamsLegacy = join('https://outlook.office.com/webhook/', uuid(f), '@', uuid(f), '/IncomingWebhook/', f.chars(HEX, 32), '/', uuid(f));
  const flowSig = f.chars(BASE64URL, 43);
  const flow = `https://prod-27.westeurope.logic.azure.com:443/workflows/${f.chars(HEX, 32)}/triggers/manual/paths/invoke?api-version=2016-06-01&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig=${flowSig}`;
  const flowSig2 = f.chars(BASE64URL, 43);
  const flow2 = `https://${f.chars(HEX, 32)}.e4.environment.api.powerplatform.com:443/powerautomate/automations/direct/workflows/${f.chars(HEX, 32)}/triggers/manual/paths/invoke?api-version=1&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig=${flowSig2}`;
  const chatToken = join(f.chars(BASE64URL, 43), '%3D');
  const chatSpace = `AAAA${f.chars(BASE64URL, 7)}`;
  return [
    {
      ruleId: 'slack-bot-token',
      truePositives: [
        ...written('SLACK_BOT_TOKEN', bot, ['env', 'yaml', 'json', 'py', 'k8s']),
        { text: `curl -H "Authorization: Bearer ${bot}" https://slack.com/api/auth.test`, secret: bot },
      ],
      falsePositives: ['SLACK_BOT_TOKEN=xoxb-your-bot-token', 'SLACK_BOT_TOKEN=xoxb-0000000000-0000000000-xxxxxxxxxxxxxxxxxxxxxxxx', `token: xoxb-${id(12)}`],
    },
    {
      ruleId: 'slack-legacy-bot-token',
      truePositives: [{ text: `"bot_token": "${legacyBot}"`, secret: legacyBot }, ...written('SLACK_TOKEN', legacyBot, ['env', 'py'])],
      falsePositives: ['slack_token = "xoxb-Slack_BOT_TOKEN"', 'xoxb-abcdef-abcdef', 'SLACK_TOKEN=xoxb-xxxxxxxxxxx-xxxxxxxxxxxxxxxxxxxxxxxx'],
    },
    {
      ruleId: 'slack-user-token',
      truePositives: [
        { text: `slack:\n  user_token: '${user}'`, secret: user },
        ...written('SLACK_USER_TOKEN', user, ['env', 'json']),
        { text: `"url_private": "https://files.slack.com/files-pri/T0/F0/image.png?t=${enterprise}"`, secret: enterprise },
      ],
      falsePositives: [`slack:\n  user_token: 'xoxp-${id(12)}-${id(12)}'`, '"token": "xoxp-XXXXXXXXXX-XXXXXXXXXX-XXXXXXXXXXX-XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"', 'user_token: xoxp-1234-1234-1234-4ddbc191d40ee098'],
    },
    {
      ruleId: 'slack-app-token',
      truePositives: written('SLACK_APP_TOKEN', app, ['env', 'yaml', 'js']),
      falsePositives: ['SLACK_APP_TOKEN=xapp-1-A0000000000-0000000000000-xxxxxxxx', 'SLACK_APP_TOKEN=xapp-<your-app-token>'],
    },
    {
      ruleId: 'slack-config-access-token',
      truePositives: [{ text: `access_token: ${configAccess}`, secret: configAccess }, ...written('SLACK_CONFIG_TOKEN', configBotAccess, ['env', 'json'])],
      falsePositives: ['token = "xoxe.xoxp-1-SlackAppConfigurationAccessTokenHere"', 'xoxe.xoxp-1-RANDOMSTRINGHERE', `access_token: xoxe.xoxp-1-${f.chars(BASE62, 40)}`],
    },
    {
      ruleId: 'slack-config-refresh-token',
      truePositives: [{ text: `refresh_token: ${configRefresh}`, secret: configRefresh }, ...written('SLACK_CONFIG_REFRESH_TOKEN', configRefresh, ['env', 'sh'])],
      falsePositives: [`refresh_token: xoxe-1-${f.chars(BASE62, 40)}`, 'xoxe-1-xxx', 'XOxE-RROAmw, Home and Garden, 5:24, 20120323'],
    },
    {
      ruleId: 'slack-legacy-token',
      truePositives: [{ text: `"access_token": "${legacy}"`, secret: legacy }, ...written('SLACK_API_TOKEN', legacyLong, ['env', 'py'])],
      falsePositives: ['https://indieweb.org/images/3/35/2018-250-xoxo-indieweb-1.jpg', 'cover: EXO-XOXO-teaser-exo-k-3452109-720-516.jpg'],
    },
    {
      ruleId: 'slack-legacy-workspace-token',
      truePositives: [{ text: `"access_token": "${workspace}"`, secret: workspace }, { text: `SLACK_REFRESH_TOKEN=${workspaceRefresh}`, secret: workspaceRefresh }],
      falsePositives: ['https://github.com/xoxa-nyc/xoxa-nyc.github.io/blob/master/README.md', 'XOXa-nx991k'],
    },
    {
      ruleId: 'slack-session-token',
      truePositives: [{ text: `SLACK_XOXC=${session}`, secret: session }, { text: `headers = {"Authorization": "Bearer ${session}"}`, secret: session }],
      falsePositives: [`token: xoxc-${id(10)}-${id(10)}-${id(10)}-${f.chars(HEX, 16)}`, 'SLACK_XOXC=xoxc-<session-token>'],
    },
    {
      ruleId: 'slack-session-cookie',
      truePositives: [{ text: `SLACK_D_COOKIE="${cookie}"`, secret: cookie }, { text: `cookies = {"d": "${cookie}"}`, secret: cookie }],
      falsePositives: ['SLACK_D_COOKIE=xoxd-...', `cookie: xoxd-${f.chars(BASE62, 20)}`],
    },
    {
      ruleId: 'slack-webhook-url',
      truePositives: [
        { text: `SLACK_WEBHOOK_URL=https://${hook}`, secret: hook },
        { text: `notify:\n  webhook: "https://${workflow}"\n`, secret: workflow },
        { text: `curl -X POST https://${trigger} -d '{"text":"deployed"}'`, secret: trigger },
        { text: `webhook_url = "http://${opaqueHook}"`, secret: opaqueHook },
      ],
      falsePositives: [
        'SLACK_WEBHOOK_URL=https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX',
        'url: https://hooks.slack.com/services/${{ secrets.SLACK_WEBHOOK }}',
        'See https://hooks.slack.com/services/ for incoming webhooks.',
      ],
    },
    {
      ruleId: 'discord-api-token',
      truePositives: written('DISCORD_API_TOKEN', discordSecret64, ['env', 'yaml', 'json', 'xml']),
      falsePositives: [`DISCORD_PUBLIC_KEY=${f.chars(HEX, 64)}`, 'DISCORD_API_TOKEN=${DISCORD_API_TOKEN}', `discord_checksum: ${f.chars(HEX, 64)}`],
    },
    {
      ruleId: 'discord-client-id',
      truePositives: written('DISCORD_CLIENT_ID', discordId, ['env', 'yaml', 'json', 'js']),
      falsePositives: [`DISCORD_CHANNEL_ID=${id(18)}`, `discord_guild_id: ${id(18)}`, `discord_role_admin: ${id(18)}`, 'discord=000000000000000000', `DISCORD_CLIENT_ID=${id(12)}`],
    },
    {
      ruleId: 'discord-client-secret',
      truePositives: written('DISCORD_CLIENT_SECRET', discordSecret, ['env', 'yaml', 'json', 'go']),
      falsePositives: ['DISCORD_CLIENT_SECRET=00000000000000000000000000000000', 'discord_client_secret: "<client-secret>"', `discord_avatar_hash: ${f.chars(HEX, 32)}`],
    },
    {
      ruleId: 'discord-bot-token',
      truePositives: [
        { text: `DISCORD_TOKEN=${discordBot[0]}`, secret: discordBot[0] ?? '' },
        { text: `import discord\n\nclient.run('${discordBot[1]}')\n`, secret: discordBot[1] ?? '' },
        { text: `bot:\n  token: "${discordBot[0]}"\n`, secret: discordBot[0] ?? '' },
      ],
      falsePositives: [
        'DISCORD_TOKEN=MTExMTExMTExMTExMTExMTEx.Gxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
        `version = "${f.chars(BASE64URL, 24)}.${f.chars(BASE64URL, 6)}.${f.chars(BASE64URL, 30)}"`,
        'client.run(os.environ["DISCORD_TOKEN"])',
      ],
    },
    {
      ruleId: 'discord-webhook-url',
      truePositives: [
        { text: `DISCORD_WEBHOOK_URL=https://${discordHook}`, secret: discordHook },
        { text: `webhook = DiscordWebhook(url="https://${discordAppHook}")`, secret: discordAppHook },
      ],
      falsePositives: ['DISCORD_WEBHOOK_URL=https://discord.com/api/webhooks/<id>/<token>', 'https://discord.com/api/webhooks/${{ secrets.DISCORD_WEBHOOK }}'],
    },
    {
      ruleId: 'telegram-bot-api-token',
      truePositives: [
        { text: `const bot = new Telegraf("${telegram[0]}")`, secret: telegram[0] ?? '' },
        { text: `TELEGRAM_API_TOKEN = ${telegram[1]}`, secret: telegram[1] ?? '' },
        { text: `curl https://api.telegram.org/bot${telegram[0]}/getMe`, secret: telegram[0] ?? '' },
        { text: `BOT_TOKEN = "${telegram[1]}"`, secret: telegram[1] ?? '' },
        { text: `telegram bot: ${telegramOld}`, secret: telegramOld },
      ],
      falsePositives: [
        `telegram_chat = "${id(4)}:A${f.chars(BASE64URL, 34)}"`,
        `telegram_chat = "${id(8)}:Ahello${f.chars(BASE64URL, 34)}"`,
        `<xsd:element name="AgencyIdentificationCode" type="clm${id(5)}:AgencyIdentificationCodeContentType"/>`,
        'TELEGRAM_BOT_TOKEN=123456789:AAxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      ],
    },
    {
      ruleId: 'microsoft-teams-webhook',
      truePositives: [
        { text: `TEAMS_WEBHOOK_URL=${teams}`, secret: teams },
        { text: `teams:\n  webhook: "${teamsV2}"\n`, secret: teamsV2 },
        { text: `Invoke-RestMethod -Uri "${teamsLegacy}" -Method Post`, secret: teamsLegacy },
      ],
      falsePositives: [
        'TEAMS_WEBHOOK_URL=https://acme.webhook.office.com/webhookb2/<group-id>@<tenant-id>/IncomingWebhook/<id>/<owner>',
        'webhook: https://outlook.office.com/webhook/${{ secrets.TEAMS_HOOK }}',
      ],
    },
    {
      ruleId: 'microsoft-power-automate-webhook',
      truePositives: [
        { text: `TEAMS_WORKFLOW_URL="${flow}"`, secret: flowSig },
        { text: `notifications:\n  teams: ${flow2}\n`, secret: flowSig2 },
      ],
      falsePositives: [
        `https://prod-27.westeurope.logic.azure.com:443/workflows/${f.chars(HEX, 32)}/triggers/manual/paths/invoke?api-version=2016-06-01&sig=<signature>`,
        'See https://learn.microsoft.com/power-automate/ for workflow triggers.',
      ],
    },
    {
      ruleId: 'google-chat-webhook',
      truePositives: [
        { text: `url = f"https://chat.googleapis.com/v1/spaces/${chatSpace}/messages?key={GCHAT_KEY}&token=${chatToken}"`, secret: chatToken },
        { text: `GOOGLE_CHAT_WEBHOOK=https://chat.googleapis.com/v1/spaces/${chatSpace}/messages?token=${chatToken}&threadKey=deploys`, secret: chatToken },
      ],
      falsePositives: ['https://chat.googleapis.com/v1/spaces/SPACE_ID/messages?key=KEY&token=TOKEN', `https://chat.googleapis.com/v1/spaces/${chatSpace}/messages`],
    },
  ];
}
