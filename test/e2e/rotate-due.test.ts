// `mcp-secrets rotate --due` through the bundled CLI (dist/cli, built with `node scripts/build.mjs cli`)
// in a child process, against the Vault-API-compatible test server: what the rotation schedule says is
// overdue or due soon, by owner, with the commands; exit 1 when overdue, 0 when not, 2 for configuration.
import { encryptSops, generateAgeIdentity } from '@mcp-secrets/sops';
import { runCliBundle } from '../helpers/cli';
import { newRepo, removeTempDirs, writeFiles } from '../support/temp-repo';
import { startVaultServer, type VaultServer } from '../support/vault-server';

const DAY = 86_400_000;
const iso = (daysAgo: number): string => new Date(Date.now() - daysAgo * DAY).toISOString().replace(/\.\d+Z$/, 'Z');
const PLANTED = ['due-planted-machine-token-2b8d', 'due-planted-db-password-5e1c', 'due-planted-bundle-key-7a3f'];

const SCHEDULE = [
  'rotation:',
  '  - vault: secret/app-prod',
  '    keys: [MACHINE_SECRET_TOKEN]',
  '    owner: platform-team',
  '    every: 90d',
  '  - vault: secret/app-prod',
  '    keys: [DB_PASSWORD]',
  '    owner: dba',
  '    every: annually',
  '  - bundle: true',
  '    owner: security',
  '    every: 30d',
  '',
].join('\n');

let vault: VaultServer;
beforeAll(async () => {
  vault = await startVaultServer();
  vault.enableKv('secret', 2);
});
afterAll(async () => {
  await vault.close();
  removeTempDirs();
});

async function repository(bundleDaysAgo: number): Promise<string> {
  const root = newRepo('rotate-due-');
  const bundle = await encryptSops(
    { data: { MCP_SECRETS_VERSION: '2', BUNDLE_KEY: PLANTED[2] } },
    { fileName: 'config/secrets.enc.yaml', recipients: [(await generateAgeIdentity()).recipient], now: new Date(Date.now() - bundleDaysAgo * DAY) },
  );
  writeFiles(root, { '.github/mcp-secrets.yml': SCHEDULE, 'config/secrets.enc.yaml': bundle.text });
  return root;
}

const env = (): Record<string, string> => ({ VAULT_ADDR: vault.url, VAULT_TOKEN: vault.rootToken, NO_COLOR: '1' });

describe('mcp-secrets rotate --due (bundled CLI, child process)', () => {
  test('an overdue Vault key and a bundle key due soon: listed by owner with the commands, exit 1, no value printed', async () => {
    vault.writeKv('secret/app-prod', { MACHINE_SECRET_TOKEN: PLANTED[0], DB_PASSWORD: PLANTED[1] }, { createdAt: iso(120) });
    vault.customMetadata('secret/app-prod', { 'rotated_at.MACHINE_SECRET_TOKEN': iso(95) });
    const root = await repository(26);
    const run = await runCliBundle(root, ['rotate', '--due'], env());
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toMatch(/^Rotation schedule \(\.github\/mcp-secrets\.yml\) on \S+: 1 overdue, 1 due soon, 1 on time, 0 on compromise or never\.\n/);
    expect(run.stdout).toMatch(
      /\nplatform-team\n {2}OVERDUE {3}vault secret\/app-prod MACHINE_SECRET_TOKEN: due \S+ \(5 days ago\), last rotated \S+ \(rotated_at\), every 90d\n {2}rotate with:\n {4}mcp-secrets rotate --vault-secret-path secret\/app-prod --generate MACHINE_SECRET_TOKEN\n/,
    );
    expect(run.stdout).toMatch(
      /\nsecurity\n {2}due soon {2}config\/secrets\.enc\.yaml BUNDLE_KEY: due \S+ \(in [34] days\), last rotated \S+ \(lastmodified\), every 30d\n {2}rotate with:\n {4}mcp-secrets rotate --sops-file config\/secrets\.enc\.yaml --generate BUNDLE_KEY\n/,
    );
    // DB_PASSWORD (annually, 120 days old) is on time: its owner has nothing to do.
    expect(run.stdout).not.toContain('dba');
    for (const value of PLANTED) expect(run.stdout + run.stderr).not.toContain(value);
  });

  test('nothing due: exit 0', async () => {
    vault.writeKv('secret/app-prod', { MACHINE_SECRET_TOKEN: PLANTED[0], DB_PASSWORD: PLANTED[1] }, { createdAt: iso(1) });
    vault.customMetadata('secret/app-prod', {});
    const run = await runCliBundle(await repository(2), ['rotate', '--due'], env());
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toContain(': 0 overdue, 0 due soon, 3 on time, 0 on compromise or never.\n\nNothing is due.\n');
  });

  test('configuration errors exit 2: Vault entries without Vault, --due beside --generate, a malformed entry', async () => {
    const root = await repository(2);
    const noVault = await runCliBundle(root, ['rotate', '--due'], { NO_COLOR: '1' });
    expect(noVault.exitCode).toBe(2);
    expect(noVault.stderr).toContain('.github/mcp-secrets.yml:2: rotation[1] names a Vault secret, and Vault is not configured');
    const mixed = await runCliBundle(root, ['rotate', '--due', '--generate', 'BUNDLE_KEY'], env());
    expect(mixed.exitCode).toBe(2);
    expect(mixed.stderr).toContain('--due only lists what is due; it cannot be combined with --generate');
    writeFiles(root, { '.github/mcp-secrets.yml': 'rotation:\n  - bundle: true\n    owner: security\n    every: 90\n' });
    const malformed = await runCliBundle(root, ['rotate', '--due'], env());
    expect(malformed.exitCode).toBe(2);
    expect(malformed.stderr).toContain(".github/mcp-secrets.yml:4: rotation[1]: (the configured bundle) every: '90' is not a rotation policy");
  });
});
