import { ConfigurationError } from '@mcp-secrets/ports';
import { bundleFromObject, bundleFromVaultData } from './bundle';
import { applyKeyPolicy } from './key-policy';
import { compareVersions } from './version';

describe('bundles', () => {
  test('keeps strings and serialises nested values as compact JSON', () => {
    const bundle = bundleFromObject({ A: 'x', N: 7, B: true, M: { k: [1, 'two'] }, GONE: null, MCP_SECRETS_VERSION: '3' });
    expect(bundle).toEqual({ entries: { A: 'x', N: '7', B: 'true', M: '{"k":[1,"two"]}', MCP_SECRETS_VERSION: '3' }, version: '3' });
  });

  test('SOPS big integers and bytes export as their text', () => {
    const bundle = bundleFromObject({ BIG: 12345678901234567890n, RAW: new TextEncoder().encode('bytes-value'), NESTED: { n: 2n ** 64n } });
    expect(bundle.entries).toEqual({ BIG: '12345678901234567890', RAW: 'bytes-value', NESTED: '{"n":"18446744073709551616"}' });
  });

  test('reads the secrets field as an object, as a JSON string, or the fields themselves', () => {
    expect(bundleFromVaultData({ secrets: { A: 'x' } }, 'secrets', 's').entries).toEqual({ A: 'x' });
    expect(bundleFromVaultData({ secrets: '{"A":"x"}' }, 'secrets', 's').entries).toEqual({ A: 'x' });
    expect(bundleFromVaultData({ A: 'x', B: 'y' }, 'secrets', 's').entries).toEqual({ A: 'x', B: 'y' });
  });

  test('a secrets field that is not JSON names the input and hides the value', () => {
    const read = (): unknown => bundleFromVaultData({ secrets: 'hunter2-not-json' }, 'secrets', 'secret/mcp/ci');
    expect(read).toThrow(ConfigurationError);
    expect(read).toThrow("input 'vault-secrets-key': field 'secrets' of secret/mcp/ci is not valid JSON");
    expect(() => read()).not.toThrow(/hunter2/);
    expect(() => bundleFromVaultData({ secrets: '[1,2]' }, 'secrets', 's')).toThrow('is not a JSON object');
  });
});

describe('key policy', () => {
  const bundle = bundleFromObject({ MCP_SECRETS_VERSION: '2026.11.2', API_KEY: 'a', DB_URL: 'b', EXTRA: 'c' });

  test('keys selects, drops the rest by name, and always keeps the version', () => {
    const result = applyKeyPolicy(bundle, { keys: ['API_KEY'], requiredKeys: [] }, 'src');
    expect(Object.keys(result.bundle.entries)).toEqual(['MCP_SECRETS_VERSION', 'API_KEY']);
    expect(result.dropped).toEqual(['DB_URL', 'EXTRA']);
  });

  test('required keys and min-version fail with names, never values', () => {
    expect(() => applyKeyPolicy(bundle, { keys: ['API_KEY'], requiredKeys: ['DB_URL', 'NOPE'] }, 'src')).toThrow(
      "input 'required-keys': src lacks required keys: DB_URL, NOPE",
    );
    expect(() => applyKeyPolicy(bundle, { keys: [], requiredKeys: [], minVersion: '2026.12' }, 'src')).toThrow(
      'lower than min-version 2026.12',
    );
    expect(applyKeyPolicy(bundle, { keys: [], requiredKeys: [], minVersion: '2026.11' }, 'src').bundle.version).toBe('2026.11.2');
    expect(() => applyKeyPolicy(bundleFromObject({ A: 'x' }), { keys: [], requiredKeys: [], minVersion: '1' }, 'src')).toThrow(
      'has no MCP_SECRETS_VERSION',
    );
  });

  test('invalid names are refused, shown safely; deny-listed names are left to the export', () => {
    expect(() => applyKeyPolicy(bundleFromObject({ 'my-key': 'x' }), { keys: [], requiredKeys: [] }, 'src')).toThrow(
      'not valid environment variable names: my-key',
    );
    expect(() => applyKeyPolicy(bundleFromObject({ ['A'.repeat(256)]: 'x' }), { keys: [], requiredKeys: [] }, 'src')).toThrow(
      'not valid environment variable names: [256 characters not shown]',
    );
    expect(() => applyKeyPolicy(bundleFromObject({ 'a\n::b': 'x' }), { keys: [], requiredKeys: [] }, 'src')).toThrow(
      'not valid environment variable names: a : :b',
    );
    expect(Object.keys(applyKeyPolicy(bundleFromObject({ GITHUB_TOKEN: 'x' }), { keys: [], requiredKeys: [] }, 'src').bundle.entries)).toEqual(['GITHUB_TOKEN']);
  });

  test('an MCP_SECRETS_VERSION that is not a short version is refused without being shown', () => {
    for (const version of ['7\n::warning::x', 'v'.repeat(65), 'a b']) {
      expect(() => applyKeyPolicy(bundleFromObject({ MCP_SECRETS_VERSION: version }), { keys: [], requiredKeys: [] }, 'src')).toThrow(
        'src has a MCP_SECRETS_VERSION that is not a version (the value is not shown)',
      );
    }
    expect(applyKeyPolicy(bundleFromObject({ MCP_SECRETS_VERSION: '2026.11.2-rc1' }), { keys: [], requiredKeys: [] }, 'src').bundle.version).toBe('2026.11.2-rc1');
  });
});

describe('compareVersions', () => {
  test('compares numerically by segment', () => {
    expect(compareVersions('10', '9')).toBe(1);
    expect(compareVersions('2026.11', '2026.11.0')).toBe(0);
    expect(compareVersions('v3.1', '3.2')).toBe(-1);
    expect(() => compareVersions('latest', '1')).toThrow("'latest' is not a version");
  });
});
