import { FIXED_NOW, makeRepo, runCheck } from '../../../test/temp-repo';
import type { VaultPort } from '../vault-port';
import { secretsRotationAge } from './secrets-rotation-age';

const BUNDLE = 'config/secrets.enc.yaml';
const DAY = 24 * 3600 * 1000;

function bundle(daysAgo: number): string {
  const when = new Date(FIXED_NOW.getTime() - daysAgo * DAY).toISOString().replace('.000', '');
  return ['API_KEY: ENC[AES256_GCM,data:x,iv:y,tag:z,type:str]', 'sops:', '    age: []', `    lastmodified: "${when}"`, '    version: 3.9.0', ''].join('\n');
}

function vaultCreatedAt(created: string | undefined): VaultPort {
  return {
    lookupSelf: async () => ({ policies: [], ttl: 0 }),
    secretCreatedTime: async () => created,
  };
}

describe('secrets-rotation-age', () => {
  test('pass: 10 days old, evidence at lastmodified', async () => {
    const result = await runCheck(secretsRotationAge, makeRepo({ [BUNDLE]: bundle(10) }));
    expect(result).toEqual({
      status: 'pass',
      details: 'SOPS bundle config/secrets.enc.yaml last rotated 2026-05-22 (10 days ago, policy 90 days)',
      evidence: [{ file: BUNDLE, line: 4 }],
    });
  });

  test('warn past 80 % of the policy, fail past it', async () => {
    expect((await runCheck(secretsRotationAge, makeRepo({ [BUNDLE]: bundle(73) }))).status).toBe('warn');
    expect((await runCheck(secretsRotationAge, makeRepo({ [BUNDLE]: bundle(72) }))).status).toBe('pass');
    const failed = await runCheck(secretsRotationAge, makeRepo({ [BUNDLE]: bundle(91) }));
    expect(failed.status).toBe('fail');
    expect(failed.evidence).toEqual([{ file: BUNDLE, line: 4 }]);
    const custom = await runCheck(secretsRotationAge, makeRepo({ [BUNDLE]: bundle(25) }), { options: { rotationDays: { sops: 30 } } });
    expect(custom.status).toBe('warn');
  });

  test('fail: no lastmodified', async () => {
    const result = await runCheck(secretsRotationAge, makeRepo({ [BUNDLE]: 'A: ENC[x]\nsops:\n    version: 3.9.0\n' }));
    expect(result).toEqual({
      status: 'fail',
      details: `no readable \`sops.lastmodified\`: ${BUNDLE}:2: the sops metadata has no valid "lastmodified" (RFC 3339 time); re-encrypt the file with sops`,
      evidence: [{ file: BUNDLE, line: 2 }],
    });
  });

  test('skip: no bundle and no Vault', async () => {
    expect((await runCheck(secretsRotationAge, makeRepo({ 'a.txt': 'x' }))).status).toBe('skip');
  });

  test('Vault created_time: the worst source wins', async () => {
    const dir = makeRepo({ [BUNDLE]: bundle(1) });
    const old = await runCheck(secretsRotationAge, dir, {
      vault: vaultCreatedAt('2026-01-01T00:00:00Z'),
      options: { vaultSecretPath: 'secret/mcp/ci', rotationDays: { vault: 30 } },
    });
    expect(old.status).toBe('fail');
    expect(old.details).toBe('Vault secret secret/mcp/ci last rotated 2026-01-01 (151 days ago, policy 30 days)');
    const fresh = await runCheck(secretsRotationAge, makeRepo({ 'a.txt': 'x' }), {
      vault: vaultCreatedAt('2026-05-30T00:00:00Z'),
      options: { vaultSecretPath: 'secret/mcp/ci' },
    });
    expect(fresh).toEqual({ status: 'pass', details: 'Vault secret secret/mcp/ci last rotated 2026-05-30 (2 days ago, policy 90 days)', evidence: [] });
  });
});
