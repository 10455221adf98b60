import { bundleFromObject } from './bundle';
import { planExports } from './export-plan';

describe('planExports', () => {
  const bundle = bundleFromObject({ MCP_SECRETS_VERSION: '3', API_KEY: 'a', LD_PRELOAD: '/x.so', https_proxy: 'http://p', BIG: 'b'.repeat(128 * 1024) });

  test('exports ordinary keys; refuses deny-listed names and values too large for an environment, with reasons', () => {
    const plan = planExports(bundle, []);
    expect(plan.exported.map(([key]) => key)).toEqual(['MCP_SECRETS_VERSION', 'API_KEY']);
    expect(plan.refused).toEqual([
      { key: 'LD_PRELOAD', reason: expect.stringMatching(/^the dynamic loader/) },
      { key: 'https_proxy', reason: expect.stringMatching(/^proxies/) },
      { key: 'BIG', reason: 'too large for an environment variable (over 128 KiB)' },
    ]);
  });

  test('allowed names are exported whatever their case; the size limit still holds', () => {
    const plan = planExports(bundle, ['ld_preload', 'HTTPS_PROXY', 'BIG']);
    expect(plan.exported.map(([key]) => key)).toEqual(['MCP_SECRETS_VERSION', 'API_KEY', 'LD_PRELOAD', 'https_proxy']);
    expect(plan.refused.map(({ key }) => key)).toEqual(['BIG']);
  });

  test('the largest value an environment takes is exported', () => {
    const fits = bundleFromObject({ K: 'v'.repeat(128 * 1024 - 1 - 'K='.length) });
    expect(planExports(fits, []).refused).toEqual([]);
  });
});
