// rotation-schedule through the bundled ops-controls action (dist/ops-controls, built with
// `node scripts/build.mjs ops-controls`) against the Vault-API-compatible test server: each key's
// last rotation from rotated_at.KEY, the version's created_time or the bundle's lastmodified.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { encryptSops, generateAgeIdentity } from '@mcp-secrets/sops';
import { findLeaks } from '../helpers/leaks';
import { runBundledAction } from '../helpers/runner';
import { newRepo, readReport, removeRepo, schemaErrors, writeFiles } from '../fixtures/ops/repos';
import { startVaultServer, type VaultServer } from '../support/vault-server';

const DAY = 86_400_000;
const daysAgo = (days: number): Date => new Date(Date.now() - days * DAY);
const iso = (date: Date): string => date.toISOString().replace(/\.\d+Z$/, 'Z');
const PLANTED = {
  fresh: 'rotation-planted-fresh-5d1a',
  soon: 'rotation-planted-soon-8c2e',
  late: 'rotation-planted-late-3f7b',
  stray: 'rotation-planted-stray-9a4c',
  bundled: 'rotation-planted-bundled-6e0d',
};

const SCHEDULE = [
  'rotation:',
  '  - vault: secret/app-prod',
  '    keys: [FRESH_TOKEN, SOON_TOKEN, LATE_TOKEN]',
  '    owner: platform-team',
  '    every: 90d',
  '  - bundle: true',
  '    owner: security',
  '    every: quarterly',
  '',
].join('\n');

let vault: VaultServer;
let repo: string;

beforeEach(async () => {
  vault = await startVaultServer();
  vault.enableKv('secret', 2);
  repo = newRepo('ops-rotation-');
});
afterEach(async () => {
  await vault.close();
  removeRepo(repo);
});

async function seed(options: { withStray: boolean; lateDays: number }): Promise<void> {
  const data: Record<string, string> = { FRESH_TOKEN: PLANTED.fresh, SOON_TOKEN: PLANTED.soon, LATE_TOKEN: PLANTED.late, MCP_SECRETS_VERSION: '4' };
  if (options.withStray) data.STRAY_TOKEN = PLANTED.stray;
  vault.writeKv('secret/app-prod', data, { createdAt: iso(daysAgo(options.lateDays)) });
  vault.customMetadata('secret/app-prod', { 'rotated_at.FRESH_TOKEN': iso(daysAgo(5)), 'rotated_at.SOON_TOKEN': iso(daysAgo(80)) });
  const bundle = await encryptSops(
    { data: { MCP_SECRETS_VERSION: '4', BUNDLED_KEY: PLANTED.bundled } },
    { fileName: 'config/secrets.enc.yaml', recipients: [(await generateAgeIdentity()).recipient], now: daysAgo(10) },
  );
  writeFiles(repo, { '.github/mcp-secrets.yml': SCHEDULE, 'config/secrets.enc.yaml': bundle.text });
}

async function runRotationCheck(inputs: Record<string, string> = {}) {
  const output = join(mkdtempSync(join(tmpdir(), 'ops-rotation-out-')), 'report.json');
  const run = await runBundledAction('ops-controls', {
    workspace: repo,
    inputs: { checks: 'rotation-schedule', output, 'upload-artifact': 'false', 'vault-addr': vault.url, 'vault-token': vault.rootToken, ...inputs },
  });
  const reportText = readFileSync(output, 'utf8');
  const report = JSON.parse(reportText) as ReturnType<typeof readReport>;
  return { run, report, reportText, check: report.checks[0] };
}

describe('ops-controls rotation-schedule (bundled dist, test Vault server)', () => {
  test('overdue, due soon, on time and unscheduled keys: fail, each key in the report with its evidence, no value anywhere', async () => {
    await seed({ withStray: true, lateDays: 100 });
    const { run, report, reportText, check } = await runRotationCheck();
    expect(schemaErrors(report)).toEqual([]);
    expect(run.main.exitCode).toBe(1);
    expect(check).toMatchObject({ id: 'rotation-schedule', status: 'fail' });
    const lines = check?.details.split('; ') ?? [];
    expect(lines[0]).toMatch(/^4 scheduled keys \(1 overdue, 1 due soon, 2 on time\): overdue: vault secret\/app-prod LATE_TOKEN \(owner platform-team, every 90d, last rotated \S+ \(created_time\), due \S+\)$/);
    expect(lines.slice(1)).toEqual([
      expect.stringMatching(/^due soon: vault secret\/app-prod SOON_TOKEN \(owner platform-team, every 90d, last rotated \S+ \(rotated_at\), due \S+\)$/),
      expect.stringMatching(/^on time: vault secret\/app-prod FRESH_TOKEN \(owner platform-team, every 90d, last rotated \S+ \(rotated_at\)/),
      expect.stringMatching(/^on time: config\/secrets\.enc\.yaml BUNDLED_KEY \(owner security, every quarterly, last rotated \S+ \(lastmodified\)/),
      'vault secret/app-prod STRAY_TOKEN: in no rotation entry',
    ]);
    expect(check?.evidence).toEqual([{ file: '.github/mcp-secrets.yml', line: 2 }]);
    // The summary and the annotation carry it as they carry every check.
    expect(run.main.summary).toContain('rotation-schedule');
    expect(run.main.commands.some((c) => c.command === 'error' && c.properties.file === '.github/mcp-secrets.yml' && c.message.includes('LATE_TOKEN'))).toBe(true);
    expect(findLeaks(run, Object.values(PLANTED))).toEqual([]);
    for (const value of Object.values(PLANTED)) expect(reportText).not.toContain(value);
  });

  test('nothing overdue: warn for the key due soon, the step passes under fail-on: fail', async () => {
    await seed({ withStray: false, lateDays: 20 });
    const { run, check } = await runRotationCheck();
    expect(run.main.exitCode).toBe(0);
    expect(check).toMatchObject({ status: 'warn', details: expect.stringMatching(/^4 scheduled keys \(1 due soon, 3 on time\): due soon: vault secret\/app-prod SOON_TOKEN/) });
    expect(run.main.outputs.warned).toBe('1');
  });

  test('no rotation: entries: skipped with the reason', async () => {
    writeFiles(repo, { '.github/mcp-secrets.yml': 'controls:\n  sync-jobs: [lint]\n' });
    const { run, check } = await runRotationCheck();
    expect(run.main.exitCode).toBe(0);
    expect(check).toMatchObject({ status: 'skip', details: 'no `rotation:` entries in .github/mcp-secrets.yml: no rotation schedule to check' });
  });

  test('a malformed entry stops the step with the file, line and entry, and no report', async () => {
    writeFiles(repo, { '.github/mcp-secrets.yml': 'rotation:\n  - vault: secret/app-prod\n    owner: platform-team\n    every: fortnightly\n' });
    const run = await runBundledAction('ops-controls', { workspace: repo, inputs: { checks: 'rotation-schedule', 'upload-artifact': 'false' } });
    expect(run.main.exitCode).not.toBe(0);
    expect(run.main.stdout).toContain(".github/mcp-secrets.yml:4: rotation[1]: (vault secret/app-prod) every: 'fortnightly' is not a rotation policy");
  });
});
