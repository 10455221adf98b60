import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEMO, seedDemo, startVaultServer, type VaultServer } from '../../../test/support/vault-server';
import { runCli, VERSION } from './cli';
import type { TerminalIo } from './terminal-ports';

function capture(color = false): { io: TerminalIo; out: () => string; err: () => string } {
  let out = '';
  let err = '';
  return { io: { out: (t) => (out += t), err: (t) => (err += t), color, isTTY: false }, out: () => out, err: () => err };
}

describe('mcp-secrets', () => {
  test('--help and -h list the commands and the exit codes; no command is a usage error with the help on stderr', async () => {
    for (const flag of ['--help', '-h']) {
      const c = capture();
      expect(await runCli([flag], c.io, {}, '/')).toBe(0);
      expect(c.out()).toMatch(/Commands:\n  sync \[options\] +fetch the secret bundle/);
      expect(c.out()).toContain('Exit codes: 0 clean, 1 findings or failure, 2 usage or configuration error.');
    }
    const none = capture();
    expect(await runCli([], none.io, {}, '/')).toBe(2);
    expect(none.out()).toBe('');
    expect(none.err()).toContain('Usage: mcp-secrets <command> [options]');
  });

  test('help <command>, <command> -h and -V', async () => {
    const help = capture();
    expect(await runCli(['help', 'audit'], help.io, {}, '/')).toBe(0);
    expect(help.out()).toContain('Usage: mcp-secrets audit [options] [path]');
    const short = capture();
    expect(await runCli(['audit', '-h'], short.io, {}, '/')).toBe(0);
    expect(short.out()).toBe(help.out());
    expect(short.out()).toMatch(/-c, --config <value> /);
    expect(short.out()).toMatch(/-f, --format <value> /);
    expect(short.out()).toMatch(/-v, --verbose /);
    expect(short.out()).toMatch(/--redact \[value\] /);
    const version = capture();
    expect(await runCli(['-V'], version.io, {}, '/')).toBe(0);
    expect(version.out()).toBe(`${VERSION}\n`);
  });

  test('a mistyped command or option is a usage error (exit 2) with a suggestion', async () => {
    const command = capture();
    expect(await runCli(['adit'], command.io, {}, '/')).toBe(2);
    expect(command.err()).toBe("mcp-secrets: unknown command 'adit'\n(Did you mean audit?)\n");
    const option = capture();
    expect(await runCli(['audit', '--formt', 'json'], option.io, {}, '/')).toBe(2);
    expect(option.err()).toContain("mcp-secrets audit: unknown option '--formt'\n(Did you mean --format?)\n");
    expect(option.err()).toContain("run 'mcp-secrets audit --help'");
    const value = capture();
    expect(await runCli(['sync', '--vault-addr'], value.io, {}, '/')).toBe(2);
    expect(value.err()).toContain("option '--vault-addr <value>' argument missing");
  });

  test('repeatable options arrive as lists', async () => {
    const c = capture();
    expect(await runCli(['rotate', '--help'], c.io, {}, '/')).toBe(0);
    expect(c.out()).toMatch(/--set <value> +KEY=VALUE \(repeatable\)/);
  });

  test('credentials are not accepted on the command line', async () => {
    const c = capture();
    expect(await runCli(['sync', '--vault-token', 'x'], c.io, {}, '/')).toBe(2);
    expect(await runCli(['sync', '--help'], c.io, {}, '/')).toBe(0);
    expect(c.out()).not.toContain('--vault-token');
    expect(c.out()).toContain('--vault-addr <value>');
  });

  test('a configuration error names the option, or the variable of an input taken from the environment', async () => {
    const c = capture();
    expect(await runCli(['audit', '-f', 'xml'], c.io, {}, '/')).toBe(2);
    expect(c.err()).toBe("mcp-secrets audit: --format: unknown format 'xml' (use one of: text, json, sarif)\n");
    const renamed = capture();
    expect(await runCli(['sync', '--dotenv-file', '/etc/mcp/.env'], renamed.io, { HOME: tmpdir() }, '/')).toBe(2);
    expect(renamed.err()).toMatch(/^mcp-secrets sync: --dotenv-file: /);
    const env = capture();
    expect(await runCli(['sync', '--provider', 'vault'], env.io, { HOME: tmpdir(), VAULT_ADDR: 'not a url' }, '/')).toBe(2);
    expect(env.err()).toMatch(/^mcp-secrets sync: (--vault-addr|VAULT_ADDR)/);
    expect(env.err()).not.toContain("input '");
  });

  test('a path given as a word and as its option is a usage error', async () => {
    const c = capture();
    expect(await runCli(['audit', '--path', 'src', 'lib'], c.io, {}, '/')).toBe(2);
    expect(c.err()).toContain('the path is given twice: as --path and as a word (lib)');
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
      expect(c.err()).toContain("mcp-secrets sync: --provider: unknown value 'aws'");
    });
  });
});
