// The Vault client against a Vault API: the test server by default, and the SAME suite against a
// real Vault when VAULT_ADDR and VAULT_TOKEN (a root token, e.g. `vault server -dev`) are set.
// Everything the suite needs is seeded through Vault's HTTP API under a unique prefix and removed
// afterwards; cases a real Vault cannot play (fault injection, sealing, a denied preflight,
// namespaces on Vault OSS) run on the test server only and are skipped with a notice otherwise.
import { generateKeyPairSync, randomBytes, sign, type KeyObject } from 'node:crypto';
import { createVaultClient, VaultError, type VaultClient, type VaultClientOptions } from '@mcp-secrets/vault';
import { startVaultServer, type VaultServer } from '../support/vault-server';

const REAL_ADDR = process.env.VAULT_ADDR ?? '';
const REAL_TOKEN = process.env.VAULT_TOKEN ?? '';
const AGAINST_REAL_VAULT = REAL_ADDR !== '' && REAL_TOKEN !== '';
const TARGET = AGAINST_REAL_VAULT ? `real Vault at ${REAL_ADDR}` : 'the test server';

const prefix = `mcpt${randomBytes(4).toString('hex')}`;
const KV2 = `${prefix}-kv2`;
const KV1 = `${prefix}-kv1`;
const APPROLE = `${prefix}-approle`;
const JWT = `${prefix}-jwt`;
const READER = `${prefix}-reader`;
const BUNDLE = { MCP_SECRETS_VERSION: '3', API_KEY: 'integration-value-0a1b2c', PEM: '-----BEGIN DEMO-----\nAAAA\nBBBB\n-----END DEMO-----' };

let address = '';
let rootToken = '';
let fake: VaultServer | undefined;
let appRole: { roleId: string; secretId: string };
let batchRole: { roleId: string; secretId: string };
let jwtKey: KeyObject;

/** Vault's HTTP API with the root token, for seeding (the same calls against both targets). */
async function api(method: string, path: string, body?: unknown, namespace?: string): Promise<{ status: number; json: Record<string, unknown> }> {
  const headers: Record<string, string> = { 'x-vault-token': rootToken, 'content-type': 'application/json' };
  if (namespace !== undefined) headers['x-vault-namespace'] = namespace;
  const res = await fetch(`${address}/v1/${path}`, { method, headers, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
  const text = await res.text();
  return { status: res.status, json: text === '' ? {} : (JSON.parse(text) as Record<string, unknown>) };
}

async function must(method: string, path: string, body?: unknown): Promise<Record<string, unknown>> {
  const { status, json } = await api(method, path, body);
  if (status >= 300) throw new Error(`seeding ${method} ${path} failed: HTTP ${status} ${JSON.stringify(json.errors)}`);
  return json;
}

function dataOf(json: Record<string, unknown>): Record<string, unknown> {
  return json.data as Record<string, unknown>;
}

function client(options: Partial<VaultClientOptions> = {}): VaultClient {
  return createVaultClient({ address, env: {}, sleep: async () => undefined, ...options });
}

function signJwt(claims: Record<string, unknown>, key: KeyObject = jwtKey): string {
  const encode = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString('base64url');
  const input = `${encode({ alg: 'RS256', typ: 'JWT' })}.${encode(claims)}`;
  return `${input}.${sign('sha256', Buffer.from(input), key).toString('base64url')}`;
}

function githubClaims(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const now = Math.floor(Date.now() / 1000);
  return { iss: 'https://token.actions.githubusercontent.com', aud: 'vault', sub: 'repo:org/app:ref:refs/heads/main', repository: 'org/app', iat: now, nbf: now, exp: now + 300, ...overrides };
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

beforeAll(async () => {
  if (AGAINST_REAL_VAULT) {
    address = REAL_ADDR.replace(/\/+$/, '');
    rootToken = REAL_TOKEN;
  } else {
    fake = await startVaultServer();
    address = fake.url;
    rootToken = fake.rootToken;
  }
  const keys = generateKeyPairSync('rsa', { modulusLength: 2048 });
  jwtKey = keys.privateKey;
  await must('POST', `sys/mounts/${KV2}`, { type: 'kv', options: { version: '2' } });
  await must('POST', `sys/mounts/${KV1}`, { type: 'kv', options: { version: '1' } });
  await must('POST', `sys/auth/${APPROLE}`, { type: 'approle' });
  await must('POST', `sys/auth/${JWT}`, { type: 'jwt' });
  await must('PUT', `sys/policies/acl/${READER}`, {
    policy: `path "${KV2}/data/mcp/*" { capabilities = ["read"] }\npath "${KV2}/metadata/mcp/*" { capabilities = ["read"] }\npath "${KV1}/mcp/*" { capabilities = ["read"] }\n`,
  });
  // A fresh KV v2 mount may need a moment to finish its upgrade on a real Vault; retry the first write.
  for (let i = 0; ; i++) {
    const { status } = await api('POST', `${KV2}/data/mcp/ci`, { data: { secrets: JSON.stringify({ ...BUNDLE, MCP_SECRETS_VERSION: '2' }) } });
    if (status < 300) break;
    if (i > 20) throw new Error(`cannot write to ${KV2}: HTTP ${status}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await must('POST', `${KV2}/data/mcp/ci`, { data: { secrets: JSON.stringify(BUNDLE) } });
  await must('POST', `${KV2}/data/mcp/gone`, { data: { A: 'b' } });
  await must('DELETE', `${KV2}/data/mcp/gone`);
  await must('POST', `${KV2}/data/mcp/destroyed`, { data: { A: 'b' } });
  await must('PUT', `${KV2}/destroy/mcp/destroyed`, { versions: [1] });
  await must('POST', `${KV2}/data/other/secret`, { data: { A: 'b' } });
  await must('POST', `${KV1}/mcp/ci`, { API_KEY: 'v1-value-9z8y' });
  await must('POST', `auth/${APPROLE}/role/ci`, { token_policies: [READER] });
  await must('POST', `auth/${APPROLE}/role/ci-batch`, { token_policies: [READER], token_type: 'batch' });
  for (const [name, target] of [['ci', 'service'], ['ci-batch', 'batch']] as const) {
    const roleId = dataOf(await must('GET', `auth/${APPROLE}/role/${name}/role-id`)).role_id as string;
    const secretId = dataOf(await must('POST', `auth/${APPROLE}/role/${name}/secret-id`)).secret_id as string;
    if (target === 'service') appRole = { roleId, secretId };
    else batchRole = { roleId, secretId };
  }
  await must('POST', `auth/${JWT}/config`, { jwt_validation_pubkeys: [keys.publicKey.export({ type: 'spki', format: 'pem' }).toString()] });
  await must('POST', `auth/${JWT}/role/ci`, {
    role_type: 'jwt',
    bound_audiences: ['vault'],
    user_claim: 'sub',
    bound_claims: { repository: 'org/app' },
    token_policies: [READER],
  });
});

afterAll(async () => {
  if (fake !== undefined) {
    await fake.close();
    return;
  }
  if (rootToken === '') return;
  for (const path of [`sys/mounts/${KV2}`, `sys/mounts/${KV1}`, `sys/auth/${APPROLE}`, `sys/auth/${JWT}`, `sys/policies/acl/${READER}`]) {
    await api('DELETE', path).catch(() => undefined);
  }
});

describe(`Vault client against ${TARGET}`, () => {
  describe('auth', () => {
    test('AppRole login returns a service token with the role policies, usable for lookup-self', async () => {
      const vault = client();
      const login = await vault.loginAppRole({ ...appRole, mountPath: APPROLE });
      expect(login.tokenType).toBe('service');
      expect(login.policies).toEqual(expect.arrayContaining(['default', READER]));
      expect(login.renewable).toBe(true);
      expect(login.leaseDuration).toBeGreaterThan(0);
      expect(login.accessor).not.toBe('');
      const self = await vault.lookupSelf();
      expect(self.policies).toEqual(expect.arrayContaining([READER]));
      expect(self.accessor).toBe(login.accessor);
      expect(self.tokenType).toBe('service');
    });

    test('the AppRole token names its role, and a generic read returns the role definition or a clear denial', async () => {
      const vault = client();
      await vault.loginAppRole({ ...appRole, mountPath: APPROLE });
      expect((await vault.lookupSelf()).meta.role_name).toBe('ci');
      const denied = await failure(vault.read(`auth/${APPROLE}/role/ci`));
      expect(denied.kind).toBe('permission-denied');
      expect(denied.message).toMatch(new RegExp(`^permission denied reading auth/${APPROLE}/role/ci`));
      const root = client({ token: rootToken });
      expect(await root.read(`auth/${APPROLE}/role/ci`)).toMatchObject({ token_policies: [READER] });
    });

    test('a wrong role ID or secret ID fails the login with Vault\'s reason and no credential in the message', async () => {
      const badRole = await failure(client().loginAppRole({ roleId: 'not-a-role-id', secretId: appRole.secretId, mountPath: APPROLE }));
      expect(badRole.kind).toBe('login-failed');
      expect(badRole.status).toBe(400);
      expect(badRole.message).toMatch(/^login failed: invalid role/);
      const badSecret = await failure(client().loginAppRole({ roleId: appRole.roleId, secretId: 'wrong-secret-id-123', mountPath: APPROLE }));
      expect(badSecret.kind).toBe('login-failed');
      expect(badSecret.message).toMatch(/^login failed: invalid (role or )?secret id/i);
      for (const err of [badRole, badSecret]) {
        expect(err.message).not.toContain(appRole.secretId);
        expect(err.message).not.toContain('wrong-secret-id-123');
      }
    });

    if (!AGAINST_REAL_VAULT) {
      test('the test server words AppRole failures as Vault 1.x does', async () => {
        const err = await failure(client().loginAppRole({ roleId: 'nope', secretId: 'nope-nope', mountPath: APPROLE }));
        expect(err.message).toBe('login failed: invalid role ID');
      });
    }

    test('JWT login accepts a token whose audience and bound claims match the role', async () => {
      const vault = client();
      const login = await vault.loginJwt({ role: 'ci', jwt: signJwt(githubClaims()), mountPath: JWT });
      expect(login.policies).toEqual(expect.arrayContaining([READER]));
      const secret = await vault.readKv(`${KV2}/mcp/ci`);
      expect(secret.kvVersion).toBe(2);
    });

    test('JWT login fails on a wrong audience, an unbound claim value or a foreign signature, without echoing the JWT', async () => {
      const wrongAud = signJwt(githubClaims({ aud: 'someone-else' }));
      const wrongRepo = signJwt(githubClaims({ repository: 'evil/fork' }));
      const foreign = signJwt(githubClaims(), generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey);
      for (const jwt of [wrongAud, wrongRepo, foreign]) {
        const err = await failure(client().loginJwt({ role: 'ci', jwt, mountPath: JWT }));
        expect(err.kind).toBe('login-failed');
        expect(err.message).toMatch(/^login failed: /);
        expect(err.message).not.toContain(jwt);
        expect(err.message).not.toContain(jwt.split('.')[1]);
      }
      const err = await failure(client().loginJwt({ role: 'ci', jwt: signJwt(githubClaims({ aud: 'someone-else' })), mountPath: JWT }));
      expect(err.message).toMatch(/aud/);
    });

    test('revoke-self revokes a service token: it is refused afterwards', async () => {
      const vault = client();
      const login = await vault.loginAppRole({ ...appRole, mountPath: APPROLE });
      await vault.revokeSelf();
      const reuse = client({ token: login.token });
      const err = await failure(reuse.lookupSelf());
      expect(err.kind).toBe('permission-denied');
      expect(err.status).toBe(403);
      expect(err.message).not.toContain(login.token);
    });

    test('batch tokens are recognised and cannot be revoked (400)', async () => {
      const vault = client();
      const login = await vault.loginAppRole({ ...batchRole, mountPath: APPROLE });
      expect(login.tokenType).toBe('batch');
      expect(login.renewable).toBe(false);
      const err = await failure(vault.revokeSelf());
      expect(err.kind).toBe('bad-request');
      expect(err.status).toBe(400);
      expect(err.message).toMatch(/batch tokens cannot be revoked/i);
      expect(err.message).not.toContain(login.token);
    });
  });

  describe('KV', () => {
    let reader: VaultClient;
    beforeAll(async () => {
      reader = client();
      await reader.loginAppRole({ ...appRole, mountPath: APPROLE });
    });

    test('reads a KV v2 secret by the `vault kv get` path, with metadata', async () => {
      const secret = await reader.readKv(`${KV2}/mcp/ci`);
      expect(secret).toMatchObject({ mount: KV2, kvVersion: 2, path: `${KV2}/mcp/ci`, apiPath: `${KV2}/data/mcp/ci` });
      expect(JSON.parse(secret.data.secrets as string)).toEqual(BUNDLE);
      expect(secret.metadata).toMatchObject({ version: 2, deletionTime: '', destroyed: false });
      expect(secret.metadata?.createdTime).toMatch(/^\d{4}-\d\d-\d\dT/);
    });

    test('accepts the API form with /data/ and stray slashes', async () => {
      const secret = await reader.readKv(`/${KV2}/data/mcp/ci/`);
      expect(secret.path).toBe(`${KV2}/mcp/ci`);
      expect(secret.metadata?.version).toBe(2);
    });

    test('reads an older version on request', async () => {
      const secret = await reader.readKv(`${KV2}/mcp/ci`, { version: 1 });
      expect(JSON.parse(secret.data.secrets as string)).toMatchObject({ MCP_SECRETS_VERSION: '2' });
    });

    test('reads a KV v1 secret', async () => {
      const secret = await reader.readKv(`${KV1}/mcp/ci`);
      expect(secret).toEqual({ mount: KV1, kvVersion: 1, path: `${KV1}/mcp/ci`, apiPath: `${KV1}/mcp/ci`, data: { API_KEY: 'v1-value-9z8y' } });
    });

    test('a deleted version is an error saying when it was deleted', async () => {
      const err = await failure(reader.readKv(`${KV2}/mcp/gone`));
      expect(err.kind).toBe('deleted');
      expect(err.status).toBe(404);
      expect(err.message).toMatch(new RegExp(`^secret ${KV2}/mcp/gone version 1 was deleted at \\d{4}-\\d\\d-\\d\\dT`));
    });

    test('a destroyed version is an error too', async () => {
      const err = await failure(reader.readKv(`${KV2}/mcp/destroyed`));
      expect(err.kind).toBe('deleted');
      expect(err.message).toMatch(new RegExp(`^secret ${KV2}/mcp/destroyed version 1 was destroyed`));
    });

    test('a missing secret is "no secret at <path>"', async () => {
      const v2 = await failure(reader.readKv(`${KV2}/mcp/missing`));
      expect(v2.kind).toBe('not-found');
      expect(v2.message).toBe(`no secret at ${KV2}/mcp/missing`);
      const v1 = await failure(reader.readKv(`${KV1}/mcp/missing`));
      expect(v1.message).toBe(`no secret at ${KV1}/mcp/missing`);
    });

    test('permission denied names the API path and the token\'s policies', async () => {
      const err = await failure(reader.readKv(`${KV2}/other/secret`));
      expect(err.kind).toBe('permission-denied');
      expect(err.status).toBe(403);
      expect(err.message).toMatch(new RegExp(`^permission denied reading ${KV2}/data/other/secret with policies \\[`));
      expect(err.message).toContain('default');
      expect(err.message).toContain(READER);
    });

    test('check-and-set writes: a stale version is refused with who-won-the-race wording', async () => {
      const admin = client({ token: rootToken });
      const first = await admin.writeKvV2(`${KV2}/rotation/key`, { VALUE: 'one' }, { cas: 0 });
      expect(first).toMatchObject({ mount: KV2, path: `${KV2}/rotation/key`, apiPath: `${KV2}/data/rotation/key`, version: 1 });
      const second = await admin.writeKvV2(`${KV2}/rotation/key`, { VALUE: 'two' }, { cas: 1 });
      expect(second.version).toBe(2);
      const err = await failure(admin.writeKvV2(`${KV2}/rotation/key`, { VALUE: 'late' }, { cas: 1 }));
      expect(err.kind).toBe('cas-mismatch');
      expect(err.status).toBe(400);
      expect(err.message).toMatch(/someone else wrote version 2 meanwhile/);
    });
  });

  describe('Vault API answers the client relies on', () => {
    test('a v1-style read on a KV v2 mount is a 404 with the "Invalid path for a versioned K/V" warning', async () => {
      const { status, json } = await api('GET', `${KV2}/mcp/ci`);
      expect(status).toBe(404);
      expect(JSON.stringify(json.warnings)).toMatch(/Invalid path for a versioned K\/V secrets engine/);
    });

    test('the UI mounts preflight names the mount and its KV version', async () => {
      const { status, json } = await api('GET', `sys/internal/ui/mounts/${KV2}/mcp/ci`);
      expect(status).toBe(200);
      expect(dataOf(json)).toMatchObject({ path: `${KV2}/`, type: 'kv', options: { version: '2' } });
    });

    test('errors come as {"errors":[...]} and a deleted version keeps its metadata', async () => {
      const missing = await api('GET', `${KV2}/data/mcp/missing`);
      expect(missing).toEqual({ status: 404, json: { errors: [] } });
      const gone = await api('GET', `${KV2}/data/mcp/gone`);
      expect(gone.status).toBe(404);
      expect(dataOf(gone.json)).toMatchObject({ data: null, metadata: { version: 1, destroyed: false } });
    });

    test('sys/health reports an unsealed, initialised Vault', async () => {
      const res = await fetch(`${address}/v1/sys/health`);
      expect(res.status).toBe(200);
      expect(await res.json()).toMatchObject({ initialized: true, sealed: false, standby: false });
    });
  });

  describe('test server only', () => {
    if (AGAINST_REAL_VAULT) {
      process.stderr.write(`NOTICE: skipping fault injection, sealing, denied-preflight and namespace cases: ${TARGET} cannot play them\n`);
      test.skip('fault injection, sealing, denied preflight and namespaces (skipped: real Vault)', () => undefined);
      return;
    }
    const server = (): VaultServer => fake as VaultServer;
    afterEach(() => {
      server().clearFaults();
      server().setSealed(false);
      server().setMountsPreflightDenied(false);
    });

    test('without the preflight, KV v2 and v1 are told apart from Vault\'s answers', async () => {
      server().setMountsPreflightDenied(true);
      const vault = client();
      await vault.loginAppRole({ ...appRole, mountPath: APPROLE });
      expect((await vault.readKv(`${KV2}/mcp/ci`)).kvVersion).toBe(2);
      expect((await vault.readKv(`${KV1}/mcp/ci`)).kvVersion).toBe(1);
      expect((await failure(vault.readKv(`${KV2}/mcp/gone`))).kind).toBe('deleted');
    });

    test('retries 503 and 429 (honouring Retry-After), then succeeds', async () => {
      const sleeps: number[] = [];
      const vault = client({ token: rootToken, sleep: async (ms) => void sleeps.push(ms), random: () => 0.5 });
      server().injectFault({ path: `${KV2}/data/mcp/ci`, status: 503, times: 2 });
      server().injectFault({ path: `${KV2}/data/mcp/ci`, status: 429, retryAfter: 7 });
      expect((await vault.readKv(`${KV2}/mcp/ci`)).kvVersion).toBe(2);
      expect(sleeps).toEqual([125, 250, 7000]);
    });

    test('a sealed Vault says so', async () => {
      server().setSealed(true);
      const err = await failure(client({ token: rootToken, maxRetries: 0 }).readKv(`${KV2}/mcp/ci`));
      expect(err.kind).toBe('sealed');
      expect(err.message).toMatch(/^Vault is sealed/);
    });

    test('namespaces keep separate secrets, and logins may happen in another namespace', async () => {
      const s = server();
      s.createNamespace('team-a');
      s.enableKv('kv', 2, { namespace: 'team-a' });
      s.writeKv('kv/app', { K: 'in-team-a' }, { namespace: 'team-a' });
      s.putPolicy('app', 'path "team-a/kv/data/*" { capabilities = ["read"] }');
      const role = s.addAppRole('ns-reader', { policies: ['app'], mount: 'approle-ns' });
      const vault = client({ namespace: 'team-a', authNamespace: '' });
      await expect(vault.readKv('kv/app')).rejects.toThrow(/not logged in/);
      await vault.loginAppRole({ ...role, mountPath: 'approle-ns' });
      expect((await vault.readKv('kv/app')).data).toEqual({ K: 'in-team-a' });
      const loginsInRoot = s.requests.filter((r) => r.path === 'auth/approle-ns/login');
      expect(loginsInRoot.every((r) => r.namespace === '')).toBe(true);
      const reads = s.requests.filter((r) => r.path === 'kv/data/app');
      expect(reads.length).toBeGreaterThan(0);
      expect(reads.every((r) => r.headers['x-vault-namespace'] === 'team-a' && r.headers['x-vault-request'] === 'true')).toBe(true);
      // The root namespace has no `kv` mount: separate state.
      expect((await failure(client({ token: rootToken }).readKv('kv/app'))).kind).toBe('not-found');
    });
  });
});
