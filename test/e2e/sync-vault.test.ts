// The bundled sync action against the Vault-API-compatible test server, run
// exactly as the runner runs it (child process, INPUT_* env, file commands, post).
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DEMO, seedDemo, startVaultServer, type VaultServer } from '../support/vault-server';
import { findLeaks } from '../helpers/leaks';
import { startOidcTokenService } from '../helpers/oidc-token-service';
import { runBundledAction, type ActionRun } from '../helpers/runner';

const mode = (path: string): number => statSync(path).mode & 0o777;
const errorsOf = (run: ActionRun): string[] => run.main.commands.filter((c) => c.command === 'error').map((c) => c.message);

let vault: VaultServer;
let creds: { roleId: string; secretId: string; token: string };

beforeEach(async () => {
  vault = await startVaultServer();
  creds = seedDemo(vault);
});
afterEach(() => vault.close());

const approleInputs = (): Record<string, string> => ({
  'vault-addr': vault.url,
  'vault-secret-path': DEMO.secretPath,
  'vault-role-id': creds.roleId,
  'vault-secret-id': creds.secretId,
});

describe('sync from Vault (bundled dist, child process)', () => {
  test('AppRole: exports, outputs, files 0600 in 0700, token revoked, post removes the files', async () => {
    const run = await runBundledAction('sync', { inputs: approleInputs() });
    expect(run.main.stderr).toBe('');
    expect(run.main.exitCode).toBe(0);
    expect(run.main.outputs).toEqual({
      provider: 'vault',
      version: '7',
      count: '5',
      keys: 'MCP_SECRETS_VERSION,MCP_API_TOKEN,DATABASE_URL,SIGNING_KEY_PEM,FEATURE_FLAGS',
      'env-file': join(run.dirs.home, '.mcp', '.env'),
      'console-secrets-file': join(run.dirs.home, '.mcp', 'console-secrets.json'),
    });
    expect(run.main.env.SIGNING_KEY_PEM).toBe(DEMO.bundle.SIGNING_KEY_PEM);
    expect(run.main.env.FEATURE_FLAGS).toBe('{"newDashboard":true,"rolloutPercent":25}');

    // Files existed with the right modes after main; we can check through the post's removal list.
    expect(run.post?.exitCode).toBe(0);
    expect(run.post?.stdout).toContain(`Removed ${run.main.outputs['env-file']}, ${run.main.outputs['console-secrets-file']}`);
    expect(existsSync(run.main.outputs['env-file'])).toBe(false);

    const loginToken = run.main.state['vault-token'];
    expect(loginToken).toMatch(/^hvs\./);
    expect(vault.isTokenValid(loginToken)).toBe(false);
    expect(run.main.state['vault-token-revoked']).toBe('true');
    expect(run.post?.summary).toContain('revoked right after the read');
    expect(run.main.summary).toContain('| Keys | 5: `MCP_SECRETS_VERSION`, `MCP_API_TOKEN`');
  });

  test('files are written 0600 in a 0700 folder and read back (no post)', async () => {
    const run = await runBundledAction('sync', { inputs: approleInputs(), post: false });
    const envFile = run.main.outputs['env-file'];
    expect(mode(envFile)).toBe(0o600);
    expect(mode(join(run.dirs.home, '.mcp'))).toBe(0o700);
    expect(mode(run.main.outputs['console-secrets-file'])).toBe(0o600);
    const doc = JSON.parse(readFileSync(run.main.outputs['console-secrets-file'], 'utf8'));
    expect(doc).toMatchObject({ version: '7', provider: 'vault', source: 'secret/mcp/ci' });
    expect(doc.secrets.DATABASE_URL).toBe(DEMO.bundle.DATABASE_URL);
    expect(readFileSync(envFile, 'utf8')).toContain(`MCP_API_TOKEN='${DEMO.bundle.MCP_API_TOKEN}'`);
  });

  test('planted values never reach stdout, stderr, summary, outputs or annotations; every line is masked first', async () => {
    const run = await runBundledAction('sync', { inputs: approleInputs() });
    const planted = Object.entries(DEMO.bundle)
      .filter(([key]) => key !== 'MCP_SECRETS_VERSION')
      .map(([, value]) => (typeof value === 'string' ? value : JSON.stringify(value)));
    expect(findLeaks(run, [...planted, creds.secretId])).toEqual([]);
    for (const line of DEMO.bundle.SIGNING_KEY_PEM.split('\n')) expect(run.main.masks).toContain(line);
    expect(run.main.masks).toEqual(expect.arrayContaining([creds.secretId, DEMO.bundle.MCP_API_TOKEN, DEMO.bundle.DATABASE_URL]));
    // Masks come before the first line that is not a mask or debug command.
    const firstPlain = run.main.stdout.split('\n').findIndex((line) => line !== '' && !line.startsWith('::'));
    const lastMask = run.main.stdout.split('\n').map((line) => line.startsWith('::add-mask::')).lastIndexOf(true);
    expect(lastMask).toBeLessThan(firstPlain);
  });

  test('token auth: the user token is used and never revoked', async () => {
    const run = await runBundledAction('sync', {
      inputs: { 'vault-addr': vault.url, 'vault-secret-path': DEMO.secretPath },
      env: { VAULT_TOKEN: creds.token },
    });
    expect(run.main.exitCode).toBe(0);
    expect(run.main.outputs.provider).toBe('vault');
    expect(run.main.state['vault-token']).toBeUndefined();
    expect(vault.isTokenValid(creds.token)).toBe(true);
    expect(run.main.masks).toContain(creds.token);
  });

  test('GitHub OIDC: asks the runner for a token with the audience, logs in with the role', async () => {
    vault.addJwtRole('mcp-ci-jwt', {
      policies: ['mcp-ci'],
      boundAudiences: ['vault'],
      boundClaims: { repository: 'org/app' },
      userClaim: 'repository',
    });
    const oidc = await startOidcTokenService({ sub: 'repo:org/app:ref:refs/heads/main', repository: 'org/app' });
    try {
      const run = await runBundledAction('sync', {
        inputs: { 'vault-addr': vault.url, 'vault-secret-path': DEMO.secretPath, 'vault-role': 'mcp-ci-jwt' },
        env: oidc.env,
      });
      expect(errorsOf(run)).toEqual([]);
      expect(run.main.exitCode).toBe(0);
      expect(oidc.audiences).toEqual(['vault']);
      expect(run.main.masks).toContain(oidc.jwt);
      expect(vault.isTokenValid(run.main.state['vault-token'])).toBe(false);
      expect(run.main.summary).toContain('GitHub OIDC JWT at auth/jwt, role mcp-ci-jwt');
    } finally {
      await oidc.close();
    }
  });

  test('KV v1 in a namespace, with the mounts preflight denied', async () => {
    vault.createNamespace('team-a');
    vault.enableKv('kv1', 1, { namespace: 'team-a' });
    vault.writeKv('kv1/ci', { API_KEY: 'kv-one-value-123', MCP_SECRETS_VERSION: '3' }, { namespace: 'team-a' });
    vault.setMountsPreflightDenied(true);
    const token = vault.createToken({ policies: ['root'], namespace: 'team-a' });
    const run = await runBundledAction('sync', {
      inputs: { 'vault-addr': vault.url, 'vault-namespace': 'team-a', 'vault-secret-path': 'kv1/ci', 'vault-token': token },
    });
    expect(errorsOf(run)).toEqual([]);
    expect(run.main.outputs).toMatchObject({ provider: 'vault', version: '3', keys: 'API_KEY,MCP_SECRETS_VERSION' });
    expect(vault.requests.some((r) => r.namespace === 'team-a')).toBe(true);
  });

  test('retries 503 and 429 (Retry-After) and then succeeds', async () => {
    vault.injectFault({ path: 'secret/data/mcp/ci', status: 503, times: 2 });
    vault.injectFault({ path: 'secret/data/mcp/ci', status: 429, retryAfter: 1 });
    const run = await runBundledAction('sync', { inputs: approleInputs() });
    expect(errorsOf(run)).toEqual([]);
    expect(run.main.outputs.count).toBe('5');
  });

  test('post revokes the login token when main could not', async () => {
    vault.injectFault({ path: 'auth/token/revoke-self', status: 503, times: 5 });
    const run = await runBundledAction('sync', { inputs: approleInputs() });
    expect(run.main.exitCode).toBe(0);
    expect(run.main.commands.some((c) => c.command === 'warning' && c.message.includes('post step will try again'))).toBe(true);
    expect(run.post?.exitCode).toBe(0);
    expect(run.post?.summary).toContain('revoked by the post step');
    expect(vault.isTokenValid(run.main.state['vault-token'])).toBe(false);
  });

  test('post still cleans up when main failed after login', async () => {
    const run = await runBundledAction('sync', { inputs: { ...approleInputs(), 'required-keys': 'NOT_THERE' } });
    expect(run.main.exitCode).toBe(1);
    expect(errorsOf(run)).toEqual(["input 'required-keys': secret/mcp/ci lacks required keys: NOT_THERE"]);
    expect(vault.isTokenValid(run.main.state['vault-token'])).toBe(false);
    expect(run.post?.exitCode).toBe(0);
    expect(existsSync(join(run.dirs.home, '.mcp', '.env'))).toBe(false);
  });
});

describe('sync errors a user can act on', () => {
  test('bad secret ID: login failed, exit 1, no files, no credential printed', async () => {
    const run = await runBundledAction('sync', { inputs: { ...approleInputs(), 'vault-secret-id': 'wrong-secret-id-1234' } });
    expect(run.main.exitCode).toBe(1);
    expect(errorsOf(run)[0]).toMatch(/^login failed: invalid secret id/);
    expect(existsSync(join(run.dirs.home, '.mcp'))).toBe(false);
    expect(findLeaks(run, ['wrong-secret-id-1234'])).toEqual([]);
  });

  test('permission denied names the path and the policies', async () => {
    const token = vault.createToken({ policies: ['default'] });
    const run = await runBundledAction('sync', { inputs: { 'vault-addr': vault.url, 'vault-secret-path': DEMO.secretPath, 'vault-token': token } });
    expect(run.main.exitCode).toBe(1);
    expect(errorsOf(run)).toEqual(['permission denied reading secret/data/mcp/ci with policies [default]']);
  });

  test('a deleted version says when it was deleted', async () => {
    vault.deleteKvVersion(DEMO.secretPath, undefined, { at: '2026-11-20T10:00:00Z' });
    const run = await runBundledAction('sync', { inputs: approleInputs() });
    expect(errorsOf(run)).toEqual(['secret secret/mcp/ci version 1 was deleted at 2026-11-20T10:00:00Z; write a new version or undelete it']);
  });

  test('a sealed Vault says so', async () => {
    vault.setSealed(true);
    // The four retries' backoff (at most 3.75 s) ends before the deadline, even on a loaded machine:
    // the last answer, not the deadline, is what is reported.
    const run = await runBundledAction('sync', { inputs: { ...approleInputs(), 'vault-timeout-seconds': '10' } });
    expect(run.main.exitCode).toBe(1);
    expect(errorsOf(run)[0]).toMatch(/Vault is sealed/);
  });

  test.each([
    [{ provider: 'aws' }, "input 'provider': unknown value 'aws' (use one of: auto, vault, sops, 1password)"],
    [{ 'vault-auth-method': 'ldap' }, "input 'vault-auth-method': unknown value 'ldap' (use one of: auto, approle, token, jwt)"],
    [{ 'vault-addr': 'vault.example.com:8200' }, "input 'vault-addr': 'vault.example.com:8200' must use https:// (or http:// for a local dev server) (write it as https://vault.example.com:8200)"],
    [{ 'vault-addr': 'not a url' }, "input 'vault-addr': 'not a url' is not a URL (write it as https://vault.example.com:8200)"],
    [{ 'vault-secret-path': 'secret/mcp/nothing-here' }, 'no secret at secret/mcp/nothing-here'],
    [{ 'vault-timeout-seconds': 'soon' }, "input 'vault-timeout-seconds': expected a positive whole number, got 'soon'"],
  ])('bad input %j is a clear error, exit 1, no files', async (override, message) => {
    const run = await runBundledAction('sync', { inputs: { ...approleInputs(), ...override } });
    expect(run.main.exitCode).toBe(1);
    expect(errorsOf(run)).toEqual([message]);
    expect(existsSync(join(run.dirs.home, '.mcp'))).toBe(false);
  });

  test('a secrets field that is not JSON names the input and hides the value', async () => {
    vault.writeKv(DEMO.secretPath, { secrets: 'plain-text-not-json-value' });
    const run = await runBundledAction('sync', { inputs: approleInputs() });
    expect(errorsOf(run)).toEqual([
      "input 'vault-secrets-key': field 'secrets' of secret/mcp/ci is not valid JSON (the value is not shown) (store the bundle as a JSON object, or set vault-secrets-key to the field that holds it)",
    ]);
    expect(findLeaks(run, ['plain-text-not-json-value'])).toEqual([]);
    expect(existsSync(join(run.dirs.home, '.mcp'))).toBe(false);
  });
});

describe('sync with nothing configured', () => {
  test('is a notice and provider=none, exit 0', async () => {
    const run = await runBundledAction('sync', {});
    expect(run.main.exitCode).toBe(0);
    expect(run.main.outputs.provider).toBe('none');
    expect(run.main.commands.find((c) => c.command === 'notice')?.message).toBe(
      'Secrets sync skipped: neither Vault, 1Password nor a SOPS age key is configured.',
    );
    // Main saved no state: post has nothing to revoke or remove, and says nothing.
    expect(run.main.state).toEqual({});
    expect(run.post?.exitCode).toBe(0);
    expect(run.post?.stdout).toBe('');
    expect(run.post?.summary).toBe('');
  });

  test('fails with required: true', async () => {
    const run = await runBundledAction('sync', { inputs: { required: 'true' } });
    expect(run.main.exitCode).toBe(1);
    expect(errorsOf(run)[0]).toContain("input 'required': no secrets provider is configured");
  });

  test('an address without credentials (a fork) is a skip, not a failure', async () => {
    const run = await runBundledAction('sync', { inputs: { 'vault-addr': vault.url, 'vault-secret-path': DEMO.secretPath } });
    expect(run.main.exitCode).toBe(0);
    expect(run.main.outputs.provider).toBe('none');
  });
});
