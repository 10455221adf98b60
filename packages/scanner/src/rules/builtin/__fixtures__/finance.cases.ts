// True- and false-positive examples of the finance rules (see rule-cases.ts).
import { BASE62, BASE64, BASE64URL, FakeSecrets, HEX } from './fake-secrets';
import { join, type RuleCases } from './rule-cases';

const LOWER_ALNUM = 'abcdefghijklmnopqrstuvwxyz0123456789';

function uuid(f: FakeSecrets): string {
  return [f.chars(HEX, 8), f.chars(HEX, 4), `4${f.chars(HEX, 3)}`, `9${f.chars(HEX, 3)}`, f.chars(HEX, 12)].join('-');
}

export function financeCases(f: FakeSecrets): RuleCases[] {
  const plaidAccess = [join('access', '-production-', uuid(f)), join('access', '-sandbox-', uuid(f))];
  const plaidClient = [f.chars(HEX, 24), f.chars(LOWER_ALNUM, 24)];
  const plaidSecret = [f.chars(HEX, 30), f.chars(LOWER_ALNUM, 30), f.chars(HEX, 30)];
  const finicityKey = [f.chars(HEX, 32), f.chars(HEX, 32)];
  const finicitySecret = [f.chars(BASE62, 20), f.chars(BASE62, 20)];
  const finnhub = [f.chars(LOWER_ALNUM, 20), f.chars(LOWER_ALNUM, 20)];
  const coinbase = [f.chars(BASE64URL, 64), f.chars(BASE64URL, 64)];
  const kraken = [`${f.chars(BASE64, 86)}==`, `${f.chars(BASE64, 86)}==`];
  const kucoinKey = [f.chars(HEX, 24), f.chars(HEX, 24)];
  const kucoinSecret = [uuid(f), uuid(f)];
  const bittrexKey = [f.chars(BASE62, 32), f.chars(BASE62, 32)];
  const bittrexSecret = [f.chars(BASE62, 32), f.chars(BASE62, 32)];
  const binance = [f.chars(BASE62, 64), f.chars(BASE62, 64)];
  return [
    {
      ruleId: 'plaid-api-token',
      truePositives: [
        { text: `PLAID_ACCESS_TOKEN=${plaidAccess[0]}`, secret: plaidAccess[0]! },
        { text: `const response = await client.accountsGet({ access_token: '${plaidAccess[1]}' });`, secret: plaidAccess[1]! },
      ],
      falsePositives: [`PLAID_PUBLIC_TOKEN=public-sandbox-${uuid(f)}`, 'PLAID_ACCESS_TOKEN=access-sandbox-<your-access-token>', `link_token: link-sandbox-${uuid(f)}`, 'PLAID_ENV=production'],
    },
    {
      ruleId: 'plaid-client-id',
      truePositives: [
        { text: `PLAID_CLIENT_ID=${plaidClient[0]}`, secret: plaidClient[0]! },
        { text: `plaid:\n  client_id: "${plaidClient[1]}"\n`, secret: plaidClient[1]! },
      ],
      falsePositives: ['PLAID_CLIENT_ID=${PLAID_CLIENT_ID}', `plaid_request_id: ${f.chars(LOWER_ALNUM, 24)}`, 'PLAID_ENV=sandbox'],
    },
    {
      ruleId: 'plaid-secret-key',
      truePositives: [
        { text: `PLAID_SECRET=${plaidSecret[0]}`, secret: plaidSecret[0]! },
        { text: `PLAID_SECRET_SANDBOX: '${plaidSecret[1]}'`, secret: plaidSecret[1]! },
        { text: `{"plaid": {"secret": "${plaidSecret[2]}"}}`, secret: plaidSecret[2]! },
      ],
      falsePositives: ['PLAID_SECRET=your_plaid_secret', `plaid_item_id: ${f.chars(LOWER_ALNUM, 30)}`],
    },
    {
      ruleId: 'finicity-api-token',
      truePositives: [
        { text: `FINICITY_APP_KEY=${finicityKey[0]}`, secret: finicityKey[0]! },
        { text: `<finicityAppKey>${finicityKey[1]}</finicityAppKey>`, secret: finicityKey[1]! },
      ],
      falsePositives: ['FINICITY_APP_KEY=<app-key>', `finicity_customer_id: ${f.chars(HEX, 32)}`],
    },
    {
      ruleId: 'finicity-client-secret',
      truePositives: [
        { text: `FINICITY_PARTNER_SECRET=${finicitySecret[0]}`, secret: finicitySecret[0]! },
        { text: `"finicityPartnerSecret": "${finicitySecret[1]}",`, secret: finicitySecret[1]! },
      ],
      falsePositives: ['FINICITY_PARTNER_SECRET=${FINICITY_PARTNER_SECRET}', `finicity_partner_id: ${f.chars('0123456789', 13)}`],
    },
    {
      ruleId: 'finnhub-access-token',
      truePositives: [
        { text: `FINNHUB_API_KEY=${finnhub[0]}`, secret: finnhub[0]! },
        { text: `fetch("https://finnhub.io/api/v1/quote?symbol=AAPL&token=${finnhub[1]}")`, secret: finnhub[1]! },
      ],
      falsePositives: ['FINNHUB_API_KEY=your_finnhub_key', 'https://finnhub.io/api/v1/quote?symbol=AAPL&token=${FINNHUB_TOKEN}'],
    },
    {
      ruleId: 'coinbase-access-token',
      truePositives: [
        { text: `COINBASE_API_SECRET=${coinbase[0]}`, secret: coinbase[0]! },
        { text: `exchange:\n  name: coinbase\n  coinbase_key: "${coinbase[1]}"\n`, secret: coinbase[1]! },
      ],
      falsePositives: ['COINBASE_API_SECRET=<coinbase-api-secret>', `coinbase_commerce_checkout_id = "${uuid(f)}"`],
    },
    {
      ruleId: 'kraken-access-token',
      truePositives: [
        { text: `KRAKEN_PRIVATE_KEY=${kraken[0]}`, secret: kraken[0]! },
        { text: `exchanges:\n  kraken_private_key: "${kraken[1]}"\n`, secret: kraken[1]! },
      ],
      falsePositives: ['KRAKEN_PRIVATE_KEY=${KRAKEN_PRIVATE_KEY}', 'kraken_pair: XXBTZUSD'],
    },
    {
      ruleId: 'kucoin-access-token',
      truePositives: [
        { text: `KUCOIN_API_KEY=${kucoinKey[0]}`, secret: kucoinKey[0]! },
        { text: `{"kucoin": {"key": "${kucoinKey[1]}"}}`, secret: kucoinKey[1]! },
      ],
      falsePositives: ['KUCOIN_API_KEY=your-kucoin-key', 'kucoin_symbol: BTC-USDT'],
    },
    {
      ruleId: 'kucoin-secret-key',
      truePositives: [
        { text: `KUCOIN_API_SECRET=${kucoinSecret[0]}`, secret: kucoinSecret[0]! },
        { text: `kucoin:\n  secret: "${kucoinSecret[1]}"\n`, secret: kucoinSecret[1]! },
      ],
      falsePositives: ['KUCOIN_API_SECRET=${KUCOIN_API_SECRET}', `kucoin_order_id: "${uuid(f)}"`],
    },
    {
      ruleId: 'bittrex-access-key',
      truePositives: [
        { text: `BITTREX_API_KEY=${bittrexKey[0]}`, secret: bittrexKey[0]! },
        { text: `bittrexKey := "${bittrexKey[1]}"`, secret: bittrexKey[1]! },
      ],
      falsePositives: ['BITTREX_API_KEY=<bittrex-key>', 'bittrex_market: USD-BTC'],
    },
    {
      ruleId: 'bittrex-secret-key',
      truePositives: [
        { text: `BITTREX_API_SECRET=${bittrexSecret[0]}`, secret: bittrexSecret[0]! },
        { text: `"bittrexSecret": "${bittrexSecret[1]}",`, secret: bittrexSecret[1]! },
      ],
      falsePositives: ['BITTREX_API_SECRET=${BITTREX_API_SECRET}'],
    },
    {
      ruleId: 'binance-api-key',
      truePositives: [
        { text: `BINANCE_API_KEY=${binance[0]}`, secret: binance[0]! },
        { text: `{"binance": {"apiSecret": "${binance[1]}"}}`, secret: binance[1]! },
      ],
      falsePositives: ['BINANCE_API_KEY=your_binance_api_key', 'binance_symbol: BTCUSDT'],
    },
  ];
}
