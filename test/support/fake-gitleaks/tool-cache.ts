// Seeds a runner tool cache with the fake gitleaks, so `engine: gitleaks` finds it installed
// (a tool-cache hit: no download, no network) in e2e runs of the bundled audit action.
import { copyFileSync, chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_GITLEAKS_VERSION, gitleaksRelease } from '../../../packages/gitleaks-engine/src/index';

export const FAKE_GITLEAKS = join(__dirname, 'gitleaks');

/** Lays out `<toolCacheRoot>/gitleaks/<version>/<arch>/gitleaks` as @actions/tool-cache does; returns the binary. */
export function seedToolCacheWithFakeGitleaks(toolCacheRoot: string, version = DEFAULT_GITLEAKS_VERSION, platform = process.platform, nodeArch = process.arch): string {
  const { arch } = gitleaksRelease(version, platform, nodeArch);
  const dir = join(toolCacheRoot, 'gitleaks', version, arch);
  mkdirSync(dir, { recursive: true });
  const binary = join(dir, 'gitleaks');
  copyFileSync(FAKE_GITLEAKS, binary);
  chmodSync(binary, 0o755);
  // tool-cache's find() only trusts a version folder with this marker beside it.
  writeFileSync(`${dir}.complete`, '');
  return binary;
}
