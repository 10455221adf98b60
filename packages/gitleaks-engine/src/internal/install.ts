// Installs a gitleaks release: tool cache first, then the Actions cache, then GitHub releases.
// Every archive is verified against the release's checksums file before it is extracted, whether
// downloaded or restored from the Actions cache (a cache entry is not trusted blindly).
import { copyFile, mkdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { toError } from '@mcp-secrets/ports';
import { expectedChecksum, verifyChecksum, ChecksumMismatchError } from './checksums';
import type { InstallPorts } from './ports';
import { DEFAULT_GITLEAKS_VERSION, gitleaksRelease, type GitleaksRelease } from './release';

export const GITLEAKS_TOOL = 'gitleaks';

export interface InstallGitleaksOptions extends InstallPorts {
  /** Release version, e.g. `8.30.1` (a leading `v` is accepted); default DEFAULT_GITLEAKS_VERSION. */
  version?: string;
  platform?: NodeJS.Platform;
  arch?: string;
  /**
   * A folder whose path is the same on every run (RUNNER_TEMP): the Actions cache keys on the
   * paths it saves, so the archive is kept here to be saved and restored.
   */
  stagingDir: string;
  /** The input named in version errors. */
  versionInput?: string;
  /** A mirror of gitleaks' release downloads (same layout); default GitHub releases. */
  releasesUrl?: string;
}

export type InstallSource = 'tool-cache' | 'actions-cache' | 'download';

export interface InstalledGitleaks {
  /** Absolute path of the gitleaks executable. */
  binary: string;
  version: string;
  source: InstallSource;
  /** Things worth a log line (a cache that could not be used or saved); never fatal. */
  notes: string[];
}

export async function installGitleaks(options: InstallGitleaksOptions): Promise<InstalledGitleaks> {
  const release = gitleaksRelease(options.version ?? DEFAULT_GITLEAKS_VERSION, options.platform ?? process.platform, options.arch ?? process.arch, options.versionInput, options.releasesUrl);
  const notes: string[] = [];
  const installed = (dir: string, source: InstallSource): InstalledGitleaks => ({ binary: join(dir, GITLEAKS_TOOL), version: release.version, source, notes });

  const cachedDir = options.toolCache.find(GITLEAKS_TOOL, release.version, release.arch);
  if (cachedDir !== '') return installed(cachedDir, 'tool-cache');

  const expected = expectedChecksum(await options.fetch.text(release.checksumsUrl), release.archiveName, release.checksumsName);
  const stagedArchive = join(options.stagingDir, `gitleaks-${release.version}-${release.os}-${release.arch}`, release.archiveName);
  const key = cacheKey(release);

  if (options.cache !== undefined && (await restored(options, stagedArchive, key, notes))) {
    try {
      return installed(await installArchive(options, release, stagedArchive, expected), 'actions-cache');
    } catch (error) {
      if (!(error instanceof ChecksumMismatchError)) throw error;
      notes.push(`The Actions cache entry ${key} failed verification (${error.message}); downloading the release instead.`);
    }
  }

  const downloaded = await options.toolCache.downloadTool(release.archiveUrl);
  const dir = await installArchive(options, release, downloaded, expected);
  if (options.cache !== undefined) await saveToCache(options, downloaded, stagedArchive, key, notes);
  await rm(downloaded, { force: true });
  return installed(dir, 'download');
}

/** The Actions cache key: one entry per release and platform. */
export function cacheKey(release: Pick<GitleaksRelease, 'version' | 'os' | 'arch'>): string {
  return `gitleaks-${release.version}-${release.os}-${release.arch}`;
}

/** Verifies, extracts and caches one archive; on a checksum mismatch the archive is deleted and nothing is installed. */
async function installArchive(ports: InstallPorts, release: GitleaksRelease, archive: string, expected: string): Promise<string> {
  try {
    await verifyChecksum(archive, expected, release.archiveName);
  } catch (error) {
    await rm(archive, { force: true });
    throw error;
  }
  const extracted = await ports.toolCache.extractTar(archive);
  const binary = join(extracted, GITLEAKS_TOOL);
  if (!(await isFile(binary))) throw new Error(`${release.archiveName} holds no '${GITLEAKS_TOOL}' executable at its top level; nothing was installed`);
  const cached = await ports.toolCache.cacheDir(extracted, GITLEAKS_TOOL, release.version, release.arch);
  await rm(extracted, { recursive: true, force: true });
  return cached;
}

async function restored(options: InstallGitleaksOptions, stagedArchive: string, key: string, notes: string[]): Promise<boolean> {
  try {
    await mkdir(join(stagedArchive, '..'), { recursive: true });
    return (await options.cache?.restore([stagedArchive], key)) === true && (await isFile(stagedArchive));
  } catch (error) {
    notes.push(`The Actions cache could not be read (${toError(error).message}); downloading the release.`);
    return false;
  }
}

async function saveToCache(options: InstallGitleaksOptions, archive: string, stagedArchive: string, key: string, notes: string[]): Promise<void> {
  try {
    await mkdir(join(stagedArchive, '..'), { recursive: true });
    await copyFile(archive, stagedArchive);
    await options.cache?.save([stagedArchive], key);
  } catch (error) {
    // Another job may have saved the same key first; the install itself succeeded.
    notes.push(`The gitleaks archive was not saved to the Actions cache (${toError(error).message}).`);
  }
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}
