// The bundled sync action with provider 1password against the Connect-API-compatible test server,
// run as the runner runs it (child process, INPUT_* env, file commands, then post).
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { encryptSops, generateAgeIdentity, type GeneratedAgeIdentity } from '@mcp-secrets/sops';
import { startConnectServer, type ConnectServer } from '../support/onepassword-connect';
import { PINNED_SDK } from '@mcp-secrets/onepassword-sdk';
import { packInstalled, publishedTarball, startNpmRegistry, type NpmRegistry } from '../support/npm-registry';
import { describeWithShared } from '../support/shared-fixtures';
import { findLeaks, secretPieces } from '../helpers/leaks';
import { runCliBundle } from '../helpers/cli';
import { REPO_ROOT, runBundledAction, type ActionRun } from '../helpers/runner';

const mode = (path: string): number => statSync(path).mode & 0o777;
const errorsOf = (run: ActionRun): string[] => run.main.commands.filter((c) => c.command === 'error').map((c) => c.message);

const PLANTED = {
  API_TOKEN: 'op-planted-api-token-4f2a9c',
  DB_PASSWORD: "op-planted-db-pass-'quoted'-71",
  PROD_DB_PASSWORD: 'op-planted-prod-db-pass-93e0',
  TLS_KEY: '-----BEGIN TEST KEY-----\nb3AtcGxhbnRlZC1saW5lLW9uZQ\nb3AtcGxhbnRlZC1saW5lLXR3bw\n-----END TEST KEY-----',
  OPENAI_API_KEY: 'op-planted-openai-value-0b7d',
};

let connect: ConnectServer;
let token: string;
let ciItemId: string;
beforeEach(async () => {
  connect = await startConnectServer();
  connect.addVault('MCP');
  connect.addItem('MCP', 'ci api', [
    { label: 'credential', value: PLANTED.API_TOKEN },
    { label: 'password', value: PLANTED.DB_PASSWORD },
    { label: 'password', section: 'prod', value: PLANTED.PROD_DB_PASSWORD },
  ]);
  ciItemId = connect.addItem('MCP', 'CI bundle', [
    { label: 'MCP_SECRETS_VERSION', value: '14', type: 'STRING' },
    { label: 'OPENAI_API_KEY', value: PLANTED.OPENAI_API_KEY },
    { label: 'TLS_KEY', value: PLANTED.TLS_KEY },
    { label: 'notes', type: 'STRING' },
  ]);
  token = connect.addToken();
});
afterEach(() => connect.close());

const connectEnv = (): Record<string, string> => ({ OP_CONNECT_HOST: connect.url, OP_CONNECT_TOKEN: token });
const REFERENCES = ['API_TOKEN=op://MCP/ci api/credential', 'DB_PASSWORD=op://mcp/CI API/password', 'PROD_DB_PASSWORD=op://MCP/ci api/prod/password'].join('\n');

/** Every file under the run's folders that holds a planted value, except the two the action writes on purpose. */
function filesHolding(run: ActionRun, values: string[], intended: string[]): string[] {
  const found: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (!intended.includes(path) && values.some((value) => readFileSync(path, 'utf8').includes(value))) found.push(path);
    }
  };
  walk(run.dirs.root);
  return found;
}

describe('sync from 1Password Connect (bundled dist, child process)', () => {
  test('op-secrets by name, by ID and with a section: exports, outputs, files 0600 in 0700, post removes them', async () => {
    const vaultId = connect.item('MCP', 'ci api').vault.id;
    const byId = `API_TOKEN=op://${vaultId}/${connect.item('MCP', 'ci api').id}/credential`;
    const run = await runBundledAction('sync', {
      inputs: { 'op-secrets': `${byId}\nDB_PASSWORD=op://mcp/CI API/password\nPROD_DB_PASSWORD=op://MCP/ci api/prod/password` },
      env: connectEnv(),
      post: false,
    });
    expect(errorsOf(run)).toEqual([]);
    expect(run.main.exitCode).toBe(0);
    expect(run.main.outputs).toEqual({
      provider: '1password',
      version: '',
      count: '3',
      keys: 'API_TOKEN,DB_PASSWORD,PROD_DB_PASSWORD',
      'env-file': join(run.dirs.home, '.mcp', '.env'),
      'console-secrets-file': join(run.dirs.home, '.mcp', 'console-secrets.json'),
    });
    expect(run.main.env).toMatchObject({ API_TOKEN: PLANTED.API_TOKEN, DB_PASSWORD: PLANTED.DB_PASSWORD, PROD_DB_PASSWORD: PLANTED.PROD_DB_PASSWORD });
    const envFile = run.main.outputs['env-file'];
    const consoleFile = run.main.outputs['console-secrets-file'];
    expect([mode(envFile), mode(consoleFile), mode(join(run.dirs.home, '.mcp'))]).toEqual([0o600, 0o600, 0o700]);
    expect(readFileSync(envFile, 'utf8')).toContain(`PROD_DB_PASSWORD='${PLANTED.PROD_DB_PASSWORD}'`);
    const doc = JSON.parse(readFileSync(consoleFile, 'utf8'));
    expect(doc).toMatchObject({ provider: '1password', secrets: { API_TOKEN: PLANTED.API_TOKEN, DB_PASSWORD: PLANTED.DB_PASSWORD } });
    expect(run.main.summary).toContain(`| 1Password | 1Password Connect server at ${connect.url} |`);
    expect(run.main.summary).toContain('| References | 3: `API_TOKEN`, `DB_PASSWORD`, `PROD_DB_PASSWORD` |');
    // One item, read once, whether named by ID or by name in any case.
    expect(connect.requests.filter((r) => r.method === 'GET' && /^vaults\/[^/]+\/items\/[^/]+$/.test(r.path))).toHaveLength(1);

    const post = await runBundledAction('sync', { inputs: { 'op-secrets': REFERENCES }, env: connectEnv() });
    expect(post.post?.exitCode).toBe(0);
    expect(post.post?.stdout).toContain(`Removed ${post.main.outputs['env-file']}, ${post.main.outputs['console-secrets-file']}`);
    expect(existsSync(post.main.outputs['env-file'])).toBe(false);
  });

  test('op-item is the whole bundle (empty fields left out); op-secrets add to it; keys, required-keys, min-version apply', async () => {
    const whole = await runBundledAction('sync', { inputs: { 'op-item': 'op://MCP/CI bundle' }, env: connectEnv() });
    expect(errorsOf(whole)).toEqual([]);
    expect(whole.main.outputs).toMatchObject({ provider: '1password', version: '14', count: '3', keys: 'MCP_SECRETS_VERSION,OPENAI_API_KEY,TLS_KEY' });
    expect(whole.main.env.TLS_KEY).toBe(PLANTED.TLS_KEY);
    expect(whole.main.summary).toContain('| Item | op://MCP/CI bundle (version 1) |');

    const both = await runBundledAction('sync', {
      inputs: { 'op-item': `op://MCP/${ciItemId}`, 'op-secrets': 'API_TOKEN=op://MCP/ci api/credential', keys: 'API_TOKEN,OPENAI_API_KEY,MCP_SECRETS_VERSION', 'required-keys': 'API_TOKEN', 'min-version': '12' },
      env: connectEnv(),
    });
    expect(errorsOf(both)).toEqual([]);
    expect(both.main.outputs).toMatchObject({ count: '3', keys: 'MCP_SECRETS_VERSION,OPENAI_API_KEY,API_TOKEN' });
    expect(both.main.stdout).toContain("Not selected by 'keys', dropped: TLS_KEY");

    const tooOld = await runBundledAction('sync', { inputs: { 'op-item': 'op://MCP/CI bundle', 'min-version': '15' }, env: connectEnv() });
    expect(tooOld.main.exitCode).toBe(1);
    expect(errorsOf(tooOld)[0]).toMatch(/^input 'min-version': .*14.*15/);
    const lacking = await runBundledAction('sync', { inputs: { 'op-item': 'op://MCP/CI bundle', 'required-keys': 'DATABASE_URL' }, env: connectEnv() });
    expect(errorsOf(lacking)).toEqual(["input 'required-keys': op://MCP/CI bundle lacks required keys: DATABASE_URL"]);
    expect(existsSync(join(lacking.dirs.home, '.mcp', '.env'))).toBe(false);
  });

  test('planted values and the token never leak: no output, command, summary or file but the two 0600 files; masks come first', async () => {
    const run = await runBundledAction('sync', { inputs: { 'op-item': 'op://MCP/CI bundle', 'op-secrets': REFERENCES }, env: connectEnv(), post: false });
    expect(run.main.exitCode).toBe(0);
    const planted = [...Object.values(PLANTED), token];
    expect(findLeaks(run, planted)).toEqual([]);
    expect(filesHolding(run, [...Object.values(PLANTED).flatMap((v) => v.split('\n')), token], [run.main.outputs['env-file'], run.main.outputs['console-secrets-file'], join(run.dirs.root, 'main', 'env')])).toEqual([]);
    expect(run.main.masks).toEqual(expect.arrayContaining([token, PLANTED.API_TOKEN, PLANTED.DB_PASSWORD, ...PLANTED.TLS_KEY.split('\n')]));
    const lines = run.main.stdout.split('\n');
    const firstPlain = lines.findIndex((line) => line !== '' && !line.startsWith('::'));
    expect(lines.map((line) => line.startsWith('::add-mask::')).lastIndexOf(true)).toBeLessThan(firstPlain);
  });
});

describe('the SOPS age identity from 1Password', () => {
  let identity: GeneratedAgeIdentity;
  beforeAll(async () => {
    identity = await generateAgeIdentity();
  });

  test('sops-age-key: op://... decrypts the bundle; the key is masked, never written, and the item is named in the summary', async () => {
    connect.addItem('MCP', 'SOPS Age key', [{ label: 'private', value: `# created for the test\n${identity.identity}\n` }]);
    const workspace = mkdtempSync(join(tmpdir(), 'ws-'));
    mkdirSync(join(workspace, 'config'));
    const bundle = { MCP_SECRETS_VERSION: '5', DB_URL: 'postgres://sops-planted-db-url' };
    writeFileSync(join(workspace, 'config', 'secrets.enc.yaml'), (await encryptSops({ data: bundle }, { fileName: 'config/secrets.enc.yaml', recipients: [identity.recipient] })).text);
    const run = await runBundledAction('sync', { workspace, inputs: { 'sops-age-key': 'op://MCP/SOPS Age key/private' }, env: connectEnv(), post: false });
    expect(errorsOf(run)).toEqual([]);
    expect(run.main.outputs).toMatchObject({ provider: 'sops', version: '5', keys: 'MCP_SECRETS_VERSION,DB_URL' });
    expect(run.main.summary).toContain('| Age identity | from 1Password op://MCP/SOPS Age key/private |');
    expect(run.main.masks).toContain(identity.identity);
    expect(findLeaks(run, [identity.identity, bundle.DB_URL, token])).toEqual([]);
    expect(filesHolding(run, [identity.identity], [])).toEqual([]);
  });

  test('fallback: sops with the key in 1Password: a Connect failure reading the bundle falls back to SOPS', async () => {
    connect.addItem('MCP', 'SOPS Age key', [{ label: 'private', value: identity.identity }]);
    connect.injectFault({ path: `vaults/${connect.item('MCP', 'CI bundle').vault.id}/items/${ciItemId}`, status: 500, times: 10 });
    const workspace = mkdtempSync(join(tmpdir(), 'ws-'));
    mkdirSync(join(workspace, 'config'));
    writeFileSync(join(workspace, 'config', 'secrets.enc.yaml'), (await encryptSops({ data: { K: 'sops-planted-k' } }, { fileName: 'config/secrets.enc.yaml', recipients: [identity.recipient] })).text);
    const run = await runBundledAction('sync', {
      workspace,
      inputs: { 'op-item': 'op://MCP/CI bundle', fallback: 'sops', 'sops-age-key': 'op://MCP/SOPS Age key/private', 'op-timeout-seconds': '5' },
      env: connectEnv(),
    });
    expect(errorsOf(run)).toEqual([]);
    expect(run.main.outputs).toMatchObject({ provider: 'sops', keys: 'K' });
    expect(run.main.commands.find((c) => c.command === 'warning')?.message).toMatch(/^1Password failed \(reading 'op:\/\/MCP\/CI bundle': .*HTTP 500.*\); falling back to the SOPS bundle/);
  });
});

describeWithShared(['fixtures', 'sops'], 'a real sops-made file with its age key in 1Password', (dir) => {
  test('sops-age.secret.enc.yaml decrypts with the key read from 1Password', async () => {
    const keyText = readFileSync(join(dir, 'keys', 'sops-age.key.txt'), 'utf8');
    connect.addItem('MCP', 'SOPS Age key', [{ label: 'private', value: keyText }]);
    const workspace = mkdtempSync(join(tmpdir(), 'ws-'));
    const file = 'sops-age.secret.enc.yaml';
    writeFileSync(join(workspace, file), readFileSync(join(dir, 'sops-produced', 'age', file)));
    const expected = JSON.parse(readFileSync(join(dir, 'sops-produced', 'age', `${file}.expected.json`), 'utf8')) as Record<string, unknown>;
    const names = Object.keys(expected).filter((k) => /^[A-Za-z_]\w*$/.test(k));
    const run = await runBundledAction('sync', { workspace, inputs: { 'sops-file': file, keys: names.join(','), 'sops-age-key': 'op://MCP/SOPS Age key/private' }, env: connectEnv() });
    expect(errorsOf(run)).toEqual([]);
    expect(run.main.outputs.provider).toBe('sops');
    for (const name of names) expect(run.main.env[name]).toBe(typeof expected[name] === 'string' ? expected[name] : JSON.stringify(expected[name]));
    const secretLines = keyText.split('\n').filter((line) => line.startsWith('AGE-SECRET-KEY-'));
    expect(findLeaks(run, secretLines)).toEqual([]);
  });
});

/** A port nothing listens on: bound, then released. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe('1Password errors a user can act on: exit 1, the reference named, no value, no files', () => {
  const expectCleanFailure = (run: ActionRun, values: string[]): void => {
    expect(run.main.exitCode).toBe(1);
    expect(existsSync(join(run.dirs.home, '.mcp'))).toBe(false);
    expect(findLeaks(run, values)).toEqual([]);
    expect(run.post?.exitCode).toBe(0);
  };

  test.each([
    ['a malformed reference', { 'op-secrets': 'API_TOKEN=op://MCP/ci api' }, "input 'op-secrets': 'op://MCP/ci api' is not a secret reference op://<vault>/<item>[/<section>]/<field>"],
    ['an entry that may be a pasted secret', { 'op-secrets': 'ops_pasted-into-the-wrong-input-1' }, "input 'op-secrets': expected NAME=op://<vault>/<item>[/<section>]/<field>, got an entry without = (not shown)"],
    ['a missing vault', { 'op-secrets': 'API_TOKEN=op://Prod/ci api/credential' }, "input 'op-secrets': 'op://Prod/ci api/credential': no vault 'Prod' that the 1Password Connect server at"],
    ['a missing item', { 'op-item': 'op://MCP/ci apis' }, "input 'op-item': 'op://MCP/ci apis': no item 'ci apis' that the 1Password Connect server at"],
    ['a missing field', { 'op-secrets': 'API_TOKEN=op://MCP/ci api/token' }, "input 'op-secrets': 'op://MCP/ci api/token': no field 'token' that the 1Password Connect server at"],
    ['a missing section', { 'op-secrets': 'DB=op://MCP/ci api/staging/password' }, "input 'op-secrets': 'op://MCP/ci api/staging/password': no section 'staging'"],
    ['a field name twice', { 'op-secrets': 'DB=op://MCP/ci api/password', 'op-item': 'op://MCP/ci api' }, "input 'op-item': 'op://MCP/ci api': two fields are labelled 'password'"],
  ])('%s', async (_case, inputs, message) => {
    const run = await runBundledAction('sync', { inputs, env: connectEnv() });
    expect(errorsOf(run)).toHaveLength(1);
    expect(errorsOf(run)[0].startsWith(message)).toBe(true);
    expectCleanFailure(run, [...Object.values(PLANTED), token, 'ops_pasted-into-the-wrong-input-1']);
  });

  test('a revoked token', async () => {
    connect.revokeToken(token);
    const run = await runBundledAction('sync', { inputs: { 'op-secrets': REFERENCES }, env: connectEnv() });
    expect(errorsOf(run)).toHaveLength(1);
    expect(errorsOf(run)[0]).toMatch(/^reading 'op:\/\/MCP\/ci api\/credential': .*HTTP 401: Invalid token signature/);
    expectCleanFailure(run, [token]);
  });

  test('Connect unreachable', async () => {
    const host = `http://127.0.0.1:${await closedPort()}`;
    const run = await runBundledAction('sync', { inputs: { 'op-item': 'op://MCP/CI bundle', 'op-timeout-seconds': '5' }, env: { OP_CONNECT_HOST: host, OP_CONNECT_TOKEN: token } });
    expect(errorsOf(run)).toHaveLength(1);
    expect(errorsOf(run)[0]).toMatch(new RegExp(`^reading 'op://MCP/CI bundle': cannot reach the 1Password Connect server at ${host.replace(/\./g, '\\.')} while listing vaults \\(ECONNREFUSED`));
    expectCleanFailure(run, [token]);
  });

  test('a Connect host without a token, and provider 1password without credentials, name the input', async () => {
    const noToken = await runBundledAction('sync', { inputs: { provider: '1password', 'op-item': 'op://MCP/CI bundle', 'op-connect-host': connect.url } });
    expect(errorsOf(noToken)).toEqual(["input 'op-connect-token': provider is 1password but no 1Password credentials are configured (set OP_SERVICE_ACCOUNT_TOKEN, or OP_CONNECT_HOST and OP_CONNECT_TOKEN)"]);
    expectCleanFailure(noToken, []);
    const fork = await runBundledAction('sync', { inputs: { 'op-item': 'op://MCP/CI bundle' } });
    expect(fork.main.exitCode).toBe(0);
    expect(fork.main.outputs.provider).toBe('none');
  });
});

describe('a service account through the SDK the action fetches on first use', () => {
  // The published tarballs (from npm's cache, which `npm ci` fills): the bundle checks them against its pins.
  const SA_TOKEN = 'ops_planted-service-account-token-5e8a';
  let SDK: { name: string; version: string; body: Buffer }[];
  let registry: NpmRegistry;
  let toolCache: string;
  beforeAll(() => {
    SDK = PINNED_SDK.map(({ name, version }) => ({ name, version, body: publishedTarball(name, version) }));
  });
  beforeEach(async () => {
    registry = await startNpmRegistry();
    for (const { name, version, body } of SDK) registry.serve(name, version, body);
    toolCache = mkdtempSync(join(tmpdir(), 'tool-cache-'));
  });
  afterEach(() => registry.close());

  const saEnv = (): Record<string, string> => ({ OP_SERVICE_ACCOUNT_TOKEN: SA_TOKEN, NPM_CONFIG_REGISTRY: registry.url, RUNNER_TOOL_CACHE: toolCache });

  test('the pinned SDK is downloaded, checked, cached and run: it refuses a malformed token, which is never shown', async () => {
    const run = await runBundledAction('sync', { inputs: { 'op-item': 'op://MCP/CI bundle' }, env: saEnv() });
    expect(registry.requests).toEqual(['/@1password/sdk/-/sdk-0.5.0.tgz', '/@1password/sdk-core/-/sdk-core-0.5.0.tgz']);
    expect(existsSync(join(toolCache, 'mcp-secrets-1password-sdk', '0.5.0'))).toBe(true);
    expect(run.main.stdout).toContain("Fetching 1Password's SDK @1password/sdk@0.5.0 and @1password/sdk-core@0.5.0");
    expect(errorsOf(run)).toHaveLength(1);
    expect(errorsOf(run)[0]).toMatch(/^1Password refused signing in with the service account token: invalid service account token.*\(check OP_SERVICE_ACCOUNT_TOKEN\)$/);
    expect(run.main.masks[0]).toBe(SA_TOKEN);
    expect(run.main.exitCode).toBe(1);
    expect(findLeaks(run, [SA_TOKEN])).toEqual([]);

    const again = await runBundledAction('sync', { inputs: { 'op-item': 'op://MCP/CI bundle' }, env: saEnv() });
    expect(errorsOf(again)).toEqual(errorsOf(run));
    expect(registry.requests).toHaveLength(2);
  });

  test('a tarball that is not the pinned one is never run; fallback: sops covers it', async () => {
    registry.serve('@1password/sdk', '0.5.0', packInstalled(REPO_ROOT, '@1password/sdk'));
    const refused = await runBundledAction('sync', { inputs: { 'op-item': 'op://MCP/CI bundle' }, env: saEnv() });
    expect(errorsOf(refused)).toEqual([
      `the tarball of @1password/sdk@0.5.0 from ${registry.url}/@1password/sdk/-/sdk-0.5.0.tgz is not the pinned one (sha512 differs); nothing was extracted or loaded`,
    ]);
    expect(existsSync(join(toolCache, 'mcp-secrets-1password-sdk'))).toBe(false);

    const identity = await generateAgeIdentity();
    const workspace = mkdtempSync(join(tmpdir(), 'ws-'));
    mkdirSync(join(workspace, 'config'));
    writeFileSync(join(workspace, 'config', 'secrets.enc.yaml'), (await encryptSops({ data: { K: 'sops-planted-k' } }, { fileName: 'config/secrets.enc.yaml', recipients: [identity.recipient] })).text);
    const fellBack = await runBundledAction('sync', { workspace, inputs: { 'op-item': 'op://MCP/CI bundle', fallback: 'sops' }, env: { ...saEnv(), SOPS_AGE_KEY: identity.identity } });
    expect(errorsOf(fellBack)).toEqual([]);
    expect(fellBack.main.outputs).toMatchObject({ provider: 'sops', keys: 'K' });
  });
});

describe('mcp-secrets sync with 1Password (bundled CLI)', () => {
  const home = (): string => mkdtempSync(join(tmpdir(), 'cli-home-'));

  test('Connect: writes the files 0600, prints key names only; credentials come from the environment', async () => {
    const cwd = home();
    const run = await runCliBundle(cwd, ['sync', '--op-item', 'op://MCP/CI bundle', '--op-secrets', REFERENCES], connectEnv());
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toContain('sync: 6 keys from 1password (MCP_SECRETS_VERSION 14)');
    expect(mode(join(cwd, '.mcp', '.env'))).toBe(0o600);
    for (const piece of secretPieces([...Object.values(PLANTED), token])) expect(run.stdout).not.toContain(piece);
  });

  test('exit 2 for a malformed reference, 1 for a revoked token; a service account uses the SDK installed with the CLI', async () => {
    const malformed = await runCliBundle(home(), ['sync', '--op-secrets', 'A=op://MCP'], connectEnv());
    expect(malformed.exitCode).toBe(2);
    expect(malformed.stderr).toContain("mcp-secrets sync: --op-secrets: 'op://MCP' is not a secret reference");
    connect.revokeToken(token);
    const revoked = await runCliBundle(home(), ['sync', '--op-item', 'op://MCP/CI bundle'], connectEnv());
    expect(revoked.exitCode).toBe(1);
    expect(revoked.stderr).toMatch(/reading 'op:\/\/MCP\/CI bundle': .*Invalid token signature/);
    const serviceAccount = await runCliBundle(home(), ['sync', '--op-item', 'op://MCP/CI bundle'], { OP_SERVICE_ACCOUNT_TOKEN: 'ops_cli-planted-token-2c9' });
    expect(serviceAccount.exitCode).toBe(1);
    expect(serviceAccount.stderr).toMatch(/1Password refused signing in with the service account token: invalid service account token/);
    expect(serviceAccount.stderr + serviceAccount.stdout).not.toContain('cli-planted');
  });
});
