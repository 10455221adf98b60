import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Inputs, runnerInputSource } from '@mcp-secrets/ports';
import { readSyncOptions } from './options';
import { planProvider } from './provider';

/** A workspace holding config/secrets.enc.yaml, so SOPS counts as configured when a key is given. */
function workspaceWithBundle(): string {
  const workspace = mkdtempSync(join(tmpdir(), 'plan-'));
  mkdirSync(join(workspace, 'config'));
  writeFileSync(join(workspace, 'config', 'secrets.enc.yaml'), 'not decrypted by planning\n');
  return workspace;
}

function plan(inputs: Record<string, string>, env: Record<string, string> = {}) {
  const all = {
    HOME: '/home/runner',
    GITHUB_WORKSPACE: workspaceWithBundle(),
    ...env,
    ...Object.fromEntries(Object.entries(inputs).map(([name, value]) => [`INPUT_${name.toUpperCase()}`, value])),
  };
  const source = runnerInputSource(all);
  return planProvider(readSyncOptions(new Inputs(source, all), (name) => source.get(name), all), all);
}

const SA = { OP_SERVICE_ACCOUNT_TOKEN: 'ops_plan-test-token' };
const CONNECT = { OP_CONNECT_HOST: 'https://op.example.com', OP_CONNECT_TOKEN: 'plan-connect-token' };
const SECRETS = { 'op-secrets': 'API_TOKEN=op://MCP/ci/token' };

describe('planProvider and 1Password', () => {
  test('auto picks 1Password when its credentials and something to load are set', () => {
    expect(plan(SECRETS, SA)).toEqual({ provider: '1password', sopsFallback: false });
    expect(plan({ 'op-item': 'op://MCP/ci' }, CONNECT)).toEqual({ provider: '1password', sopsFallback: false });
    expect(plan({ ...SECRETS, fallback: 'sops' }, SA)).toEqual({ provider: '1password', sopsFallback: true });
  });

  test('auto prefers Vault when Vault is configured too, and SOPS only when 1Password is not', () => {
    expect(plan({ ...SECRETS, 'vault-addr': 'https://vault.example.com', 'vault-secret-path': 'secret/ci' }, { ...SA, VAULT_TOKEN: 'hvs.plan' }).provider).toBe('vault');
    expect(plan(SECRETS, { ...SA, SOPS_AGE_KEY: 'AGE-SECRET-KEY-1PLAN' }).provider).toBe('1password');
    // Credentials without anything to load are not a reason to use 1Password (they may be there for the SOPS key).
    expect(plan({ 'sops-age-key': 'op://MCP/SOPS Age key/private' }, SA)).toEqual({ provider: 'sops' });
  });

  test('references without credentials (a fork) are a skip that says why', () => {
    expect(plan(SECRETS)).toEqual({ provider: 'none', reason: '1Password references are set but no 1Password credentials are available (fork or Dependabot run?)' });
    expect(plan({ ...SECRETS, 'op-connect-host': 'https://op.example.com' }).provider).toBe('none');
  });

  test.each([
    ['no credentials', { provider: '1password', ...SECRETS }, {}, 'op-service-account-token', 'provider is 1password but no 1Password credentials are configured'],
    ['a Connect host without its token', { provider: '1password', ...SECRETS, 'op-connect-host': 'https://op.example.com' }, {}, 'op-connect-token', 'no 1Password credentials'],
    ['nothing to load', { provider: '1password' }, SA, 'op-secrets', 'nothing to load from 1Password'],
  ])('provider: 1password with %s is an error naming the input', (_case, inputs, env, input, message) => {
    expect(() => plan(inputs, env)).toThrow(expect.objectContaining({ name: 'ConfigurationError', input }));
    expect(() => plan(inputs, env)).toThrow(message);
  });
});
