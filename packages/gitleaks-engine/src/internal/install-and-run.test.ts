// The whole path with the real @actions/tool-cache: a release mirror on 127.0.0.1 serves a tar.gz
// holding the fake gitleaks, the install verifies and caches it, and the installed binary runs.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { seedToolCacheWithFakeGitleaks } from '../../../../test/support/fake-gitleaks/tool-cache';
import { actionsInstallPorts } from './actions-ports';
import { ChecksumMismatchError } from './checksums';
import { installGitleaks } from './install';
import { runGitleaks } from './run';

const FAKE = resolve(__dirname, '../../../../test/support/fake-gitleaks/gitleaks');
const ARCHIVE = 'gitleaks_8.30.1_linux_x64.tar.gz';

let dir: string;
let server: Server;
let base: string;
let requests: string[];
let served: Record<string, Buffer>;
const savedEnv = { RUNNER_TOOL_CACHE: process.env.RUNNER_TOOL_CACHE, RUNNER_TEMP: process.env.RUNNER_TEMP };

beforeAll(async () => {
  // @actions/tool-cache logs ::debug:: and [command] lines to stdout; keep the test output readable.
  jest.spyOn(process.stdout, 'write').mockImplementation(() => true);
  server = createServer((req, res) => {
    requests.push(req.url ?? '');
    const body = served[req.url ?? ''];
    res.statusCode = body === undefined ? 404 : 200;
    res.end(body);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  jest.restoreAllMocks();
  await new Promise((done) => server.close(done));
  for (const [k, v] of Object.entries(savedEnv)) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
});

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'gitleaks-install-'));
  process.env.RUNNER_TOOL_CACHE = join(dir, 'tool-cache');
  process.env.RUNNER_TEMP = join(dir, 'temp');
  mkdirSync(process.env.RUNNER_TEMP);
  requests = [];
  const release = join(dir, 'release');
  mkdirSync(release);
  copyFileSync(FAKE, join(release, 'gitleaks'));
  chmodSync(join(release, 'gitleaks'), 0o755);
  writeFileSync(join(release, 'LICENSE'), 'MIT');
  execFileSync('tar', ['-czf', join(dir, ARCHIVE), '-C', release, 'gitleaks', 'LICENSE']);
  const archive = readFileSync(join(dir, ARCHIVE));
  const sum = createHash('sha256').update(archive).digest('hex');
  served = {
    [`/v8.30.1/${ARCHIVE}`]: archive,
    '/v8.30.1/gitleaks_8.30.1_checksums.txt': Buffer.from(`${sum}  ${ARCHIVE}\n`),
  };
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function install(): ReturnType<typeof installGitleaks> {
  const ports = await actionsInstallPorts({});
  return installGitleaks({ ...ports, version: '8.30.1', platform: 'linux', arch: 'x64', stagingDir: join(dir, 'temp'), releasesUrl: base });
}

describe('installGitleaks with @actions/tool-cache', () => {
  test('downloads, verifies, extracts and caches; the second install is a tool-cache hit; the binary runs', async () => {
    const first = await install();
    expect(first).toMatchObject({ source: 'download', version: '8.30.1', binary: join(dir, 'tool-cache', 'gitleaks', '8.30.1', 'x64', 'gitleaks') });
    expect(requests).toEqual(['/v8.30.1/gitleaks_8.30.1_checksums.txt', `/v8.30.1/${ARCHIVE}`]);

    const second = await install();
    expect(second).toMatchObject({ source: 'tool-cache', binary: first.binary });
    expect(requests).toHaveLength(2);
    // Only the tool cache keeps the binary: the download and the extracted copy are gone.
    expect(execFileSync('find', [join(dir, 'temp'), '-mindepth', '1'], { encoding: 'utf8' })).toBe('');

    const scanned = join(dir, 'scanned');
    mkdirSync(scanned);
    const result = await runGitleaks({ binary: first.binary, mode: 'files', root: scanned, redact: 100, reportPath: join(dir, 'report.json'), env: { PATH: process.env.PATH ?? '' } });
    expect(result).toMatchObject({ findings: [], stats: { bytesScanned: 2048, findings: 0 } });
  });

  test('a tampered download is refused and nothing lands in the tool cache', async () => {
    served[`/v8.30.1/${ARCHIVE}`] = Buffer.from('not the release');
    await expect(install()).rejects.toThrow(ChecksumMismatchError);
    const ports = await actionsInstallPorts({});
    expect(ports.toolCache.find('gitleaks', '8.30.1', 'x64')).toBe('');
    expect(execFileSync('find', [join(dir, 'temp'), '-type', 'f'], { encoding: 'utf8' })).toBe('');
  });

  test('a tool cache seeded with the fake gitleaks (as e2e runs do) is found without any request', async () => {
    const seeded = seedToolCacheWithFakeGitleaks(join(dir, 'tool-cache'), '8.30.1', 'linux', 'x64');
    const result = await install();
    expect(result).toMatchObject({ source: 'tool-cache', binary: seeded });
    expect(requests).toEqual([]);
  });
});
