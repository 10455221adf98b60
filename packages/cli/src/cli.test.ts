import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEMO, seedDemo, startVaultServer, type VaultServer } from '../../../test/support/vault-server';
import { runCli } from './cli';
import type { TerminalIo } from './terminal-ports';

function capture(color = false): { io: TerminalIo; out: () => string; err: () => string } {
  let out = '';
  let err = '';
  return { io: { out: (t) => (out += t), err: (t) => (err += t), color, isTTY: false }, out: () => out, err: () => err };
}

describe('mcp-secrets', () => {
  test('--help lists the commands and the exit codes', async () => {
    const c = capture();
    expect(await runCli(['--help'], c.io, {}, '/')).toBe(0);
    expect(c.out()).toMatch(/Commands:\n  sync +fetch the secret bundle/);
    expect(c.out()).toContain('Exit codes: 0 clean, 1 findings or failure, 2 usage or configuration error.');
  });

  test('an unknown command or option is a usage error (exit 2)', async () => {
    const c = capture();
    expect(await runCli(['rotate-everything'], c.io, {}, '/')).toBe(2);
    expect(c.err()).toContain("unknown command 'rotate-everything'");
    expect(await runCli(['sync', '--nope'], c.io, {}, '/')).toBe(2);
    expect(c.err()).toContain("Unknown option '--nope'");
  });

  test('repeatable options arrive as lists', async () => {
    const c = capture();
    expect(await runCli(['rotate', '--help'], c.io, {}, '/')).toBe(0);
    expect(c.out()).toContain('--set <value>...');
  });

  test('credentials are not accepted on the command line', async () => {
    const c = capture();
    expect(await runCli(['sync', '--vault-token', 'x'], c.io, {}, '/')).toBe(2);
    expect(await runCli(['sync', '--help'], c.io, {}, '/')).toBe(0);
    expect(c.out()).not.toContain('--vault-token');
    expect(c.out()).toContain('--vault-addr <value>');
  });

  describe('sync against the test Vault', () => {
    let vault: VaultServer;
    let creds: { roleId: string; secretId: string };
    beforeAll(async () => {
      vault = await startVaultServer();
      creds = seedDemo(vault);
    });
    afterAll(() => vault.close());

    test('prints key names, writes the files 0600, never prints a value', async () => {
      const { roleId, secretId } = creds;
      const home = mkdtempSync(join(tmpdir(), 'cli-home-'));
      const c = capture();
      const env = { HOME: home, VAULT_ADDR: vault.url, VAULT_ROLE_ID: roleId, VAULT_SECRET_ID: secretId };
      const code = await runCli(['sync', '--vault-secret-path', DEMO.secretPath], c.io, env, home);
      expect(c.err()).toBe('');
      expect(code).toBe(0);
      expect(c.out()).toContain('Synced 5 secrets from vault (secret/mcp/ci): MCP_SECRETS_VERSION, MCP_API_TOKEN, DATABASE_URL');
      expect(c.out()).toContain(`wrote ${join(home, '.mcp', '.env')} (0600)`);
      expect(statSync(join(home, '.mcp', '.env')).mode & 0o777).toBe(0o600);
      expect(readFileSync(join(home, '.mcp', 'console-secrets.json'), 'utf8')).toContain(DEMO.bundle.MCP_API_TOKEN);
      for (const value of [DEMO.bundle.MCP_API_TOKEN, DEMO.bundle.DATABASE_URL, secretId]) {
        expect(c.out() + c.err()).not.toContain(value);
      }
    });

    test('--format json prints key names only; --dotenv-file names the .env path', async () => {
      const { roleId, secretId } = creds;
      const home = mkdtempSync(join(tmpdir(), 'cli-home-'));
      const c = capture();
      const env = { HOME: home, VAULT_ADDR: vault.url, VAULT_ROLE_ID: roleId, VAULT_SECRET_ID: secretId };
      const dotenv = join(home, 'project', 'local.env');
      const code = await runCli(['sync', '--vault-secret-path', DEMO.secretPath, '--format', 'json', '--dotenv-file', dotenv], c.io, env, home);
      expect(code).toBe(0);
      const doc = JSON.parse(c.out());
      expect(doc).toMatchObject({ provider: 'vault', version: '7', count: 5, envFile: dotenv });
      expect(c.out()).not.toContain(DEMO.bundle.MCP_API_TOKEN);
      expect(statSync(dotenv).mode & 0o777).toBe(0o600);
    });

    test('a Vault failure is exit 1 and a configuration error exit 2', async () => {
      const c = capture();
      const env = { HOME: mkdtempSync(join(tmpdir(), 'cli-home-')), VAULT_ADDR: vault.url, VAULT_TOKEN: 'not-a-real-token-value' };
      expect(await runCli(['sync', '--vault-secret-path', 'secret/none'], c.io, env, '/')).toBe(1);
      expect(c.err()).toMatch(/^mcp-secrets sync: permission denied/m);
      expect(await runCli(['sync', '--provider', 'aws'], c.io, env, '/')).toBe(2);
      expect(c.err()).toContain("input 'provider': unknown value 'aws'");
    });
  });
});
