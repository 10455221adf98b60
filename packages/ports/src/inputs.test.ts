import { ConfigurationError } from './errors';
import { Inputs, parseList, runnerInputSource } from './inputs';

const inputs = (given: Record<string, string>, env: Record<string, string> = {}): Inputs =>
  new Inputs(runnerInputSource(given), env);

describe('Inputs', () => {
  test('reads INPUT_ names as the runner writes them, hyphens kept', () => {
    expect(inputs({ 'INPUT_VAULT-ADDR': ' https://v:8200 ' }).string('vault-addr')).toBe('https://v:8200');
  });

  test('falls back to the runbooks variable only when the input is empty', () => {
    expect(inputs({}, { VAULT_ADDR: 'https://env' }).string('vault-addr', { fallbackEnv: 'VAULT_ADDR' })).toBe('https://env');
    expect(
      inputs({ 'INPUT_VAULT-ADDR': 'https://in' }, { VAULT_ADDR: 'https://env' }).string('vault-addr', { fallbackEnv: 'VAULT_ADDR' }),
    ).toBe('https://in');
  });

  test('raw keeps inner newlines of PEM-like values', () => {
    expect(inputs({ 'INPUT_VAULT-CA-CERT': '\n-----BEGIN-----\nabc\n-----END-----\n' }).raw('vault-ca-cert')).toBe(
      '-----BEGIN-----\nabc\n-----END-----',
    );
  });

  test('booleans, choices and numbers are validated with the input named', () => {
    expect(inputs({ INPUT_REQUIRED: 'TRUE' }).boolean('required', false)).toBe(true);
    expect(inputs({}).boolean('required', false)).toBe(false);
    expect(() => inputs({ INPUT_REQUIRED: 'maybe' }).boolean('required', false)).toThrow("input 'required': expected true or false, got 'maybe'");
    expect(() => inputs({ INPUT_PROVIDER: 'aws' }).choice('provider', ['auto', 'vault', 'sops'], 'auto')).toThrow(
      ConfigurationError,
    );
    expect(() => inputs({ INPUT_PROVIDER: 'aws' }).choice('provider', ['auto', 'vault'], 'auto')).toThrow('use one of: auto, vault');
    expect(inputs({ 'INPUT_VAULT-TIMEOUT-SECONDS': '30' }).positiveInt('vault-timeout-seconds', 60)).toBe(30);
    expect(() => inputs({ 'INPUT_VAULT-TIMEOUT-SECONDS': '-1' }).positiveInt('vault-timeout-seconds', 60)).toThrow(
      "input 'vault-timeout-seconds'",
    );
  });

  test('lists split on commas and newlines and drop comments', () => {
    expect(parseList('A, B\nC # the third\n\n#only a comment\n')).toEqual(['A', 'B', 'C']);
  });
});
