// Attacks on rotate's crash safety: a check-and-set write whose answer is lost, a Vault that cannot
// be read back afterwards, two rotations at once, a rotation killed while it holds the bundle, and a
// failure at any step of writing the bundle, `.sops.yaml` and the new key file. Whatever happens,
// the repository and Vault are never silently out of step, rotate never claims a state it did not
// verify, and no value or private key is printed or left behind.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { join } from 'node:path';
import { applyRotation, planRotation, type KvStore, type RotationPlan, type RotationRequest } from '@mcp-secrets/rotation';
import { decryptSops, generateAgeIdentity, type GeneratedAgeIdentity } from '@mcp-secrets/sops';
import { createVaultClient, VaultError, type KvSecret } from '@mcp-secrets/vault';
import { CLI_BUNDLE, runCliBundle } from '../helpers/cli';
import { NODE_BIN, type ProcessRun } from '../helpers/runner';
import { BUNDLE_FILE, rotationRepo, workingFiles } from '../support/rotation-repo';
import { git, removeTempDirs, tempDir } from '../support/temp-repo';
import { startVaultServer, type VaultServer } from '../support/vault-server';

const BUNDLE = {
  MCP_SECRETS_VERSION: '7',
  MCP_API_TOKEN: 'hostile-rotate-planted-api-token-4e1f',
  DATABASE_URL: 'postgres://ci:hostile-rotate-planted-db-pass@db.internal:5432/mcp',
  SIGNING_KEY: 'hostile-rotate-planted-signing-key-8a2c',
};
const LOCK_FILE = 'config/.secrets.enc.yaml.rotate-lock';
const PRIVATE_KEY = /AGE-SECRET-KEY-1[0-9A-Z]+/;

let alice: GeneratedAgeIdentity;
let bob: GeneratedAgeIdentity;
beforeAll(async () => {
  [alice, bob] = await Promise.all([generateAgeIdentity(), generateAgeIdentity()]);
});
afterAll(removeTempDirs);

const repository = (): Promise<string> =>
  rotationRepo({
    data: BUNDLE,
    encryptFor: [alice.recipient, bob.recipient],
    sopsConfig: `creation_rules:\n  - path_regex: config/.*\\.enc\\.yaml$\n    age: ${alice.recipient},${bob.recipient}\n`,
  });

const decrypt = async (root: string, identity: string) => (await decryptSops(fs.readFileSync(join(root, BUNDLE_FILE)), { fileName: BUNDLE_FILE, identities: identity })).data;

/** A new, private (0700) folder outside the repository for `--age-key-out`. */
const keyFolder = (): string => tempDir('rotate-keys-');

const rotate = (cwd: string, args: string[], env: Record<string, string>): Promise<ProcessRun> =>
  runCliBundle(cwd, ['rotate', ...args], { HOME: tempDir('rotate-home-'), NO_COLOR: '1', ...env });

function expectNothingPrinted(text: string, values: string[]): void {
  for (const value of [...Object.values(BUNDLE).slice(1), alice.identity, bob.identity, ...values]) expect(text).not.toContain(value);
  expect(text).not.toMatch(PRIVATE_KEY);
}

describe('rotate --publish-vault against a Vault whose answers go missing (bundled CLI)', () => {
  let vault: VaultServer;
  let approle: { roleId: string; secretId: string };
  beforeEach(async () => {
    vault = await startVaultServer();
    vault.enableKv('secret', 2);
    vault.writeKv('secret/mcp/ci', { secrets: JSON.stringify(BUNDLE, null, 2) });
    vault.putPolicy('rotate', 'path "secret/data/mcp/*" {\n  capabilities = ["create", "update", "read"]\n}\n');
    approle = vault.addAppRole('rotate', { policies: ['rotate'] });
  });
  afterEach(() => vault.close());

  const vaultEnv = (): Record<string, string> => ({
    SOPS_AGE_KEY: alice.identity,
    VAULT_ADDR: vault.url,
    VAULT_ROLE_ID: approle.roleId,
    VAULT_SECRET_ID: approle.secretId,
    VAULT_SECRET_PATH: 'secret/mcp/ci',
  });
  const vaultBundle = async (): Promise<{ version: number; bundle: Record<string, unknown> }> => {
    const response = await fetch(`${vault.url}/v1/secret/data/mcp/ci`, { headers: { 'X-Vault-Token': vault.rootToken } });
    const body = (await response.json()) as { data: { data: { secrets: string }; metadata: { version: number } } };
    return { version: body.data.metadata.version, bundle: JSON.parse(body.data.data.secrets) as Record<string, unknown> };
  };
  const writesSent = (): number => vault.requests.filter((r) => r.method === 'POST' && r.path === 'secret/data/mcp/ci').length;
  const rotationArgs = (keyFile: string): string[] => ['--generate', 'MCP_API_TOKEN', '--new-age-key', '--age-key-out', keyFile, '--publish-vault', '--yes'];

  test.each([
    ['the connection drops after Vault applied it', { reset: true }],
    ['a gateway answers 502 after Vault applied it', { status: 502 }],
    ['a gateway answers 504 after Vault applied it', { status: 504 }],
  ])('attack: the answer to the check-and-set write is lost (%s): sent once, read back, reported as published', async (_how, fault) => {
    vault.injectFault({ method: 'POST', path: 'secret/data/mcp/ci', afterApply: true, ...fault });
    const root = await repository();
    const keyFile = join(keyFolder(), 'age.txt');
    const run = await rotate(root, rotationArgs(keyFile), vaultEnv());

    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(0);
    expect(writesSent()).toBe(1);
    expect(run.stdout).toContain('published to Vault secret/mcp/ci: version 1 -> 2 (check-and-set)');
    expect(run.stdout).toMatch(/the answer to the write was lost \(.+\): rotate read version 2 back and it is this rotation's bundle/);
    const published = await vaultBundle();
    expect(published.version).toBe(2);
    const secretKey = fs.readFileSync(keyFile, 'utf8').match(PRIVATE_KEY)?.[0] ?? '';
    expect(published.bundle).toEqual(await decrypt(root, secretKey));
    expect(published.bundle.MCP_SECRETS_VERSION).toBe('8');
    expect(git(root, 'status', '--porcelain', '--untracked-files=all')).toBe(` M .sops.yaml\n M ${BUNDLE_FILE}\n`);
    expectNothingPrinted(run.stdout + run.stderr, [approle.secretId, String(published.bundle.MCP_API_TOKEN)]);
  });

  test('attack: the answer is lost and Vault cannot be read back: "outcome unknown", the rotated files kept consistent, how to check', async () => {
    vault.injectFault({ method: 'POST', path: 'secret/data/mcp/ci', afterApply: true, reset: true });
    vault.injectFault({ method: 'GET', path: 'secret/data/mcp/ci', query: /version=2/, reset: true, times: 100 });
    const root = await repository();
    const keyFile = join(keyFolder(), 'age.txt');
    const run = await rotate(root, rotationArgs(keyFile), vaultEnv());

    expect(run.exitCode).toBe(1);
    expect(writesSent()).toBe(1);
    expect(run.stderr).toContain('the outcome is unknown');
    expect(run.stderr).not.toMatch(/someone else|nothing was published/i);
    expect(run.stderr).toContain('vault kv get -version=2 secret/mcp/ci');
    expect(run.stderr).toContain('MCP_SECRETS_VERSION 8');
    expect(run.stderr).toContain('The local files were kept as rotated');
    // Kept, and consistent with each other: the key file opens the bundle .sops.yaml now names.
    const secretKey = fs.readFileSync(keyFile, 'utf8').match(PRIVATE_KEY)?.[0] ?? '';
    const local = await decrypt(root, secretKey);
    const newRecipient = /# public key: (age1\w+)/.exec(fs.readFileSync(keyFile, 'utf8'))?.[1] ?? '';
    expect(fs.readFileSync(join(root, '.sops.yaml'), 'utf8')).toContain(newRecipient);
    // ...and what Vault really holds (the write was applied).
    expect((await vaultBundle()).bundle).toEqual(local);
    expect(Object.keys(workingFiles(root)).sort()).toEqual(['.sops.yaml', BUNDLE_FILE]);
    expectNothingPrinted(run.stdout + run.stderr, [approle.secretId, String(local.MCP_API_TOKEN)]);
  });

  test('attack: two rotate --yes at once: the second is refused by the lock, and the repository ends as Vault is', async () => {
    const root = await repository();
    // Hold the first rotation inside its Vault read (after it took the lock, before it wrote anything).
    vault.injectFault({ method: 'GET', path: 'secret/data/mcp/ci', delayMs: 8000 });
    let firstDone = false;
    const first = rotate(root, ['--generate', 'MCP_API_TOKEN', '--publish-vault', '--yes'], vaultEnv()).finally(() => {
      firstDone = true;
    });
    while (!firstDone && !vault.requests.some((r) => r.method === 'GET' && r.path === 'secret/data/mcp/ci')) await new Promise((resolve) => setTimeout(resolve, 20));
    const second = await rotate(root, ['--generate', 'SIGNING_KEY', '--publish-vault', '--yes'], vaultEnv());
    expect(firstDone).toBe(false);
    expect(second.exitCode).toBe(2);
    expect(second.stderr).toMatch(/another rotation of config\/secrets\.enc\.yaml is running \(pid \d+ on [^,]+, since \d{4}-/);
    expect(second.stderr).toContain('nothing was rotated');

    const firstRun = await first;
    expect(firstRun.exitCode).toBe(0);
    const published = await vaultBundle();
    expect(published.version).toBe(2);
    expect(published.bundle).toEqual(await decrypt(root, alice.identity));
    expect(published.bundle.SIGNING_KEY).toBe(BUNDLE.SIGNING_KEY);
    expect(Object.keys(workingFiles(root))).not.toContain(LOCK_FILE);
    expectNothingPrinted(firstRun.stdout + firstRun.stderr + second.stdout + second.stderr, [approle.secretId, String(published.bundle.MCP_API_TOKEN)]);
  }, 60_000);

  test('attack: a rotation killed while it holds the bundle: the next one explains the stale lock and does not steal it', async () => {
    const root = await repository();
    const before = workingFiles(root);
    vault.injectFault({ method: 'GET', path: 'secret/data/mcp/ci', delayMs: 30_000 });
    const env = { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: tempDir('rotate-home-'), ...vaultEnv() };
    const killed = spawn(NODE_BIN, [CLI_BUNDLE, 'rotate', '--generate', 'MCP_API_TOKEN', '--publish-vault', '--yes'], { cwd: root, env, stdio: 'ignore' });
    let exited = false;
    const gone = new Promise((resolve) => killed.once('exit', resolve)).finally(() => {
      exited = true;
    });
    while (!exited && !vault.requests.some((r) => r.method === 'GET' && r.path === 'secret/data/mcp/ci')) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(exited).toBe(false);
    killed.kill('SIGKILL');
    await gone;
    const lockPath = join(root, LOCK_FILE);
    expect(fs.existsSync(lockPath)).toBe(true);

    const next = await rotate(root, ['--generate', 'SIGNING_KEY', '--yes'], { SOPS_AGE_KEY: alice.identity });
    expect(next.exitCode).toBe(2);
    expect(next.stderr).toContain(`pid ${killed.pid} on this host`);
    expect(next.stderr).toContain('is no longer running');
    expect(next.stderr).toContain('git status');
    expect(next.stderr).toContain(`rm ${fs.realpathSync(lockPath)}`);
    expect(fs.existsSync(lockPath)).toBe(true);
    expect(workingFiles(root)).toEqual({ ...before, [LOCK_FILE]: fs.readFileSync(lockPath, 'utf8') });

    fs.rmSync(lockPath);
    const after = await rotate(root, ['--generate', 'SIGNING_KEY', '--yes'], { SOPS_AGE_KEY: alice.identity });
    expect(after.exitCode).toBe(0);
    expectNothingPrinted(next.stdout + next.stderr + after.stdout + after.stderr, [approle.secretId]);
  }, 60_000);
});

describe('the Vault client and a check-and-set write', () => {
  test('attack: a write whose answer is lost is never sent again (a retry would fail its own check-and-set)', async () => {
    const vault = await startVaultServer();
    try {
      vault.enableKv('secret', 2);
      vault.writeKv('secret/mcp/ci', { V: 'one' });
      vault.injectFault({ method: 'POST', path: 'secret/data/mcp/ci', afterApply: true, reset: true });
      const client = createVaultClient({ address: vault.url, token: vault.rootToken, env: {}, sleep: async () => undefined });
      const error = await client.writeKvV2('secret/mcp/ci', { V: 'two' }, { cas: 1 }).then(
        () => undefined,
        (thrown: unknown) => thrown,
      );
      expect(error).toBeInstanceOf(VaultError);
      expect(error).toMatchObject({ kind: 'network', outcomeUnknown: true });
      expect((error as VaultError).message).toContain('it may have been applied; it was not sent again');
      expect(vault.requests.filter((r) => r.method === 'POST')).toHaveLength(1);
      expect((await client.readKv('secret/mcp/ci')).data).toEqual({ V: 'two' });
    } finally {
      await vault.close();
    }
  });
});

const request = (extra: Partial<RotationRequest> = {}): RotationRequest => ({
  bundleFile: BUNDLE_FILE,
  changes: { set: [], setFromEnv: [], generate: ['MCP_API_TOKEN'] },
  allowAdd: false,
  newAgeKey: false,
  ...extra,
});
const plan = (root: string, extra: Partial<RotationRequest> = {}): Promise<RotationPlan> => planRotation(request(extra), { cwd: root, env: { SOPS_AGE_KEY: alice.identity } });

/** The calls that change the file system while rotate writes; an injected failure hits the n-th of them. */
const FILE_STEPS = ['openSync', 'writeSync', 'writeFileSync', 'fsyncSync', 'closeSync', 'chmodSync', 'renameSync', 'mkdirSync'] as const;

async function withFailureAt<T>(step: number, work: () => Promise<T>): Promise<{ steps: number; result: Promise<T> }> {
  let calls = 0;
  const spies = FILE_STEPS.map((name) => {
    const real = fs[name] as (...args: unknown[]) => unknown;
    return jest.spyOn(fs, name).mockImplementation(((...args: unknown[]) => {
      if (calls++ === step) throw Object.assign(new Error(`EIO: i/o error, injected at step ${step} (${name})`), { code: 'EIO' });
      return real.apply(fs, args);
    }) as never);
  });
  const result = work();
  await result.catch(() => undefined);
  for (const spy of spies) spy.mockRestore();
  return { steps: calls, result };
}

describe('rotate --new-age-key --age-key-out: bundle, .sops.yaml and key file all or nothing (library)', () => {
  test('attack: a failure at every step of the write leaves the repository exactly as before and no key file or key anywhere', async () => {
    const root = await repository();
    const before = workingFiles(root);
    const keys = keyFolder();

    // Count the steps of a run that succeeds (in a second repository), then fail each one in turn.
    const reference = await plan(await repository(), { newAgeKey: true, ageKeyOut: join(keyFolder(), 'age.txt') });
    const counted = await withFailureAt(-1, () => applyRotation(reference));
    await expect(counted.result).resolves.toBeDefined();
    expect(counted.steps).toBeGreaterThan(6);

    for (let step = 0; step < counted.steps; step++) {
      const planned = await plan(root, { newAgeKey: true, ageKeyOut: join(keys, `age-${step}.txt`) });
      const { result } = await withFailureAt(step, () => applyRotation(planned));
      const error = await result.then(
        () => new Error(`step ${step}: the rotation succeeded`),
        (thrown: unknown) => thrown as Error,
      );
      expect(error.message).toContain(`injected at step ${step}`);
      expect(error.message).not.toMatch(PRIVATE_KEY);
      expect({ step, files: workingFiles(root) }).toEqual({ step, files: before });
      expect({ step, keys: fs.readdirSync(keys) }).toEqual({ step, keys: [] });
    }
  }, 120_000);

  test('attack: --age-key-out in a folder others can open is refused before anything is written', async () => {
    const root = await repository();
    const before = workingFiles(root);
    const shared = keyFolder();
    fs.chmodSync(shared, 0o755);
    await expect(plan(root, { newAgeKey: true, ageKeyOut: join(shared, 'age.txt') })).rejects.toThrow(
      `input 'age-key-out': the folder ${shared} can be opened by others (mode 0755): a secret key file belongs in a folder only you can open (chmod 700 ${shared}, or choose another folder)`,
    );
    expect(workingFiles(root)).toEqual(before);
    expect(fs.readdirSync(shared)).toEqual([]);
  });
});

describe('two rotations of one bundle (library)', () => {
  test('attack: both planned from the same files, then both applied: the second is refused, not a silent overwrite', async () => {
    const root = await repository();
    const first = await plan(root);
    const second = await plan(root, { changes: { set: [], setFromEnv: [], generate: ['SIGNING_KEY'] } });
    await applyRotation(first);
    const afterFirst = workingFiles(root);
    await expect(applyRotation(second)).rejects.toThrow(`${BUNDLE_FILE}: changed since rotate read it (another rotation, or an edit): nothing was rotated (run rotate again)`);
    expect(workingFiles(root)).toEqual(afterFirst);
    expect((await decrypt(root, alice.identity)).SIGNING_KEY).toBe(BUNDLE.SIGNING_KEY);
  });

  test('attack: a second rotation while the first is still publishing is refused by the lock; the first completes', async () => {
    const root = await repository();
    let letFirstRead: () => void = () => undefined;
    const held = new Promise<void>((resolve) => {
      letFirstRead = resolve;
    });
    const store = (wait: Promise<void>): KvStore & { written: Record<string, unknown>[] } => {
      const written: Record<string, unknown>[] = [];
      return {
        written,
        async readKv(path): Promise<KvSecret> {
          await wait;
          if (written.length === 0) throw new VaultError('not-found', `no secret at ${path}`);
          return { mount: 'secret', kvVersion: 2, path, apiPath: path, data: written[written.length - 1] };
        },
        async writeKvV2(path, data) {
          written.push(data);
          return { mount: 'secret', path, apiPath: path, version: written.length, createdTime: '' };
        },
      };
    };
    const firstKv = store(held);
    const first = applyRotation(await plan(root), { vault: { kv: firstKv, path: 'secret/mcp/ci', secretsKey: 'secrets' } });
    const secondKv = store(Promise.resolve());
    const second = applyRotation(await plan(root), { vault: { kv: secondKv, path: 'secret/mcp/ci', secretsKey: 'secrets' } });
    await expect(second).rejects.toThrow(new RegExp(`another rotation of config/secrets\\.enc\\.yaml is running \\(pid ${process.pid} on `));
    expect(secondKv.written).toEqual([]);
    letFirstRead();
    await expect(first).resolves.toMatchObject({ result: { vault: { version: 1 } } });
    expect(JSON.parse(String(firstKv.written[0].secrets))).toEqual(await decrypt(root, alice.identity));
    expect(Object.keys(workingFiles(root))).not.toContain(LOCK_FILE);
  });
});
