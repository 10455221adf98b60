import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../cli';
import type { TerminalIo } from '../terminal-ports';

function capture(): { io: TerminalIo; out: () => string; err: () => string } {
  let out = '';
  let err = '';
  return { io: { out: (t) => (out += t), err: (t) => (err += t), color: false, isTTY: false }, out: () => out, err: () => err };
}

describe('mcp-secrets run (arguments)', () => {
  const cwd = mkdtempSync(join(tmpdir(), 'run-'));
  const env = { HOME: cwd, PATH: process.env.PATH ?? '/usr/bin' };

  test('help shows the command after --, and no credential or file option', async () => {
    const c = capture();
    expect(await runCli(['run', '--help'], c.io, env, cwd)).toBe(0);
    expect(c.out()).toContain('Usage: mcp-secrets run [options] -- <command> [args...]');
    expect(c.out()).toContain('--allow-env-names <value>');
    for (const absent of ['--vault-token', '--op-service-account-token', '--sops-age-key', '--env-file', '--console-secrets-file', '--export-env', '--required']) {
      expect(c.out()).not.toContain(`${absent} `);
    }
  });

  test('the words after -- are not parsed as ours, --help among them', async () => {
    const c = capture();
    expect(await runCli(['run', '--', 'node', '--help'], c.io, env, cwd)).toBe(2);
    expect(c.out()).toBe('');
    expect(c.err()).toContain('no secrets provider is configured: neither Vault, 1Password nor a SOPS age key is configured');
  });

  test('a command without -- is a usage error naming it', async () => {
    const c = capture();
    expect(await runCli(['run', './deploy.sh'], c.io, env, cwd)).toBe(2);
    expect(c.err()).toContain("unexpected argument './deploy.sh'");
    expect(c.err()).toContain('-- <command> [args...]');
  });

  test.each([[['run']], [['run', '--']], [['run', '--', '']]])('%j: nothing to run is a usage error', async (argv) => {
    const c = capture();
    expect(await runCli(argv, c.io, env, cwd)).toBe(2);
    expect(c.err()).toContain('no command to run (give it after --');
  });

  test('a provider chosen but not configured is a configuration error before anything runs', async () => {
    const c = capture();
    expect(await runCli(['run', '--provider', 'vault', '--', 'node', '-e', 'process.exit(0)'], c.io, env, cwd)).toBe(2);
    expect(c.err()).toContain('mcp-secrets run: --vault-addr');
  });
});
