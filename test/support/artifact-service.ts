// Stands in for the runner's artifact service (the Twirp ArtifactService of
// ACTIONS_RESULTS_URL plus the signed blob-storage URL it hands out), so the
// bundled actions' uploads are tested as they run on GitHub.
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface UploadedArtifact {
  name: string;
  /** The zip as uploaded (blocks in commit order). */
  zip: Buffer;
  finalized: boolean;
  hash?: string;
}

export interface ArtifactService {
  env: { ACTIONS_RUNTIME_TOKEN: string; ACTIONS_RESULTS_URL: string; GITHUB_SERVER_URL: string };
  artifacts: UploadedArtifact[];
  close(): Promise<void>;
}

const b64 = (value: object): string => Buffer.from(JSON.stringify(value)).toString('base64url');

function body(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

export async function startArtifactService(): Promise<ArtifactService> {
  const artifacts: UploadedArtifact[] = [];
  const blocks = new Map<string, Map<string, Buffer>>();
  let base = '';
  const server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', base);
      const payload = await body(req);
      const twirp = /\/twirp\/github\.actions\.results\.api\.v1\.ArtifactService\/(\w+)$/.exec(url.pathname);
      if (twirp && req.method === 'POST') {
        const request = JSON.parse(payload.toString('utf8')) as { name: string; hash?: { value: string } };
        if (twirp[1] === 'CreateArtifact') {
          artifacts.push({ name: request.name, zip: Buffer.alloc(0), finalized: false });
          res.writeHead(200, { 'content-type': 'application/json' });
          res.end(JSON.stringify({ ok: true, signed_upload_url: `${base}/blob/${encodeURIComponent(request.name)}?sig=test` }));
          return;
        }
        if (twirp[1] === 'FinalizeArtifact') {
          const artifact = artifacts.find((a) => a.name === request.name);
          if (artifact) Object.assign(artifact, { finalized: true, hash: request.hash?.value });
          res.writeHead(200, { 'content-type': 'application/json' });
          res.end(JSON.stringify({ ok: true, artifact_id: String(artifacts.length) }));
          return;
        }
      }
      const blob = /^\/blob\/(.+)$/.exec(url.pathname);
      if (blob && req.method === 'PUT') {
        const name = decodeURIComponent(blob[1]);
        const staged = blocks.get(name) ?? new Map<string, Buffer>();
        blocks.set(name, staged);
        const comp = url.searchParams.get('comp');
        if (comp === 'block') staged.set(url.searchParams.get('blockid') ?? '', payload);
        else if (comp === 'blocklist') {
          const ids = [...payload.toString('utf8').matchAll(/<(?:Latest|Uncommitted|Committed)>([^<]+)</g)].map((m) => m[1]);
          const artifact = artifacts.find((a) => a.name === name);
          if (artifact) artifact.zip = Buffer.concat(ids.map((id) => staged.get(id) ?? Buffer.alloc(0)));
        } else {
          const artifact = artifacts.find((a) => a.name === name);
          if (artifact) artifact.zip = payload;
        }
        res.writeHead(201, { etag: '"0x1"', 'last-modified': new Date().toUTCString(), 'x-ms-request-server-encrypted': 'true' });
        res.end();
        return;
      }
      res.writeHead(404).end();
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const token = `${b64({ alg: 'HS256', typ: 'JWT' })}.${b64({
    scp: 'Actions.ExampleScope Actions.Results:ce7f54c7-61c7-4aae-887f-30da475f5f1a:ca395085-040a-526b-2ce8-bdc85f692774',
  })}.c2lnbmF0dXJl`;
  return {
    env: { ACTIONS_RUNTIME_TOKEN: token, ACTIONS_RESULTS_URL: `${base}/`, GITHUB_SERVER_URL: 'https://github.com' },
    artifacts,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
