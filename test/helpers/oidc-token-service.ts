// Stands in for the runner's OIDC token service (ACTIONS_ID_TOKEN_REQUEST_URL):
// answers GET ?audience=... with {"value": <JWT>} when the bearer token matches.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface OidcTokenService {
  env: { ACTIONS_ID_TOKEN_REQUEST_URL: string; ACTIONS_ID_TOKEN_REQUEST_TOKEN: string };
  audiences: string[];
  jwt: string;
  close(): Promise<void>;
}

const b64 = (value: object): string => Buffer.from(JSON.stringify(value)).toString('base64url');

export function githubJwt(claims: Record<string, unknown>): string {
  const now = Math.floor(Date.now() / 1000);
  const payload = { iss: 'https://token.actions.githubusercontent.com', iat: now, nbf: now - 5, exp: now + 300, ...claims };
  return `${b64({ alg: 'RS256', typ: 'JWT', kid: 'test' })}.${b64(payload)}.${Buffer.from('unsigned-test-signature').toString('base64url')}`;
}

export async function startOidcTokenService(claims: Record<string, unknown>): Promise<OidcTokenService> {
  const bearer = 'runner-request-token-for-tests';
  const audiences: string[] = [];
  let jwt = '';
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (req.headers.authorization !== `Bearer ${bearer}`) {
      res.writeHead(401).end();
      return;
    }
    const audience = url.searchParams.get('audience') ?? '';
    audiences.push(audience);
    jwt = githubJwt({ ...claims, aud: audience });
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ value: jwt }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    env: { ACTIONS_ID_TOKEN_REQUEST_URL: `http://127.0.0.1:${port}/token?api-version=2.0`, ACTIONS_ID_TOKEN_REQUEST_TOKEN: bearer },
    audiences,
    get jwt() {
      return jwt;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
