import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { Agent } from 'node:http';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startVaultServer, seedDemo, DEMO, type VaultServer } from '../../../test/support/vault-server';
import { createVaultClient, VaultError, type VaultClientOptions } from './index';

let server: VaultServer;
let demo: { roleId: string; secretId: string; token: string };

beforeAll(async () => {
  server = await startVaultServer();
  demo = seedDemo(server);
  server.enableKv('legacy', 1);
  server.writeKv('legacy/app/config', { API_KEY: 'legacy-value-1234' });
  server.writeKv('legacy/data/odd', { K: 'literal data segment' });
  server.enableKv('team/kv', 2);
  server.writeKv('team/kv/app', { K: 'nested mount' });
  server.writeKv('secret/mcp/old', { K: 'v1' });
  server.writeKv('secret/mcp/old', { K: 'v2' });
  server.deleteKvVersion('secret/mcp/old', 2, { at: '2026-03-04T05:06:07.000000008Z' });
  server.putPolicy('legacy-reader', 'path "legacy/*" { capabilities = ["read"] }');
});

afterAll(() => server.close());

afterEach(() => {
  server.clearFaults();
  server.clearRequests();
  server.setSealed(false);
  server.setMountsPreflightDenied(false);
});

interface Harness {
  sleeps: number[];
  logs: string[];
  options: VaultClientOptions;
}

/** Client options with a fake clock: sleeping advances `now`, so deadlines are deterministic. */
function harness(overrides: Partial<VaultClientOptions> = {}): Harness {
  let clock = 1_000_000;
  const sleeps: number[] = [];
  const logs: string[] = [];
  const options: VaultClientOptions = {
    address: server.url,
    env: {},
    now: () => clock,
    sleep: async (ms) => {
      sleeps.push(ms);
      clock += ms;
    },
    random: () => 0.5,
    logger: { debug: (message) => logs.push(message) },
    ...overrides,
  };
  return { sleeps, logs, options };
}

async function failure(work: Promise<unknown>): Promise<VaultError> {
  try {
    await work;
  } catch (err) {
    if (err instanceof VaultError) return err;
    throw err;
  }
  throw new Error('expected a VaultError');
}

const dataReads = (path = 'secret/data/mcp/ci'): number => server.requests.filter((r) => r.path === path).length;

describe('retries', () => {
  test('503 and 502 are retried with exponential backoff and full jitter', async () => {
    const h = harness({ token: demo.token });
    server.injectFault({ path: 'secret/data/mcp/ci', status: 503, times: 2 });
    server.injectFault({ path: 'secret/data/mcp/ci', status: 502 });
    const secret = await createVaultClient(h.options).readKv(DEMO.secretPath);
    expect(secret.kvVersion).toBe(2);
    expect(h.sleeps).toEqual([125, 250, 500]);
    expect(dataReads()).toBe(4);
  });

  test('429 waits as long as Retry-After says', async () => {
    const h = harness({ token: demo.token });
    server.injectFault({ path: 'secret/data/mcp/ci', status: 429, retryAfter: 3 });
    await createVaultClient(h.options).readKv(DEMO.secretPath);
    expect(h.sleeps).toEqual([3000]);
  });

  test('412 (a performance standby behind) is retried', async () => {
    const h = harness({ token: demo.token });
    server.injectFault({ path: 'secret/data/mcp/ci', status: 412 });
    await createVaultClient(h.options).readKv(DEMO.secretPath);
    expect(h.sleeps).toHaveLength(1);
  });

  test('a reset connection is retried', async () => {
    const h = harness({ token: demo.token });
    server.injectFault({ path: 'secret/data/mcp/ci', reset: true, times: 2 });
    expect((await createVaultClient(h.options).readKv(DEMO.secretPath)).mount).toBe('secret');
    expect(h.sleeps).toHaveLength(2);
  });

  test('after the last retry, a network failure is a network error naming the address', async () => {
    const h = harness({ token: demo.token, maxRetries: 2 });
    server.injectFault({ path: 'secret/data/mcp/ci', reset: true, times: 3 });
    const err = await failure(createVaultClient(h.options).readKv(DEMO.secretPath));
    expect(err.kind).toBe('network');
    expect(err.message).toMatch(new RegExp(`^cannot reach Vault at ${server.url} while reading secret/data/mcp/ci \\(ECONNRESET`));
    expect(h.sleeps).toHaveLength(2);
  });

  test('after the last retry, a 5xx is a server error with Vault\'s reason', async () => {
    const h = harness({ token: demo.token, maxRetries: 1 });
    server.injectFault({ path: 'secret/data/mcp/ci', status: 500, times: 2, errors: ['storage backend unavailable'] });
    const err = await failure(createVaultClient(h.options).readKv(DEMO.secretPath));
    expect(err).toMatchObject({ kind: 'server', status: 500, errors: ['storage backend unavailable'] });
    expect(err.message).toBe('Vault answered HTTP 500 while reading secret/data/mcp/ci: storage backend unavailable');
  });

  test.each([
    [400, 'bad-request'],
    [403, 'permission-denied'],
    [404, 'not-found'],
  ])('%i is never retried', async (status, kind) => {
    const h = harness({ token: demo.token });
    server.injectFault({ path: 'secret/data/mcp/ci', status, times: 5 });
    const err = await failure(createVaultClient(h.options).readKv(DEMO.secretPath));
    expect(err.kind).toBe(kind);
    expect(err.status).toBe(status);
    expect(h.sleeps).toEqual([]);
    expect(dataReads()).toBe(1);
  });
});

describe('the deadline', () => {
  test('no retry sleeps past it; the error names the deadline in seconds', async () => {
    const h = harness({ token: demo.token, maxRetries: 50, random: () => 0.999 });
    h.options.deadline = (h.options.now as () => number)() + 10_000;
    server.injectFault({ path: 'secret/data/mcp/ci', status: 503, times: 100 });
    const err = await failure(createVaultClient(h.options).readKv(DEMO.secretPath));
    expect(err.kind).toBe('timeout');
    expect(err.message).toBe(
      'the deadline of 10 s was exceeded while reading secret/data/mcp/ci (last answer: HTTP 503); raise vault-timeout-seconds or check that Vault is reachable',
    );
    expect(h.sleeps.reduce((a, b) => a + b, 0)).toBeLessThan(10_000);
  });

  test('a Retry-After beyond the deadline fails at once, saying what Vault asked for', async () => {
    const h = harness({ token: demo.token });
    h.options.deadline = (h.options.now as () => number)() + 5_000;
    server.injectFault({ path: 'secret/data/mcp/ci', status: 429, retryAfter: 30 });
    const err = await failure(createVaultClient(h.options).readKv(DEMO.secretPath));
    expect(err.kind).toBe('timeout');
    expect(err.message).toMatch(/deadline of 5 s was exceeded .*Vault asked to retry after 30 s/);
    expect(h.sleeps).toEqual([]);
  });

  test('a request still running at the deadline is abandoned', async () => {
    server.injectFault({ path: 'secret/data/mcp/ci', delayMs: 1_000 });
    const vault = createVaultClient({ address: server.url, env: {}, token: demo.token, deadline: Date.now() + 150 });
    const err = await failure(vault.readKv(DEMO.secretPath));
    expect(err.kind).toBe('timeout');
    expect(err.message).toMatch(/^the deadline of 0 s was exceeded while (reading|detecting)/);
  });

  test('a deadline already passed fails before any request', async () => {
    const h = harness({ token: demo.token });
    h.options.deadline = (h.options.now as () => number)() - 1;
    expect((await failure(createVaultClient(h.options).lookupSelf())).kind).toBe('timeout');
    expect(server.requests).toHaveLength(0);
  });
});

describe('KV version detection', () => {
  test('asks sys/internal/ui/mounts once per mount, then reads directly', async () => {
    const vault = createVaultClient(harness({ token: demo.token }).options);
    await vault.readKv(DEMO.secretPath);
    await vault.readKv('secret/mcp/old', { version: 1 });
    expect(server.requests.map((r) => `${r.method} ${r.path}${r.query}`)).toEqual([
      'GET sys/internal/ui/mounts/secret/mcp/ci',
      'GET secret/data/mcp/ci',
      'GET secret/data/mcp/old?version=1',
    ]);
  });

  test('finds mounts with slashes in their path', async () => {
    const secret = await createVaultClient(harness({ token: server.rootToken }).options).readKv('team/kv/app');
    expect(secret).toMatchObject({ mount: 'team/kv', kvVersion: 2, apiPath: 'team/kv/data/app', data: { K: 'nested mount' } });
  });

  test('on KV v1 a data/ segment is part of the secret name', async () => {
    const secret = await createVaultClient(harness({ token: server.rootToken }).options).readKv('legacy/data/odd');
    expect(secret).toMatchObject({ kvVersion: 1, apiPath: 'legacy/data/odd', data: { K: 'literal data segment' } });
  });

  test('when the preflight is denied, KV v2 is found by reading <mount>/data/<path>', async () => {
    server.setMountsPreflightDenied(true);
    const vault = createVaultClient(harness({ token: demo.token }).options);
    const secret = await vault.readKv(DEMO.secretPath);
    expect(secret).toMatchObject({ mount: 'secret', kvVersion: 2, apiPath: 'secret/data/mcp/ci' });
    await vault.readKv(DEMO.secretPath);
    expect(server.requests.map((r) => r.path)).toEqual(['sys/internal/ui/mounts/secret/mcp/ci', 'secret/data/mcp/ci', 'secret/data/mcp/ci']);
  });

  test('when the preflight is denied, KV v1 is found after the v2 layout is not there', async () => {
    server.setMountsPreflightDenied(true);
    const legacy = server.createToken({ policies: ['legacy-reader'] });
    const secret = await createVaultClient(harness({ token: legacy }).options).readKv('legacy/app/config');
    expect(secret).toEqual({ mount: 'legacy', kvVersion: 1, path: 'legacy/app/config', apiPath: 'legacy/app/config', data: { API_KEY: 'legacy-value-1234' } });
  });

  test('without the preflight, Vault\'s "Invalid path for a versioned K/V" warning marks a v2 mount', async () => {
    server.setMountsPreflightDenied(true);
    const err = await failure(createVaultClient(harness({ token: server.rootToken }).options).readKv('secret/mcp/absent'));
    expect(err.message).toBe('no secret at secret/mcp/absent');
    expect(server.requests.map((r) => r.path)).toEqual(['sys/internal/ui/mounts/secret/mcp/absent', 'secret/data/mcp/absent', 'secret/mcp/absent']);
  });

  test('without the preflight, a permission error still names the v2 API path', async () => {
    server.setMountsPreflightDenied(true);
    const err = await failure(createVaultClient(harness({ token: demo.token }).options).readKv('secret/other/thing'));
    expect(err.kind).toBe('permission-denied');
    expect(err.message).toBe('permission denied reading secret/data/other/thing with policies [default, mcp-ci]');
  });
});

describe('KV results and errors', () => {
  test('the demo bundle reads back as seeded, with metadata', async () => {
    const vault = createVaultClient(harness({}).options);
    await vault.loginAppRole({ roleId: demo.roleId, secretId: demo.secretId });
    const secret = await vault.readKv(DEMO.secretPath);
    expect(JSON.parse(secret.data[DEMO.secretsKey] as string)).toEqual(DEMO.bundle);
    expect(secret.metadata).toMatchObject({ version: 1, deletionTime: '', destroyed: false, customMetadata: null });
  });

  test('a deleted version says which version and when', async () => {
    const err = await failure(createVaultClient(harness({ token: server.rootToken }).options).readKv('/secret/data/mcp/old/'));
    expect(err).toMatchObject({ kind: 'deleted', status: 404 });
    expect(err.message).toBe('secret secret/mcp/old version 2 was deleted at 2026-03-04T05:06:07.000000008Z; write a new version or undelete it');
  });

  test('a version that never existed is not found', async () => {
    const err = await failure(createVaultClient(harness({ token: server.rootToken }).options).readKv('secret/mcp/old', { version: 9 }));
    expect(err.message).toBe('no version 9 of secret secret/mcp/old');
  });

  test('permission denied lists the policies of a logged-in token without another request', async () => {
    const vault = createVaultClient(harness({}).options);
    await vault.loginAppRole({ roleId: demo.roleId, secretId: demo.secretId });
    server.clearRequests();
    const err = await failure(vault.readKv('secret/elsewhere/x'));
    expect(err.message).toBe('permission denied reading secret/data/elsewhere/x with policies [default, mcp-ci]');
    expect(server.requests.some((r) => r.path === 'auth/token/lookup-self')).toBe(false);
  });

  test('permission denied leaves the policies out when lookup-self is refused too', async () => {
    server.injectFault({ path: 'auth/token/lookup-self', status: 403, errors: ['permission denied'] });
    const err = await failure(createVaultClient(harness({ token: demo.token }).options).readKv('secret/elsewhere/x'));
    expect(err.message).toBe('permission denied reading secret/data/elsewhere/x');
  });

  test('a sealed Vault is reported as sealed', async () => {
    server.setSealed(true);
    const err = await failure(createVaultClient(harness({ token: demo.token, maxRetries: 0 }).options).readKv(DEMO.secretPath));
    expect(err).toMatchObject({ kind: 'sealed', status: 503, errors: ['Vault is sealed'] });
    expect(err.message).toMatch(/^Vault is sealed/);
  });

  test('reading without a token says how to get one', async () => {
    const err = await failure(createVaultClient(harness({}).options).readKv(DEMO.secretPath));
    expect(err.kind).toBe('login-failed');
    expect(err.message).toMatch(/^not logged in to Vault while detecting the KV version of secret\/mcp\/ci: pass vault-token/);
  });

  test('a check-and-set conflict names the version someone else wrote', async () => {
    const vault = createVaultClient(harness({ token: server.rootToken }).options);
    const first = await vault.writeKvV2('secret/rotate/key', { V: '1' }, { cas: 0 });
    expect(first.version).toBe(1);
    await vault.writeKvV2('secret/rotate/key', { V: '2' });
    const err = await failure(vault.writeKvV2('secret/rotate/key', { V: 'stale' }, { cas: 1 }));
    expect(err).toMatchObject({ kind: 'cas-mismatch', status: 400, errors: ['check-and-set parameter did not match the current version'] });
    expect(err.message).toBe('cannot write secret/rotate/key: someone else wrote version 2 meanwhile (expected version 1); read it again and retry');
  });

  test('patchKvMetadata merges custom_metadata as a JSON merge patch: other keys stay, a null removes one', async () => {
    const vault = createVaultClient(harness({ token: server.rootToken }).options);
    await vault.writeKvV2('secret/rotate/meta', { V: '1' });
    server.customMetadata('secret/rotate/meta', { owner: 'platform', 'rotated_at.OLD': '2026-01-01T00:00:00Z' });
    await vault.patchKvMetadata('secret/rotate/meta', { 'rotated_at.V': '2026-05-01T00:00:00Z', 'rotated_at.OLD': null });
    expect(server.customMetadata('secret/rotate/meta')).toEqual({ owner: 'platform', 'rotated_at.V': '2026-05-01T00:00:00Z' });
    const patch = server.requests.find((r) => r.method === 'PATCH');
    expect(patch).toMatchObject({ path: 'secret/metadata/rotate/meta', headers: { 'content-type': 'application/merge-patch+json' } });
    expect((await vault.readKv('secret/rotate/meta')).metadata?.customMetadata).toEqual({ owner: 'platform', 'rotated_at.V': '2026-05-01T00:00:00Z' });
  });

  test('patchKvMetadata: no secret is not-found, Vault\'s limits are its words, a KV v1 mount is refused', async () => {
    const vault = createVaultClient(harness({ token: server.rootToken }).options);
    expect(await failure(vault.patchKvMetadata('secret/rotate/none', { a: 'b' }))).toMatchObject({ kind: 'not-found', message: 'no secret at secret/rotate/none' });
    await vault.writeKvV2('secret/rotate/limits', { V: '1' });
    const tooLong = await failure(vault.patchKvMetadata('secret/rotate/limits', { [`rotated_at.${'K'.repeat(120)}`]: 'now' }));
    expect(tooLong).toMatchObject({ kind: 'bad-request', status: 400 });
    expect(tooLong.message).toMatch(/^Vault rejected writing the custom metadata of secret\/metadata\/rotate\/limits: custom_metadata validation failed: length of key/);
    expect((await failure(vault.patchKvMetadata('legacy/app/config', { a: 'b' }))).message).toBe('legacy/app/config is on a KV version 1 mount: only KV version 2 secrets can be given custom metadata');
  });

  test('patchKvMetadata without the patch capability is permission-denied', async () => {
    server.putPolicy('writer-no-patch', 'path "secret/data/rotate/*" { capabilities = ["read", "update"] }\npath "secret/metadata/rotate/*" { capabilities = ["read", "update"] }');
    const token = server.createToken({ policies: ['writer-no-patch'] });
    await createVaultClient(harness({ token: server.rootToken }).options).writeKvV2('secret/rotate/nopatch', { V: '1' });
    const err = await failure(createVaultClient(harness({ token }).options).patchKvMetadata('secret/rotate/nopatch', { a: 'b' }));
    expect(err).toMatchObject({ kind: 'permission-denied', message: 'permission denied writing the custom metadata of secret/metadata/rotate/nopatch with policies [default, writer-no-patch]' });
  });

  test('writeKvV2 refuses a KV v1 mount', async () => {
    const err = await failure(createVaultClient(harness({ token: server.rootToken }).options).writeKvV2('legacy/app/config', { A: 'b' }));
    expect(err.message).toMatch(/^legacy\/app\/config is on a KV version 1 mount/);
  });
});

describe('auth', () => {
  test('login failures carry Vault\'s reason', async () => {
    const vault = createVaultClient(harness({}).options);
    expect((await failure(vault.loginAppRole({ roleId: 'nope', secretId: demo.secretId }))).message).toBe('login failed: invalid role ID');
    expect((await failure(vault.loginAppRole({ roleId: demo.roleId, secretId: 'nope-nope' }))).message).toBe('login failed: invalid secret id');
    expect((await failure(vault.loginJwt({ role: 'ci', jwt: 'a.b.c' }))).message).toBe('login failed: permission denied at auth/jwt/login (check vault-auth-path)');
    server.injectFault({ path: 'auth/approle/login', status: 404, errors: [] });
    expect((await failure(vault.loginAppRole(demo))).message).toBe('login failed: no auth method answers at auth/approle/login (check vault-auth-path)');
  });

  test('a custom mount path is used as given, with or without auth/', async () => {
    server.addAppRole('custom', { policies: ['mcp-ci'], mount: 'ci/approle', roleId: 'custom-role', secretId: 'custom-secret-id' });
    const vault = createVaultClient(harness({}).options);
    const login = await vault.loginAppRole({ roleId: 'custom-role', secretId: 'custom-secret-id', mountPath: '/auth/ci/approle/' });
    expect(login.policies).toEqual(['default', 'mcp-ci']);
    expect(server.requests.map((r) => r.path)).toEqual(['auth/ci/approle/login']);
  });

  test('the JWT login sends role and jwt to auth/<mount>/login', async () => {
    server.addJwtRole('gh', { policies: ['mcp-ci'], boundAudiences: ['vault'], boundClaims: { repository: 'org/app' } });
    const claims = Buffer.from(JSON.stringify({ aud: 'vault', sub: 'repo:org/app', repository: 'org/app' })).toString('base64url');
    const jwt = `${Buffer.from('{"alg":"RS256"}').toString('base64url')}.${claims}.c2ln`;
    const login = await createVaultClient(harness({}).options).loginJwt({ role: 'gh', jwt });
    expect(login).toMatchObject({ tokenType: 'service', renewable: true, policies: ['default', 'mcp-ci'] });
  });

  test('batch tokens are recognised by type and by the hvb. prefix', async () => {
    server.addAppRole('batchy', { policies: ['mcp-ci'], tokenType: 'batch', roleId: 'batch-role', secretId: 'batch-secret-id' });
    const login = await createVaultClient(harness({}).options).loginAppRole({ roleId: 'batch-role', secretId: 'batch-secret-id' });
    expect(login.token.startsWith('hvb.')).toBe(true);
    expect(login.tokenType).toBe('batch');
    const info = await createVaultClient(harness({ token: login.token }).options).lookupSelf();
    expect(info.tokenType).toBe('batch');
  });

  test('revokeSelf revokes the token and forgets it', async () => {
    const vault = createVaultClient(harness({}).options);
    const { token } = await vault.loginAppRole({ roleId: demo.roleId, secretId: demo.secretId });
    await vault.revokeSelf();
    expect(server.isTokenValid(token)).toBe(false);
    expect(vault.token).toBeUndefined();
  });

  test('logins go to the auth namespace, everything else to the namespace', async () => {
    server.createNamespace('ops');
    server.enableKv('kv', 2, { namespace: 'ops/ci' });
    server.writeKv('kv/app', { K: 'deep' }, { namespace: 'ops/ci' });
    server.putPolicy('ci-read', 'path "ci/kv/*" { capabilities = ["read"] }', { namespace: 'ops' });
    const role = server.addAppRole('ci', { policies: ['ci-read'], namespace: 'ops' });
    const vault = createVaultClient(harness({ namespace: 'ops/ci', authNamespace: 'ops' }).options);
    await vault.loginAppRole(role);
    expect((await vault.readKv('kv/app')).data).toEqual({ K: 'deep' });
    await vault.lookupSelf();
    expect(server.requests.map((r) => `${r.namespace} ${r.path}`)).toEqual([
      'ops auth/approle/login',
      'ops/ci sys/internal/ui/mounts/kv/app',
      'ops/ci kv/data/app',
      'ops auth/token/lookup-self',
    ]);
  });
});

describe('credentials stay out of errors and logs', () => {
  test('a Vault error echoing a credential is scrubbed', async () => {
    server.injectFault({ path: 'auth/approle/login', status: 400, errors: [`bad secret_id "${demo.secretId}"`] });
    const err = await failure(createVaultClient(harness({}).options).loginAppRole({ roleId: demo.roleId, secretId: demo.secretId }));
    expect(err.message).toBe('login failed: bad secret_id "***"');
    expect(err.errors).toEqual(['bad secret_id "***"']);
  });

  test('the logger sees methods, paths and statuses only', async () => {
    const h = harness({});
    server.injectFault({ path: 'secret/data/mcp/ci', status: 503 });
    const vault = createVaultClient(h.options);
    const login = await vault.loginAppRole({ roleId: demo.roleId, secretId: demo.secretId });
    await vault.readKv(DEMO.secretPath);
    expect(h.logs).toEqual([
      'vault: POST /v1/auth/approle/login -> HTTP 200 (attempt 1)',
      'vault: GET /v1/sys/internal/ui/mounts/secret/mcp/ci -> HTTP 200 (attempt 1)',
      'vault: GET /v1/secret/data/mcp/ci -> HTTP 503 (attempt 1)',
      'vault: retrying in 125 ms after HTTP 503',
      'vault: GET /v1/secret/data/mcp/ci -> HTTP 200 (attempt 2)',
    ]);
    const all = h.logs.join('\n');
    for (const secret of [login.token, demo.secretId, demo.roleId, DEMO.bundle.MCP_API_TOKEN]) expect(all).not.toContain(secret);
  });

  test('tokens travel in X-Vault-Token, with X-Vault-Request set', async () => {
    await createVaultClient(harness({ token: demo.token }).options).lookupSelf();
    expect(server.requests[0].headers).toMatchObject({ 'x-vault-token': '<redacted>', 'x-vault-request': 'true' });
    expect(server.requests[0].headers['x-vault-namespace']).toBeUndefined();
  });
});

describe('transport', () => {
  test('HTTPS_PROXY makes requests go through the proxy agent, which receives the CA', async () => {
    const port = Number(new URL(server.url).port);
    // Stands in for https-proxy-agent: every connection lands on the test server.
    const agent = Object.assign(new Agent(), { createConnection: () => connect(port, '127.0.0.1') });
    const created: [string, { ca?: string }][] = [];
    const h = harness({
      address: 'http://vault.internal.test:8200',
      env: { HTTP_PROXY: 'http://user:pw@proxy.internal.test:3128', NO_PROXY: 'localhost,.other.test' },
      caCert: '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n',
      token: demo.token,
      createProxyAgent: (url, tls) => {
        created.push([url, tls]);
        return agent;
      },
    });
    const vault = createVaultClient(h.options);
    expect((await vault.lookupSelf()).policies).toEqual(['default', 'mcp-ci']);
    await vault.readKv(DEMO.secretPath);
    expect(created).toEqual([['http://user:pw@proxy.internal.test:3128', { ca: '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n' }]]);
    expect(h.logs).toContain('vault: using proxy http://proxy.internal.test:3128');
    expect(h.logs.join('\n')).not.toContain('user:pw');
  });

  test('an address path prefix is kept in front of /v1', async () => {
    const err = await failure(createVaultClient(harness({ address: `${server.url}/behind/proxy`, token: demo.token }).options).lookupSelf());
    expect(err.kind).toBe('not-found');
    expect(server.requests[0].path).toBe('/behind/proxy/v1/auth/token/lookup-self');
  });

  test('a malformed proxy URL is a configuration error that does not echo it', async () => {
    const vault = createVaultClient(harness({ address: 'https://vault.internal.test', env: { HTTPS_PROXY: 'http://u:p4ss@[bad' }, token: 't' }).options);
    await expect(vault.lookupSelf()).rejects.toThrow(/HTTPS_PROXY\/HTTP_PROXY is not a valid URL/);
    await expect(vault.lookupSelf()).rejects.not.toThrow(/p4ss/);
  });

  test("a proxy library's error naming the proxy URL loses its user name and password", async () => {
    const vault = createVaultClient(
      harness({
        address: 'https://vault.internal.test',
        env: { HTTPS_PROXY: 'http://proxy-user:pr%40xy-pass@proxy.internal.test:3128' },
        token: 't',
        createProxyAgent: (url) => {
          throw new Error(`cannot tunnel through ${url} (password ${decodeURIComponent(new URL(url).password)})`);
        },
      }).options,
    );
    const err = await failure(vault.lookupSelf());
    expect(err.kind).toBe('network');
    expect(err.message).toBe('cannot use the proxy http://proxy.internal.test:3128 (cannot tunnel through http://***@proxy.internal.test:3128 (password ***))');
  });

  test('a credential Vault echoes with control characters in it is scrubbed from the one-line message too', async () => {
    server.injectFault({ path: 'auth/approle/login', status: 400, errors: [`invalid secret id ${demo.secretId.replace('-', '\n-')}`] });
    const vault = createVaultClient(harness().options);
    const secretId = demo.secretId.replace('-', '\n-');
    const err = await failure(vault.loginAppRole({ roleId: demo.roleId, secretId }));
    expect(err.message).toBe('login failed: invalid secret id ***');
  });

  test('a malformed address is a configuration error naming vault-addr', () => {
    expect(() => createVaultClient({ address: 'vault:8200x' })).toThrow(/input 'vault-addr'/);
  });
});

const tlsDir = mkdtempSync(join(tmpdir(), 'vault-tls-'));
const haveOpenssl = ((): boolean => {
  try {
    execFileSync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '1',
      '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1', '-keyout', join(tlsDir, 'key.pem'), '-out', join(tlsDir, 'cert.pem')], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();
if (!haveOpenssl) {
  rmSync(tlsDir, { recursive: true, force: true });
  process.stderr.write('NOTICE: skipping the custom CA test: openssl is not available to make a self-signed certificate\n');
}

(haveOpenssl ? describe : describe.skip)('custom CA (self-signed certificate made by openssl)', () => {
  let tlsServer: VaultServer;
  const cert = haveOpenssl ? readFileSync(join(tlsDir, 'cert.pem'), 'utf8') : '';
  beforeAll(async () => {
    tlsServer = await startVaultServer({ tls: { key: readFileSync(join(tlsDir, 'key.pem'), 'utf8'), cert } });
  });
  afterAll(async () => {
    await tlsServer.close();
    rmSync(tlsDir, { recursive: true, force: true });
  });

  test('with caCert the certificate is trusted', async () => {
    const info = await createVaultClient({ address: tlsServer.url, env: {}, token: tlsServer.rootToken, caCert: cert }).lookupSelf();
    expect(info.policies).toEqual(['root']);
  });

  test('without it, the error says to pass vault-ca-cert and nothing is retried', async () => {
    const h = harness({ address: tlsServer.url, token: tlsServer.rootToken });
    const err = await failure(createVaultClient(h.options).lookupSelf());
    expect(err.kind).toBe('network');
    expect(err.message).toMatch(/TLS certificate at https:\/\/127\.0\.0\.1:\d+ is not trusted .*vault-ca-cert/);
    expect(h.sleeps).toEqual([]);
  });
});
