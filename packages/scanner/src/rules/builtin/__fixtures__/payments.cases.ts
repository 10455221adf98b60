// True- and false-positive examples of the payments rules (see rule-cases.ts).
import { BASE62, FakeSecrets } from './fake-secrets';
import { join, type RuleCases } from './rule-cases';

export function paymentCases(f: FakeSecrets): RuleCases[] {
  const live = join('sk', '_live_', f.chars(BASE62, 99));
  const restricted = join('rk', '_live_', f.chars(BASE62, 99));
  const test = join('sk', '_test_', f.chars(BASE62, 99));
  const webhook = join('wh', 'sec_', f.chars(BASE62, 32));
  return [
    {
      ruleId: 'stripe-live-secret-key',
      truePositives: [
        { text: `STRIPE_SECRET_KEY=${live}`, secret: live },
        { text: `Stripe.api_key = "${restricted}"`, secret: restricted },
      ],
      falsePositives: [
        `STRIPE_PUBLISHABLE_KEY=pk_live_${f.chars(BASE62, 99)}`,
        'STRIPE_SECRET_KEY=sk_live_xxxxxxxxxxxxxxxxxxxxxxxx',
      ],
    },
    {
      ruleId: 'stripe-test-secret-key',
      truePositives: [{ text: `STRIPE_SECRET_KEY=${test}`, secret: test }],
      falsePositives: [join('stripe.api_key = "sk', '_test_', '4eC39HqLyjWDarjtT1zdp7dc"')],
    },
    {
      ruleId: 'stripe-webhook-secret',
      truePositives: [{ text: `STRIPE_WEBHOOK_SECRET=${webhook}`, secret: webhook }],
      falsePositives: ['STRIPE_WEBHOOK_SECRET=whsec_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'STRIPE_WEBHOOK_SECRET=whsec_...'],
    },
  ];
}
