// The provider-named rules (token-shapes.ts `named`) find their value in every way code and
// configuration assign one: each syntax below, with a fresh fake value, must give exactly one
// finding from the rule, with the exact secret, when all built-in rules run.
import { builtinConfig, compileConfig, scanText } from '../../index';
import { BASE62, FakeSecrets, HEX } from './__fixtures__/fake-secrets';
import { BUILTIN_RULES } from './index';
import { AI_RULES } from './ai';
import { AI_PLATFORM_RULES } from './ai-platforms';
import { COMMERCE_RULES } from './commerce';
import { DATA_API_RULES } from './data-apis';
import { FINANCE_RULES } from './finance';
import { PAYMENT_RULES } from './payments';

const config = compileConfig(builtinConfig(BUILTIN_RULES));
const f = new FakeSecrets(0x70ce5);
const LOWER_ALNUM = 'abcdefghijklmnopqrstuvwxyz0123456789';
const uuid = (): string => [f.chars(HEX, 8), f.chars(HEX, 4), f.chars(HEX, 4), f.chars(HEX, 4), f.chars(HEX, 12)].join('-');

/** `{n}` is the setting's provider word, `{s}` the secret. */
const SYNTAXES = [
  '{n}Token="{s}"',
  '{n}_api_key = {s}',
  'export {N}_API_KEY={s}',
  '{\n  "{n}_token": "{s}"\n}',
  '\\"{n}_token\\": \\"{s}\\"',
  '<{n}Token>{s}</{n}Token>',
  '<{n}Token>\n    {s}\n</{n}Token>',
  "{n}_token: '{s}'",
  '{n}_token: |\n  {s}',
  'string {n}Token = "{s}";',
  'var {n}Token string = "{s}"',
  'val {n}Token: String = "{s}"',
  '{n}Token := `{s}`',
  '${n}Token .= "{s}";',
  '{n}Token,{s},',
  '  "{n}Token" => "{s}",',
  '{N}_TOKEN ::= "{s}"',
  '{N}_TOKEN ?= {s}',
  '{"{n}": {"token": "{s}"}}',
  '<add key="{n}Token" value="{s}" />',
  'env:\n  - name: {N}_TOKEN\n    value: "{s}"',
];

const RULES: Array<[id: string, name: string, value: () => string]> = [
  ['cohere-api-token', 'cohere', () => f.chars(BASE62, 40)],
  ['plaid-secret-key', 'plaid', () => f.chars(LOWER_ALNUM, 30)],
  ['kucoin-secret-key', 'kucoin', uuid],
  ['coinbase-access-token', 'coinbase', () => f.chars(`${BASE62}_-`, 64)],
  ['kraken-access-token', 'kraken', () => `${f.chars(`${BASE62}+/`, 86)}==`],
  ['lob-api-key', 'lob', () => ['li', 've_', f.chars(HEX, 35)].join('')],
  ['airtable-api-key', 'airtable', () => ['k', 'ey', f.chars(BASE62, 14)].join('')],
];

describe.each(RULES)('%s', (id, name, value) => {
  test.each(SYNTAXES)('%j', (syntax) => {
    const secret = value();
    const text = syntax.split('{n}').join(name).split('{N}').join(name.toUpperCase()).split('{s}').join(secret);
    const findings = scanText(text, { config, path: 'fixture.txt' }).findings;
    expect(findings.map((x) => x.RuleID)).toEqual([id]);
    expect(findings[0]?.Secret === secret).toBe(true);
  });
});

test('a value that starts like a nested key is still read whole', () => {
  const secret = `${f.chars(LOWER_ALNUM, 3)}=${f.chars(LOWER_ALNUM, 80)}`;
  const findings = scanText(`krakenToken = '${secret}'`, { config, path: 'fixture.txt' }).findings;
  expect(findings.map((x) => x.RuleID)).toEqual(['kraken-access-token']);
  expect(findings[0]?.Secret === secret).toBe(true);
});

/** gitleaks 8.30's default rules for the kinds these families detect: each is a built-in rule under the same id. */
const GITLEAKS_KINDS = [
  'adafruit-api-key', 'airtable-api-key', 'airtable-personnal-access-token', 'algolia-api-key', 'anthropic-admin-api-key',
  'anthropic-api-key', 'bittrex-access-key', 'bittrex-secret-key', 'cohere-api-token', 'coinbase-access-token', 'duffel-api-token',
  'easypost-api-token', 'easypost-test-api-token', 'etsy-access-token', 'finicity-api-token', 'finicity-client-secret',
  'finnhub-access-token', 'flutterwave-encryption-key', 'flutterwave-public-key', 'flutterwave-secret-key', 'gocardless-api-token',
  'huggingface-access-token', 'huggingface-organization-api-token', 'kraken-access-token', 'kucoin-access-token', 'kucoin-secret-key',
  'lob-api-key', 'lob-pub-api-key', 'mapbox-api-token', 'openai-api-key', 'perplexity-api-key', 'plaid-api-token', 'plaid-client-id',
  'plaid-secret-key', 'privateai-api-token', 'rapidapi-access-token', 'shippo-api-token', 'shopify-access-token',
  'shopify-custom-access-token', 'shopify-private-app-access-token', 'shopify-shared-secret', 'square-access-token',
  'squarespace-access-token', 'stripe-access-token',
];

test("these families keep gitleaks' ids for gitleaks' kinds, and name them as equivalents", () => {
  const family = [...AI_RULES, ...AI_PLATFORM_RULES, ...PAYMENT_RULES, ...FINANCE_RULES, ...COMMERCE_RULES, ...DATA_API_RULES];
  const byId = new Map(family.map((r) => [r.id, r]));
  expect(GITLEAKS_KINDS.filter((id) => byId.get(id)?.equivalents?.gitleaks !== id)).toEqual([]);
  expect(family.filter((r) => r.equivalents?.gitleaks !== undefined && r.equivalents.gitleaks !== r.id).map((r) => r.id)).toEqual([]);
});
