// Vault-only rotation, plan → apply, against the Vault-API-compatible test server through the real
// client (the e2e tests run the bundled CLI the same way).
import { ConfigurationError } from '@mcp-secrets/ports';
import { createVaultClient, type VaultClient } from '@mcp-secrets/vault';
import { startVaultServer, type VaultServer } from '../../../test/support/vault-server';
import { applyVaultRotation, planVaultRotation, renderVaultPlan, renderVaultResult, type VaultRotationRequest } from './index';

const APP = { MCP_SECRETS_VERSION: '7', MACHINE_SECRET_TOKEN: 'unit-vault-machine-token-5e6f', DATABASE_URL: 'postgres://u:unit-vault-db-pass@db/app' };
const WORKER = { MACHINE_SECRET_TOKEN: 'unit-vault-machine-token-5e6f', QUEUE_PASSWORD: 'unit-vault-queue-pass-7a8b' };
const NEW_TOKEN = 'unit-vault-new-token-from-env-9c0d';
const NOW = new Date('2026-05-04T10:20:30.456Z');
const PLANTED = [...Object.values(APP).slice(1), ...Object.values(WORKER), NEW_TOKEN];

let vault: VaultServer;
let kv: VaultClient;
let token: string;
beforeEach(async () => {
  vault = await startVaultServer();
  vault.enableKv('secret', 2);
  vault.writeKv('secret/app-prod', APP);
  vault.writeKv('secret/worker-prod', WORKER);
  vault.customMetadata('secret/app-prod', { owner: 'platform' });
  vault.putPolicy('rotator', 'path "secret/data/*" { capabilities = ["read", "create", "update"] }\npath "secret/metadata/*" { capabilities = ["read", "patch"] }\npath "legacy/*" { capabilities = ["read"] }');
  token = vault.createToken({ policies: ['rotator'] });
  kv = createVaultClient({ address: vault.url, token, maxRetries: 0 });
});
afterEach(() => vault.close());

const request = (paths: string[], changes: Partial<VaultRotationRequest['changes']>, extra: Partial<VaultRotationRequest> = {}): VaultRotationRequest => ({
  paths,
  changes: { set: [], setFromEnv: [], generate: [], ...changes },
  allowAdd: false,
  secretsKey: 'secrets',
  ...extra,
});
const env = { MACHINE_SECRET_TOKEN: NEW_TOKEN };
const read = async (path: string, version?: number) => (await kv.readKv(path, version === undefined ? {} : { version })).data;
const expectNoValues = (text: string): void => {
  for (const value of PLANTED) expect(text).not.toContain(value);
};

describe('planVaultRotation + applyVaultRotation', () => {
  test('one path: values changed, version bumped, verified, rotated_at recorded beside the other custom metadata, names only printed', async () => {
    const plan = await planVaultRotation(request(['secret/app-prod'], { setFromEnv: ['MACHINE_SECRET_TOKEN'] }, { task: 'TASK-OPS-7' }), kv, env);
    const planText = renderVaultPlan(plan);
    expect(planText).toBe(
      [
        'Rotation plan for Vault (task TASK-OPS-7):',
        '  secret/app-prod (KV v2, version 1):',
        '    change MACHINE_SECRET_TOKEN (value from the environment)',
        '    MCP_SECRETS_VERSION 7 -> 8',
        '    unchanged: DATABASE_URL',
        '  Each path is written with check-and-set on the version above and read back; a failure rolls back the paths already written.',
        "  rotated_at.KEY is recorded in each secret's custom_metadata.",
        '',
      ].join('\n'),
    );
    expect(await read('secret/app-prod')).toEqual(APP);

    const result = await applyVaultRotation(plan, { kv, now: () => NOW });
    expect(await read('secret/app-prod')).toEqual({ ...APP, MCP_SECRETS_VERSION: '8', MACHINE_SECRET_TOKEN: NEW_TOKEN });
    expect(vault.customMetadata('secret/app-prod')).toEqual({ owner: 'platform', 'rotated_at.MACHINE_SECRET_TOKEN': '2026-05-04T10:20:30Z' });
    expect(result).toMatchObject({ task: 'TASK-OPS-7', rotatedAt: '2026-05-04T10:20:30Z', paths: [{ path: 'secret/app-prod', previousVersion: 1, version: 2, secretsVersion: { from: '7', to: '8' } }] });
    const resultText = renderVaultResult(result);
    expect(resultText).toContain('  secret/app-prod: version 1 -> 2 (check-and-set), read back and verified');
    expect(resultText).toContain('    recorded rotated_at.<key> = 2026-05-04T10:20:30Z in its custom_metadata');
    expectNoValues(planText + resultText + JSON.stringify(result));
  });

  test('several paths get the same new value, all or nothing; a secret without a version keeps none', async () => {
    const plan = await planVaultRotation(request(['secret/app-prod', 'secret/worker-prod'], { generate: ['MACHINE_SECRET_TOKEN'] }), kv, {});
    expect(renderVaultPlan(plan)).toContain('    (no MCP_SECRETS_VERSION to bump)');
    const result = await applyVaultRotation(plan, { kv, now: () => NOW });
    const [app, worker] = [await read('secret/app-prod'), await read('secret/worker-prod')];
    expect(app.MACHINE_SECRET_TOKEN).toMatch(/^[0-9a-f]{64}$/);
    expect(worker).toEqual({ ...WORKER, MACHINE_SECRET_TOKEN: app.MACHINE_SECRET_TOKEN });
    expect(worker.MCP_SECRETS_VERSION).toBeUndefined();
    expect(result.paths.map((p) => [p.path, p.version])).toEqual([['secret/app-prod', 2], ['secret/worker-prod', 2]]);
    expect(vault.customMetadata('secret/worker-prod')).toEqual({ 'rotated_at.MACHINE_SECRET_TOKEN': '2026-05-04T10:20:30Z' });
    expect(renderVaultResult(result)).not.toContain(String(app.MACHINE_SECRET_TOKEN));
  });

  test('a bundle in the `secrets` field keeps its layout, the other fields and a numeric version', async () => {
    vault.writeKv('secret/mcp/ci', { secrets: JSON.stringify({ MCP_SECRETS_VERSION: 41, API_TOKEN: 'unit-vault-api-token-1f2e', FLAGS: { beta: true } }), note: 'kept' });
    const plan = await planVaultRotation(request(['secret/mcp/ci'], { generate: ['API_TOKEN'] }), kv, {});
    await applyVaultRotation(plan, { kv });
    const data = await read('secret/mcp/ci');
    expect(data.note).toBe('kept');
    const bundle = JSON.parse(data.secrets as string) as Record<string, unknown>;
    expect(bundle).toMatchObject({ MCP_SECRETS_VERSION: 42, FLAGS: { beta: true } });
    expect(bundle.API_TOKEN).toMatch(/^[0-9a-f]{64}$/);
  });

  test('refusals before anything is written: unknown key, missing secret, KV v1, unbumpable version, a path twice, a name too long to record', async () => {
    const refused = async (paths: string[], changes: Partial<VaultRotationRequest['changes']>, extra: Partial<VaultRotationRequest> = {}) => {
      const error = await planVaultRotation(request(paths, changes, extra), kv, env).then(() => undefined, (e: unknown) => e as Error);
      expect(error).toBeInstanceOf(ConfigurationError);
      expectNoValues((error as Error).message);
      return (error as Error).message;
    };
    expect(await refused(['secret/app-prod'], { generate: ['MACHINE_SECRET_TOKN'] })).toBe('secret/app-prod has no key MACHINE_SECRET_TOKN (check the spelling, or add --add to add new keys)');
    expect((await planVaultRotation(request(['secret/app-prod'], { generate: ['NEW_KEY'] }, { allowAdd: true }), kv, {})).paths[0]?.changes).toEqual([{ key: 'NEW_KEY', source: 'generate', added: true }]);
    expect(await refused(['secret/nothing-here'], { generate: ['K'] })).toMatch(/^input 'vault-secret-path': no secret at secret\/nothing-here: rotate changes keys of an existing secret/);
    vault.enableKv('legacy', 1);
    vault.writeKv('legacy/app', { K: 'v' });
    expect(await refused(['legacy/app'], { generate: ['K'] })).toContain('legacy/app is on a KV v1 mount');
    vault.writeKv('secret/odd', { MCP_SECRETS_VERSION: 'unit-vault-planted-version-text', K: 'v' });
    expect(await refused(['secret/odd'], { generate: ['K'] })).toBe('secret/odd: MCP_SECRETS_VERSION is not a version rotate can bump (the value is not shown) (use numbers separated by dots, e.g. 7 or 2026.11.2)');
    expect(await refused(['secret/app-prod', '/secret/app-prod/'], { generate: ['MACHINE_SECRET_TOKEN'] })).toContain('secret/app-prod is given twice');
    expect(await refused(['secret/app-prod'], { generate: [`K${'X'.repeat(117)}`] }, { allowAdd: true })).toMatch(/too long to record as rotated_at\.KEY/);
    expect(await refused(['secret/app-prod'], {})).toContain('nothing to rotate');
    expect(await read('secret/app-prod')).toEqual(APP);
  });

  test('a later path refused: the paths already written are rolled back, and the error says what each path holds', async () => {
    vault.writeKv('secret/third', { MACHINE_SECRET_TOKEN: 'unit-vault-third-token-3c4d' });
    const plan = await planVaultRotation(request(['secret/app-prod', 'secret/worker-prod', 'secret/third'], { setFromEnv: ['MACHINE_SECRET_TOKEN'] }), kv, env);
    vault.injectFault({ method: 'POST', path: 'secret/data/worker-prod', status: 403, errors: ['permission denied'] });
    const error = await applyVaultRotation(plan, { kv }).then(() => undefined, (e: unknown) => e as Error);
    expect(error?.message).toBe(
      [
        'secret/worker-prod: permission denied writing secret/data/worker-prod with policies [default, rotator]: nothing was published',
        'What Vault holds now:',
        '  secret/app-prod: rotated as version 2, then rolled back: version 3 holds the values of version 1 again',
        '  secret/worker-prod: not rotated',
        '  secret/third: not written',
      ].join('\n'),
    );
    expect(await read('secret/app-prod')).toEqual(APP);
    expect(await read('secret/worker-prod')).toEqual(WORKER);
    expect(vault.customMetadata('secret/app-prod')).toEqual({ owner: 'platform' });
  });

  test('a rollback that fails too names the `vault kv rollback` that restores the path', async () => {
    const plan = await planVaultRotation(request(['secret/app-prod', 'secret/worker-prod'], { setFromEnv: ['MACHINE_SECRET_TOKEN'] }), kv, env);
    // Faults are taken in order: the rotation's write of app-prod passes, its rollback is refused.
    vault.injectFault({ method: 'POST', path: 'secret/data/app-prod', delayMs: 0 });
    vault.injectFault({ method: 'POST', path: 'secret/data/worker-prod', status: 403, errors: ['permission denied'] });
    vault.injectFault({ method: 'POST', path: 'secret/data/app-prod', status: 403, errors: ['permission denied'] });
    const error = await applyVaultRotation(plan, { kv }).then(() => undefined, (e: unknown) => e as Error);
    expect(error?.message).toContain(
      '  secret/app-prod: version 2 holds the rotated values and could NOT be rolled back (permission denied writing secret/data/app-prod with policies [default, rotator]: nothing was published); restore them with `vault kv rollback -version=1 secret/app-prod`',
    );
    expect((await read('secret/app-prod')).MACHINE_SECRET_TOKEN).toBe(NEW_TOKEN);
  });

  test('a lost answer is settled by reading the version back: written, and said so', async () => {
    const plan = await planVaultRotation(request(['secret/app-prod'], { generate: ['MACHINE_SECRET_TOKEN'] }), kv, {});
    vault.injectFault({ method: 'POST', path: 'secret/data/app-prod', reset: true, afterApply: true });
    const result = await applyVaultRotation(plan, { kv, reconnect: () => createVaultClient({ address: vault.url, token }) });
    expect(result.paths[0]).toMatchObject({ version: 2, lostAnswer: expect.stringContaining('no answer from Vault') });
    expect(renderVaultResult(result)).toContain("the answer to the write was lost");
  });

  test('someone else wrote after the plan: check-and-set refuses, nothing is written (a configuration error)', async () => {
    const plan = await planVaultRotation(request(['secret/app-prod'], { generate: ['MACHINE_SECRET_TOKEN'] }), kv, {});
    vault.writeKv('secret/app-prod', { ...APP, DATABASE_URL: 'postgres://u:unit-vault-someone-else@db/app' });
    const error = await applyVaultRotation(plan, { kv }).then(() => undefined, (e: unknown) => e as Error);
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(error?.message).toMatch(/^secret\/app-prod: cannot write secret\/app-prod: someone else wrote version 2 meanwhile \(expected version 1\)/);
    expect(error?.message).toContain('  secret/app-prod: not rotated');
    expect(await read('secret/app-prod')).toMatchObject({ MCP_SECRETS_VERSION: '7' });
  });

  test('rotated_at that cannot be recorded (no patch capability) is reported; the values are rotated all the same', async () => {
    vault.putPolicy('rotate-no-patch', 'path "secret/data/*" { capabilities = ["read", "update"] }\npath "secret/metadata/*" { capabilities = ["read"] }');
    const limited = createVaultClient({ address: vault.url, token: vault.createToken({ policies: ['rotate-no-patch'] }), maxRetries: 0 });
    const plan = await planVaultRotation(request(['secret/app-prod'], { setFromEnv: ['MACHINE_SECRET_TOKEN'] }), limited, env);
    const result = await applyVaultRotation(plan, { kv: limited, now: () => NOW });
    expect(result.paths[0]?.notRecorded).toMatch(/^permission denied writing the custom metadata of secret\/metadata\/app-prod/);
    expect(renderVaultResult(result)).toContain(
      'record it with `vault kv metadata patch -custom-metadata=rotated_at.MACHINE_SECRET_TOKEN=2026-05-04T10:20:30Z secret/app-prod`',
    );
    expect((await read('secret/app-prod')).MACHINE_SECRET_TOKEN).toBe(NEW_TOKEN);
  });
});
