// The runner's implementations of the install ports. @actions/tool-cache and @actions/cache are
// imported only when called, so bundles that never choose engine: gitleaks never execute them.
import { readFile, rm } from 'node:fs/promises';
import type { ActionsCachePort, FetchPort, InstallPorts, ToolCachePort } from './ports';

/** Whether the runner offers the Actions cache service (v1: ACTIONS_CACHE_URL; v2: results URL + token). */
export function actionsCacheAvailable(env: NodeJS.ProcessEnv): boolean {
  return Boolean(env.ACTIONS_CACHE_URL) || (Boolean(env.ACTIONS_RESULTS_URL) && Boolean(env.ACTIONS_RUNTIME_TOKEN));
}

export async function actionsToolCache(): Promise<ToolCachePort> {
  const tc = await import('@actions/tool-cache');
  return {
    find: (tool, version, arch) => tc.find(tool, version, arch),
    downloadTool: (url) => tc.downloadTool(url),
    extractTar: (archive) => tc.extractTar(archive),
    cacheDir: (dir, tool, version, arch) => tc.cacheDir(dir, tool, version, arch),
  };
}

export async function actionsCache(): Promise<ActionsCachePort> {
  const cache = await import('@actions/cache');
  return {
    restore: async (paths, key) => (await cache.restoreCache(paths, key)) !== undefined,
    save: async (paths, key) => {
      await cache.saveCache(paths, key);
    },
  };
}

/** Small downloads through the tool cache's HTTP client, which honours the runner's proxy settings. */
export function toolCacheFetch(toolCache: ToolCachePort): FetchPort {
  return {
    async text(url) {
      const file = await toolCache.downloadTool(url);
      try {
        return await readFile(file, 'utf8');
      } finally {
        await rm(file, { force: true });
      }
    },
  };
}

/** The install ports on a GitHub runner (the tool cache needs RUNNER_TOOL_CACHE and RUNNER_TEMP). */
export async function actionsInstallPorts(env: NodeJS.ProcessEnv = process.env): Promise<InstallPorts> {
  const toolCache = await actionsToolCache();
  const cache = actionsCacheAvailable(env) ? await actionsCache() : undefined;
  return { toolCache, cache, fetch: toolCacheFetch(toolCache) };
}
