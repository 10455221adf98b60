// 1Password's SDK for the sync action, fetched on first use instead of bundled: its WebAssembly
// core is 14 MB (4.2 MB gzipped), three times the rest of the action, and every workflow would
// download it whether it uses a service account or not (docs/decisions/0006). The tarballs are
// checked against the pinned sha512 before anything is extracted, kept in the runner's tool cache,
// and loaded from there with Node's own require.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { OnePasswordError } from '@mcp-secrets/onepassword';
import { showUntrusted, toError } from '@mcp-secrets/ports';
import { NPM_REGISTRY, PINNED_SDK, tarballUrl, type PinnedPackage } from './pinned-sdk';
import type { SdkModule } from './sdk-module';

/** The part of @actions/tool-cache this uses: the action's entry hands in the runner's. */
export interface SdkToolCache {
  find(tool: string, version: string): string;
  downloadTool(url: string): Promise<string>;
  extractTar(file: string, dest: string, flags: string[]): Promise<string>;
  cacheDir(dir: string, tool: string, version: string): Promise<string>;
}

export interface FetchSdkOptions {
  /** An npm registry or mirror with npm's tarball layout; default registry.npmjs.org. */
  registry?: string;
  /** Default PINNED_SDK; the first is the SDK itself, loaded by name once all are in place. */
  packages?: readonly PinnedPackage[];
  toolCache: SdkToolCache;
  log?: { info(message: string): void };
}

const TOOL = 'mcp-secrets-1password-sdk';
// Written beside the packages: a cached folder is used only for exactly these pins.
const PINS_FILE = 'pins.json';

export async function fetchPinnedSdk(options: FetchSdkOptions): Promise<SdkModule> {
  const { toolCache } = options;
  const packages = options.packages ?? PINNED_SDK;
  const version = packages[0].version;
  const pins = JSON.stringify(packages);
  let dir = toolCache.find(TOOL, version);
  if (dir === '' || (await readFile(join(dir, PINS_FILE), 'utf8').catch(() => '')) !== pins) {
    options.log?.info(`Fetching 1Password's SDK ${packages.map((pkg) => `${pkg.name}@${pkg.version}`).join(' and ')} (first use of a service account on this runner).`);
    dir = await install(toolCache, options.registry || NPM_REGISTRY, packages, version, pins);
  }
  return load(dir, packages[0].name);
}

async function install(toolCache: SdkToolCache, registry: string, packages: readonly PinnedPackage[], version: string, pins: string): Promise<string> {
  const staging = await mkdtemp(join(process.env.RUNNER_TEMP || tmpdir(), 'op-sdk-'));
  try {
    for (const pkg of packages) {
      const url = tarballUrl(registry, pkg);
      let tarball: string;
      try {
        tarball = await toolCache.downloadTool(url);
      } catch (error) {
        throw new OnePasswordError('sdk', `could not download 1Password's SDK ${pkg.name}@${pkg.version} from ${url}: ${showUntrusted(toError(error).message, 300)}`);
      }
      try {
        await verifyIntegrity(tarball, pkg, url);
        // npm tarballs hold one folder, `package/`: its content becomes node_modules/<name>.
        const target = join(staging, 'node_modules', ...pkg.name.split('/'));
        await mkdir(target, { recursive: true });
        await toolCache.extractTar(tarball, target, ['xz', '--strip-components=1']);
      } finally {
        await rm(tarball, { force: true });
      }
    }
    await writeFile(join(staging, PINS_FILE), pins);
    return await toolCache.cacheDir(staging, TOOL, version);
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

async function verifyIntegrity(file: string, pkg: PinnedPackage, url: string): Promise<void> {
  const hash = createHash('sha512');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  const actual = `sha512-${hash.digest('base64')}`;
  if (actual !== pkg.integrity) {
    throw new OnePasswordError('sdk', `the tarball of ${pkg.name}@${pkg.version} from ${url} is not the pinned one (sha512 differs); nothing was extracted or loaded`);
  }
}

/** Node's require from the cached folder: its node_modules resolve the SDK and its core. */
function load(dir: string, name: string): SdkModule {
  return createRequire(join(dir, PINS_FILE))(name) as SdkModule;
}
