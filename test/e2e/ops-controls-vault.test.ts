// The Vault checks of the bundled ops-controls action against the Vault-API-compatible test server.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEMO, seedDemo, startVaultServer, type VaultServer } from '../support/vault-server';
import { findLeaks } from '../helpers/leaks';
import { runBundledAction } from '../helpers/runner';
import { newRepo, readReport, removeRepo, schemaErrors } from '../fixtures/ops/repos';

const VAULT_CHECKS = 'vault-approle, vault-policies-minimal, secrets-rotation-age';

let vault: VaultServer;
let creds: { roleId: string; secretId: string; token: string };
let repo: string;

beforeEach(async () => {
  vault = await startVaultServer();
  creds = seedDemo(vault);
  repo = newRepo('ops-vault-');
});
afterEach(async () => {
  await vault.close();
  removeRepo(repo);
});

async function runVaultChecks(inputs: Record<string, string>) {
  const output = join(mkdtempSync(join(tmpdir(), 'ops-vault-out-')), 'report.json');
  const run = await runBundledAction('ops-controls', {
    workspace: repo,
    inputs: { checks: VAULT_CHECKS, output, 'upload-artifact': 'false', 'vault-addr': vault.url, 'vault-secret-path': DEMO.secretPath, ...inputs },
  });
  const reportText = readFileSync(output, 'utf8');
  const report = JSON.parse(reportText) as ReturnType<typeof readReport>;
  const check = (id: string) => report.checks.find((c) => c.id === id);
  return { run, report, reportText, check };
}

const plantedValues = (): string[] =>
  Object.entries(DEMO.bundle)
    .filter(([key]) => key !== 'MCP_SECRETS_VERSION')
    .map(([, value]) => (typeof value === 'string' ? value : JSON.stringify(value)));

describe('ops-controls Vault checks (bundled dist, test Vault server)', () => {
  test('AppRole login: the 768h token fails vault-approle, `default` warns, the fresh secret passes; token revoked after', async () => {
    const { run, check, reportText, report } = await runVaultChecks({ 'vault-role-id': creds.roleId, 'vault-secret-id': creds.secretId });
    expect(run.main.stderr).toBe('');
    expect(schemaErrors(report)).toEqual([]);
    expect(run.main.exitCode).toBe(1);
    expect(check('vault-approle')).toMatchObject({ status: 'fail', details: expect.stringMatching(/token lives 768h.*above the 24h token_max_ttl limit.*role settings unchecked/) });
    expect(check('vault-policies-minimal')).toMatchObject({ status: 'warn', details: expect.stringContaining('`default` policy') });
    expect(check('secrets-rotation-age')).toMatchObject({ status: 'pass', details: expect.stringMatching(/Vault secret secret\/mcp\/ci last rotated .* \(0 days ago, policy 90 days\)/) });
    // The login token is masked at once and revoked when the report is done.
    const loginToken = run.main.masks.find((mask) => mask.startsWith('hvs.'));
    expect(loginToken).toBeDefined();
    expect(vault.isTokenValid(loginToken ?? '')).toBe(false);
    expect(findLeaks(run, [...plantedValues(), creds.secretId, loginToken ?? ''])).toEqual([]);
    for (const value of plantedValues()) expect(reportText).not.toContain(value);
    expect(reportText).not.toContain(creds.secretId);
  });

  test('the token given is inspected, never revoked; a short-lived token passes vault-approle (role unchecked, said why)', async () => {
    const token = vault.createToken({ policies: [DEMO.policy], ttlSeconds: 3600 });
    const { run, check } = await runVaultChecks({ 'vault-token': token, 'vault-approle-name': DEMO.appRole, 'fail-on': 'fail' });
    expect(run.main.exitCode).toBe(0);
    expect(check('vault-approle')).toMatchObject({ status: 'pass', details: expect.stringContaining('role settings unchecked') });
    expect(vault.isTokenValid(token)).toBe(true);
    expect(findLeaks(run, [token])).toEqual([]);
  });

  test('a root token fails vault-policies-minimal', async () => {
    const { check } = await runVaultChecks({ 'vault-token': vault.rootToken });
    expect(check('vault-policies-minimal')).toMatchObject({ status: 'fail', details: expect.stringContaining('`root` policy') });
  });

  test('VAULT_ADDR without credentials: a notice, and the Vault checks skip with the reason', async () => {
    const output = join(mkdtempSync(join(tmpdir(), 'ops-vault-out-')), 'report.json');
    const run = await runBundledAction('ops-controls', {
      workspace: repo,
      inputs: { checks: VAULT_CHECKS, output, 'upload-artifact': 'false' },
      env: { VAULT_ADDR: vault.url },
    });
    expect(run.main.exitCode).toBe(0);
    expect(run.main.commands.filter((c) => c.command === 'notice').map((c) => c.message)).toContainEqual(expect.stringContaining('vault-addr is set but neither'));
    expect(readReport(output).checks.map((c) => [c.id, c.status])).toEqual([
      ['secrets-rotation-age', 'skip'],
      ['vault-approle', 'skip'],
      ['vault-policies-minimal', 'skip'],
    ]);
    expect(vault.requests).toEqual([]);
  });

  test('a login that fails is the failure of the checks that needed Vault, with the reason', async () => {
    const { run, check } = await runVaultChecks({ 'vault-role-id': creds.roleId, 'vault-secret-id': 'not-the-secret-id' });
    expect(run.main.exitCode).toBe(1);
    expect(check('vault-approle')).toMatchObject({ status: 'fail', details: expect.stringMatching(/could not complete: login failed/) });
    expect(findLeaks(run, ['not-the-secret-id'])).toEqual([]);
  });
});
