import { ConfigurationError, Inputs } from '@mcp-secrets/ports';
import { ALL_CHECKS } from '@mcp-secrets/controls';
import { removeTempDirs, tempTree } from '../../../test/support/temp-repo';
import { OPS_CONTROLS_INPUT_NAMES, readOpsControlsOptions } from './options';

// The files the per-check options name exist: a named file that is not there is a configuration error.
let workspace: string;
beforeAll(() => {
  workspace = tempTree({ 'secrets/bundle.enc.yaml': 'sops: {}\n', 'docs/secrets.txt': 'API_TOKEN\n', 'a-dir/keep': '' });
});
afterAll(removeTempDirs);

const read = (given: Record<string, string>, env: NodeJS.ProcessEnv = {}) =>
  readOpsControlsOptions(new Inputs({ get: (name) => given[name] }, env), { GITHUB_WORKSPACE: workspace, ...env });

describe('readOpsControlsOptions', () => {
  test('defaults: every check, fail-on fail, the report in the workspace, upload on, no Vault', () => {
    const options = read({});
    expect(options).toMatchObject({
      root: workspace,
      reportPath: `${workspace}/ops-controls-report.json`,
      checks: [],
      failOn: 'fail',
      uploadArtifact: true,
      artifactName: 'ops-controls-report',
      annotations: true,
      ageKey: '',
    });
    expect(options.vault).toBeUndefined();
    expect(options.vaultNotice).toBeUndefined();
    // Nothing given: .github/mcp-secrets.yml (controls:) and then the built-in defaults decide.
    expect(options.controls).toEqual({ rotationDays: {} });
  });

  test('per-check options reach the controls', () => {
    const options = read({
      'sops-file': 'secrets/bundle.enc.yaml',
      'sops-rotation-days': '30',
      'vault-rotation-days': '45',
      'sync-jobs': 'build\ne2e',
      'private-key-allowlist': 'test/fixtures/**',
      'allowed-sops-key-types': 'kms',
      'secrets-inventory': 'docs/secrets.txt',
      'vault-approle-name': 'mcp-ci',
      'vault-secret-path': 'secret/mcp/ci',
    });
    expect(options.controls).toEqual({
      bundlePath: 'secrets/bundle.enc.yaml',
      rotationDays: { sops: 30, vault: 45 },
      syncJobs: ['build', 'e2e'],
      privateKeyAllowlist: ['test/fixtures/**'],
      allowedSopsKeyTypes: ['kms'],
      secretsInventoryPath: 'docs/secrets.txt',
      vaultApproleName: 'mcp-ci',
      vaultSecretPath: 'secret/mcp/ci',
    });
  });

  test('Vault from the runbook variables: token first, then AppRole; an address alone is a notice', () => {
    expect(read({}, { VAULT_ADDR: 'https://vault.example:8200', VAULT_TOKEN: 'hvs.x', VAULT_ROLE_ID: 'r', VAULT_SECRET_ID: 's' }).vault).toMatchObject({
      method: 'token',
      address: 'https://vault.example:8200',
      timeoutSeconds: 60,
    });
    expect(read({ 'vault-addr': 'http://127.0.0.1:8200', 'vault-role-id': 'r', 'vault-secret-id': 's', 'vault-auth-path': 'ci' }).vault).toMatchObject({
      method: 'approle',
      roleId: 'r',
      secretId: 's',
      mountPath: 'ci',
    });
    const alone = read({ 'vault-addr': 'http://127.0.0.1:8200' });
    expect(alone.vault).toBeUndefined();
    expect(alone.vaultNotice).toMatch(/neither vault-token nor vault-role-id/);
  });

  test.each([
    [{ checks: 'sops-policy, nope' }, /input 'checks': unknown check id 'nope' \(valid ids: workflow-permissions, .*security-policy\)/],
    [{ 'fail-on': 'error' }, /input 'fail-on': unknown value 'error' \(use one of: fail, warn, never\)/],
    [{ 'upload-artifact': 'maybe' }, /input 'upload-artifact'/],
    [{ 'sops-rotation-days': '0' }, /input 'sops-rotation-days': expected a positive whole number/],
    [{ 'vault-addr': 'vault.example' }, /input 'vault-addr': 'vault.example' is not a URL/],
    [{ 'vault-timeout-seconds': 'soon' }, /input 'vault-timeout-seconds'/],
    [{ 'allowed-sops-key-types': 'pgp, gpg' }, /input 'allowed-sops-key-types': unknown SOPS key type 'gpg'/],
    [{ 'sops-file': '../elsewhere.yaml' }, /input 'sops-file': .* is outside the repository/],
    [{ 'sops-file': 'a-dir' }, /input 'sops-file': 'a-dir' is a folder, not a file/],
    [{ 'sops-file': 'config/missing.enc.yaml' }, /input 'sops-file': 'config\/missing.enc.yaml' does not exist/],
    [{ 'secrets-inventory': 'a-dir' }, /input 'secrets-inventory': 'a-dir' is a folder, not a file/],
    [{ 'secrets-inventory': 'docs/missing.txt' }, /input 'secrets-inventory': 'docs\/missing.txt' does not exist/],
  ])('%j is a configuration error naming the input', (given, message) => {
    expect(() => read(given)).toThrow(ConfigurationError);
    expect(() => read(given)).toThrow(message);
  });

  test('the checks input accepts every id of the catalogue', () => {
    expect(read({ checks: ALL_CHECKS.map((check) => check.id).join('\n') }).checks).toHaveLength(ALL_CHECKS.length);
  });

  test('every input is named once', () => {
    expect(new Set(OPS_CONTROLS_INPUT_NAMES).size).toBe(OPS_CONTROLS_INPUT_NAMES.length);
  });
});
