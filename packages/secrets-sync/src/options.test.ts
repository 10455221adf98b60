import { Inputs, runnerInputSource } from '@mcp-secrets/ports';
import { readSyncOptions, type SyncOptions } from './options';

/** A hosted runner's layout: the workspace and RUNNER_TEMP are inside the home folder. */
const RUNNER = { HOME: '/home/runner', RUNNER_TEMP: '/home/runner/work/_temp', GITHUB_WORKSPACE: '/home/runner/work/app/app' };

function options(inputs: Record<string, string>, env: Record<string, string> = RUNNER): SyncOptions {
  const all = { ...env, ...Object.fromEntries(Object.entries(inputs).map(([name, value]) => [`INPUT_${name.toUpperCase()}`, value])) };
  const source = runnerInputSource(all);
  return readSyncOptions(new Inputs(source, all), (name) => source.get(name), all);
}

describe('env-file and console-secrets-file', () => {
  test('default to ~/.mcp; may be in a folder of their own in the home folder or RUNNER_TEMP; empty means not written', () => {
    expect(options({})).toMatchObject({ envFile: '/home/runner/.mcp/.env', consoleSecretsFile: '/home/runner/.mcp/console-secrets.json' });
    expect(options({ 'env-file': '/home/runner/work/_temp/mcp/.env' }).envFile).toBe('/home/runner/work/_temp/mcp/.env');
    expect(options({ 'env-file': '~/.config/mcp-ci/.env' }).envFile).toBe('/home/runner/.config/mcp-ci/.env');
    expect(options({ 'env-file': '', 'console-secrets-file': '' })).toMatchObject({ envFile: undefined, consoleSecretsFile: undefined });
    expect(options({}).privateRoots).toEqual(['/home/runner', '/home/runner/work/_temp']);
  });

  test.each([
    ['a dotfile in the home folder itself', { 'env-file': '~/.npmrc' }, 'env-file', /'~\/.npmrc' is not in a folder of its own/],
    ['a file directly in RUNNER_TEMP', { 'console-secrets-file': '/home/runner/work/_temp/s.json' }, 'console-secrets-file', /is not in a folder of its own/],
    ['a relative path (in the workspace)', { 'env-file': 'config/.env' }, 'env-file', /'config\/.env' is in the workspace/],
    ['an absolute path in the workspace', { 'env-file': '/home/runner/work/app/app/.mcp/.env' }, 'env-file', /is in the workspace/],
    ['a system folder', { 'env-file': '/etc/mcp/.env' }, 'env-file', /is not in a folder of its own below the home folder or RUNNER_TEMP/],
    ['a way out by ..', { 'env-file': '~/../other/.mcp/.env' }, 'env-file', /is not in a folder of its own/],
  ])('%s is refused, naming the input', (_case, inputs, input, message) => {
    expect(() => options(inputs)).toThrow(expect.objectContaining({ name: 'ConfigurationError', input }));
    expect(() => options(inputs)).toThrow(message);
  });

  test('on a laptop, where the current folder is the home folder, ~/.mcp is still fine', () => {
    expect(options({}, { HOME: '/home/me', GITHUB_WORKSPACE: '/home/me' }).envFile).toBe('/home/me/.mcp/.env');
  });
});

describe('vault-addr and allow-env-names', () => {
  test('an address with a user name and password is refused without showing them', () => {
    for (const address of ['https://admin:pw-in-addr-1@vault.example.com', 'https://admin:pw-in-addr-1@vault.example.com:port', 'ftp://admin:pw-in-addr-1@host']) {
      expect(() => options({ 'vault-addr': address })).toThrow(/input 'vault-addr'/);
      expect(() => options({ 'vault-addr': address })).not.toThrow(/pw-in-addr-1/);
    }
  });

  test('allow-env-names takes exact variable names, comma or newline separated', () => {
    expect(options({ 'allow-env-names': 'PIP_INDEX_URL,\nhttps_proxy # the corporate proxy' }).allowEnvNames).toEqual(['PIP_INDEX_URL', 'https_proxy']);
    expect(() => options({ 'allow-env-names': 'GIT_*' })).toThrow("input 'allow-env-names': not environment variable names: 'GIT_*'");
  });

  test('a SOPS bundle inside the workspace must stay inside it; one named outside it is the workflow\'s own choice', () => {
    expect(options({}).sops).toMatchObject({ file: '/home/runner/work/app/app/config/secrets.enc.yaml', root: '/home/runner/work/app/app' });
    expect(options({ 'sops-file': '/home/runner/work/_temp/bundle.enc.yaml' }).sops.root).toBeUndefined();
  });
});
