import { FIXED_NOW, makeRepo, runCheck } from '../../../test/temp-repo';
import { parseControlsConfig } from '../config-file';
import type { RotationEntry } from '../rotation-config';
import type { KvRotationFacts, VaultPort } from '../vault-port';
import { rotationSchedule } from './rotation-schedule';

const CONFIG = '.github/mcp-secrets.yml';
const BUNDLE = 'config/secrets.enc.yaml';
const DAY = 86_400_000;
const daysAgo = (days: number): string => new Date(FIXED_NOW.getTime() - days * DAY).toISOString().replace('.000', '');

function bundle(keys: string[], modifiedDaysAgo: number): string {
  return [...keys.map((key) => `${key}: ENC[AES256_GCM,data:x,iv:y,tag:z,type:str]`), 'sops:', '    age: []', `    lastmodified: "${daysAgo(modifiedDaysAgo)}"`, '    version: 3.9.0', ''].join('\n');
}

function vault(secrets: Record<string, KvRotationFacts>): VaultPort {
  return {
    lookupSelf: async () => ({ policies: [], ttl: 0 }),
    secretCreatedTime: async () => undefined,
    secretRotationFacts: async (path) => {
      const facts = secrets[path];
      if (facts === undefined) throw new Error(`no secret at ${path}`);
      return facts;
    },
  };
}

function schedule(lines: string[]): RotationEntry[] {
  return parseControlsConfig(CONFIG, ['rotation:', ...lines, ''].join('\n')).rotationSchedule ?? [];
}

const APP_PROD: KvRotationFacts = {
  keys: ['MACHINE_SECRET_TOKEN', 'DB_PASSWORD', 'SIGNING_KEY', 'MCP_SECRETS_VERSION', 'FORGOTTEN'],
  createdTime: daysAgo(92),
  customMetadata: { 'rotated_at.MACHINE_SECRET_TOKEN': daysAgo(10), 'rotated_at.SIGNING_KEY': daysAgo(73), owner: 'not a rotation record' },
};

describe('rotation-schedule', () => {
  test('skip without rotation: entries', async () => {
    const result = await runCheck(rotationSchedule, makeRepo({ [BUNDLE]: bundle(['API_KEY'], 400) }));
    expect(result).toEqual({ status: 'skip', details: 'no `rotation:` entries in .github/mcp-secrets.yml: no rotation schedule to check', evidence: [] });
  });

  test('each key judged from rotated_at, created_time or lastmodified; the worst decides', async () => {
    const entries = schedule([
      '  - vault: secret/app-prod',
      '    keys: [MACHINE_SECRET_TOKEN, DB_PASSWORD, SIGNING_KEY]',
      '    owner: platform-team',
      '    every: 90d',
      '  - bundle: true',
      '    owner: security',
      '    every: quarterly',
      '  - vault: secret/legacy',
      '    keys: [OLD_TOKEN]',
      '    owner: legacy-team',
      '    every: on-compromise',
    ]);
    const dir = makeRepo({ [BUNDLE]: bundle(['API_KEY', 'MCP_SECRETS_VERSION'], 31) });
    const result = await runCheck(rotationSchedule, dir, {
      vault: vault({ 'secret/app-prod': APP_PROD, 'secret/legacy': { keys: ['OLD_TOKEN'], createdTime: daysAgo(900), customMetadata: {} } }),
      options: { rotationSchedule: entries },
    });
    expect(result.status).toBe('fail');
    expect(result.details.split('; ')).toEqual([
      '5 scheduled keys (1 overdue, 1 due soon, 2 on time, 1 on compromise): overdue: vault secret/app-prod DB_PASSWORD (owner platform-team, every 90d, last rotated 2026-03-01 (created_time), due 2026-05-30)',
      'due soon: vault secret/app-prod SIGNING_KEY (owner platform-team, every 90d, last rotated 2026-03-20 (rotated_at), due 2026-06-18)',
      'on time: vault secret/app-prod MACHINE_SECRET_TOKEN (owner platform-team, every 90d, last rotated 2026-05-22 (rotated_at), due 2026-08-20)',
      'on time: config/secrets.enc.yaml API_KEY (owner security, every quarterly, last rotated 2026-05-01 (lastmodified), due 2026-08-01)',
      'on compromise: vault secret/legacy OLD_TOKEN (owner legacy-team, last rotated 2023-12-14 (created_time))',
      'vault secret/app-prod FORGOTTEN: in no rotation entry',
    ]);
    // Evidence of the failing and warning keys: their entry in the config file.
    expect(result.evidence).toEqual([{ file: CONFIG, line: 2 }]);
  });

  test('warn only: a key due soon, a bundle key in no entry (at its line), a scheduled key that is missing', async () => {
    const dir = makeRepo({ [BUNDLE]: bundle(['API_KEY', 'EXTRA'], 80) });
    const result = await runCheck(rotationSchedule, dir, {
      options: { rotationSchedule: schedule(['  - bundle: config/secrets.enc.yaml', '    keys: [API_KEY, GONE]', '    owner: security', '    every: 90d']) },
    });
    expect(result.status).toBe('warn');
    expect(result.details).toContain('unknown: config/secrets.enc.yaml GONE (owner security, every 90d, GONE is not in config/secrets.enc.yaml)');
    expect(result.details).toContain('due soon: config/secrets.enc.yaml API_KEY');
    expect(result.details).toContain('config/secrets.enc.yaml EXTRA: in no rotation entry');
    expect(result.evidence).toEqual([{ file: CONFIG, line: 2 }, { file: BUNDLE, line: 1 }, { file: BUNDLE, line: 2 }]);
  });

  test('pass: everything on time; evidence at the entries', async () => {
    const dir = makeRepo({ [BUNDLE]: bundle(['API_KEY'], 5) });
    const result = await runCheck(rotationSchedule, dir, { options: { rotationSchedule: schedule(['  - bundle: true', '    owner: security', '    every: annually']) } });
    expect(result).toEqual({
      status: 'pass',
      details: '1 scheduled key (1 on time): on time: config/secrets.enc.yaml API_KEY (owner security, every annually, last rotated 2026-05-27 (lastmodified), due 2027-05-27)',
      evidence: [{ file: CONFIG, line: 2 }],
    });
  });

  test('Vault entries without Vault: skipped, or noted beside the bundle', async () => {
    const vaultEntry = ['  - vault: secret/app-prod', '    owner: platform-team', '    every: 30d'];
    const skipped = await runCheck(rotationSchedule, makeRepo({ 'a.txt': 'x' }), { options: { rotationSchedule: schedule(vaultEntry) } });
    expect(skipped).toEqual({
      status: 'skip',
      details: 'the schedule names only Vault secrets and Vault is not configured for this run (vault-addr with a token or AppRole)',
      evidence: [],
    });
    const both = schedule([...vaultEntry, '  - bundle: true', '    owner: security', '    every: 90d']);
    const noted = await runCheck(rotationSchedule, makeRepo({ [BUNDLE]: bundle(['API_KEY'], 5) }), { options: { rotationSchedule: both } });
    expect(noted.status).toBe('pass');
    expect(noted.details).toContain('vault secret/app-prod not read: Vault is not configured for this run');
  });

  test('key names from Vault are shown on one line, never as workflow commands or escapes', async () => {
    const hostile = { keys: ['OK', 'X\n::error::forged', '\u001b[31mRED'], createdTime: daysAgo(1), customMetadata: {} };
    const result = await runCheck(rotationSchedule, makeRepo({ 'a.txt': 'x' }), {
      vault: vault({ 'secret/app-prod': hostile }),
      options: { rotationSchedule: schedule(['  - vault: secret/app-prod', '    keys: [OK]', '    owner: a', '    every: 30d']) },
    });
    expect(result.status).toBe('warn');
    expect(result.details).toContain('vault secret/app-prod X : :error: :forged: in no rotation entry');
    expect(result.details).toContain('vault secret/app-prod [31mRED: in no rotation entry');
    expect(result.details).not.toMatch(/[\n\u001b]|::/);
  });

  test('fail: a Vault secret that cannot be read, a bundle that is not there', async () => {
    const entries = schedule(['  - vault: secret/nope', '    owner: a', '    every: 30d', '  - bundle: missing.enc.yaml', '    owner: b', '    every: 30d']);
    const result = await runCheck(rotationSchedule, makeRepo({ 'a.txt': 'x' }), { vault: vault({}), options: { rotationSchedule: entries } });
    expect(result.status).toBe('fail');
    expect(result.details).toBe(
      '0 scheduled keys (none found): vault secret/nope not read: no secret at secret/nope; missing.enc.yaml not read: no bundle at missing.enc.yaml',
    );
    expect(result.evidence).toEqual([{ file: CONFIG, line: 2 }, { file: CONFIG, line: 5 }, { file: 'missing.enc.yaml', line: null }]);
  });
});
