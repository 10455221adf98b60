import { ConfigurationError } from '@mcp-secrets/ports';
import { bumpVersion } from './version-bump';

describe('bumpVersion', () => {
  test.each([
    ['7', '8'],
    ['9', '10'],
    ['2026.11.2', '2026.11.3'],
    ['2026.11.09', '2026.11.10'],
    ['v3.1', 'v3.2'],
    ['v7', 'v8'],
    ['99999999999999999999', '100000000000000000000'],
  ])('%s -> %s', (from, to) => {
    expect(bumpVersion(from, 'f.yaml')).toBe(to);
  });

  test('a bundle without a version starts at 1', () => {
    expect(bumpVersion(undefined, 'f.yaml')).toBe('1');
  });

  test('anything else is refused, naming the file', () => {
    expect(() => bumpVersion('latest', 'config/secrets.enc.yaml')).toThrow(ConfigurationError);
    expect(() => bumpVersion('1.2-rc1', 'config/secrets.enc.yaml')).toThrow(/config\/secrets\.enc\.yaml: MCP_SECRETS_VERSION is '1.2-rc1'/);
  });
});
