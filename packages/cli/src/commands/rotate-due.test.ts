import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigurationError } from '@mcp-secrets/ports';
import { startVaultServer, type VaultServer } from '../../../../test/support/vault-server';
import type { CommandContext } from '../command';
import { runRotateDue } from './rotate-due';

const NOW = new Date('2026-12-02T12:00:00Z');
const DAY = 86_400_000;
const daysAgo = (days: number): string => new Date(NOW.getTime() - days * DAY).toISOString().replace(/\.\d+Z$/, 'Z');
const PLANTED = { token: 'planted-machine-token-4e1d9b', db: 'planted-db-password-77ac02', other: 'planted-other-value-0b9f31' };

const SCHEDULE = [
  'rotation:',
  '  - vault: secret/app-prod',
  '    keys: [MACHINE_SECRET_TOKEN, DB_PASSWORD]',
  '    owner: platform-team',
  '    every: 90d',
  '  - vault: secret/app-prod',
  '    keys: [LEGACY_TOKEN]',
  '    owner: platform-team',
  '    every: on-compromise',
  '  - bundle: true',
  '    owner: security',
  '    every: quarterly',
  '',
].join('\n');

function bundle(modifiedDaysAgo: number): string {
  return ['API_KEY: ENC[AES256_GCM,data:x,iv:y,tag:z,type:str]', 'sops:', '    age: []', `    lastmodified: "${daysAgo(modifiedDaysAgo)}"`, '    version: 3.9.0', ''].join('\n');
}

function repo(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'rotate-due-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

function context(cwd: string, env: NodeJS.ProcessEnv, values: CommandContext['values'] = {}): { ctx: CommandContext; out: () => string; err: () => string } {
  let out = '';
  let err = '';
  const io = { out: (t: string) => (out += t), err: (t: string) => (err += t), color: false, isTTY: false };
  return { ctx: { values: { due: true, ...values }, io, env, cwd }, out: () => out, err: () => err };
}

describe('rotate --due', () => {
  let vault: VaultServer;
  beforeAll(async () => {
    vault = await startVaultServer();
    vault.enableKv('secret', 2);
    vault.writeKv('secret/app-prod', { MACHINE_SECRET_TOKEN: PLANTED.token, DB_PASSWORD: PLANTED.db, LEGACY_TOKEN: PLANTED.other, MCP_SECRETS_VERSION: '3' }, { createdAt: daysAgo(100) });
    vault.customMetadata('secret/app-prod', { 'rotated_at.MACHINE_SECRET_TOKEN': daysAgo(75) });
  });
  afterAll(() => vault.close());

  test('overdue and due-soon keys by owner, with the commands; exit 1; no value printed', async () => {
    const root = repo({ '.github/mcp-secrets.yml': SCHEDULE, 'config/secrets.enc.yaml': bundle(80) });
    const run = context(root, { VAULT_ADDR: vault.url, VAULT_TOKEN: vault.rootToken });
    expect(await runRotateDue(run.ctx, () => NOW)).toBe(1);
    expect(run.out()).toBe(
      [
        'Rotation schedule (.github/mcp-secrets.yml) on 2026-12-02: 1 overdue, 2 due soon, 0 on time, 1 on compromise or never.',
        '',
        'platform-team',
        '  OVERDUE   vault secret/app-prod DB_PASSWORD: due 2026-11-22 (10 days ago), last rotated 2026-08-24 (created_time), every 90d',
        '  due soon  vault secret/app-prod MACHINE_SECRET_TOKEN: due 2026-12-17 (in 15 days), last rotated 2026-09-18 (rotated_at), every 90d',
        '  rotate with:',
        '    mcp-secrets rotate --vault-secret-path secret/app-prod --generate DB_PASSWORD,MACHINE_SECRET_TOKEN',
        '',
        'security',
        '  due soon  config/secrets.enc.yaml API_KEY: due 2026-12-13 (in 11 days), last rotated 2026-09-13 (lastmodified), every quarterly',
        '  rotate with:',
        '    mcp-secrets rotate --sops-file config/secrets.enc.yaml --generate API_KEY',
        '',
        'Each command is a dry run until --yes; a key another service issues takes its new value with --set-from-env KEY instead of --generate.',
        '',
      ].join('\n'),
    );
    for (const value of Object.values(PLANTED)) expect(run.out() + run.err()).not.toContain(value);
  });

  test('nothing due: exit 0; keys in no entry are counted', async () => {
    const root = repo({
      '.github/mcp-secrets.yml': 'rotation:\n  - bundle: config/secrets.enc.yaml\n    keys: [API_KEY]\n    owner: security\n    every: annually\n',
      'config/secrets.enc.yaml': bundle(10).replace('sops:', 'OTHER: ENC[AES256_GCM,data:x,iv:y,tag:z,type:str]\nsops:'),
    });
    const run = context(root, {});
    expect(await runRotateDue(run.ctx, () => NOW)).toBe(0);
    expect(run.out()).toBe(
      'Rotation schedule (.github/mcp-secrets.yml) on 2026-12-02: 0 overdue, 0 due soon, 1 on time, 0 on compromise or never.\n\nNothing is due.\n1 key is in no rotation entry (ops-controls rotation-schedule lists them).\n',
    );
  });

  test('a Vault secret that cannot be read: said on stderr, exit 1', async () => {
    const root = repo({ '.github/mcp-secrets.yml': 'rotation:\n  - vault: secret/missing\n    owner: a\n    every: 30d\n' });
    const run = context(root, { VAULT_ADDR: vault.url, VAULT_TOKEN: vault.rootToken });
    expect(await runRotateDue(run.ctx, () => NOW)).toBe(1);
    expect(run.err()).toContain('error: vault secret/missing not read: ');
  });

  test('configuration errors: no schedule, Vault entries without Vault, --due with a change', async () => {
    await expect(runRotateDue(context(repo({ 'a.txt': 'x' }), {}).ctx)).rejects.toThrow(
      '.github/mcp-secrets.yml: no rotation schedule: add `rotation:` entries',
    );
    const vaultOnly = repo({ '.github/mcp-secrets.yml': 'rotation:\n  - vault: secret/app-prod\n    owner: a\n    every: 30d\n' });
    await expect(runRotateDue(context(vaultOnly, {}).ctx)).rejects.toThrow(
      '.github/mcp-secrets.yml:2: rotation[1] names a Vault secret, and Vault is not configured (set VAULT_ADDR and VAULT_TOKEN',
    );
    await expect(runRotateDue(context(vaultOnly, {}, { generate: ['A'], yes: true }).ctx)).rejects.toThrow(
      '--due only lists what is due; it cannot be combined with --generate, --yes',
    );
    await expect(runRotateDue(context(repo({ '.github/mcp-secrets.yml': 'rotation:\n  - bundle: true\n' }), {}).ctx)).rejects.toThrow(ConfigurationError);
  });
});
