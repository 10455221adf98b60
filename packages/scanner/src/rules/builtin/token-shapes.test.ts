// The provider-named rules (token-shapes.ts `named`) find their value in every way code and
// configuration assign one: each syntax below, with a fresh fake value, must give exactly one
// finding from the rule, with the exact secret, when all built-in rules run.
import { builtinConfig, compileConfig, scanText } from '../../index';
import { BASE62, FakeSecrets, HEX } from './__fixtures__/fake-secrets';
import { BUILTIN_RULES } from './index';

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
