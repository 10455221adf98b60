// `mcp-secrets rotate` as users run it: the bundled CLI (dist/cli, built with
// `node scripts/build.mjs cli`) in a child process, in temporary git repositories holding a bundle
// encrypted with identities generated at test time, against the Vault-API-compatible test server.
import { spawn } from 'node:child_process';
import { CLI_BUNDLE } from '../helpers/cli';
import { existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decryptSops, generateAgeIdentity, type GeneratedAgeIdentity } from '@mcp-secrets/sops';
import { NODE_BIN, spawnNode, type ProcessRun } from '../helpers/runner';
import { BUNDLE_FILE as FILE, rotationRepo, workingFiles as snapshot } from '../support/rotation-repo';
import { git, removeTempDirs } from '../support/temp-repo';
import { startVaultServer, type VaultServer } from '../support/vault-server';

const BUNDLE = {
  MCP_SECRETS_VERSION: '7',
  MCP_API_TOKEN: 'rotate-planted-api-token-9f8e',
  DATABASE_URL: 'postgres://ci:rotate-planted-db-pass@db.internal:5432/mcp',
  SIGNING_KEY: 'rotate-planted-signing-key-7d6c',
  WEBHOOK_SECRET: 'rotate-planted-webhook-5b4a',
};
const NEW_TOKEN = 'rotate-new-token-from-env-3e2d';

let alice: GeneratedAgeIdentity;
let bob: GeneratedAgeIdentity;

beforeAll(async () => {
  [alice, bob] = await Promise.all([generateAgeIdentity(), generateAgeIdentity()]);
});
afterAll(removeTempDirs);

type CliRun = ProcessRun;

const repository = (): Promise<string> =>
  rotationRepo({
    data: BUNDLE,
    encryptFor: [alice.recipient, bob.recipient],
    sopsConfig: `# team keys\ncreation_rules:\n  - path_regex: config/.*\\.enc\\.yaml$\n    age: ${alice.recipient},${bob.recipient}\n`,
    files: { 'README.md': 'demo\n' },
  });

/** Only what the CLI needs: no VAULT_* or SOPS_* of the machine running the tests. */
const rotate = (cwd: string, args: string[], env: Record<string, string>): Promise<CliRun> => spawnNode(CLI_BUNDLE, ['rotate', ...args], childEnv(env), cwd);

function childEnv(extra: Record<string, string>): Record<string, string> {
  return { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: mkdtempSync(join(tmpdir(), 'rotate-home-')), NO_COLOR: '1', ...extra };
}

const decrypt = async (root: string, identity: string) => (await decryptSops(readFileSync(join(root, FILE)), { fileName: FILE, identities: identity })).data;

function expectNoValues(run: CliRun, extra: string[] = []): void {
  const printed = run.stdout + run.stderr;
  for (const value of [...Object.values(BUNDLE).slice(1), NEW_TOKEN, alice.identity, bob.identity, ...extra]) expect(printed).not.toContain(value);
}

describe('mcp-secrets rotate (bundled CLI, child process)', () => {
  test('--yes: values changed, version bumped, other keys kept, decrypts with every recipient, names only printed', async () => {
    const root = await repository();
    const run = await rotate(root, ['--set-from-env', 'MCP_API_TOKEN', '--generate', 'SIGNING_KEY,WEBHOOK_SECRET', '--task', 'TASK-OPS-302', '--yes'], {
      SOPS_AGE_KEY: alice.identity,
      MCP_API_TOKEN: NEW_TOKEN,
    });
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(0);
    const data = await decrypt(root, bob.identity);
    expect(await decrypt(root, alice.identity)).toEqual(data);
    expect(data).toMatchObject({ MCP_SECRETS_VERSION: '8', MCP_API_TOKEN: NEW_TOKEN, DATABASE_URL: BUNDLE.DATABASE_URL });
    expect(data.SIGNING_KEY).toMatch(/^[0-9a-f]{64}$/);
    expect(data.WEBHOOK_SECRET).toMatch(/^[0-9a-f]{64}$/);
    expect(run.stdout).toContain('Rotated config/secrets.enc.yaml (task TASK-OPS-302):');
    expect(run.stdout).toContain('change MCP_API_TOKEN (value from the environment)');
    expect(run.stdout).toContain('change WEBHOOK_SECRET (new random value, 32 bytes hex)');
    expect(run.stdout).toContain('MCP_SECRETS_VERSION 7 -> 8');
    expect(run.stdout).toContain('unchanged: DATABASE_URL');
    expect(run.stdout).toContain(`verified: the written bundle decrypts to the rotated values with ${alice.recipient}`);
    expectNoValues(run, [String(data.SIGNING_KEY), String(data.WEBHOOK_SECRET)]);
    expect(git(root, 'status', '--porcelain')).toBe(` M ${FILE}\n`);
  });

  test('without --yes (no terminal): the plan with names only, exit 0, nothing written', async () => {
    const root = await repository();
    const before = snapshot(root);
    const run = await rotate(root, ['--set', `MCP_API_TOKEN=${NEW_TOKEN}`, '--generate', 'SIGNING_KEY'], { SOPS_AGE_KEY: alice.identity });
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toBe(
      [
        'Rotation plan for config/secrets.enc.yaml:',
        '  change MCP_API_TOKEN (value from --set)',
        '  change SIGNING_KEY (new random value, 32 bytes hex)',
        '  MCP_SECRETS_VERSION 7 -> 8',
        '  unchanged: DATABASE_URL, WEBHOOK_SECRET',
        `  recipients (.sops.yaml, creation rule 1): ${alice.recipient}, ${bob.recipient}`,
        'Dry run: nothing was written. Re-run with --yes to apply.',
        '',
      ].join('\n'),
    );
    expectNoValues(run);
    expect(snapshot(root)).toEqual(before);
  });

  test('--new-age-key --age-key-out: new recipient in .sops.yaml and the bundle, key file 0600 outside the repository', async () => {
    const root = await repository();
    const keyFile = join(mkdtempSync(join(tmpdir(), 'rotate-keys-')), 'age.txt');
    const run = await rotate(root, ['--new-age-key', '--age-key-out', keyFile, '--generate', 'SIGNING_KEY', '--yes'], { SOPS_AGE_KEY: alice.identity });
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(0);
    expect(statSync(keyFile).mode & 0o777).toBe(0o600);
    const secretKey = readFileSync(keyFile, 'utf8').split('\n')[2];
    const newRecipient = /# public key: (age1\w+)/.exec(readFileSync(keyFile, 'utf8'))?.[1] ?? '';
    const data = await decrypt(root, secretKey);
    expect(await decrypt(root, alice.identity)).toEqual(data);
    expect(data).toMatchObject({ MCP_SECRETS_VERSION: '8', MCP_API_TOKEN: BUNDLE.MCP_API_TOKEN });
    const config = readFileSync(join(root, '.sops.yaml'), 'utf8');
    expect(config).toContain(`age: ${alice.recipient},${bob.recipient},${newRecipient}`);
    expect(config).toContain('# team keys');
    expect(run.stdout).toContain(`new age identity ${newRecipient} added to .sops.yaml`);
    expectNoValues(run, [secretKey, String(data.SIGNING_KEY)]);
    expect(git(root, 'status', '--porcelain')).toBe(` M .sops.yaml\n M ${FILE}\n`);
    expect(Object.values(snapshot(root)).join('\n')).not.toContain(secretKey);

    const insideRepo = await rotate(await repository(), ['--new-age-key', '--age-key-out', 'keys.txt', '--yes'], { SOPS_AGE_KEY: alice.identity });
    expect(insideRepo.exitCode).toBe(2);
    expect(insideRepo.stderr).toContain('is inside the repository: a secret key must never be committed');
  });

  test('--new-age-key without --age-key-out and without a terminal is refused: a key is never printed to a log', async () => {
    const root = await repository();
    const before = snapshot(root);
    const run = await rotate(root, ['--new-age-key', '--yes'], { SOPS_AGE_KEY: alice.identity });
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toContain("mcp-secrets rotate: --age-key-out: --new-age-key without a terminal needs --age-key-out FILE");
    expect(snapshot(root)).toEqual(before);
  });

  (existsSync('/usr/bin/script') ? test : test.skip)('on a terminal, the new secret key is shown once and decrypts the bundle', async () => {
    const root = await repository();
    const command = `${NODE_BIN} ${CLI_BUNDLE} rotate --new-age-key --yes`;
    const run = await new Promise<CliRun>((resolve, reject) => {
      const child = spawn('script', ['-qec', command, '/dev/null'], { cwd: root, env: childEnv({ SOPS_AGE_KEY: alice.identity }), stdio: ['ignore', 'pipe', 'pipe'] });
      let stdout = '';
      child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
      child.on('error', reject);
      child.on('close', (code) => resolve({ exitCode: code ?? -1, stdout, stderr: '' }));
    });
    expect(run.exitCode).toBe(0);
    const shown = run.stdout.match(/AGE-SECRET-KEY-1[0-9A-Z]+/g) ?? [];
    expect(shown).toHaveLength(1);
    const [secretKey = ''] = shown;
    expect((await decrypt(root, secretKey)).MCP_SECRETS_VERSION).toBe('8');
    expect(Object.values(snapshot(root)).join('\n')).not.toContain(secretKey);
  });

  test('refusals exit 2 and leave every file as it was: dirty tree, unknown key, reserved name, no recipients', async () => {
    const env = { SOPS_AGE_KEY: alice.identity };
    const dirty = await repository();
    writeFileSync(join(dirty, FILE), `${readFileSync(join(dirty, FILE), 'utf8')}# local edit\n`);
    const dirtyBefore = snapshot(dirty);
    const dirtyRun = await rotate(dirty, ['--generate', 'SIGNING_KEY', '--yes'], env);
    expect(dirtyRun.exitCode).toBe(2);
    expect(dirtyRun.stderr).toContain(`uncommitted changes to ${FILE}: nothing was rotated`);
    expect(snapshot(dirty)).toEqual(dirtyBefore);

    const root = await repository();
    const before = snapshot(root);
    const unknown = await rotate(root, ['--set', `MCP_API_TOKN=${NEW_TOKEN}`, '--yes'], env);
    expect(unknown.exitCode).toBe(2);
    expect(unknown.stderr).toBe(`mcp-secrets rotate: ${FILE} has no key MCP_API_TOKN (check the spelling, or add --add to add new keys)\n`);
    const reserved = await rotate(root, ['--generate', 'GITHUB_TOKEN', '--add', '--yes'], env);
    expect(reserved.exitCode).toBe(2);
    expect(reserved.stderr).toContain('reserved names can never be in a secret bundle: GITHUB_TOKEN');
    writeFileSync(join(root, '.sops.yaml'), 'creation_rules:\n  - path_regex: config/\n    pgp: ABCDEF\n');
    git(root, 'commit', '-qam', 'pgp only');
    const noRecipients = await rotate(root, ['--generate', 'SIGNING_KEY', '--yes'], env);
    expect(noRecipients.exitCode).toBe(2);
    expect(noRecipients.stderr).toContain('.sops.yaml:2: creation rule 1 has no age recipients');
    expect(snapshot(root)[FILE]).toEqual(before[FILE]);
    for (const run of [dirtyRun, unknown, reserved, noRecipients]) expectNoValues(run);
  });
});

describe('mcp-secrets rotate --publish-vault (test Vault server)', () => {
  let vault: VaultServer;
  let approle: { roleId: string; secretId: string };
  beforeEach(async () => {
    vault = await startVaultServer();
    vault.enableKv('secret', 2);
    vault.writeKv('secret/mcp/ci', { secrets: JSON.stringify(BUNDLE, null, 2) });
    vault.putPolicy('rotate', 'path "secret/data/mcp/*" {\n  capabilities = ["create", "update", "read"]\n}\npath "secret/metadata/mcp/*" {\n  capabilities = ["read"]\n}\n');
    approle = vault.addAppRole('rotate', { policies: ['rotate'] });
  });
  afterEach(() => vault.close());

  const vaultEnv = () => ({ SOPS_AGE_KEY: alice.identity, VAULT_ADDR: vault.url, VAULT_ROLE_ID: approle.roleId, VAULT_SECRET_ID: approle.secretId, VAULT_SECRET_PATH: 'secret/mcp/ci' });
  const vaultBundle = async (): Promise<{ version: number; bundle: Record<string, unknown> }> => {
    const response = await fetch(`${vault.url}/v1/secret/data/mcp/ci`, { headers: { 'X-Vault-Token': vault.rootToken } });
    const body = (await response.json()) as { data: { data: { secrets: string }; metadata: { version: number } } };
    return { version: body.data.metadata.version, bundle: JSON.parse(body.data.data.secrets) as Record<string, unknown> };
  };

  test('publishes the rotated bundle with cas = the version read, logs in with AppRole and revokes the token', async () => {
    const root = await repository();
    const run = await rotate(root, ['--set-from-env', 'MCP_API_TOKEN', '--publish-vault', '--yes'], { ...vaultEnv(), MCP_API_TOKEN: NEW_TOKEN });
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toContain('published to Vault secret/mcp/ci: version 1 -> 2 (check-and-set)');
    const published = await vaultBundle();
    expect(published.version).toBe(2);
    expect(published.bundle).toEqual(await decrypt(root, alice.identity));
    expect(published.bundle).toMatchObject({ MCP_SECRETS_VERSION: '8', MCP_API_TOKEN: NEW_TOKEN });
    const write = vault.requests.find((r) => r.method === 'POST' && r.path === 'secret/data/mcp/ci');
    expect(write).toBeDefined();
    expect(vault.requests.some((r) => r.path === 'auth/token/revoke-self')).toBe(true);
    expectNoValues(run, [approle.secretId]);
  });

  test('a stale cas (someone published meanwhile): exit 2, nothing published, every file as it was', async () => {
    const root = await repository();
    const before = snapshot(root);
    const keyFile = join(mkdtempSync(join(tmpdir(), 'rotate-keys-')), 'age.txt');
    // Hold rotate's write back while another writer publishes version 2.
    vault.injectFault({ method: 'POST', path: 'secret/data/mcp/ci', delayMs: 1500 });
    let finished = false;
    const running = rotate(root, ['--generate', 'MCP_API_TOKEN', '--new-age-key', '--age-key-out', keyFile, '--publish-vault', '--yes'], vaultEnv()).finally(() => {
      finished = true;
    });
    const writing = (): boolean => vault.requests.some((r) => r.method === 'POST' && r.path === 'secret/data/mcp/ci');
    while (!finished && !writing()) await new Promise((resolve) => setTimeout(resolve, 20));
    vault.writeKv('secret/mcp/ci', { secrets: JSON.stringify({ ...BUNDLE, MCP_SECRETS_VERSION: '7', OTHER: 'writer' }) });
    const run = await running;
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toMatch(/Someone else published secret\/mcp\/ci after rotate read version 1: Vault's version 2 is another bundle, so nothing was published \(the local files were restored as they were\)/);
    expect(run.stdout).not.toContain('Rotated');
    expect((await vaultBundle()).version).toBe(2);
    expect((await vaultBundle()).bundle.OTHER).toBe('writer');
    expect(snapshot(root)).toEqual(before);
    expect(git(root, 'status', '--porcelain')).toBe('');
    expect(existsSync(keyFile)).toBe(false);
    expectNoValues(run, [approle.secretId]);
  });

  test('--publish-vault without credentials is refused before anything is read or written', async () => {
    const root = await repository();
    const before = snapshot(root);
    const run = await rotate(root, ['--generate', 'SIGNING_KEY', '--publish-vault', '--yes'], { SOPS_AGE_KEY: alice.identity, VAULT_ADDR: vault.url, VAULT_SECRET_PATH: 'secret/mcp/ci' });
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toContain('no Vault credentials are configured');
    expect(snapshot(root)).toEqual(before);
    expect(vault.requests).toEqual([]);
  });
});
