// A local stand-in for an npm registry's tarball downloads (GET <registry>/<name>/-/<base>-<version>.tgz),
// for the code that fetches 1Password's SDK on first use. Tarballs are packed from node_modules
// (their sha512 then differs from the published ones: tests pin what they serve) or taken from
// npm's own cache, byte for byte the published ones.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createHash } from 'node:crypto';

export interface NpmRegistry {
  url: string;
  /** Paths requested, in order. */
  readonly requests: string[];
  /** Serves `body` for a package version; a later call replaces it. */
  serve(name: string, version: string, body: Buffer): void;
  close(): Promise<void>;
}

export async function startNpmRegistry(): Promise<NpmRegistry> {
  const tarballs = new Map<string, Buffer>();
  const requests: string[] = [];
  const server = createServer((req, res) => {
    const path = req.url ?? '/';
    requests.push(path);
    const body = tarballs.get(path);
    res.writeHead(body === undefined ? 404 : 200, { 'content-type': body === undefined ? 'application/json' : 'application/octet-stream' });
    res.end(body ?? '{"error":"Not found"}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    serve: (name, version, body) => void tarballs.set(`/${name}/-/${name.slice(name.lastIndexOf('/') + 1)}-${version}.tgz`, body),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error === undefined ? resolve() : reject(error)));
        server.closeAllConnections();
      }),
  };
}

/** npm's tarball layout (one `package/` folder) of an installed package, packed with the system's tar. */
export function packInstalled(root: string, name: string, extraFiles: Record<string, string> = {}): Buffer {
  const dir = mkdtempSync(join(tmpdir(), 'pack-'));
  cpSync(join(root, 'node_modules', ...name.split('/')), join(dir, 'package'), { recursive: true });
  for (const [file, text] of Object.entries(extraFiles)) {
    const path = join(dir, 'package', file);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
  }
  execFileSync('tar', ['-czf', join(dir, 'package.tgz'), '-C', dir, 'package']);
  return readFileSync(join(dir, 'package.tgz'));
}

/** The published tarball of an exact version, from npm's cache (filled by `npm ci`); no network. */
export function publishedTarball(name: string, version: string): Buffer {
  const dir = mkdtempSync(join(tmpdir(), 'published-'));
  execFileSync('npm', ['pack', `${name}@${version}`, '--offline', '--silent', '--pack-destination', dir], { stdio: ['ignore', 'ignore', 'pipe'] });
  const [file] = readdirSync(dir);
  return readFileSync(join(dir, file));
}

export const integrityOf = (body: Buffer): string => `sha512-${createHash('sha512').update(body).digest('base64')}`;
