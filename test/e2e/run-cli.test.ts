// `mcp-secrets run -- <command>` as users run it: the bundled CLI (dist/cli, built with
// `node scripts/build.mjs cli`) in a child process, getting the bundle from a SOPS file (ours and
// the real sops-made ones of ../shared), the Vault-API-compatible and the 1Password Connect-API
// test servers. The command it starts is node reporting a SHA-256 of what it received, never the
// values, so any planted value found in the output was printed by mcp-secrets.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { encryptSops, generateAgeIdentity, type GeneratedAgeIdentity } from '@mcp-secrets/sops';
import { CLI_BUNDLE } from '../helpers/cli';
import { secretPieces } from '../helpers/leaks';
import { NODE_BIN, spawnNode, type ProcessRun } from '../helpers/runner';
import { startConnectServer, type ConnectServer } from '../support/onepassword-connect';
import { describeWithShared } from '../support/shared-fixtures';
import { DEMO, seedDemo, startVaultServer, type VaultServer } from '../support/vault-server';

const BUNDLE = {
  MCP_SECRETS_VERSION: '12',
  OPENAI_API_KEY: 'run-planted-openai-value-8c2e',
  DB_PASSWORD: "it's-a-run-planted-pass $HOME `id`",
  TLS_KEY: '-----BEGIN TEST KEY-----\ncnVuLXBsYW50ZWQtbGluZS1vbmU=\ncnVuLXBsYW50ZWQtbGluZS10d28=\n-----END TEST KEY-----',
};
const CREDENTIAL_NAMES = ['VAULT_TOKEN', 'VAULT_SECRET_ID', 'OP_CONNECT_TOKEN', 'OP_SERVICE_ACCOUNT_TOKEN', 'SOPS_AGE_KEY'];

// The command run: prints the digest of the named variables' values and which names it has.
const REPORTER = `
const names = process.argv.slice(1);
const digest = require('node:crypto').createHash('sha256').update(JSON.stringify(names.map((n) => process.env[n] ?? null))).digest('hex');
process.stdout.write(JSON.stringify({ digest, names: Object.keys(process.env).sort() }) + '\\n');
`;
const digestOf = (values: (string | null)[]): string => createHash('sha256').update(JSON.stringify(values)).digest('hex');

interface Report {
  digest: string;
  names: string[];
}

let identity: GeneratedAgeIdentity;
beforeAll(async () => {
  identity = await generateAgeIdentity();
});

/** A workspace holding config/secrets.enc.yaml, a separate home and temp folder, all empty otherwise. */
async function workspace(data: Record<string, string> = BUNDLE): Promise<{ cwd: string; home: string; tmp: string }> {
  const root = mkdtempSync(join(tmpdir(), 'run-cli-'));
  const [cwd, home, tmp] = ['ws', 'home', 'tmp'].map((name) => join(root, name));
  for (const dir of [join(cwd, 'config'), home, tmp]) mkdirSync(dir, { recursive: true });
  const { text } = await encryptSops({ data }, { fileName: 'config/secrets.enc.yaml', recipients: [identity.recipient] });
  writeFileSync(join(cwd, 'config', 'secrets.enc.yaml'), text);
  return { cwd, home, tmp };
}

/** Every file and folder below `dirs`, with size and modification time: equal before and after means nothing was written. */
function listing(...dirs: string[]): string[] {
  const found: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      const stat = statSync(path);
      found.push(`${path} ${stat.size} ${stat.mtimeMs}`);
      if (entry.isDirectory()) walk(path);
    }
  };
  for (const dir of dirs) walk(dir);
  return found.sort();
}

function runCli(ws: { cwd: string; home: string; tmp: string }, args: string[], env: Record<string, string> = {}): Promise<ProcessRun> {
  return spawnNode(CLI_BUNDLE, ['run', ...args], { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: ws.home, TMPDIR: ws.tmp, ...env }, ws.cwd, 60_000);
}

const report = (run: ProcessRun): Report => JSON.parse(run.stdout) as Report;

function leaks(run: ProcessRun, values: string[]): string[] {
  return secretPieces(values).filter((piece) => run.stdout.includes(piece) || run.stderr.includes(piece)).map((piece) => `${piece.slice(0, 12)}...`);
}

describe('mcp-secrets run with a SOPS bundle (bundled CLI)', () => {
  test('the command gets every value in its environment; nothing is printed or written; its stdout is its own', async () => {
    const ws = await workspace();
    const before = listing(ws.cwd, ws.home, ws.tmp);
    const names = Object.keys(BUNDLE);
    const run = await runCli(ws, ['--', NODE_BIN, '-e', REPORTER, ...names], { SOPS_AGE_KEY: identity.identity });
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(0);
    expect(report(run).digest).toBe(digestOf(Object.values(BUNDLE)));
    expect(report(run).names).toEqual(expect.not.arrayContaining(CREDENTIAL_NAMES));
    expect(leaks(run, [...Object.values(BUNDLE).slice(1), identity.identity])).toEqual([]);
    expect(listing(ws.cwd, ws.home, ws.tmp)).toEqual(before);
  });

  test('keys, required-keys and min-version apply as in sync', async () => {
    const ws = await workspace();
    const selected = await runCli(ws, ['--keys', 'OPENAI_API_KEY', '--', NODE_BIN, '-e', REPORTER, 'OPENAI_API_KEY', 'DB_PASSWORD', 'MCP_SECRETS_VERSION'], { SOPS_AGE_KEY: identity.identity });
    expect(report(selected).digest).toBe(digestOf([BUNDLE.OPENAI_API_KEY, null, '12']));

    const tooOld = await runCli(ws, ['--min-version', '13', '--', NODE_BIN, '-e', 'process.stdout.write("started")'], { SOPS_AGE_KEY: identity.identity });
    expect(tooOld.exitCode).toBe(2);
    expect(tooOld.stdout).toBe('');
    expect(tooOld.stderr).toContain('MCP_SECRETS_VERSION 12, lower than min-version 13');

    const missing = await runCli(ws, ['--required-keys', 'STRIPE_KEY', '--', NODE_BIN, '-e', 'process.stdout.write("started")'], { SOPS_AGE_KEY: identity.identity });
    expect(missing.exitCode).toBe(2);
    expect(missing.stdout).toBe('');
    expect(missing.stderr).toContain('lacks required keys: STRIPE_KEY');
  });

  test('the deny list keeps PATH and NODE_OPTIONS ours; allow-env-names lets a listed name through; names only in the warning', async () => {
    const data = { API_KEY: 'run-planted-api-3b7d', PATH: '/run-planted-path', NODE_OPTIONS: '--require /run-planted-hook.js', PIP_INDEX_URL: 'https://run-planted-index.internal' };
    const ws = await workspace(data);
    const names = ['API_KEY', 'PATH', 'NODE_OPTIONS', 'PIP_INDEX_URL'];
    const run = await runCli(ws, ['--allow-env-names', 'pip_index_url', '--', NODE_BIN, '-e', REPORTER, ...names], { SOPS_AGE_KEY: identity.identity });
    expect(run.exitCode).toBe(0);
    expect(report(run).digest).toBe(digestOf([data.API_KEY, process.env.PATH ?? '/usr/bin:/bin', null, data.PIP_INDEX_URL]));
    expect(run.stderr).toMatch(/warning: Not in the environment of the command: PATH \(search paths[^;]*; NODE_OPTIONS \(Node\.js[^)]*\)\. .*--allow-env-names/);
    expect(leaks(run, Object.values(data))).toEqual([]);
  });

  test("the command's exit code is ours; a signal death is 128 + its number; a command that cannot start is 127 or 126", async () => {
    const ws = await workspace();
    const env = { SOPS_AGE_KEY: identity.identity };
    expect((await runCli(ws, ['--', NODE_BIN, '-e', 'process.exit(3)'], env)).exitCode).toBe(3);
    expect((await runCli(ws, ['--', NODE_BIN, '-e', 'process.kill(process.pid, "SIGTERM")'], env)).exitCode).toBe(143);
    const absent = await runCli(ws, ['--', 'mcp-secrets-no-such-command', '--flag'], env);
    expect(absent.exitCode).toBe(127);
    expect(absent.stderr).toBe("mcp-secrets run: 'mcp-secrets-no-such-command': command not found\n");
    writeFileSync(join(ws.cwd, 'not-executable.sh'), '#!/bin/sh\necho hi\n', { mode: 0o644 });
    const notExecutable = await runCli(ws, ['--', './not-executable.sh'], env);
    expect(notExecutable.exitCode).toBe(126);
    expect(notExecutable.stderr).toContain("'./not-executable.sh': cannot be run (EACCES)");
  });

  test('the words after -- reach the command as given: its own flags, another --, no shell expansion', async () => {
    const ws = await workspace();
    // node's own `--` ends its options, so everything after it is the script's.
    const words = ['--keys', 'x', '--', '$HOME', '*', "'quoted' \"twice\""];
    const run = await runCli(ws, ['--', NODE_BIN, '-e', 'process.stdout.write(JSON.stringify(process.argv.slice(1)))', '--', ...words], { SOPS_AGE_KEY: identity.identity });
    expect(run.exitCode).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual(words);
  });

  test('a bundle that cannot be read starts nothing: exit 1, the file named, the key never shown', async () => {
    const ws = await workspace();
    const other = await generateAgeIdentity();
    const run = await runCli(ws, ['--', NODE_BIN, '-e', 'process.stdout.write("started")'], { SOPS_AGE_KEY: other.identity });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('config/secrets.enc.yaml');
    expect(leaks(run, [other.identity])).toEqual([]);
  });

  test('nothing configured is a configuration error (exit 2) and starts nothing', async () => {
    const ws = await workspace();
    const run = await runCli(ws, ['--', NODE_BIN, '-e', 'process.stdout.write("started")']);
    expect(run.exitCode).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('no secrets provider is configured');
  });
});

describe('mcp-secrets run forwards signals (bundled CLI)', () => {
  // The command says it is ready, then reports the signal it receives and exits 7; only the
  // CLI's own process is signalled, so the command can only have it by forwarding.
  const TRAPPER = `
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => { process.stdout.write('got ' + signal + '\\n'); process.exit(7); });
process.stdout.write('ready\\n');
setTimeout(() => process.exit(99), 20000);
`;

  test.each(['SIGINT', 'SIGTERM', 'SIGHUP'] as const)('%s reaches the command, and its exit code is ours', async (signal) => {
    const ws = await workspace();
    const child = spawn(NODE_BIN, [CLI_BUNDLE, 'run', '--', NODE_BIN, '-e', TRAPPER], {
      cwd: ws.cwd,
      env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: ws.home, TMPDIR: ws.tmp, SOPS_AGE_KEY: identity.identity },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString('utf8');
      if (stdout === 'ready\n') child.kill(signal);
    });
    const code = await new Promise<number | null>((resolve) => child.on('close', (exitCode) => resolve(exitCode)));
    expect(stdout).toBe(`ready\ngot ${signal}\n`);
    expect(code).toBe(7);
  });
});

// util-linux `script` gives the CLI a terminal, whose Ctrl-C (\x03 typed into it) interrupts the
// whole foreground process group, as a shell's job control does.
const SCRIPT = '/usr/bin/script';
const withTerminal = process.platform === 'linux' && existsSync(SCRIPT) ? test : test.skip;

describe('mcp-secrets run on a terminal (bundled CLI under util-linux script)', () => {
  // Counts the interrupts it gets in the half second after the first, then exits 7.
  const COUNTER = `
let count = 0;
process.on('SIGINT', () => { if (++count === 1) setTimeout(() => { process.stdout.write('interrupts ' + count + '\\n'); process.exit(7); }, 500); });
process.stdout.write('ready\\n');
setTimeout(() => process.exit(99), 20000);
`;

  withTerminal('Ctrl-C reaches the command once, not again through run; its exit code is ours', async () => {
    const ws = await workspace();
    const counter = join(ws.tmp, '..', 'counter.js');
    writeFileSync(counter, COUNTER);
    const line = `exec '${NODE_BIN}' '${CLI_BUNDLE}' run -- '${NODE_BIN}' '${counter}'`;
    const child = spawn(SCRIPT, ['-qefc', line, '/dev/null'], {
      cwd: ws.cwd,
      env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: ws.home, TMPDIR: ws.tmp, SHELL: '/bin/sh', TERM: 'dumb', SOPS_AGE_KEY: identity.identity },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
      if (output === 'ready\r\n') child.stdin.write('\x03');
    });
    const code = await new Promise<number | null>((resolve) => child.on('close', (exitCode) => resolve(exitCode)));
    expect(output).toMatch(/^ready\r\n(\^C)?interrupts 1\r\n$/);
    expect(code).toBe(7);
  });
});

describe('mcp-secrets run with Vault (bundled CLI, Vault-API-compatible server)', () => {
  let vault: VaultServer;
  let creds: ReturnType<typeof seedDemo>;
  beforeEach(async () => {
    vault = await startVaultServer();
    creds = seedDemo(vault);
  });
  afterEach(() => vault.close());

  test('AppRole from the environment: the command gets the bundle, not the secret ID; the login token is revoked', async () => {
    const ws = await workspace();
    const before = listing(ws.cwd, ws.home, ws.tmp);
    const names = Object.keys(DEMO.bundle);
    const env = { VAULT_ADDR: vault.url, VAULT_ROLE_ID: creds.roleId, VAULT_SECRET_ID: creds.secretId };
    const run = await runCli(ws, ['--vault-secret-path', DEMO.secretPath, '--', NODE_BIN, '-e', REPORTER, ...names], env);
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(0);
    expect(report(run).digest).toBe(digestOf(Object.values(DEMO.bundle).map((value) => (typeof value === 'string' ? value : JSON.stringify(value)))));
    expect(report(run).names).toEqual(expect.arrayContaining(['VAULT_ADDR', 'VAULT_ROLE_ID']));
    expect(report(run).names).not.toContain('VAULT_SECRET_ID');
    expect(vault.requests.filter((r) => r.path === 'auth/approle/login')).toHaveLength(1);
    expect(vault.requests.some((r) => r.path === 'auth/token/revoke-self')).toBe(true);
    expect(leaks(run, [...Object.values(DEMO.bundle).map(String), creds.secretId])).toEqual([]);
    expect(listing(ws.cwd, ws.home, ws.tmp)).toEqual(before);
  });

  test('a token from the environment stays valid and is not passed on; with --verbose only key names are told', async () => {
    const ws = await workspace();
    const run = await runCli(ws, ['--verbose', '--vault-secret-path', DEMO.secretPath, '--', NODE_BIN, '-e', REPORTER, 'MCP_API_TOKEN'], { VAULT_ADDR: vault.url, VAULT_TOKEN: creds.token });
    expect(run.exitCode).toBe(0);
    expect(report(run).digest).toBe(digestOf([DEMO.bundle.MCP_API_TOKEN]));
    expect(report(run).names).not.toContain('VAULT_TOKEN');
    expect(vault.isTokenValid(creds.token)).toBe(true);
    expect(run.stderr).toContain('MCP_API_TOKEN');
    expect(leaks(run, [...Object.values(DEMO.bundle).map(String), creds.token])).toEqual([]);
  });

  test('a wrong secret ID starts nothing: exit 1, the secret ID never shown', async () => {
    const ws = await workspace();
    const env = { VAULT_ADDR: vault.url, VAULT_ROLE_ID: creds.roleId, VAULT_SECRET_ID: 'run-wrong-secret-id-4e1f' };
    const run = await runCli(ws, ['--vault-secret-path', DEMO.secretPath, '--', NODE_BIN, '-e', 'process.stdout.write("started")'], env);
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toBe('');
    expect(leaks(run, ['run-wrong-secret-id-4e1f'])).toEqual([]);
  });
});

describe('mcp-secrets run with 1Password (bundled CLI, Connect-API server)', () => {
  const ITEM = { credential: 'run-planted-op-credential-6a9b', 'db password': 'run-planted-op-db-5c0d' };
  let connect: ConnectServer;
  let token: string;
  beforeEach(async () => {
    connect = await startConnectServer();
    connect.addVault('MCP');
    connect.addItem('MCP', 'app-prod', [
      { label: 'API_KEY', value: ITEM.credential },
      { label: 'password', value: ITEM['db password'], section: 'database' },
    ]);
    connect.addItem('MCP', 'SOPS Age key', [{ label: 'private', value: `# team key\n${identity.identity}\n` }]);
    token = connect.addToken();
  });
  afterEach(() => connect.close());

  test('op-secrets references: the command gets the values, not the Connect token', async () => {
    const ws = await workspace();
    const refs = 'API_KEY=op://MCP/app-prod/API_KEY,DB_PASSWORD=op://MCP/app-prod/database/password';
    const before = listing(ws.cwd, ws.home, ws.tmp);
    const run = await runCli(ws, ['--op-secrets', refs, '--', NODE_BIN, '-e', REPORTER, 'API_KEY', 'DB_PASSWORD'], { OP_CONNECT_HOST: connect.url, OP_CONNECT_TOKEN: token });
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(0);
    expect(report(run).digest).toBe(digestOf([ITEM.credential, ITEM['db password']]));
    expect(report(run).names).toEqual(expect.arrayContaining(['OP_CONNECT_HOST']));
    expect(report(run).names).not.toContain('OP_CONNECT_TOKEN');
    expect(leaks(run, [...Object.values(ITEM), token])).toEqual([]);
    expect(listing(ws.cwd, ws.home, ws.tmp)).toEqual(before);
  });

  test('a whole item as the bundle (op-item)', async () => {
    const ws = await workspace();
    const run = await runCli(ws, ['--provider', '1password', '--op-item', 'op://MCP/app-prod', '--', NODE_BIN, '-e', REPORTER, 'API_KEY', 'password'], {
      OP_CONNECT_HOST: connect.url,
      OP_CONNECT_TOKEN: token,
    });
    expect(run.exitCode).toBe(0);
    expect(report(run).digest).toBe(digestOf([ITEM.credential, ITEM['db password']]));
  });

  test('the SOPS age key read from 1Password (SOPS_AGE_KEY=op://...): the bundle decrypts, the key is in no output and no file', async () => {
    const ws = await workspace();
    const before = listing(ws.cwd, ws.home, ws.tmp);
    const env = { OP_CONNECT_HOST: connect.url, OP_CONNECT_TOKEN: token, SOPS_AGE_KEY: 'op://MCP/SOPS Age key/private' };
    const run = await runCli(ws, ['--provider', 'sops', '--', NODE_BIN, '-e', REPORTER, 'OPENAI_API_KEY'], env);
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(0);
    expect(report(run).digest).toBe(digestOf([BUNDLE.OPENAI_API_KEY]));
    expect(report(run).names).not.toContain('SOPS_AGE_KEY');
    expect(leaks(run, [identity.identity, BUNDLE.OPENAI_API_KEY, token])).toEqual([]);
    expect(listing(ws.cwd, ws.home, ws.tmp)).toEqual(before);
  });

  test('a revoked token starts nothing: exit 1, the reference named, the token never shown', async () => {
    const ws = await workspace();
    connect.revokeToken(token);
    const run = await runCli(ws, ['--op-secrets', 'API_KEY=op://MCP/app-prod/API_KEY', '--', NODE_BIN, '-e', 'process.stdout.write("started")'], {
      OP_CONNECT_HOST: connect.url,
      OP_CONNECT_TOKEN: token,
    });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('op://MCP/app-prod/API_KEY');
    expect(leaks(run, [token])).toEqual([]);
  });
});

describeWithShared(['fixtures', 'sops'], 'mcp-secrets run over a real sops-made file', (dir) => {
  test('sops-age.secret.enc.yaml: the command gets its expected top-level values', async () => {
    const ws = await workspace();
    writeFileSync(join(ws.cwd, 'secret.enc.yaml'), readFileSync(join(dir, 'sops-produced', 'age', 'sops-age.secret.enc.yaml')));
    const expected = JSON.parse(readFileSync(join(dir, 'sops-produced', 'age', 'sops-age.secret.enc.yaml.expected.json'), 'utf8')) as Record<string, unknown>;
    const names = Object.keys(expected).filter((name) => /^[A-Za-z_]\w*$/.test(name));
    const run = await runCli(ws, ['--sops-file', 'secret.enc.yaml', '--keys', names.join(','), '--', NODE_BIN, '-e', REPORTER, ...names], {
      SOPS_AGE_KEY: readFileSync(join(dir, 'keys', 'sops-age.key.txt'), 'utf8'),
    });
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(0);
    expect(report(run).digest).toBe(digestOf(names.map((name) => (typeof expected[name] === 'string' ? (expected[name] as string) : JSON.stringify(expected[name])))));
  });
});
