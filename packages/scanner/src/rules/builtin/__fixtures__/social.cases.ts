// True- and false-positive examples of the social rules (see rule-cases.ts).
import { BASE62, BASE64URL, DIGITS, FakeSecrets, HEX } from './fake-secrets';
import { join, type RuleCases } from './rule-cases';
import { LOWER_ALNUM, written } from './saas-fakes';

const BASE32_UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

export function socialCases(f: FakeSecrets): RuleCases[] {
  const appId = (): string => `1${f.chars(DIGITS, 14)}`;
  const fbApp = join(appId(), '|', f.chars(BASE64URL, 27));
  const fbAppHex = join(appId(), '|', f.chars(HEX, 32));
  const fbEncoded = join(appId(), '%7C', f.chars(BASE64URL, 27));
  const graph = join('EA', 'AG', f.chars(BASE62, 180));
  const page = join('EA', 'AM', f.chars(BASE62, 120));
  const fbSecret = f.chars(HEX, 32);
  const instagram = join('IG', 'QVJ', f.chars(BASE64URL, 160));
  const instagramLogin = join('IG', 'AA', f.chars(BASE64URL, 150));
  const twKey = f.chars(BASE62, 25);
  const twSecret = f.chars(BASE62, 50);
  const twAccess = join(`1${f.chars(DIGITS, 18)}`, '-', f.chars(BASE62, 31));
  const twAccessSecret = f.chars(BASE62, 45);
  const bearer = join('A'.repeat(22), f.chars(BASE62, 30), '%2B', f.chars(BASE62, 20), '%3D', f.chars(BASE62, 40));
  const liId = f.chars(LOWER_ALNUM, 14);
  const liSecret = f.chars(BASE62, 16);
  const liSecretNew = join('WPL', '_AP1.', f.chars(BASE62, 16), '.', f.chars(BASE62, 6), '==');
  const twitch = f.chars(LOWER_ALNUM, 30);
  const reddit = f.chars(BASE64URL, 27);
  const pinterest = join('pin', 'a_', f.chars(BASE32_UPPER, 100));
  const flickr = f.chars(HEX, 32);
  const nyt = f.chars(BASE62, 32);
  const spotify = f.chars(HEX, 32);
  const disqus = f.chars(BASE62, 64);
  const bitly = f.chars(HEX, 40);
  return [
    {
      ruleId: 'facebook-access-token',
      truePositives: [
        { text: `{"facebook access_token":"${fbApp}","token_type":"bearer"}`, secret: fbApp },
        { text: `FACEBOOK_APP_TOKEN=${fbAppHex}`, secret: fbAppHex },
        { text: `curl "https://graph.facebook.com/debug_token?input_token=x&access_token=${fbEncoded}"`, secret: fbEncoded },
      ],
      falsePositives: [`facebook: row ${appId()}|short|value`, `facebook_app_id: ${appId()}`, 'FACEBOOK_APP_TOKEN={app-id}|{app-secret}'],
    },
    {
      ruleId: 'facebook-page-access-token',
      truePositives: [
        ...written('FACEBOOK_ACCESS_TOKEN', graph, ['env', 'yaml', 'json', 'k8s']),
        { text: `curl -i -X GET "https://graph.facebook.com/v19.0/me?access_token=${page}"`, secret: page },
      ],
      falsePositives: [
        `eaaaC0b75a9329fded2ffa9a02b47e0117831b82`,
        `  checksum: eaac4cf978b6fbd480f1092cab8b233c9b949bcabfc9b598dd79a758f7243c28765ef7639c876fa72940dac687181b35486ea01ff7df3e65ce3848c64822c581`,
        'FACEBOOK_ACCESS_TOKEN=EAAxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      ],
    },
    {
      ruleId: 'facebook-secret',
      truePositives: [...written('FACEBOOK_APP_SECRET', fbSecret, ['env', 'yaml', 'json', 'py', 'xml']), ...written('FB_APP_SECRET', fbSecret, ['env', 'js'])],
      falsePositives: [`FACEBOOK_APP_ID=${appId()}`, 'FACEBOOK_APP_SECRET=${FACEBOOK_APP_SECRET}', `facebook_pixel_hash: ${f.chars(HEX, 32)}`],
    },
    {
      ruleId: 'instagram-access-token',
      truePositives: [...written('INSTAGRAM_ACCESS_TOKEN', instagram, ['env', 'yaml', 'json']), { text: `fetch(\`https://graph.instagram.com/me/media?access_token=${instagramLogin}\`)`, secret: instagramLogin }],
      falsePositives: ['INSTAGRAM_ACCESS_TOKEN=IGQVJ...', `INSTAGRAM_USER_ID=${f.chars(DIGITS, 17)}`],
    },
    {
      ruleId: 'twitter-api-key',
      truePositives: [...written('TWITTER_API_KEY', twKey, ['env', 'yaml', 'json', 'py', 'php']), ...written('TWITTER_CONSUMER_KEY', twKey, ['env', 'go'])],
      falsePositives: ['TWITTER_API_KEY=${TWITTER_API_KEY}', 'twitter_handle: acme_engineering', 'TWITTER_API_KEY=<your consumer key>'],
    },
    {
      ruleId: 'twitter-api-secret',
      truePositives: [...written('TWITTER_API_SECRET', twSecret, ['env', 'yaml', 'json', 'py']), ...written('TWITTER_CONSUMER_SECRET', twSecret, ['env'])],
      falsePositives: ['TWITTER_API_SECRET=${{ secrets.TWITTER_API_SECRET }}', 'twitter_consumer_secret: "..."'],
    },
    {
      ruleId: 'twitter-access-token',
      truePositives: written('TWITTER_ACCESS_TOKEN', twAccess, ['env', 'yaml', 'json', 'py', 'sh']),
      falsePositives: ['TWITTER_ACCESS_TOKEN=<user-id>-<token>', `twitter_user_id: ${f.chars(DIGITS, 19)}`],
    },
    {
      ruleId: 'twitter-access-secret',
      truePositives: written('TWITTER_ACCESS_TOKEN_SECRET', twAccessSecret, ['env', 'yaml', 'json', 'py']),
      falsePositives: ['TWITTER_ACCESS_TOKEN_SECRET=${TWITTER_ACCESS_SECRET}', 'twitter_access_secret: changeme'],
    },
    {
      ruleId: 'twitter-bearer-token',
      truePositives: [...written('TWITTER_BEARER_TOKEN', bearer, ['env', 'yaml', 'json']), { text: `curl -H "Authorization: Bearer ${bearer}" https://api.twitter.com/2/tweets/20`, secret: bearer }],
      falsePositives: [`data:image/png;base64,iVBORw0KGgo${'A'.repeat(40)}${f.chars(BASE62, 20)}`, `TWITTER_BEARER_TOKEN=${'A'.repeat(22)}`],
    },
    {
      ruleId: 'linkedin-client-id',
      truePositives: [...written('LINKEDIN_CLIENT_ID', liId, ['env', 'yaml', 'json', 'py']), { text: `linkedin_api_key = '${liId}'`, secret: liId }],
      falsePositives: [
        `LINKEDIN_COMPANY_ID=${f.chars(DIGITS, 14)}`,
        `linkedin_organization_id: ${f.chars(LOWER_ALNUM, 14)}`,
        'LINKEDIN_CLIENT_ID=${LINKEDIN_CLIENT_ID}',
        'LINKEDIN_CLIENT_ID=yourclientid',
        'linkedin_client_id: LinkedInAppId',
      ],
    },
    {
      ruleId: 'linkedin-client-secret',
      truePositives: [
        ...written('LINKEDIN_CLIENT_SECRET', liSecret, ['env', 'yaml', 'json', 'php']),
        { text: `linkedin:\n  client_secret: "${liSecretNew}"\n`, secret: liSecretNew },
        { text: `OAUTH_CLIENT_SECRET=${liSecretNew}`, secret: liSecretNew },
      ],
      falsePositives: ['LINKEDIN_CLIENT_SECRET=${LINKEDIN_CLIENT_SECRET}', 'linkedin_client_secret: "<client secret>"', `LINKEDIN_MEMBER_URN=urn:li:person:${f.chars(BASE62, 10)}`],
    },
    {
      ruleId: 'twitch-api-token',
      truePositives: [...written('TWITCH_CLIENT_SECRET', twitch, ['env', 'yaml', 'json', 'js']), { text: `TWITCH_OAUTH_TOKEN=oauth:${twitch}`, secret: twitch }, { text: `twitch_irc_token: "oauth:${twitch}"\n`, secret: `oauth:${twitch}` }],
      falsePositives: [`TWITCH_CLIENT_ID=${f.chars(LOWER_ALNUM, 30)}`, 'TWITCH_CLIENT_SECRET=${TWITCH_CLIENT_SECRET}', 'twitch_channel: acme_live'],
    },
    {
      ruleId: 'reddit-client-secret',
      truePositives: written('REDDIT_CLIENT_SECRET', reddit, ['env', 'yaml', 'json', 'py']),
      falsePositives: [`REDDIT_CLIENT_ID=${f.chars(BASE64URL, 14)}`, 'REDDIT_CLIENT_SECRET=${REDDIT_SECRET}', 'reddit_user_agent: acme-bot/1.0'],
    },
    {
      ruleId: 'pinterest-access-token',
      truePositives: [...written('PINTEREST_ACCESS_TOKEN', pinterest, ['env', 'yaml', 'json']), { text: `curl -H "Authorization: Bearer ${pinterest}" https://api.pinterest.com/v5/user_account`, secret: pinterest }],
      falsePositives: ['PINTEREST_ACCESS_TOKEN=pina_<access token>', 'spina_bifida_research_dataset_v2'],
    },
    {
      ruleId: 'flickr-access-token',
      truePositives: written('FLICKR_API_KEY', flickr, ['env', 'yaml', 'json', 'php']),
      falsePositives: ['FLICKR_API_KEY=${FLICKR_API_KEY}', `flickr_user_id: ${f.chars(DIGITS, 8)}@N0${f.chars(DIGITS, 1)}`],
    },
    {
      ruleId: 'nytimes-access-token',
      truePositives: written('NYTIMES_API_KEY', nyt, ['env', 'yaml', 'json', 'py']),
      falsePositives: ['NYTIMES_API_KEY=${NYT_KEY}', 'nytimes_section: technology'],
    },
    {
      ruleId: 'spotify-client-secret',
      truePositives: written('SPOTIFY_CLIENT_SECRET', spotify, ['env', 'yaml', 'json', 'py', 'k8s']),
      falsePositives: [`SPOTIFY_CLIENT_ID=${f.chars(HEX, 32)}`, 'SPOTIFY_CLIENT_SECRET=${SPOTIFY_CLIENT_SECRET}'],
    },
    {
      ruleId: 'disqus-api-key',
      truePositives: written('DISQUS_SECRET_KEY', disqus, ['env', 'yaml', 'json']),
      falsePositives: ['DISQUS_SECRET_KEY=${DISQUS_SECRET_KEY}', 'disqus_shortname: acme-blog'],
    },
    {
      ruleId: 'bitly-access-token',
      truePositives: written('BITLY_ACCESS_TOKEN', bitly, ['env', 'yaml', 'json', 'py']),
      falsePositives: ['BITLY_ACCESS_TOKEN=${BITLY_TOKEN}', `bitly_group_guid: B${f.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 10)}`],
    },
  ];
}
