import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { actionsCacheAvailable, actionsInstallPorts, toolCacheFetch } from './actions-ports';
import type { ToolCachePort } from './ports';

describe('actionsCacheAvailable', () => {
  test.each([
    [{}, false],
    [{ ACTIONS_CACHE_URL: 'https://cache.example/' }, true],
    [{ ACTIONS_RESULTS_URL: 'https://results.example/' }, false],
    [{ ACTIONS_RESULTS_URL: 'https://results.example/', ACTIONS_RUNTIME_TOKEN: 't' }, true],
  ])('%j -> %s', (env, available) => {
    expect(actionsCacheAvailable(env)).toBe(available);
  });
});

describe('actionsInstallPorts', () => {
  test('binds the tool cache always and the Actions cache only when the service is present', async () => {
    const off = await actionsInstallPorts({});
    expect(typeof off.toolCache.find).toBe('function');
    expect(off.cache).toBeUndefined();
    const on = await actionsInstallPorts({ ACTIONS_CACHE_URL: 'https://cache.example/' });
    expect(on.cache).toBeDefined();
  });
});

describe('toolCacheFetch', () => {
  test('reads the downloaded file and removes it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fetch-'));
    try {
      const file = join(dir, 'sums');
      const toolCache = {
        downloadTool: async (url: string) => {
          writeFileSync(file, `from ${url}`);
          return file;
        },
      } as unknown as ToolCachePort;
      expect(await toolCacheFetch(toolCache).text('https://example.test/sums.txt')).toBe('from https://example.test/sums.txt');
      expect(existsSync(file)).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
