import { bundleFromObject } from '@mcp-secrets/secrets-store';
import { childEnvironment } from './run-env';

describe('childEnvironment', () => {
  const parent = { PATH: '/usr/bin', HOME: '/home/dev', API_KEY: 'inherited', VAULT_TOKEN: 'hvs.parent', VAULT_SECRET_ID: 'sid', OP_SERVICE_ACCOUNT_TOKEN: 'ops_x', SOPS_AGE_KEY_FILE: '/k.txt' };

  test('the bundle goes on top of our environment, without the credentials that fetched it', () => {
    const { env, refused } = childEnvironment(parent, bundleFromObject({ API_KEY: 'from-bundle', LIMITS: { rps: 5 } }), []);
    expect(env).toEqual({ PATH: '/usr/bin', HOME: '/home/dev', API_KEY: 'from-bundle', LIMITS: '{"rps":5}', SOPS_AGE_KEY_FILE: '/k.txt' });
    expect(refused).toEqual([]);
  });

  test('a credential the bundle itself holds is the bundle’s to give', () => {
    const { env } = childEnvironment(parent, bundleFromObject({ VAULT_TOKEN: 'hvs.bundle' }), []);
    expect(env.VAULT_TOKEN).toBe('hvs.bundle');
  });

  test('deny-listed names keep our value unless allowed; NUL bytes are refused without the value', () => {
    const bundle = bundleFromObject({ PATH: '/evil', node_options: '--require x', PIP_INDEX_URL: 'https://pypi.internal', NUL_VALUE: 'a\0b' });
    const { env, refused } = childEnvironment(parent, bundle, ['pip_index_url']);
    expect(env.PATH).toBe('/usr/bin');
    expect(env.node_options).toBeUndefined();
    expect(env.PIP_INDEX_URL).toBe('https://pypi.internal');
    expect(env.NUL_VALUE).toBeUndefined();
    expect(refused).toEqual([
      { key: 'PATH', reason: expect.stringMatching(/^search paths/) },
      { key: 'node_options', reason: expect.stringMatching(/^Node\.js/) },
      { key: 'NUL_VALUE', reason: 'holds a NUL byte, which no environment variable can' },
    ]);
    expect(JSON.stringify(refused)).not.toContain('a\0b');
  });
});
