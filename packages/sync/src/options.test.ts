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

describe('the vault CLI conventions', () => {
  test('vault-timeout-seconds, else VAULT_CLIENT_TIMEOUT (seconds or a duration), else 60', () => {
    expect(options({}).vault.timeoutSeconds).toBe(60);
    expect(options({}, { ...RUNNER, VAULT_CLIENT_TIMEOUT: '2m' }).vault.timeoutSeconds).toBe(120);
    expect(options({ 'vault-timeout-seconds': '15' }, { ...RUNNER, VAULT_CLIENT_TIMEOUT: '2m' }).vault.timeoutSeconds).toBe(15);
    expect(() => options({}, { ...RUNNER, VAULT_CLIENT_TIMEOUT: 'later' })).toThrow(/VAULT_CLIENT_TIMEOUT 'later' is not a duration/);
  });

  test('vault-ca-cert as PEM text, else VAULT_CACERT (see vault-conventions.test.ts for files and folders)', () => {
    const pem = '-----BEGIN CERTIFICATE-----\nMIIBinline\n-----END CERTIFICATE-----\n';
    expect(options({ 'vault-ca-cert': pem }).vault.caCert.trimEnd()).toBe(pem.trimEnd());
    expect(options({}).vault.caCert).toBe('');
    expect(() => options({}, { ...RUNNER, VAULT_CACERT: '/nonexistent/ca.pem' })).toThrow(/VAULT_CACERT=\/nonexistent\/ca\.pem/);
  });
});

describe('1Password inputs', () => {
  test('op-secrets: NAME=op://... entries, comma or newline separated, by name or ID, with a section; op-item a whole item', () => {
    const parsed = options({
      'op-secrets': 'API_TOKEN=op://MCP/ci api/credential,\nDB_PASS = op://MCP/database/prod/password # the section is prod',
      'op-item': 'op://MCP/ci bundle',
    }).onePassword;
    expect(parsed.secrets).toEqual([
      { name: 'API_TOKEN', reference: { vault: 'MCP', item: 'ci api', field: 'credential', text: 'op://MCP/ci api/credential' } },
      { name: 'DB_PASS', reference: { vault: 'MCP', item: 'database', section: 'prod', field: 'password', text: 'op://MCP/database/prod/password' } },
    ]);
    expect(parsed.item).toEqual({ vault: 'MCP', item: 'ci bundle', text: 'op://MCP/ci bundle' });
    expect(options({}).onePassword.secrets).toEqual([]);
    expect(options({}).onePassword.item).toBeUndefined();
  });

  test('credentials come from the inputs, else OP_CONNECT_HOST / OP_CONNECT_TOKEN / OP_SERVICE_ACCOUNT_TOKEN', () => {
    const env = { ...RUNNER, OP_CONNECT_HOST: 'https://op.example.com', OP_CONNECT_TOKEN: 'env-connect-token-1', OP_SERVICE_ACCOUNT_TOKEN: 'ops_env-sa-token-1' };
    expect(options({}, env).onePassword.credentials).toEqual({
      connectHost: 'https://op.example.com',
      connectToken: 'env-connect-token-1',
      serviceAccountToken: 'ops_env-sa-token-1',
      timeoutSeconds: 60,
    });
    expect(options({ 'op-connect-token': ' input-connect-token-1\n', 'op-timeout-seconds': '5' }, env).onePassword.credentials).toMatchObject({
      connectToken: 'input-connect-token-1',
      timeoutSeconds: 5,
    });
  });

  test('sops-age-key as an op:// reference is read from 1Password; any other text is the key itself', () => {
    expect(options({ 'sops-age-key': 'op://MCP/SOPS Age key/private' }).sops.ageKeyFrom).toEqual({
      vault: 'MCP',
      item: 'SOPS Age key',
      field: 'private',
      text: 'op://MCP/SOPS Age key/private',
    });
    expect(options({}, { ...RUNNER, SOPS_AGE_KEY: 'OP://MCP/SOPS Age key/private' }).sops.ageKeyFrom?.field).toBe('private');
    expect(options({ 'sops-age-key': 'AGE-SECRET-KEY-1PLANTEDOPTIONS' }).sops.ageKeyFrom).toBeUndefined();
  });

  test.each([
    ['a reference with too few parts', { 'op-secrets': 'TOKEN=op://MCP/item' }, 'op-secrets', "'op://MCP/item' is not a secret reference"],
    ['an entry without a name', { 'op-secrets': 'op://MCP/item/field' }, 'op-secrets', 'an entry without ='],
    ['a name given twice', { 'op-secrets': 'A=op://MCP/x/y\nA=op://MCP/x/z' }, 'op-secrets', 'A is given more than once'],
    ['an item reference naming a field', { 'op-item': 'op://MCP/item/field' }, 'op-item', 'is not an item reference'],
    ['a reference with a query', { 'sops-age-key': 'op://MCP/item/field?attribute=otp' }, 'sops-age-key', 'is not a secret reference'],
    ['a Connect host that is not a URL', { 'op-connect-host': 'op.example.com' }, 'op-connect-host', "'op.example.com' is not a URL"],
    ['a timeout that is not a number', { 'op-timeout-seconds': 'soon' }, 'op-timeout-seconds', "expected a positive whole number, got 'soon'"],
  ])('%s is refused, naming the input', (_case, inputs, input, message) => {
    expect(() => options(inputs)).toThrow(expect.objectContaining({ name: 'ConfigurationError', input }));
    expect(() => options(inputs)).toThrow(message);
  });

  test('an entry that is not NAME=op://... is never shown: it may be a pasted secret', () => {
    for (const entry of ['ops_pasted-token-value-1', 'TOKEN=pasted-secret-value-1', 'pasted secret value=op://x/y/z']) {
      expect(() => options({ 'op-secrets': entry })).toThrow(/input 'op-secrets'/);
      expect(() => options({ 'op-secrets': entry })).not.toThrow(/pasted/);
    }
  });
});
