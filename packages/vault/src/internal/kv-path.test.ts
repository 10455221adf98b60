import { ConfigurationError } from '@mcp-secrets/ports';
import { below, encodePath, normalizeKvPath, normalizeMountPath, withoutDataPrefix } from './kv-path';

describe('normalizeKvPath', () => {
  test('trims slashes and collapses doubles', () => {
    expect(normalizeKvPath('secret/mcp/ci')).toBe('secret/mcp/ci');
    expect(normalizeKvPath(' /secret//mcp/ci/ ')).toBe('secret/mcp/ci');
  });

  test.each(['', 'secret', '/secret/', 'secret/../sys/x', 'secret/./x', 'secret/a?b', 'secret/a#b', 'secret/a b'])(
    '%j is refused, naming the vault-secret-path input',
    (path) => {
      expect(() => normalizeKvPath(path)).toThrow(ConfigurationError);
      expect(() => normalizeKvPath(path)).toThrow(/input 'vault-secret-path'/);
    },
  );
});

test('normalizeMountPath accepts approle, /approle/ and auth/approle', () => {
  expect(['approle', '/approle/', 'auth/approle', 'auth/github/ci'].map(normalizeMountPath)).toEqual(['approle', 'approle', 'approle', 'github/ci']);
});

test('encodePath encodes each segment and keeps the slashes', () => {
  expect(encodePath('secret/team a/ci%1')).toBe('secret/team%20a/ci%251');
});

test('below and withoutDataPrefix split paths at mounts', () => {
  expect(below('secret/mcp/ci', 'secret')).toBe('mcp/ci');
  expect(below('secretx/mcp', 'secret')).toBeUndefined();
  expect(below('team/kv/app', 'team/kv')).toBe('app');
  expect(withoutDataPrefix('data/mcp/ci')).toBe('mcp/ci');
  expect(withoutDataPrefix('mcp/data/ci')).toBe('mcp/data/ci');
  expect(withoutDataPrefix('data/')).toBe('data/');
});
