import { FakeSecrets, BASE62 } from '../../rules/builtin/__fixtures__/fake-secrets';
import { scanText } from '../scan-api';
import { fillerShare, isPlaceholder } from './placeholders';

const fakes = new FakeSecrets(0x5eed12);
const join = (...parts: string[]): string => parts.join('');

describe('placeholders are judged on the whole secret', () => {
  test.each([
    ['x filler', join('ghp_', 'x'.repeat(36))],
    ['X filler with a prefix', join('sk-proj-', 'X'.repeat(40))],
    ['mixed-case x filler', join('AKIA', 'xXxX'.repeat(4))],
    ['sequential digits and letters', join('AKIA', '1234567890', 'ABCDEF')],
    ['zero filler', join('hcxik_', '0'.repeat(20), 'abc')],
    ['a masked tail', join('sk_live_', '4eC39HqLyjWDarjt', 'XXXX')],
    ['a masked head', join('****', 'a7Qz')],
    ['hex in order', '0123456789abcdef'],
    ['a word marker', join('AKIAIOSFODNN7', 'EXAMPLE')],
    ['a template', '${{ secrets.TOKEN }}'],
    ['an env reference', 'process.env.API_TOKEN'],
    ['a repeated unit', 'abcabcabcabc'],
  ])('%s is a placeholder', (_what, secret) => {
    expect(isPlaceholder(secret)).toBe(true);
  });

  test.each([
    // gitleaks' own true positive for a legacy Slack bot token: a sequential workspace id, then random characters.
    ['a sequential id before random characters', join('xoxb-', '123456789012', '-Xw937qtWSXJss1lFaKe')],
    ['a short x run inside a random token', join('ghp_', fakes.chars(BASE62, 14), 'xXxXx', fakes.chars(BASE62, 17))],
    ['a sequence inside a random token', join('sk_live_', fakes.chars(BASE62, 12), '12345678', fakes.chars(BASE62, 12))],
    ['a generated password', 'Tq9#vL2$wX7p'],
  ])('%s is not', (_what, secret) => {
    expect(isPlaceholder(secret)).toBe(false);
  });

  test('a PEM body holding a filler run by chance is still a secret', () => {
    const body = fakes.pemBody(1200);
    body[5] = join((body[5] as string).slice(0, 20), '12345678', 'xxxx', (body[5] as string).slice(32));
    const pem = join('-----BEGIN ', 'PRIVATE KEY-----\n', body.join('\n'), '\n-----END ', 'PRIVATE KEY-----');
    expect(isPlaceholder(pem)).toBe(false);
  });

  test('random tokens never look like filler: 2,000 base62 tokens of 40 characters', () => {
    const worst = Math.max(...Array.from({ length: 2000 }, () => fillerShare(fakes.chars(BASE62, 40))));
    expect(worst).toBeLessThan(0.25);
  });

  test('fillerShare counts each run of four or more once', () => {
    expect(fillerShare('ab1234cd')).toBe(0.5);
    expect(fillerShare('aaa-bbb')).toBe(0);
    expect(fillerShare('9876zz')).toBeCloseTo(4 / 6);
    expect(fillerShare('')).toBe(0);
  });
});

test("through the built-in rules: gitleaks' sequential-id Slack example is reported, its x-filled one is not", () => {
  const real = join('xoxb-', '123456789012', '-Xw937qtWSXJss1lFaKe');
  expect(scanText(`"bot_token": "${real}"`, { path: 'a.json' }).findings.map((f) => f.Secret)).toEqual([real]);
  expect(scanText(`"bot_token": "${join('xoxb-', 'x'.repeat(11), '-', 'x'.repeat(24))}"`, { path: 'a.json' }).findings).toEqual([]);
});
