// Which gitleaks release archive fits this machine, and where GitHub publishes it.
import { ConfigurationError } from '@mcp-secrets/ports';

/**
 * The newest gitleaks release known when this was written (8.30.1, March 2026). Pinned rather than
 * "latest" so a run is reproducible and the checksum file is fetched for a version we have tried.
 */
export const DEFAULT_GITLEAKS_VERSION = '8.30.1';

/** `gitleaks dir` and `gitleaks git` (the CLI this engine drives) appeared in 8.19.0. */
export const MINIMUM_GITLEAKS_VERSION = '8.19.0';

/** Where gitleaks publishes release assets (`<base>/v<version>/<asset>`). */
export const GITLEAKS_RELEASES_URL = 'https://github.com/gitleaks/gitleaks/releases/download';

// gitleaks' release names for Node's platform/arch; Windows ships .zip archives, not supported here.
const OS_NAMES: Partial<Record<NodeJS.Platform, string>> = { linux: 'linux', darwin: 'darwin' };
const ARCH_NAMES: Record<string, Record<string, string>> = {
  linux: { x64: 'x64', arm64: 'arm64', arm: 'armv7', ia32: 'x32' },
  darwin: { x64: 'x64', arm64: 'arm64' },
};

export interface GitleaksRelease {
  version: string;
  os: string;
  arch: string;
  archiveName: string;
  archiveUrl: string;
  checksumsName: string;
  checksumsUrl: string;
}

/**
 * Validates `version` (with or without a leading `v`) and names the release assets for the platform.
 * `releasesUrl` may point at a mirror with the same layout (an air-gapped runner, a test server).
 */
export function gitleaksRelease(version: string, platform: NodeJS.Platform, arch: string, input = 'gitleaks-version', releasesUrl = GITLEAKS_RELEASES_URL): GitleaksRelease {
  const v = normaliseVersion(version, input);
  const os = OS_NAMES[platform];
  const gitleaksArch = os === undefined ? undefined : ARCH_NAMES[os]?.[arch];
  if (os === undefined || gitleaksArch === undefined) {
    throw new ConfigurationError(`gitleaks has no tar.gz release for ${platform}/${arch}`, {
      input: 'engine',
      hint: 'use engine: builtin on this runner, or a Linux or macOS runner (x64/arm64) for engine: gitleaks',
    });
  }
  const archiveName = `gitleaks_${v}_${os}_${gitleaksArch}.tar.gz`;
  const checksumsName = `gitleaks_${v}_checksums.txt`;
  return {
    version: v,
    os,
    arch: gitleaksArch,
    archiveName,
    archiveUrl: `${releasesUrl}/v${v}/${archiveName}`,
    checksumsName,
    checksumsUrl: `${releasesUrl}/v${v}/${checksumsName}`,
  };
}

function normaliseVersion(version: string, input: string): string {
  const v = version.trim().replace(/^v/, '');
  const parts = /^(\d+)\.(\d+)\.(\d+)$/.exec(v);
  if (parts === null) {
    throw new ConfigurationError(`expected a gitleaks release version like ${DEFAULT_GITLEAKS_VERSION}, got '${version}'`, { input });
  }
  if (compareVersions(v, MINIMUM_GITLEAKS_VERSION) < 0) {
    throw new ConfigurationError(`gitleaks ${v} predates the 'gitleaks dir' and 'gitleaks git' commands`, {
      input,
      hint: `use ${MINIMUM_GITLEAKS_VERSION} or newer (default ${DEFAULT_GITLEAKS_VERSION})`,
    });
  }
  return v;
}

function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < 3; i++) if (pa[i] !== pb[i]) return (pa[i] ?? 0) - (pb[i] ?? 0);
  return 0;
}
