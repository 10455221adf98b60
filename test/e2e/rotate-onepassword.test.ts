// `mcp-secrets rotate --new-age-key --age-key-to op://...` as users run it: the bundled CLI
// (dist/cli, built with `node scripts/build.mjs cli`) in a child process (no terminal), in temporary
// git repositories, against the 1Password Connect-API test server (and the Vault test server when
// publishing).
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decryptSops, generateAgeIdentity, type GeneratedAgeIdentity } from '@mcp-secrets/sops';
import { CLI_BUNDLE } from '../helpers/cli';
import { spawnNode, type ProcessRun } from '../helpers/runner';
import { startConnectServer, type ConnectServer } from '../support/onepassword-connect';
import { BUNDLE_FILE as FILE, rotationRepo, workingFiles as snapshot } from '../support/rotation-repo';
import { git, removeTempDirs } from '../support/temp-repo';
import { startVaultServer, type VaultServer } from '../support/vault-server';

const BUNDLE = { MCP_SECRETS_VERSION: '7', MCP_API_TOKEN: 'rotate-op-planted-api-token-2c8e', SIGNING_KEY: 'rotate-op-planted-signing-5a1f' };
const REF = 'op://MCP/SOPS Age key/private';

let alice: GeneratedAgeIdentity;
beforeAll(async () => {
  alice = await generateAgeIdentity();
});
afterAll(removeTempDirs);

let connect: ConnectServer;
let token: string;
beforeEach(async () => {
  connect = await startConnectServer();
  connect.addVault('MCP');
  // The runbook's item: the team's age identity, read with `op read 'op://MCP/SOPS Age key/private'`.
  connect.addItem('MCP', 'SOPS Age key', [
    { label: 'private', value: alice.identity, type: 'CONCEALED' },
    { label: 'public', value: alice.recipient, type: 'STRING' },
  ]);
  token = connect.addToken();
});
afterEach(() => connect.close());

const repository = (): Promise<string> =>
  rotationRepo({ data: BUNDLE, encryptFor: [alice.recipient], sopsConfig: `creation_rules:\n  - path_regex: config/.*\\.enc\\.yaml$\n    age: ${alice.recipient}\n` });

const rotate = (cwd: string, args: string[], env: Record<string, string> = {}): Promise<ProcessRun> =>
  spawnNode(
    CLI_BUNDLE,
    ['rotate', ...args],
    { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: mkdtempSync(join(tmpdir(), 'rotate-op-home-')), NO_COLOR: '1', SOPS_AGE_KEY: alice.identity, OP_CONNECT_HOST: connect.url, OP_CONNECT_TOKEN: token, ...env },
    cwd,
  );

const stored = (): string => connect.fieldValue('MCP', 'SOPS Age key', 'private') ?? '';
const decrypt = async (root: string, identity: string) => (await decryptSops(readFileSync(join(root, FILE)), { fileName: FILE, identities: identity })).data;
const fieldWrites = (): string[] => connect.requests.filter((r) => r.method !== 'GET').map((r) => r.method);

/** No planted value, credential or age identity (the new one included) in the output or the repository's files. */
function expectNoSecrets(run: ProcessRun, root: string, extra: string[] = []): void {
  const secrets = [...Object.values(BUNDLE).slice(1), alice.identity, token, ...extra];
  const printed = run.stdout + run.stderr;
  for (const value of secrets) expect(printed).not.toContain(value);
  expect(printed).not.toMatch(/AGE-SECRET-KEY-1/);
  const files = Object.values(snapshot(root)).join('\n');
  for (const value of secrets) expect(files).not.toContain(value);
}

describe('mcp-secrets rotate --new-age-key --age-key-to (bundled CLI, Connect test server)', () => {
  test('dry run: the reference is checked and shown in the plan, the field left as it was', async () => {
    const root = await repository();
    const before = snapshot(root);
    const run = await rotate(root, ['--new-age-key', '--age-key-to', REF, '--generate', 'SIGNING_KEY']);
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toContain(`  + a new age identity: public key added to .sops.yaml, secret key stored in ${REF} (replacing its value) once the files are written and verified, before anything is published\n`);
    expect(run.stdout).toContain('Dry run: nothing was written.');
    expect(connect.requests.length).toBeGreaterThan(0);
    expect(fieldWrites()).toEqual([]);
    expect(stored()).toBe(alice.identity);
    expect(snapshot(root)).toEqual(before);
    expectNoSecrets(run, root);
  });

  test('--yes without a terminal: the new identity is in the field (nowhere else), a recipient in .sops.yaml, and decrypts the bundle', async () => {
    const root = await repository();
    const run = await rotate(root, ['--new-age-key', '--age-key-to', REF, '--generate', 'SIGNING_KEY', '--yes']);
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(0);
    const identity = stored();
    expect(identity).toMatch(/^AGE-SECRET-KEY-1[0-9A-Z]+$/);
    expect(identity).not.toBe(alice.identity);
    const data = await decrypt(root, identity);
    expect(data).toEqual(await decrypt(root, alice.identity));
    expect(data.MCP_SECRETS_VERSION).toBe('8');
    const newRecipient = /new age identity (age1\w+) added to \.sops\.yaml/.exec(run.stdout)?.[1] ?? '';
    expect(readFileSync(join(root, '.sops.yaml'), 'utf8')).toContain(`age: ${alice.recipient},${newRecipient}`);
    expect(run.stdout).toContain(`  its secret key is stored in ${REF}, read back and compared\n`);
    expect(fieldWrites()).toEqual(['PATCH']);
    expect(git(root, 'status', '--porcelain')).toBe(` M .sops.yaml\n M ${FILE}\n`);
    expectNoSecrets(run, root, [identity, String(data.SIGNING_KEY)]);
  });

  test("the write's answer is lost: the field read back holds the new identity, so the rotation stands", async () => {
    const root = await repository();
    // Every PATCH applied and its answer dropped, the client's repeats included.
    connect.injectFault({ method: 'PATCH', reset: true, afterApply: true, times: 20 });
    const run = await rotate(root, ['--new-age-key', '--age-key-to', REF, '--yes']);
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(0);
    expect(fieldWrites().length).toBeGreaterThan(0);
    expect((await decrypt(root, stored())).MCP_SECRETS_VERSION).toBe('8');
    expectNoSecrets(run, root, [stored()]);
  });

  test('refusals and failures write nothing: exit 2 for the reference or the options, 1 for 1Password itself', async () => {
    const root = await repository();
    const before = snapshot(root);
    const cases: [string[], Record<string, string>, number, string][] = [
      [['--new-age-key', '--age-key-to', 'op://MCP/SOPS Age key', '--yes'], {}, 2, "--age-key-to: 'op://MCP/SOPS Age key' is not a secret reference"],
      [['--new-age-key', '--age-key-to', 'op://MCP/SOPS Age key/secret', '--yes'], {}, 2, "--age-key-to: 'op://MCP/SOPS Age key/secret': no field 'secret'"],
      [['--age-key-to', REF, '--generate', 'SIGNING_KEY', '--yes'], {}, 2, '--age-key-to only makes sense with --new-age-key'],
      [['--new-age-key', '--age-key-to', REF, '--age-key-out', '/tmp/k', '--yes'], {}, 2, 'two places for one new identity'],
      [['--new-age-key', '--age-key-to', REF, '--yes'], { OP_CONNECT_HOST: '', OP_CONNECT_TOKEN: '' }, 2, 'no 1Password credentials are configured'],
      [['--new-age-key', '--age-key-to', REF, '--yes'], { OP_CONNECT_TOKEN: 'revoked-or-unknown-token-value' }, 1, 'Invalid token signature'],
      [['--new-age-key', '--age-key-to', REF, '--op-timeout-seconds', '2', '--yes'], { OP_CONNECT_HOST: 'http://127.0.0.1:9' }, 1, 'the 1Password Connect server at http://127.0.0.1:9'],
    ];
    for (const [args, env, exitCode, message] of cases) {
      const run = await rotate(root, args, env);
      expect({ args, exitCode: run.exitCode }).toEqual({ args, exitCode });
      expect(run.stderr).toContain(message);
      expectNoSecrets(run, root, ['revoked-or-unknown-token-value']);
    }
    expect(fieldWrites()).toEqual([]);
    expect(stored()).toBe(alice.identity);
    expect(snapshot(root)).toEqual(before);
  });

  test('1Password refuses the write: exit 1, the files restored, the field as it was', async () => {
    const root = await repository();
    const before = snapshot(root);
    connect.injectFault({ method: 'PATCH', status: 403 });
    const run = await rotate(root, ['--new-age-key', '--age-key-to', REF, '--yes']);
    expect(run.exitCode).toBe(1);
    expect(run.stderr).toContain('(the local files were restored as they were)');
    expect(stored()).toBe(alice.identity);
    expect(snapshot(root)).toEqual(before);
    expectNoSecrets(run, root);
  });
});

describe('--age-key-to with --publish-vault (Connect and Vault test servers)', () => {
  let vault: VaultServer;
  beforeEach(async () => {
    vault = await startVaultServer();
    vault.enableKv('secret', 2);
    vault.writeKv('secret/mcp/ci', { secrets: JSON.stringify(BUNDLE) });
  });
  afterEach(() => vault.close());
  const vaultEnv = (): Record<string, string> => ({ VAULT_ADDR: vault.url, VAULT_TOKEN: vault.rootToken, VAULT_SECRET_PATH: 'secret/mcp/ci' });

  test('the identity is in the field before Vault is written', async () => {
    const root = await repository();
    // Vault's answer held back: the field is read while rotate's write is in flight.
    vault.injectFault({ method: 'POST', path: 'secret/data/mcp/ci', delayMs: 1000 });
    let finished = false;
    const running = rotate(root, ['--new-age-key', '--age-key-to', REF, '--publish-vault', '--yes'], vaultEnv()).finally(() => {
      finished = true;
    });
    const writing = (): boolean => vault.requests.some((r) => r.method === 'POST' && r.path === 'secret/data/mcp/ci');
    while (!finished && !writing()) await new Promise((resolve) => setTimeout(resolve, 20));
    const heldWhileWriting = stored();
    const run = await running;
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(0);
    expect(heldWhileWriting).not.toBe(alice.identity);
    expect(heldWhileWriting).toBe(stored());
    expect(run.stdout).toContain('published to Vault secret/mcp/ci: version 1 -> 2 (check-and-set)');
    expect((await decrypt(root, stored())).MCP_SECRETS_VERSION).toBe('8');
    expectNoSecrets(run, root, [stored()]);
  });

  test('Vault refuses the write: the field gets its previous value back, the files are restored, exit 1', async () => {
    const root = await repository();
    const before = snapshot(root);
    vault.injectFault({ method: 'POST', path: 'secret/data/mcp/ci', status: 403 });
    const run = await rotate(root, ['--new-age-key', '--age-key-to', REF, '--publish-vault', '--yes'], vaultEnv());
    expect(run.exitCode).toBe(1);
    expect(run.stderr).toContain(`nothing was published (${REF} holds its previous value again) (the local files were restored as they were)`);
    expect(fieldWrites()).toEqual(['PATCH', 'PATCH']);
    expect(stored()).toBe(alice.identity);
    expect(snapshot(root)).toEqual(before);
    expectNoSecrets(run, root);
  });
});
