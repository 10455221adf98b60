import { ConfigurationError } from '@mcp-secrets/ports';
import { bundleFromObject } from './bundle';
import { BUNDLE_LIMITS, checkBundleLimits } from './bundle-limits';

describe('checkBundleLimits', () => {
  const many = (count: number, value: (i: number) => string): Record<string, string> =>
    Object.fromEntries(Array.from({ length: count }, (_, i) => [`K_${i}`, value(i)]));

  test('a bundle at every limit passes', () => {
    expect(() => checkBundleLimits(bundleFromObject(many(BUNDLE_LIMITS.maxKeys, (i) => `value-${i}`)), 'src')).not.toThrow();
  });

  test.each([
    ['too many keys', many(BUNDLE_LIMITS.maxKeys + 1, (i) => `v${i}`), /^src holds 1001 keys, more than 1000/],
    ['too many bytes', many(5, () => 'x'.repeat(300 * 1024)), /^src holds 1\.5 MiB, more than 1 MiB/],
    ['too many masks', { LEAVES: JSON.stringify(Array.from({ length: 12_000 }, (_, i) => `leaf-${i}`)) }, /^src would need 12001 masks .*more than 10000/],
  ])('refuses %s, naming sizes, never a value', (_case, values, message) => {
    let thrown: unknown;
    try {
      checkBundleLimits(bundleFromObject(values), 'src');
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ConfigurationError);
    expect((thrown as Error).message).toMatch(message);
    expect((thrown as Error).message).not.toMatch(/leaf-|xxxx|v1/);
  });

  test("MCP_SECRETS_VERSION is not counted among the masks (it is never masked)", () => {
    expect(() => checkBundleLimits(bundleFromObject({ MCP_SECRETS_VERSION: '7' }), 'src')).not.toThrow();
  });
});
