// Issue 11, sync's part: each test plays one attack by a hostile repository, bundle,
// Vault or proxy, and asserts that no planted secret shows anywhere, that the step
// fails with a clear error or completes, and that nothing is left behind.
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stageFile } from '@mcp-secrets/fs-safe';
import { ConfigurationError, maskablePieces } from '@mcp-secrets/ports';
import { runSync, runSyncPost, type SyncResult } from '@mcp-secrets/sync';
import { readInputs } from '../../actions/sync/src/inputs';
import { findLeaks } from '../helpers/leaks';
import { inputVariable, runBundledAction, type ActionRun } from '../helpers/runner';
import { memoryPorts, type MemoryPorts } from '../support/memory-ports';
import { DEMO, seedDemo, startVaultServer, type VaultServer } from '../support/vault-server';

let vault: VaultServer;
let creds: { roleId: string; secretId: string; token: string };

beforeEach(async () => {
  vault = await startVaultServer();
  creds = seedDemo(vault);
});
afterEach(() => vault.close());

const approleInputs = (): Record<string, string> => ({
  'vault-addr': vault.url,
  'vault-secret-path': DEMO.secretPath,
  'vault-role-id': creds.roleId,
  'vault-secret-id': creds.secretId,
});

/** Replaces the demo bundle with `bundle`, as `vault kv put secret/mcp/ci secrets=@bundle.json` would. */
const plantBundle = (bundle: Record<string, unknown>): void => void vault.writeKv(DEMO.secretPath, { secrets: JSON.stringify(bundle) });

const annotationsOf = (run: ActionRun): { command: string; message: string }[] =>
  run.main.commands.filter((c) => ['error', 'warning', 'notice'].includes(c.command));

const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;

interface Runner {
  home: string;
  temp: string;
  workspace: string;
  env: Record<string, string>;
}

/** A runner's folders (HOME, RUNNER_TEMP, GITHUB_WORKSPACE) for the in-process tests. */
function runnerFolders(): Runner {
  const root = mkdtempSync(join(tmpdir(), 'hostile-sync-'));
  const [home, temp, workspace] = ['home', 'temp', 'workspace'].map((name) => join(root, name));
  for (const dir of [home, temp, workspace]) mkdirSync(dir);
  return { home, temp, workspace, env: { HOME: home, RUNNER_TEMP: temp, GITHUB_WORKSPACE: workspace } };
}

interface RecordingPorts extends MemoryPorts {
  exported: Record<string, string>;
  state: Record<string, string>;
}

/** Memory ports that also keep what was exported and saved to the step state. */
function recordingPorts(env: Record<string, string>, state: Record<string, string> = {}): RecordingPorts {
  const ports = memoryPorts({ ...env }) as RecordingPorts;
  ports.exported = {};
  ports.state = state;
  ports.exportVariable = (name, value) => void (ports.exported[name] = value);
  ports.saveState = (name, value) => void (ports.state[name] = value);
  ports.getState = (name) => ports.state[name] ?? '';
  return ports;
}

/** The sync options exactly as the action reads them from INPUT_* variables. */
function syncOptions(inputs: Record<string, string>, env: Record<string, string>): ReturnType<typeof readInputs> {
  return readInputs({ ...env, ...Object.fromEntries(Object.entries(inputs).map(([name, value]) => [inputVariable(name), value])) });
}

async function syncInProcess(runner: Runner, inputs: Record<string, string> = {}): Promise<{ ports: RecordingPorts; result: SyncResult }> {
  const ports = recordingPorts(runner.env);
  const result = await runSync(ports, syncOptions({ ...approleInputs(), ...inputs }, runner.env));
  return { ports, result };
}

const everythingShown = (ports: MemoryPorts): string => [...ports.lines.map((line) => line.message), ...ports.summary, JSON.stringify(ports.outputs)].join('\n');

describe('leaks', () => {
  test('hostile Vault errors[]: control characters, forged workflow commands, a megabyte of text and an echoed secret ID stay out of the annotation', async () => {
    vault.injectFault({
      path: 'auth/approle/login',
      status: 400,
      errors: [
        `invalid secret id ${creds.secretId}`,
        '\u001b]0;owned\u0007 terminal title\u202e',
        'bad\n::error title=forged::forged annotation\r::add-mask::x',
        '1 error occurred:\n\t* ::warning::forged in multierror\n\n',
        'x'.repeat(1024 * 1024),
      ],
    });
    const run = await runBundledAction('sync', { inputs: approleInputs() });
    expect(run.main.exitCode).toBe(1);
    const annotations = annotationsOf(run);
    expect(annotations.map((a) => a.command)).toEqual(['error']);
    const [{ message }] = annotations;
    expect(message).toMatch(/^login failed: /);
    expect(message).not.toMatch(CONTROL_CHARACTERS);
    expect(message).not.toContain('::');
    expect(message.length).toBeLessThan(2000);
    expect(findLeaks(run, [creds.secretId])).toEqual([]);
  });

  test.each([
    ['an unparsable port', 'https://admin:addr-pass-8812@vault.example.com:notaport'],
    ['a wrong scheme', 'ftp://admin:addr-pass-8812@vault.example.com'],
    ['a reachable address', 'https://admin:addr-pass-8812@127.0.0.1:1'],
  ])('a vault-addr with a user name and password (%s) is refused without printing the password', async (_case, address) => {
    const run = await runBundledAction('sync', { inputs: { ...approleInputs(), 'vault-addr': address } });
    expect(run.main.exitCode).toBe(1);
    expect(annotationsOf(run)).toEqual([expect.objectContaining({ command: 'error', message: expect.stringContaining("input 'vault-addr'") })]);
    expect(findLeaks(run, ['addr-pass-8812'])).toEqual([]);
  });

  test('a proxy URL with a password: the password is masked before anything runs and shown nowhere', async () => {
    // A "proxy" that hangs up on every connection.
    const proxy: Server = createServer((socket) => socket.destroy());
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
    const { port } = proxy.address() as { port: number };
    try {
      const run = await runBundledAction('sync', {
        inputs: { ...approleInputs(), 'vault-addr': 'https://vault.example.invalid:8200', 'vault-timeout-seconds': '3' },
        env: { HTTPS_PROXY: `http://proxy-user:proxy-pass-5521@127.0.0.1:${port}`, DEBUG: '*' },
      });
      expect(run.main.exitCode).toBe(1);
      expect(run.main.masks).toContain('proxy-pass-5521');
      // stderr is masked by the runner once the password is registered; everything else must not hold it at all.
      expect(findLeaks(run, ['proxy-pass-5521']).filter((leak) => !leak.includes(' stderr: '))).toEqual([]);
      expect(annotationsOf(run).map((a) => a.message).join('\n')).not.toContain('proxy-user:');
    } finally {
      await new Promise((resolve) => proxy.close(resolve));
    }
  });

  test('a value split by a lone carriage return is masked piece by piece, as the runner displays it', () => {
    const pieces = maskablePieces('first-piece-1234\rsecond-piece-5678\r\nthird-piece-9012');
    expect(pieces).toEqual(expect.arrayContaining(['first-piece-1234', 'second-piece-5678', 'third-piece-9012']));
  });
});

describe('takeover of later steps', () => {
  test('exported GIT_CONFIG_* with core.fsmonitor cannot run a command in a later git status', async () => {
    const scratch = mkdtempSync(join(tmpdir(), 'fsmonitor-'));
    const marker = join(scratch, 'PWNED');
    const hook = `touch ${marker}; false`;
    plantBundle({ MCP_SECRETS_VERSION: '1', API_KEY: 'api-value-planted-1234', GIT_CONFIG_COUNT: '1', GIT_CONFIG_KEY_0: 'core.fsmonitor', GIT_CONFIG_VALUE_0: hook });
    const run = await runBundledAction('sync', { inputs: approleInputs(), post: false });
    expect(run.main.exitCode).toBe(0);
    expect(run.main.env.API_KEY).toBe('api-value-planted-1234');
    expect(Object.keys(run.main.env).filter((name) => name.startsWith('GIT_'))).toEqual([]);

    // A later step's git, with the environment the runner would give it.
    const repo = join(scratch, 'repo');
    mkdirSync(repo);
    execFileSync('git', ['init', '-q', repo]);
    writeFileSync(join(repo, 'file'), 'x');
    execFileSync('git', ['status'], { cwd: repo, env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: run.dirs.home, ...run.main.env }, stdio: 'ignore' });
    expect(existsSync(marker)).toBe(false);

    const warnings = annotationsOf(run).filter((a) => a.command === 'warning').map((a) => a.message).join('\n');
    for (const key of ['GIT_CONFIG_COUNT', 'GIT_CONFIG_KEY_0', 'GIT_CONFIG_VALUE_0']) {
      expect(warnings).toContain(key);
      expect(run.main.summary).toContain(key);
    }
    expect(warnings).not.toContain(hook);
    expect(readFileSync(join(run.dirs.home, '.mcp', '.env'), 'utf8')).toContain(`GIT_CONFIG_VALUE_0='${hook}'`);
    expect(findLeaks(run, ['api-value-planted-1234'])).toEqual([]);
  });

  test.each([
    'GIT_CONFIG_COUNT', 'GIT_CONFIG_KEY_0', 'GIT_CONFIG_VALUE_0', 'GIT_CONFIG_PARAMETERS', 'NODE_TLS_REJECT_UNAUTHORIZED', 'HTTPS_PROXY',
    'HTTP_PROXY', 'ALL_PROXY', 'https_proxy', 'NO_PROXY', 'DOTNET_STARTUP_HOOKS', 'JDK_JAVA_OPTIONS', 'JAVA_TOOL_OPTIONS', 'PROMPT_COMMAND',
    'GIT_SSH', 'GIT_SSH_COMMAND', 'npm_config_registry', 'NPM_CONFIG_USERCONFIG', 'PYTHONSTARTUP', 'PERL5OPT', 'RUBYOPT', 'BASH_ENV',
    'ENV', 'LD_PRELOAD', 'PATH', 'GITHUB_TOKEN', 'INPUT_VAULT_ADDR', 'STATE_FILES',
  ])('a bundle key %s is kept in the files but not exported, with a warning naming the key only', async (name) => {
    const runner = runnerFolders();
    const value = `planted-value-of-${name.toLowerCase()}`;
    plantBundle({ MCP_SECRETS_VERSION: '1', SAFE_KEY: 'safe-value-planted-1234', [name]: value });
    const { ports, result } = await syncInProcess(runner);
    expect(ports.exported).toEqual({ MCP_SECRETS_VERSION: '1', SAFE_KEY: 'safe-value-planted-1234' });
    expect(result.notExported.map((refused) => refused.key)).toEqual([name]);
    const warnings = ports.lines.filter((line) => line.level === 'warning').map((line) => line.message);
    expect(warnings.join('\n')).toContain(name);
    expect(everythingShown(ports)).not.toContain(value);
    expect(ports.summary.join('\n')).toMatch(new RegExp(`Not exported.*${name}`));
    expect(readFileSync(join(runner.home, '.mcp', '.env'), 'utf8')).toContain(`${name}='${value}'`);
    expect(JSON.parse(readFileSync(join(runner.home, '.mcp', 'console-secrets.json'), 'utf8')).secrets[name]).toBe(value);
  });

  test('allow-env-names exports the names a team lists (any case), and only those', async () => {
    const runner = runnerFolders();
    plantBundle({ MCP_SECRETS_VERSION: '1', PIP_INDEX_URL: 'https://pypi.internal/simple', HTTPS_PROXY: 'http://proxy.internal:3128', LD_PRELOAD: '/x.so' });
    const { ports, result } = await syncInProcess(runner, { 'allow-env-names': 'pip_index_url\nhttps_proxy' });
    expect(ports.exported).toEqual({ MCP_SECRETS_VERSION: '1', PIP_INDEX_URL: 'https://pypi.internal/simple', HTTPS_PROXY: 'http://proxy.internal:3128' });
    expect(result.notExported.map((refused) => refused.key)).toEqual(['LD_PRELOAD']);
  });

  test('allow-env-names holding something that is not a variable name is a configuration error naming the input', async () => {
    const runner = runnerFolders();
    await expect(syncInProcess(runner, { 'allow-env-names': 'GOOD_NAME, bad-name' })).rejects.toThrow(
      expect.objectContaining({ name: 'ConfigurationError', input: 'allow-env-names' }),
    );
  });
});

describe('crash safety', () => {
  test('a SIGKILL between staging and rename leaves a plaintext temp file: the post step removes it', async () => {
    const runner = runnerFolders();
    const { ports, result } = await syncInProcess(runner);
    const envFile = result.envFile as string;
    // What a kill between stageFile and rename leaves: the next run's staged plaintext, 0600, beside the target.
    const staged = stageFile(envFile, "STAGED='plaintext-staged-secret'\n", 0o600);
    expect(existsSync(staged)).toBe(true);

    const post = recordingPorts(runner.env, ports.state);
    await runSyncPost(post, syncOptions(approleInputs(), runner.env));
    expect(readdirSync(join(runner.home, '.mcp')).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    expect(existsSync(envFile)).toBe(false);
  });

  test('a kill right as the login token is masked still leaves it in the step state, and the post step revokes it', async () => {
    const runner = runnerFolders();
    const ports = recordingPorts(runner.env);
    // The process dies at the moment the login token is registered with the masker.
    ports.mask = (value) => {
      if (value.startsWith('hvs.')) throw new Error('killed');
    };
    await expect(runSync(ports, syncOptions(approleInputs(), runner.env))).rejects.toThrow('killed');
    const token = ports.state['vault-token'];
    expect(token).toMatch(/^hvs\./);
    expect(vault.isTokenValid(token)).toBe(true);

    const post = recordingPorts(runner.env, ports.state);
    const result = await runSyncPost(post, syncOptions(approleInputs(), runner.env));
    expect(result.revoked).toBe('revoked');
    expect(vault.isTokenValid(token)).toBe(false);
  });
});

describe('env-file and console-secrets-file outside a folder of the action', () => {
  const content = 'KEEP=original-content\n';
  type Setup = (runner: Runner) => { inputs: Record<string, string>; input: string; untouched: string };

  const cases: [string, Setup][] = [
    ['a file in the workspace', (r) => {
      writeFileSync(join(r.workspace, '.env'), content, { mode: 0o644 });
      return { inputs: { 'env-file': join(r.workspace, '.env') }, input: 'env-file', untouched: join(r.workspace, '.env') };
    }],
    ['a relative path (in the workspace)', (r) => {
      mkdirSync(join(r.workspace, 'config'));
      writeFileSync(join(r.workspace, 'config', 'app.json'), content, { mode: 0o644 });
      return { inputs: { 'console-secrets-file': 'config/app.json' }, input: 'console-secrets-file', untouched: join(r.workspace, 'config', 'app.json') };
    }],
    ["another tool's dotfile in the home folder (~/.npmrc)", (r) => {
      writeFileSync(join(r.home, '.npmrc'), content, { mode: 0o644 });
      return { inputs: { 'env-file': '~/.npmrc' }, input: 'env-file', untouched: join(r.home, '.npmrc') };
    }],
    ["another tool's private folder (~/.config/gh)", (r) => {
      mkdirSync(join(r.home, '.config', 'gh'), { recursive: true, mode: 0o700 });
      writeFileSync(join(r.home, '.config', 'gh', 'hosts.yml'), content, { mode: 0o600 });
      return { inputs: { 'console-secrets-file': '~/.config/gh/hosts.yml' }, input: 'console-secrets-file', untouched: join(r.home, '.config', 'gh', 'hosts.yml') };
    }],
    ['a world-writable (1777) folder in RUNNER_TEMP', (r) => {
      mkdirSync(join(r.temp, 'shared'));
      chmodSync(join(r.temp, 'shared'), 0o1777);
      writeFileSync(join(r.temp, 'shared', '.env'), content, { mode: 0o644 });
      return { inputs: { 'env-file': join(r.temp, 'shared', '.env') }, input: 'env-file', untouched: join(r.temp, 'shared', '.env') };
    }],
    ['a symlinked ~/.mcp pointing into the workspace', (r) => {
      mkdirSync(join(r.workspace, 'linked'), { mode: 0o755 });
      writeFileSync(join(r.workspace, 'linked', '.env'), content, { mode: 0o644 });
      symlinkSync(join(r.workspace, 'linked'), join(r.home, '.mcp'));
      return { inputs: {}, input: 'env-file', untouched: join(r.workspace, 'linked', '.env') };
    }],
    ['a path outside the home folder and RUNNER_TEMP', () => {
      const elsewhere = mkdtempSync(join(tmpdir(), 'elsewhere-'));
      writeFileSync(join(elsewhere, '.env'), content, { mode: 0o644 });
      return { inputs: { 'env-file': join(elsewhere, '.env') }, input: 'env-file', untouched: join(elsewhere, '.env') };
    }],
  ];

  test.each(cases)('%s is refused with a configuration error naming the input, and left as it was', async (_case, setup) => {
    const runner = runnerFolders();
    const { inputs, input, untouched } = setup(runner);
    const modeBefore = statSync(untouched).mode;
    const ports = recordingPorts(runner.env);
    let thrown: unknown;
    try {
      await runSync(ports, syncOptions({ ...approleInputs(), ...inputs }, runner.env));
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ConfigurationError);
    expect((thrown as ConfigurationError).input).toBe(input);
    expect(readFileSync(untouched, 'utf8')).toBe(content);
    expect(statSync(untouched).mode).toBe(modeBefore);
    expect(ports.exported).toEqual({});
    const mcp = join(runner.home, '.mcp');
    if (existsSync(mcp) && !lstatSync(mcp).isSymbolicLink()) expect(readdirSync(mcp).filter((name) => !name.startsWith('.mcp-secrets'))).toEqual([]);
  });
});

describe('hostile bundle shapes', () => {
  test('a bundle key with a newline and a workflow command, dropped by keys, cannot forge a command', async () => {
    plantBundle({ MCP_SECRETS_VERSION: '1', API_KEY: 'api-value-planted-1234', 'X\n::warning title=forged::forged\n::add-mask::api': 'v' });
    const run = await runBundledAction('sync', { inputs: { ...approleInputs(), keys: 'API_KEY' } });
    expect(run.main.exitCode).toBe(0);
    expect(run.main.commands.filter((c) => c.message.includes('forged') || c.properties.title === 'forged')).toEqual([]);
    expect(run.main.masks).not.toContain('api');
    expect(run.main.stdout.split('\n').filter((line) => line.startsWith('::') && !/^::(add-mask|debug|warning|notice)::/.test(line))).toEqual([]);
  });

  test('bundle keys holding =, a newline or 100,000 characters are refused by name, on one bounded line', async () => {
    const runner = runnerFolders();
    plantBundle({ MCP_SECRETS_VERSION: '1', 'A=B': 'x', 'LINE\nBREAK\u001b[2J': 'y', ['K'.repeat(100_000)]: 'z' });
    const ports = recordingPorts(runner.env);
    const sync = runSync(ports, syncOptions(approleInputs(), runner.env));
    await expect(sync).rejects.toThrow(ConfigurationError);
    const message = await sync.then(() => '', (error: Error) => error.message);
    expect(message).toContain('not valid environment variable names');
    expect(message).not.toMatch(CONTROL_CHARACTERS);
    expect(message.length).toBeLessThan(1000);
    expect(existsSync(join(runner.home, '.mcp'))).toBe(false);
  });

  test('a 4 MB bundle of 20,000 keys is refused before anything is masked, exported or written', async () => {
    const runner = runnerFolders();
    const huge: Record<string, string> = { MCP_SECRETS_VERSION: '1' };
    for (let i = 0; i < 20_000; i++) huge[`KEY_${i}`] = `value-${i}-`.padEnd(200, 'x');
    plantBundle(huge);
    const ports = recordingPorts(runner.env);
    await expect(runSync(ports, syncOptions(approleInputs(), runner.env))).rejects.toThrow(/secret\/mcp\/ci .*(keys|MiB)/);
    expect(ports.masked.filter((value) => value.startsWith('value-'))).toEqual([]);
    expect(ports.exported).toEqual({});
    expect(existsSync(join(runner.home, '.mcp'))).toBe(false);
  });

  test('a JSON value with 100,000 leaves is refused before its leaves are masked one by one', async () => {
    const runner = runnerFolders();
    plantBundle({ MCP_SECRETS_VERSION: '1', LEAVES: Array.from({ length: 100_000 }, (_, i) => `l${i}`.padStart(6, 'x')) });
    const ports = recordingPorts(runner.env);
    await expect(runSync(ports, syncOptions(approleInputs(), runner.env))).rejects.toThrow(/masks/);
    expect(ports.masked.filter((value) => value.startsWith('[') || value.startsWith('xx'))).toEqual([]);
    expect(existsSync(join(runner.home, '.mcp'))).toBe(false);
  });

  test('a value too large for one environment variable stays in the files but is not exported', async () => {
    const runner = runnerFolders();
    const big = 'b'.repeat(200 * 1024);
    plantBundle({ MCP_SECRETS_VERSION: '1', BIG_CERT: big, SMALL: 'small-value-planted' });
    const { ports, result } = await syncInProcess(runner);
    expect(Object.keys(ports.exported)).toEqual(['MCP_SECRETS_VERSION', 'SMALL']);
    expect(result.notExported.map((refused) => refused.key)).toEqual(['BIG_CERT']);
    expect(readFileSync(join(runner.home, '.mcp', '.env'), 'utf8')).toContain(`BIG_CERT='${big}'`);
  });

  test('a hostile MCP_SECRETS_VERSION (a newline and a command) is refused without being printed', async () => {
    const runner = runnerFolders();
    plantBundle({ MCP_SECRETS_VERSION: '7\n::add-mask::7\n::warning::forged-version', API_KEY: 'api-value-planted-1234' });
    const ports = recordingPorts(runner.env);
    await expect(runSync(ports, syncOptions(approleInputs(), runner.env))).rejects.toThrow(/MCP_SECRETS_VERSION/);
    expect(everythingShown(ports)).not.toContain('forged-version');
    expect(ports.outputs.version).toBeUndefined();
  });
});

describe('a hostile SOPS bundle file', () => {
  // Never read: the file is refused first. Assembled at run time so that no key-shaped literal is tracked.
  const sopsInputs = { provider: 'sops', 'sops-age-key': ['AGE', 'SECRET', 'KEY', `1${'Q'.repeat(58)}`].join('-') };

  function withSopsFile(place: (file: string, runner: Runner) => void): Runner {
    const runner = runnerFolders();
    mkdirSync(join(runner.workspace, 'config'));
    place(join(runner.workspace, 'config', 'secrets.enc.yaml'), runner);
    return runner;
  }

  test.each<[string, (file: string, runner: Runner) => void, RegExp]>([
    ['a symlink to /dev/zero (endless)', (file) => symlinkSync('/dev/zero', file), /outside the repository/],
    ['a symlink to a file outside the workspace', (file, r) => {
      writeFileSync(join(r.home, 'elsewhere.yaml'), 'A: b\n');
      symlinkSync(join(r.home, 'elsewhere.yaml'), file);
    }, /outside the repository/],
    ['a FIFO (a read that never ends)', (file) => execFileSync('mkfifo', [file]), /not a regular file/],
    ['a 64 MiB file', (file) => {
      writeFileSync(file, '');
      truncateSync(file, 64 * 1024 * 1024);
    }, /larger than/],
  ])('%s is refused with an error naming sops-file, without reading it', async (_case, place, message) => {
    const runner = withSopsFile(place);
    const ports = recordingPorts(runner.env);
    const sync = runSync(ports, syncOptions(sopsInputs, runner.env));
    await expect(sync).rejects.toBeInstanceOf(ConfigurationError);
    await expect(sync).rejects.toMatchObject({ input: 'sops-file', message });
  });
});
