// True- and false-positive examples of the commerce rules (see rule-cases.ts).
import { BASE62, BASE64URL, FakeSecrets, HEX } from './fake-secrets';
import { join, type RuleCases } from './rule-cases';

const LOWER_ALNUM = 'abcdefghijklmnopqrstuvwxyz0123456789';

function uuid(f: FakeSecrets): string {
  return [f.chars(HEX, 8), f.chars(HEX, 4), `4${f.chars(HEX, 3)}`, `8${f.chars(HEX, 3)}`, f.chars(HEX, 12)].join('-');
}

/** Two snippets and three near misses for one Shopify token kind. */
function shopifyCases(f: FakeSecrets, ruleId: string, kind: string, setting: string): RuleCases {
  const a = join('sh', 'p', kind, '_', f.chars(HEX, 32));
  const b = join('sh', 'p', kind, '_', f.chars(HEX, 32));
  return {
    ruleId,
    truePositives: [
      { text: `${setting}=${a}`, secret: a },
      { text: `curl -H "X-Shopify-Access-Token: ${b}" https://acme.myshopify.com/admin/api/2024-10/shop.json`, secret: b },
    ],
    falsePositives: [`${setting}=shp${kind}_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`, `${setting}=shp${kind}_${f.chars(HEX, 20)}`, `${setting}=shp${kind}_...`],
  };
}

export function commerceCases(f: FakeSecrets): RuleCases[] {
  const woo = [join('c', 'k_', f.chars(HEX, 40)), join('c', 's_', f.chars(HEX, 40))];
  const bigcommerce = [f.chars(LOWER_ALNUM, 31), f.chars(LOWER_ALNUM, 31)];
  const squarespace = [uuid(f), uuid(f)];
  const etsy = [f.chars(LOWER_ALNUM, 24), `${f.chars(LOWER_ALNUM, 24)}:${f.chars(LOWER_ALNUM, 10)}`];
  const gumroad = [f.chars(HEX, 64), f.chars(BASE64URL, 43)];
  const ezak = [join('EZ', 'AK', f.chars(BASE62, 54)), join('EZ', 'AK', f.chars(BASE62, 54))];
  const eztk = [join('EZ', 'TK', f.chars(BASE62, 54)), join('EZ', 'TK', f.chars(BASE62, 54))];
  const shippo = [join('shippo', '_live_', f.chars(HEX, 40)), join('shippo', '_test_', f.chars(HEX, 40))];
  const lob = [join('li', 've_', f.chars(HEX, 35)), join('te', 'st_', f.chars(HEX, 35))];
  const lobPub = [join('li', 've_pub_', f.chars(HEX, 31)), join('te', 'st_pub_', f.chars(HEX, 31))];
  const duffel = [join('duffel', '_live_', f.chars(BASE64URL, 43)), join('duffel', '_test_', f.chars(BASE64URL, 43))];
  return [
    shopifyCases(f, 'shopify-access-token', 'at', 'SHOPIFY_ADMIN_API_ACCESS_TOKEN'),
    shopifyCases(f, 'shopify-custom-access-token', 'ca', 'SHOPIFY_CUSTOM_APP_TOKEN'),
    shopifyCases(f, 'shopify-private-app-access-token', 'pa', 'SHOPIFY_PRIVATE_APP_PASSWORD'),
    shopifyCases(f, 'shopify-shared-secret', 'ss', 'SHOPIFY_API_SECRET'),
    {
      ruleId: 'woocommerce-api-key',
      truePositives: [
        { text: `WOOCOMMERCE_CONSUMER_KEY=${woo[0]}`, secret: woo[0]! },
        { text: `const api = new WooCommerceRestApi({ url: "https://shop.acme.example", consumerKey: KEY, consumerSecret: "${woo[1]}" });`, secret: woo[1]! },
      ],
      falsePositives: ['WOOCOMMERCE_CONSUMER_KEY=ck_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', `WOOCOMMERCE_CONSUMER_SECRET=cs_${f.chars(HEX, 30)}`],
    },
    {
      ruleId: 'bigcommerce-access-token',
      truePositives: [
        { text: `BIGCOMMERCE_ACCESS_TOKEN=${bigcommerce[0]}`, secret: bigcommerce[0]! },
        { text: `{"bigcommerce": {"access_token": "${bigcommerce[1]}"}}`, secret: bigcommerce[1]! },
      ],
      falsePositives: ['BIGCOMMERCE_ACCESS_TOKEN=${BIGCOMMERCE_ACCESS_TOKEN}', 'bigcommerce_store_hash: abc123def4'],
    },
    {
      ruleId: 'squarespace-access-token',
      truePositives: [
        { text: `SQUARESPACE_API_KEY=${squarespace[0]}`, secret: squarespace[0]! },
        { text: `{"squarespace": {"apiKey": "${squarespace[1]}"}}`, secret: squarespace[1]! },
      ],
      falsePositives: [`squarespace_site_id: ${uuid(f)}`, 'SQUARESPACE_API_KEY=<squarespace-api-key>'],
    },
    {
      ruleId: 'etsy-access-token',
      truePositives: [
        { text: `ETSY_API_KEY=${etsy[0]}`, secret: etsy[0]! },
        { text: `$etsyKeystring .= "${etsy[1]}";`, secret: etsy[1]! },
      ],
      falsePositives: ['ETSY_API_KEY=your_etsy_keystring', 'BETSY_CONFIG_PATH=./betsy.yml', `etsy_shop_id: ${f.chars('0123456789', 8)}`],
    },
    {
      ruleId: 'gumroad-access-token',
      truePositives: [
        { text: `GUMROAD_ACCESS_TOKEN=${gumroad[0]}`, secret: gumroad[0]! },
        { text: `GUMROAD_TOKEN: '${gumroad[1]}'`, secret: gumroad[1]! },
      ],
      falsePositives: ['GUMROAD_ACCESS_TOKEN=${GUMROAD_ACCESS_TOKEN}', 'gumroad_product_permalink: acme-course'],
    },
    {
      ruleId: 'easypost-api-token',
      truePositives: [
        { text: `EASYPOST_API_KEY=${ezak[0]}`, secret: ezak[0]! },
        { text: `client = easypost.EasyPostClient("${ezak[1]}")`, secret: ezak[1]! },
      ],
      falsePositives: ['EASYPOST_API_KEY=EZAK...', `EASYPOST_API_KEY=EZAK${f.chars(BASE62, 40)}`],
    },
    {
      ruleId: 'easypost-test-api-token',
      truePositives: [
        { text: `EASYPOST_TEST_API_KEY=${eztk[0]}`, secret: eztk[0]! },
        { text: `easypost:\n  test_key: ${eztk[1]}\n`, secret: eztk[1]! },
      ],
      falsePositives: ['EASYPOST_TEST_API_KEY=EZTK...', 'EASYPOST_TEST_API_KEY=EZTKxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'],
    },
    {
      ruleId: 'shippo-api-token',
      truePositives: [
        { text: `SHIPPO_API_KEY=${shippo[0]}`, secret: shippo[0]! },
        { text: `shippo_sdk = Shippo(api_key_header="${shippo[1]}")`, secret: shippo[1]! },
      ],
      falsePositives: ['SHIPPO_API_KEY=shippo_live_...', `SHIPPO_API_KEY=shippo_test_${f.chars(HEX, 20)}`],
    },
    {
      ruleId: 'lob-api-key',
      truePositives: [
        { text: `LOB_API_KEY=${lob[0]}`, secret: lob[0]! },
        { text: `Lob.api_key = '${lob[1]}'`, secret: lob[1]! },
      ],
      falsePositives: ['LOB_API_KEY=live_...', `global_live_mode = "live_${f.chars(HEX, 35)}"`],
    },
    {
      ruleId: 'lob-pub-api-key',
      truePositives: [
        { text: `LOB_PUBLISHABLE_KEY=${lobPub[0]}`, secret: lobPub[0]! },
        { text: `{"lob": {"publishableKey": "${lobPub[1]}"}}`, secret: lobPub[1]! },
      ],
      falsePositives: ['LOB_PUBLISHABLE_KEY=test_pub_...'],
    },
    {
      ruleId: 'duffel-api-token',
      truePositives: [
        { text: `DUFFEL_ACCESS_TOKEN=${duffel[0]}`, secret: duffel[0]! },
        { text: `const duffel = new Duffel({ token: '${duffel[1]}' });`, secret: duffel[1]! },
      ],
      falsePositives: ['DUFFEL_ACCESS_TOKEN=duffel_test_...', `DUFFEL_ACCESS_TOKEN=duffel_live_${f.chars(BASE64URL, 20)}`],
    },
  ];
}
