// True- and false-positive examples of the payments rules (see rule-cases.ts).
import { BASE62, BASE64, BASE64URL, FakeSecrets, HEX } from './fake-secrets';
import { join, type RuleCases } from './rule-cases';

const LOWER_ALNUM = 'abcdefghijklmnopqrstuvwxyz0123456789';
const LOWER_BASE32 = 'abcdefghijklmnopqrstuvwxyz234567';

function uuid(f: FakeSecrets): string {
  return [f.chars(HEX, 8), f.chars(HEX, 4), `4${f.chars(HEX, 3)}`, `b${f.chars(HEX, 3)}`, f.chars(HEX, 12)].join('-');
}

export function paymentCases(f: FakeSecrets): RuleCases[] {
  const live = join('sk', '_live_', f.chars(BASE62, 99));
  const restricted = join('rk', '_live_', f.chars(BASE62, 99));
  const test = join('sk', '_test_', f.chars(BASE62, 24));
  const webhook = join('wh', 'sec_', f.chars(BASE62, 32));
  const square = [join('EA', 'AA', f.chars(BASE64URL, 60)), join('sq0', 'atp-', f.chars(BASE64URL, 22))];
  const squareSecret = join('sq0', 'csp-', f.chars(BASE64URL, 43));
  const braintree = [
    join('access_token', '$production$', f.chars(LOWER_ALNUM, 16), '$', f.chars(HEX, 32)),
    join('access_token', '$sandbox$', f.chars(LOWER_ALNUM, 16), '$', f.chars(HEX, 32)),
  ];
  const paypal = [`E${f.chars(BASE64URL, 79)}`, `E${f.chars(BASE64URL, 79)}`];
  const adyenBody = () => `${join('AQE', 'y', 'hmf', 'x')}${f.chars(BASE64, 100)}==-${f.chars(BASE64, 43)}=-${f.chars(BASE62, 10)}(]${f.chars(BASE62, 4)}`;
  const adyen = [adyenBody(), adyenBody()];
  const checkout = [join('sk', '_sbox_', f.chars(LOWER_BASE32, 27)), join('sk', '_', f.chars(LOWER_BASE32, 27)), join('sk', '_test_', uuid(f))];
  const paddle = [
    join('pdl', '_live_apikey_', f.chars(LOWER_ALNUM, 26), '_', f.chars(BASE62, 22), '_', f.chars(BASE62, 3)),
    join('pdl', '_sdbx_apikey_', f.chars(LOWER_ALNUM, 26), '_', f.chars(BASE62, 22), '_', f.chars(BASE62, 3)),
  ];
  const klarna = [join('klarna', '_live_api_', f.chars(BASE64URL, 180)), join('klarna', '_test_api_', f.chars(BASE64URL, 120))];
  const mollie = [join('li', 've_', f.chars(BASE62, 30)), join('te', 'st_', f.chars(BASE62, 30)), join('acc', 'ess_', f.chars(BASE62, 40))];
  const razorpay = [f.chars(BASE62, 24), f.chars(BASE62, 24)];
  const flwSecret = [join('FLW', 'SECK_TEST-', f.chars(HEX, 32), '-X'), join('FLW', 'SECK-', f.chars(HEX, 32), '-X')];
  const flwEncryption = [join('FLW', 'SECK_TEST', f.chars(HEX, 12)), join('FLW', 'SECK', f.chars(HEX, 12))];
  const flwPublic = [join('FLW', 'PUBK_TEST-', f.chars(HEX, 32), '-X'), join('FLW', 'PUBK-', f.chars(HEX, 32), '-X')];
  const gocardless = [join('li', 've_', f.chars(BASE64URL, 40)), join('sand', 'box_', f.chars(BASE64URL, 40))];
  const recurly = [f.chars(BASE62, 32), f.chars(BASE62, 32)];
  const chargebee = [join('li', 've_', f.chars(BASE62, 34)), join('te', 'st_', f.chars(BASE62, 32))];
  const wise = [uuid(f), uuid(f)];
  return [
    {
      ruleId: 'stripe-access-token',
      truePositives: [
        { text: `STRIPE_SECRET_KEY=${live}`, secret: live },
        { text: `Stripe.api_key = "${restricted}"`, secret: restricted },
        { text: `stripe:\n  secret_key: ${test}\n`, secret: test },
      ],
      falsePositives: [
        `STRIPE_PUBLISHABLE_KEY=pk_live_${f.chars(BASE62, 99)}`,
        `const stripe = Stripe('pk_test_${f.chars(BASE62, 24)}');`,
        'STRIPE_SECRET_KEY=sk_live_xxxxxxxxxxxxxxxxxxxxxxxx',
        join('stripe.api_key = "sk', '_test_', '4eC39HqLyjWDarjtT1zdp7dc"'),
        `STRIPE_SECRET_KEY=sk_live_${f.chars(BASE62, 12)}`,
      ],
    },
    {
      ruleId: 'stripe-webhook-secret',
      truePositives: [{ text: `STRIPE_WEBHOOK_SECRET=${webhook}`, secret: webhook }],
      falsePositives: ['STRIPE_WEBHOOK_SECRET=whsec_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'STRIPE_WEBHOOK_SECRET=whsec_...'],
    },
    {
      ruleId: 'square-access-token',
      truePositives: [
        { text: `SQUARE_ACCESS_TOKEN=${square[0]}`, secret: square[0]! },
        { text: `curl https://connect.squareup.com/v2/locations -H 'Authorization: Bearer ${square[1]}'`, secret: square[1]! },
      ],
      falsePositives: [
        `aws-cli@sha256:eaaa${f.chars(HEX, 60)}`,
        `data: "AAAA+${join('EA', 'AA')}${f.chars(BASE64URL, 60)}/AAAA"`,
        'SQUARE_ACCESS_TOKEN=EAAAxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      ],
    },
    {
      ruleId: 'square-secret',
      truePositives: [{ text: `square:\n  application_secret: "${squareSecret}"\n`, secret: squareSecret }],
      falsePositives: ['SQUARE_APPLICATION_SECRET=sq0csp-...', `SQUARE_APPLICATION_ID=sq0idp-${f.chars(BASE64URL, 22)}`],
    },
    {
      ruleId: 'braintree-access-token',
      truePositives: [
        { text: `BRAINTREE_ACCESS_TOKEN=${braintree[0]}`, secret: braintree[0]! },
        { text: `gateway = braintree.BraintreeGateway(access_token="${braintree[1]}")`, secret: braintree[1]! },
      ],
      falsePositives: [`token = "access_token$staging$${f.chars(LOWER_ALNUM, 16)}"`, 'BRAINTREE_ACCESS_TOKEN=access_token$production$...'],
    },
    {
      ruleId: 'paypal-client-secret',
      truePositives: [
        { text: `PAYPAL_CLIENT_SECRET=${paypal[0]}`, secret: paypal[0]! },
        { text: `{"paypal_secret": "${paypal[1]}"}`, secret: paypal[1]! },
      ],
      falsePositives: [`PAYPAL_CLIENT_ID=A${f.chars(BASE64URL, 79)}`, 'PAYPAL_CLIENT_SECRET=${PAYPAL_CLIENT_SECRET}'],
    },
    {
      ruleId: 'adyen-api-key',
      truePositives: [
        { text: `ADYEN_API_KEY=${adyen[0]}`, secret: adyen[0]! },
        { text: `$headers = array("X-API-Key: ${adyen[1]}", "Content-Type: application/json");`, secret: adyen[1]! },
      ],
      falsePositives: ['ADYEN_API_KEY=AQE...', 'Adyen API keys start with AQE and live under Developers > API credentials.'],
    },
    {
      ruleId: 'checkout-secret-key',
      truePositives: [
        { text: `CHECKOUT_SECRET_KEY=${checkout[0]}`, secret: checkout[0]! },
        { text: `CKO_SECRET_KEY: ${checkout[1]}\n`, secret: checkout[1]! },
        { text: `checkout_com_secret_key = "${checkout[2]}"`, secret: checkout[2]! },
      ],
      falsePositives: ["const cko = new Checkout('sk_sbox_XXX', { pk: 'pk_sbox_XXX' });", `CHECKOUT_PUBLIC_KEY=pk_sbox_${f.chars(LOWER_BASE32, 27)}`, 'git checkout main'],
    },
    {
      ruleId: 'paddle-api-key',
      truePositives: [
        { text: `PADDLE_API_KEY=${paddle[0]}`, secret: paddle[0]! },
        { text: `paddle = Client("${paddle[1]}", environment=Environment.SANDBOX)`, secret: paddle[1]! },
      ],
      falsePositives: ['PADDLE_API_KEY=pdl_live_apikey_...', `PADDLE_API_KEY=pdl_live_apikey_${f.chars(LOWER_ALNUM, 20)}`],
    },
    {
      ruleId: 'klarna-api-key',
      truePositives: [
        { text: `KLARNA_API_PASSWORD=${klarna[0]}`, secret: klarna[0]! },
        { text: `private let password = "${klarna[1]}"`, secret: klarna[1]! },
      ],
      falsePositives: ['KLARNA_API_KEY=klarna_live_api_...', `KLARNA_CLIENT_ID=klarna_live_client_${f.chars(BASE64URL, 60)}`],
    },
    {
      ruleId: 'mollie-api-key',
      truePositives: [
        { text: `MOLLIE_API_KEY=${mollie[0]}`, secret: mollie[0]! },
        { text: `'mollie_api_key' => '${mollie[1]}',`, secret: mollie[1]! },
        { text: `MOLLIE_ACCESS_TOKEN=${mollie[2]}`, secret: mollie[2]! },
      ],
      falsePositives: ['MOLLIE_API_KEY=live_xxxxx', `MOLLIE_PROFILE_ID=pfl_${f.chars(BASE62, 10)}`, 'mollie_webhook_url: https://acme.example/api/mollie-webhook'],
    },
    {
      ruleId: 'razorpay-key-secret',
      truePositives: [
        { text: `RAZORPAY_KEY_ID=rzp_live_${f.chars(BASE62, 14)}\nRAZORPAY_KEY_SECRET=${razorpay[0]}`, secret: razorpay[0]! },
        { text: `{"razorpay_secret": "${razorpay[1]}"}`, secret: razorpay[1]! },
      ],
      falsePositives: [`RAZORPAY_KEY_ID=rzp_test_${f.chars(BASE62, 14)}`, 'RAZORPAY_KEY_SECRET=<razorpay-key-secret>'],
    },
    {
      ruleId: 'flutterwave-secret-key',
      truePositives: [
        { text: `FLW_SECRET_KEY=${flwSecret[0]}`, secret: flwSecret[0]! },
        { text: `const flw = new Flutterwave(PUBLIC_KEY, '${flwSecret[1]}');`, secret: flwSecret[1]! },
      ],
      falsePositives: ['FLW_SECRET_KEY=FLWSECK_TEST-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx-X', 'FLW_SECRET_KEY=FLWSECK_TEST-...'],
    },
    {
      ruleId: 'flutterwave-encryption-key',
      truePositives: [
        { text: `FLW_ENCRYPTION_KEY=${flwEncryption[0]}`, secret: flwEncryption[0]! },
        { text: `flutterwave:\n  encryption_key: "${flwEncryption[1]}"\n`, secret: flwEncryption[1]! },
      ],
      falsePositives: ['FLW_ENCRYPTION_KEY=FLWSECK_TEST...', 'FLW_ENCRYPTION_KEY=FLWSECK_TEST000000000000'],
    },
    {
      ruleId: 'flutterwave-public-key',
      truePositives: [
        { text: `FLW_PUBLIC_KEY=${flwPublic[0]}`, secret: flwPublic[0]! },
        { text: `FlutterwaveCheckout({ public_key: "${flwPublic[1]}", tx_ref: "order-1" });`, secret: flwPublic[1]! },
      ],
      falsePositives: ['FLW_PUBLIC_KEY=FLWPUBK_TEST-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx-X'],
    },
    {
      ruleId: 'gocardless-api-token',
      truePositives: [
        { text: `GOCARDLESS_ACCESS_TOKEN=${gocardless[0]}`, secret: gocardless[0]! },
        { text: `client = gocardless_pro.Client(access_token="${gocardless[1]}", environment="sandbox")`, secret: gocardless[1]! },
      ],
      falsePositives: ['GOCARDLESS_ACCESS_TOKEN=live_...', 'gocardless_environment: live'],
    },
    {
      ruleId: 'recurly-api-key',
      truePositives: [
        { text: `RECURLY_API_KEY=${recurly[0]}`, secret: recurly[0]! },
        { text: `client = recurly.Client("${recurly[1]}")`, secret: recurly[1]! },
      ],
      falsePositives: ['RECURLY_API_KEY=${RECURLY_API_KEY}', 'recurly_subdomain: acme'],
    },
    {
      ruleId: 'chargebee-access-token',
      truePositives: [
        { text: `CHARGEBEE_API_KEY=${chargebee[0]}`, secret: chargebee[0]! },
        { text: `billing:\n  chargebee_api_key: "${chargebee[1]}"\n`, secret: chargebee[1]! },
      ],
      falsePositives: ['CHARGEBEE_API_KEY=live_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'chargebee_site: acme-test'],
    },
    {
      ruleId: 'wise-api-token',
      truePositives: [
        { text: `WISE_API_TOKEN=${wise[0]}`, secret: wise[0]! },
        { text: `transferwise:\n  token: "${wise[1]}"\n`, secret: wise[1]! },
      ],
      falsePositives: [`WISE_PROFILE_ID=${f.chars('0123456789', 8)}`, `otherwise_token_count = 3`],
    },
  ];
}
