// `mcp-secrets rotate --vault-secret-path` (Vault-only rotation, no SOPS bundle) as users run it:
// the bundled CLI (dist/cli, built with `node scripts/build.mjs cli`) in a child process, in an
// empty folder, against the Vault-API-compatible test server.
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CLI_BUNDLE } from '../helpers/cli';
import { spawnNode, type ProcessRun } from '../helpers/runner';
import { startVaultServer, type VaultServer } from '../support/vault-server';

const APP = { MCP_SECRETS_VERSION: '2026.11.2', MACHINE_SECRET_TOKEN: 'rotate-vault-planted-machine-4d1c', DATABASE_URL: 'postgres://app:rotate-vault-planted-db-8e2f@db/app' };
const WORKER = { MACHINE_SECRET_TOKEN: 'rotate-vault-planted-machine-4d1c', QUEUE_PASSWORD: 'rotate-vault-planted-queue-6b3a' };
const NEW_TOKEN = 'rotate-vault-new-token-from-env-1f7e';
const PLANTED = [...Object.values(APP).slice(1), ...Object.values(WORKER), NEW_TOKEN];
const ISO_SECOND = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/;

let vault: VaultServer;
let token: string;
let approle: { roleId: string; secretId: string };
beforeEach(async () => {
  vault = await startVaultServer();
  vault.enableKv('secret', 2);
  vault.enableKv('legacy', 1);
  // The bundle as a JSON field at one path, as plain fields at the other: both layouts are kept.
  vault.writeKv('secret/app-prod', { secrets: JSON.stringify(APP), owner_note: 'platform team' });
  vault.writeKv('secret/worker-prod', WORKER);
  vault.writeKv('legacy/app', APP);
  vault.customMetadata('secret/app-prod', { owner: 'platform' });
  vault.putPolicy('rotator', 'path "secret/data/*" { capabilities = ["read", "create", "update"] }\npath "secret/metadata/*" { capabilities = ["read", "patch"] }\npath "legacy/*" { capabilities = ["read"] }\n');
  token = vault.createToken({ policies: ['rotator'] });
  approle = vault.addAppRole('rotator', { policies: ['rotator'] });
});
afterEach(() => vault.close());

/** An empty folder (no repository, no bundle) and only the variables given. */
async function rotate(args: string[], env: Record<string, string>): Promise<ProcessRun & { cwd: string }> {
  const cwd = mkdtempSync(join(tmpdir(), 'rotate-vault-'));
  const run = await spawnNode(CLI_BUNDLE, ['rotate', ...args], { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: cwd, NO_COLOR: '1', VAULT_ADDR: vault.url, ...env }, cwd);
  return { ...run, cwd };
}

async function read(path: string, version?: number): Promise<{ data: Record<string, string>; version: number }> {
  const [mount, ...rest] = path.split('/');
  const response = await fetch(`${vault.url}/v1/${mount}/data/${rest.join('/')}${version === undefined ? '' : `?version=${version}`}`, { headers: { 'X-Vault-Token': vault.rootToken } });
  const body = (await response.json()) as { data: { data: Record<string, string>; metadata: { version: number } } };
  return { data: body.data.data, version: body.data.metadata.version };
}
const appBundle = async (version?: number): Promise<Record<string, string>> => JSON.parse((await read('secret/app-prod', version)).data.secrets) as Record<string, string>;
const writes = (): string[] => vault.requests.filter((r) => r.method !== 'GET' && r.path.startsWith('secret/')).map((r) => `${r.method} ${r.path}`);

/** No planted or new value in the output, and nothing written to the folder rotate ran in. */
function expectNoValues(run: ProcessRun & { cwd: string }, extra: string[] = []): void {
  const printed = run.stdout + run.stderr;
  for (const value of [...PLANTED, token, approle.secretId, ...extra]) expect(printed).not.toContain(value);
  expect(readdirSync(run.cwd)).toEqual([]);
}

describe('mcp-secrets rotate --vault-secret-path (bundled CLI, test Vault server)', () => {
  test('dry run: the plan with paths, versions and key names, exit 0, nothing written', async () => {
    const run = await rotate(['--vault-secret-path', 'secret/app-prod', '--set-from-env', 'MACHINE_SECRET_TOKEN', '--task', 'TASK-OPS-77'], { VAULT_TOKEN: token, MACHINE_SECRET_TOKEN: NEW_TOKEN });
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toBe(
      [
        'Rotation plan for Vault (task TASK-OPS-77):',
        '  secret/app-prod (KV v2, version 1):',
        '    change MACHINE_SECRET_TOKEN (value from the environment)',
        '    MCP_SECRETS_VERSION 2026.11.2 -> 2026.11.3',
        '    unchanged: DATABASE_URL',
        '  Each path is written with check-and-set on the version above and read back; a failure rolls back the paths already written.',
        "  rotated_at.KEY is recorded in each secret's custom_metadata.",
        'Dry run: nothing was written. Re-run with --yes to apply.',
        '',
      ].join('\n'),
    );
    expect(writes()).toEqual([]);
    expect((await read('secret/app-prod')).version).toBe(1);
    expectNoValues(run);
  });

  test('--yes with AppRole: the key changed, the version bumped, the other fields kept, rotated_at recorded, the token revoked', async () => {
    const run = await rotate(['--vault-secret-path', 'secret/app-prod', '--set-from-env', 'MACHINE_SECRET_TOKEN', '--task', 'TASK-OPS-77', '--yes'], {
      VAULT_ROLE_ID: approle.roleId,
      VAULT_SECRET_ID: approle.secretId,
      MACHINE_SECRET_TOKEN: NEW_TOKEN,
    });
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(0);
    const after = await read('secret/app-prod');
    expect(after.version).toBe(2);
    expect(after.data.owner_note).toBe('platform team');
    expect(await appBundle()).toEqual({ ...APP, MCP_SECRETS_VERSION: '2026.11.3', MACHINE_SECRET_TOKEN: NEW_TOKEN });
    const custom = vault.customMetadata('secret/app-prod') ?? {};
    expect(custom.owner).toBe('platform');
    expect(custom['rotated_at.MACHINE_SECRET_TOKEN']).toMatch(ISO_SECOND);
    expect(Object.keys(custom).sort()).toEqual(['owner', 'rotated_at.MACHINE_SECRET_TOKEN']);
    expect(run.stdout).toContain('Rotated in Vault (task TASK-OPS-77):');
    expect(run.stdout).toContain('  secret/app-prod: version 1 -> 2 (check-and-set), read back and verified');
    expect(run.stdout).toContain(`    recorded rotated_at.<key> = ${custom['rotated_at.MACHINE_SECRET_TOKEN']} in its custom_metadata`);
    expect(writes()).toEqual(['POST secret/data/app-prod', 'PATCH secret/metadata/app-prod']);
    expect(vault.requests.some((r) => r.path === 'auth/token/revoke-self')).toBe(true);
    expectNoValues(run);
  });

  test('several paths: the same generated value at each, each secret in its own layout, no version added where there was none', async () => {
    const run = await rotate(['--vault-secret-path', 'secret/app-prod', '--vault-secret-path', 'secret/worker-prod', '--generate', 'MACHINE_SECRET_TOKEN', '--yes'], { VAULT_TOKEN: token });
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(0);
    const generated = (await appBundle()).MACHINE_SECRET_TOKEN;
    expect(generated).toMatch(/^[0-9a-f]{64}$/);
    const worker = await read('secret/worker-prod');
    expect(worker).toEqual({ version: 2, data: { ...WORKER, MACHINE_SECRET_TOKEN: generated } });
    expect(Object.keys(vault.customMetadata('secret/worker-prod') ?? {})).toEqual(['rotated_at.MACHINE_SECRET_TOKEN']);
    expect(run.stdout).toContain('  secret/worker-prod: version 1 -> 2 (check-and-set), read back and verified');
    expect(run.stdout).toContain('    (no MCP_SECRETS_VERSION to bump)');
    expectNoValues(run, [generated]);
  });

  test('a later path fails: the first is rolled back, exit 1, and the message says what each path holds', async () => {
    vault.injectFault({ method: 'POST', path: 'secret/data/worker-prod', status: 500 });
    const run = await rotate(['--vault-secret-path', 'secret/app-prod', '--vault-secret-path', 'secret/worker-prod', '--set-from-env', 'MACHINE_SECRET_TOKEN', '--yes'], {
      VAULT_TOKEN: token,
      MACHINE_SECRET_TOKEN: NEW_TOKEN,
    });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).not.toContain('Rotated in Vault');
    expect(run.stderr).toContain('mcp-secrets rotate: secret/worker-prod: ');
    expect(run.stderr).toContain('What Vault holds now:\n  secret/app-prod: rotated as version 2, then rolled back: version 3 holds the values of version 1 again\n  secret/worker-prod: not rotated');
    expect(await appBundle()).toEqual(APP);
    expect((await appBundle(2)).MACHINE_SECRET_TOKEN).toBe(NEW_TOKEN);
    expect(await read('secret/worker-prod')).toEqual({ version: 1, data: WORKER });
    expect(vault.customMetadata('secret/app-prod')).toEqual({ owner: 'platform' });
    expect(vault.customMetadata('secret/worker-prod')).toBeNull();
    expectNoValues(run);
  });

  test('--add: a key missing at a path is refused (exit 2, nothing written) unless --add', async () => {
    const args = ['--vault-secret-path', 'secret/app-prod', '--vault-secret-path', 'secret/worker-prod', '--generate', 'QUEUE_PASSWORD'];
    const refused = await rotate([...args, '--yes'], { VAULT_TOKEN: token });
    expect(refused.exitCode).toBe(2);
    expect(refused.stderr).toBe('mcp-secrets rotate: secret/app-prod has no key QUEUE_PASSWORD (check the spelling, or add --add to add new keys)\n');
    expect(writes()).toEqual([]);

    const added = await rotate([...args, '--add', '--yes'], { VAULT_TOKEN: token });
    expect(added.stderr).toBe('');
    expect(added.exitCode).toBe(0);
    expect(added.stdout).toContain('    add    QUEUE_PASSWORD (new random value, 32 bytes hex)');
    const value = (await appBundle()).QUEUE_PASSWORD;
    expect((await read('secret/worker-prod')).data.QUEUE_PASSWORD).toBe(value);
    expect(vault.customMetadata('secret/app-prod')?.['rotated_at.QUEUE_PASSWORD']).toMatch(ISO_SECOND);
    for (const run of [refused, added]) expectNoValues(run, [value]);
  });

  test('usage and configuration errors exit 2 before anything is written', async () => {
    const cases: [string[], Record<string, string>, string][] = [
      [['--vault-secret-path', 'legacy/app', '--generate', 'MACHINE_SECRET_TOKEN', '--yes'], { VAULT_TOKEN: token }, 'legacy/app is on a KV v1 mount'],
      [['--vault-secret-path', 'secret/app-prod', '--new-age-key', '--yes'], { VAULT_TOKEN: token }, "--new-age-key: --new-age-key belongs to the rotation of a SOPS bundle"],
      [['--vault-secret-path', 'secret/app-prod', '--yes'], { VAULT_TOKEN: token }, 'nothing to rotate'],
      [['--vault-secret-path', 'secret/nope', '--generate', 'MACHINE_SECRET_TOKEN'], { VAULT_TOKEN: token }, 'rotate changes keys of an existing secret'],
      [['--vault-secret-path', 'secret/app-prod', '--generate', 'MACHINE_SECRET_TOKEN', '--task', 'no spaces'], { VAULT_TOKEN: token }, "'no spaces' is not a task id"],
      [['--vault-secret-path', 'secret/app-prod', '--generate', 'MACHINE_SECRET_TOKEN'], {}, 'no Vault credentials are configured'],
      [['--vault-secret-path', 'secret/app-prod', '--vault-secret-path', 'secret/worker-prod', '--publish-vault'], { VAULT_TOKEN: token }, '--publish-vault publishes the bundle to one Vault path'],
    ];
    for (const [args, env, message] of cases) {
      const run = await rotate(args, env);
      expect({ args, exitCode: run.exitCode }).toEqual({ args, exitCode: 2 });
      expect(run.stderr).toContain(message);
      expectNoValues(run);
    }
    expect(writes()).toEqual([]);
  });
});
