import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigurationError } from '@mcp-secrets/ports';
import { ChecksumMismatchError } from './checksums';
import { installGitleaks, type InstallGitleaksOptions } from './install';
import type { ActionsCachePort, FetchPort, ToolCachePort } from './ports';

const ARCHIVE = 'gitleaks_8.30.1_linux_x64.tar.gz';
const URL_BASE = 'https://github.com/gitleaks/gitleaks/releases/download/v8.30.1';
const ARCHIVE_BYTES = 'pretend this is a gzip archive';
const sha256 = (s: string): string => createHash('sha256').update(s).digest('hex');

let dir: string;
let calls: string[];
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'install-gitleaks-'));
  calls = [];
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A tool cache on disk under the test folder; `download` decides what the release archive holds. */
function fakeToolCache(opts: { cached?: boolean; download?: string; archiveHoldsBinary?: boolean } = {}): ToolCachePort & { downloaded: string[] } {
  let n = 0;
  const downloaded: string[] = [];
  return {
    downloaded,
    find(tool, version, arch) {
      calls.push(`find ${tool} ${version} ${arch}`);
      return opts.cached === true ? join(dir, 'tool-cache', tool, version, arch) : '';
    },
    async downloadTool(url) {
      calls.push(`download ${url}`);
      const file = join(dir, `download-${++n}`);
      writeFileSync(file, opts.download ?? ARCHIVE_BYTES);
      downloaded.push(file);
      return file;
    },
    async extractTar(archive) {
      calls.push(`extract ${readFileSync(archive, 'utf8')}`);
      const out = join(dir, `extracted-${++n}`);
      mkdirSync(out);
      if (opts.archiveHoldsBinary !== false) writeFileSync(join(out, 'gitleaks'), '#!/bin/sh\n');
      writeFileSync(join(out, 'LICENSE'), 'MIT');
      return out;
    },
    async cacheDir(source, tool, version, arch) {
      calls.push(`cacheDir ${tool} ${version} ${arch}`);
      const target = join(dir, 'tool-cache', tool, version, arch);
      mkdirSync(target, { recursive: true });
      copyFileSync(join(source, 'gitleaks'), join(target, 'gitleaks'));
      return target;
    },
  };
}

function fakeFetch(listing = `${sha256(ARCHIVE_BYTES)}  ${ARCHIVE}\n${'0'.repeat(64)}  gitleaks_8.30.1_darwin_arm64.tar.gz\n`): FetchPort {
  return {
    async text(url) {
      calls.push(`fetch ${url}`);
      return listing;
    },
  };
}

/** An Actions cache holding `entries` (key -> archive content). */
function fakeCache(entries: Record<string, string> = {}, opts: { saveFails?: boolean } = {}): ActionsCachePort & { saved: Record<string, string> } {
  const saved: Record<string, string> = {};
  return {
    saved,
    async restore(paths, key) {
      calls.push(`restore ${key}`);
      const content = entries[key];
      if (content === undefined) return false;
      writeFileSync(paths[0] as string, content);
      return true;
    },
    async save(paths, key) {
      calls.push(`save ${key}`);
      if (opts.saveFails === true) throw new Error('Unable to reserve cache with key gitleaks-8.30.1-linux-x64, another job may be creating this cache.');
      saved[key] = readFileSync(paths[0] as string, 'utf8');
    },
  };
}

function options(over: Partial<InstallGitleaksOptions>): InstallGitleaksOptions {
  return { version: '8.30.1', platform: 'linux', arch: 'x64', stagingDir: join(dir, 'staging'), toolCache: fakeToolCache(), fetch: fakeFetch(), ...over };
}

describe('installGitleaks', () => {
  test('a tool-cache hit needs no network at all', async () => {
    const result = await installGitleaks(options({ toolCache: fakeToolCache({ cached: true }) }));
    expect(result).toEqual({ binary: join(dir, 'tool-cache', 'gitleaks', '8.30.1', 'x64', 'gitleaks'), version: '8.30.1', source: 'tool-cache', notes: [] });
    expect(calls).toEqual(['find gitleaks 8.30.1 x64']);
  });

  test('a miss downloads the release, verifies it, extracts and caches it, and removes the download', async () => {
    const toolCache = fakeToolCache();
    const result = await installGitleaks(options({ toolCache }));
    expect(result.source).toBe('download');
    expect(result.binary).toBe(join(dir, 'tool-cache', 'gitleaks', '8.30.1', 'x64', 'gitleaks'));
    expect(existsSync(result.binary)).toBe(true);
    expect(calls).toEqual([
      'find gitleaks 8.30.1 x64',
      `fetch ${URL_BASE}/gitleaks_8.30.1_checksums.txt`,
      `download ${URL_BASE}/${ARCHIVE}`,
      `extract ${ARCHIVE_BYTES}`,
      'cacheDir gitleaks 8.30.1 x64',
    ]);
    expect(toolCache.downloaded.filter((f) => existsSync(f))).toEqual([]);
  });

  test('a checksum mismatch names the file and both hashes, and installs nothing', async () => {
    const toolCache = fakeToolCache({ download: 'a tampered archive' });
    const error = await installGitleaks(options({ toolCache })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ChecksumMismatchError);
    expect(error).toMatchObject({ file: ARCHIVE, expected: sha256(ARCHIVE_BYTES), actual: sha256('a tampered archive') });
    expect((error as Error).message).toContain(`${ARCHIVE}: SHA-256 mismatch (expected ${sha256(ARCHIVE_BYTES)}, got ${sha256('a tampered archive')})`);
    expect(calls.some((c) => c.startsWith('extract') || c.startsWith('cacheDir'))).toBe(false);
    expect(toolCache.downloaded.filter((f) => existsSync(f))).toEqual([]);
    expect(existsSync(join(dir, 'tool-cache'))).toBe(false);
  });

  test('a mismatch is not saved to the Actions cache either', async () => {
    const cache = fakeCache();
    await expect(installGitleaks(options({ toolCache: fakeToolCache({ download: 'tampered' }), cache }))).rejects.toThrow(ChecksumMismatchError);
    expect(cache.saved).toEqual({});
    expect(calls).not.toContain('save gitleaks-8.30.1-linux-x64');
  });

  test('a checksums file without this archive is an error before anything is downloaded', async () => {
    await expect(installGitleaks(options({ fetch: fakeFetch(`${'0'.repeat(64)}  other.tar.gz\n`) }))).rejects.toThrow(
      `gitleaks_8.30.1_checksums.txt lists no SHA-256 for ${ARCHIVE}`,
    );
    expect(calls.some((c) => c.startsWith('download'))).toBe(false);
  });

  test('an archive without the executable installs nothing', async () => {
    await expect(installGitleaks(options({ toolCache: fakeToolCache({ archiveHoldsBinary: false }) }))).rejects.toThrow(`${ARCHIVE} holds no 'gitleaks' executable at its top level`);
    expect(calls.some((c) => c.startsWith('cacheDir'))).toBe(false);
  });

  test('an Actions cache hit is verified, then installed without a download', async () => {
    const cache = fakeCache({ 'gitleaks-8.30.1-linux-x64': ARCHIVE_BYTES });
    const result = await installGitleaks(options({ cache }));
    expect(result).toMatchObject({ source: 'actions-cache', version: '8.30.1', notes: [] });
    expect(calls).toEqual([
      'find gitleaks 8.30.1 x64',
      `fetch ${URL_BASE}/gitleaks_8.30.1_checksums.txt`,
      'restore gitleaks-8.30.1-linux-x64',
      `extract ${ARCHIVE_BYTES}`,
      'cacheDir gitleaks 8.30.1 x64',
    ]);
  });

  test('an Actions cache miss downloads and saves the verified archive under the version/os/arch key', async () => {
    const cache = fakeCache();
    const result = await installGitleaks(options({ platform: 'darwin', arch: 'arm64', cache, fetch: fakeFetch(`${sha256(ARCHIVE_BYTES)}  gitleaks_8.30.1_darwin_arm64.tar.gz\n`) }));
    expect(result.source).toBe('download');
    expect(cache.saved).toEqual({ 'gitleaks-8.30.1-darwin-arm64': ARCHIVE_BYTES });
    expect(calls).toContain('restore gitleaks-8.30.1-darwin-arm64');
    expect(existsSync(join(dir, 'staging', 'gitleaks-8.30.1-darwin-arm64', 'gitleaks_8.30.1_darwin_arm64.tar.gz'))).toBe(true);
  });

  test('a corrupt Actions cache entry falls back to the release download, with a note', async () => {
    const cache = fakeCache({ 'gitleaks-8.30.1-linux-x64': 'poisoned' });
    const result = await installGitleaks(options({ cache }));
    expect(result.source).toBe('download');
    expect(result.notes).toEqual([expect.stringContaining('The Actions cache entry gitleaks-8.30.1-linux-x64 failed verification')]);
    expect(calls.filter((c) => c.startsWith('extract'))).toEqual([`extract ${ARCHIVE_BYTES}`]);
    expect(cache.saved).toEqual({ 'gitleaks-8.30.1-linux-x64': ARCHIVE_BYTES });
  });

  test('an Actions cache that cannot be read or saved is a note, not a failure', async () => {
    const cache: ActionsCachePort = {
      restore: async () => {
        throw new Error('cache service unavailable');
      },
      save: async () => {
        throw new Error('Unable to reserve cache');
      },
    };
    const result = await installGitleaks(options({ cache }));
    expect(result.source).toBe('download');
    expect(result.notes).toEqual([
      'The Actions cache could not be read (cache service unavailable); downloading the release.',
      'The gitleaks archive was not saved to the Actions cache (Unable to reserve cache).',
    ]);
  });

  test('an unsupported platform is a configuration error before any cache or network access', async () => {
    await expect(installGitleaks(options({ platform: 'win32', cache: fakeCache() }))).rejects.toThrow(ConfigurationError);
    expect(calls).toEqual([]);
  });

  test('defaults to the pinned version', async () => {
    const result = await installGitleaks(options({ version: undefined, toolCache: fakeToolCache({ cached: true }) }));
    expect(result.version).toBe('8.30.1');
  });
});
