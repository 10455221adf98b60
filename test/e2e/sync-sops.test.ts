// The bundled sync action decrypting SOPS bundles natively: our own files made
// with packages/sops, and the real sops-made files of ../shared/fixtures/sops.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { encryptSops, generateAgeIdentity, type GeneratedAgeIdentity } from '@mcp-secrets/sops';
import { describeWithShared } from '../support/shared-fixtures';
import { findLeaks } from '../helpers/leaks';
import { runBundledAction, type ActionRun } from '../helpers/runner';
import { startVaultServer } from '../support/vault-server';

const errorsOf = (run: ActionRun): string[] => run.main.commands.filter((c) => c.command === 'error').map((c) => c.message);

const BUNDLE = {
  MCP_SECRETS_VERSION: '12',
  OPENAI_API_KEY: 'sops-planted-openai-value-5d1e',
  DB_PASSWORD: "it's-a-sops-planted-pass",
  TLS_KEY: '-----BEGIN TEST KEY-----\nc29wcy1wbGFudGVkLWxpbmUtb25l\nc29wcy1wbGFudGVkLWxpbmUtdHdv\n-----END TEST KEY-----',
  LIMITS: { rps: 50, burst: 'sops-planted-burst' },
};

let identity: GeneratedAgeIdentity;
beforeAll(async () => {
  identity = await generateAgeIdentity();
});

async function workspaceWithBundle(data: Record<string, unknown> = BUNDLE, file = 'config/secrets.enc.yaml'): Promise<string> {
  const workspace = mkdtempSync(join(tmpdir(), 'ws-'));
  mkdirSync(join(workspace, 'config'), { recursive: true });
  const { text } = await encryptSops({ data: data as never }, { fileName: file, recipients: [identity.recipient] });
  writeFileSync(join(workspace, file), text);
  return workspace;
}

describe('sync from SOPS (bundled dist)', () => {
  test('auto picks SOPS when only an age key and the bundle exist; exports, files, summary', async () => {
    const workspace = await workspaceWithBundle();
    const run = await runBundledAction('sync', { workspace, env: { SOPS_AGE_KEY: `# ci key\n${identity.identity}\n` } });
    expect(errorsOf(run)).toEqual([]);
    expect(run.main.exitCode).toBe(0);
    expect(run.main.outputs).toMatchObject({ provider: 'sops', version: '12', count: '5' });
    expect(run.main.env.TLS_KEY).toBe(BUNDLE.TLS_KEY);
    expect(run.main.env.LIMITS).toBe('{"rps":50,"burst":"sops-planted-burst"}');
    expect(run.main.summary).toContain('config/secrets.enc.yaml (yaml, sops 3.13.2)');
    expect(run.main.summary).toContain(`| Recipient used | ${identity.recipient} |`);
    expect(run.main.summary).toMatch(/\| Last modified \| \d{4}-\d\d-\d\dT/);
    expect(run.post?.exitCode).toBe(0);
    expect(existsSync(join(run.dirs.home, '.mcp', '.env'))).toBe(false);
  });

  test('planted values and the age key never leak; every line is masked', async () => {
    const workspace = await workspaceWithBundle();
    const run = await runBundledAction('sync', { workspace, env: { SOPS_AGE_KEY: identity.identity } });
    const planted = [BUNDLE.OPENAI_API_KEY, BUNDLE.DB_PASSWORD, BUNDLE.TLS_KEY, JSON.stringify(BUNDLE.LIMITS), identity.identity];
    expect(findLeaks(run, planted)).toEqual([]);
    expect(run.main.masks).toEqual(expect.arrayContaining([identity.identity, 'c29wcy1wbGFudGVkLWxpbmUtb25l', 'sops-planted-burst']));
  });

  test('SOPS_AGE_KEY_FILE is read when no key is given', async () => {
    const workspace = await workspaceWithBundle();
    const keyFile = join(workspace, '..', `key-${Date.now()}.txt`);
    writeFileSync(keyFile, `# created: now\n# public key: ${identity.recipient}\n${identity.identity}\n`, { mode: 0o600 });
    const run = await runBundledAction('sync', { workspace, env: { SOPS_AGE_KEY_FILE: keyFile } });
    expect(errorsOf(run)).toEqual([]);
    expect(run.main.outputs.provider).toBe('sops');
  });

  test('a tampered bundle is a MAC mismatch error, exit 1, no files', async () => {
    const workspace = await workspaceWithBundle();
    const file = join(workspace, 'config', 'secrets.enc.yaml');
    const text = readFileSync(file, 'utf8');
    // Move one encrypted value under another key: every value still decrypts, only the MAC can tell.
    const lines = text.split('\n');
    const a = lines.findIndex((l) => l.startsWith('OPENAI_API_KEY:'));
    const b = lines.findIndex((l) => l.startsWith('DB_PASSWORD:'));
    const valueOf = (line: string): string => line.slice(line.indexOf(':') + 1);
    [lines[a], lines[b]] = [`OPENAI_API_KEY:${valueOf(lines[b])}`, `DB_PASSWORD:${valueOf(lines[a])}`];
    writeFileSync(file, lines.join('\n'));
    const run = await runBundledAction('sync', { workspace, env: { SOPS_AGE_KEY: identity.identity } });
    expect(run.main.exitCode).toBe(1);
    expect(errorsOf(run).join('\n')).toMatch(/config\/secrets\.enc\.yaml.*(MAC mismatch|could not decrypt|authenticat)/is);
    expect(existsSync(join(run.dirs.home, '.mcp'))).toBe(false);
  });

  test('a key for no recipient names the recipients the file expects', async () => {
    const workspace = await workspaceWithBundle();
    const other = await generateAgeIdentity();
    const run = await runBundledAction('sync', { workspace, env: { SOPS_AGE_KEY: other.identity } });
    expect(run.main.exitCode).toBe(1);
    expect(errorsOf(run)[0]).toContain(identity.recipient);
    expect(findLeaks(run, [other.identity])).toEqual([]);
  });

  test.each([
    ['a file that is not SOPS', (text: string) => text.replace(/^sops:[\s\S]*$/m, ''), /config\/secrets\.enc\.yaml.*(not a sops|no sops metadata|sops metadata)/i],
    ['a truncated ENC[...] value', (text: string) => text.replace(/(OPENAI_API_KEY: ENC\[AES256_GCM,data:[^,]*),[^\n]*/, '$1'), /config\/secrets\.enc\.yaml:\d+.*OPENAI_API_KEY/],
    ['an unknown cipher', (text: string) => text.replace(/OPENAI_API_KEY: ENC\[AES256_GCM/, 'OPENAI_API_KEY: ENC[CHACHA20'), /config\/secrets\.enc\.yaml:\d+.*OPENAI_API_KEY/],
  ])('%s is a clear error naming the file (and key), exit 1, no files', async (_what, tamper, message) => {
    const workspace = await workspaceWithBundle();
    const file = join(workspace, 'config', 'secrets.enc.yaml');
    writeFileSync(file, tamper(readFileSync(file, 'utf8')));
    const run = await runBundledAction('sync', { workspace, inputs: { provider: 'sops' }, env: { SOPS_AGE_KEY: identity.identity } });
    expect(run.main.exitCode).toBe(1);
    expect(errorsOf(run).join('\n')).toMatch(message);
    expect(existsSync(join(run.dirs.home, '.mcp'))).toBe(false);
    expect(findLeaks(run, [identity.identity, BUNDLE.OPENAI_API_KEY])).toEqual([]);
  });

  test('a bad identity line names SOPS_AGE_KEY and its line, never the text', async () => {
    const workspace = await workspaceWithBundle();
    const bad = 'AGE-SECRET-KEY-1NOTAVALIDKEYATALL';
    const run = await runBundledAction('sync', { workspace, env: { SOPS_AGE_KEY: `# comment\n${bad}` } });
    expect(run.main.exitCode).toBe(1);
    expect(errorsOf(run)[0]).toMatch(/line 2 of SOPS_AGE_KEY is not a valid age identity/);
    expect(findLeaks(run, [bad])).toEqual([]);
  });

  test('provider sops without a key is a clear error naming the input', async () => {
    const workspace = await workspaceWithBundle();
    const run = await runBundledAction('sync', { workspace, inputs: { provider: 'sops' } });
    expect(errorsOf(run)).toEqual([
      "input 'sops-age-key': no age identity is configured for the SOPS bundle (set sops-age-key (or SOPS_AGE_KEY / SOPS_AGE_KEY_FILE))",
    ]);
  });

  test('a failing Vault is an error with auto, and falls back to SOPS only with fallback: sops', async () => {
    const vault = await startVaultServer();
    try {
      const workspace = await workspaceWithBundle();
      const inputs = { 'vault-addr': vault.url, 'vault-secret-path': 'secret/mcp/ci', 'vault-token': 'not-a-valid-token-x' };
      const env = { SOPS_AGE_KEY: identity.identity };
      const strict = await runBundledAction('sync', { workspace, inputs, env });
      expect(strict.main.exitCode).toBe(1);
      expect(strict.main.outputs.provider).toBeUndefined();

      const nothingToFallBackTo = await runBundledAction('sync', { workspace, inputs: { ...inputs, fallback: 'sops' } });
      expect(nothingToFallBackTo.main.exitCode).toBe(1);
      expect(errorsOf(nothingToFallBackTo)[0]).toMatch(/^permission denied .*\(fallback: sops is set, but there is no age key or no config\/secrets\.enc\.yaml to fall back to\)$/);

      const lenient = await runBundledAction('sync', { workspace, inputs: { ...inputs, fallback: 'sops' }, env });
      expect(lenient.main.exitCode).toBe(0);
      expect(lenient.main.outputs.provider).toBe('sops');
      expect(lenient.main.commands.some((c) => c.command === 'warning' && c.message.startsWith('Vault failed'))).toBe(true);
    } finally {
      await vault.close();
    }
  });
});

describeWithShared(['fixtures', 'sops'], 'sync over real sops-made files', (dir) => {
  const key = (name: string): string => readFileSync(join(dir, 'keys', name), 'utf8');

  test.each([
    ['sops-age.secret.enc.yaml', 'sops-age.key.txt'],
    ['sops-age.secret.enc.json', 'sops-age.key.txt'],
    ['sops-age.secret.enc.env', 'sops-age.key.txt'],
    ['flux.algorithms-age-pq.yaml', 'flux.age-pq.txt'],
  ])('%s decrypts to its expected top-level keys', async (file, keyFile) => {
    const workspace = mkdtempSync(join(tmpdir(), 'ws-'));
    writeFileSync(join(workspace, file), readFileSync(join(dir, 'sops-produced', 'age', file)));
    const expected = JSON.parse(readFileSync(join(dir, 'sops-produced', 'age', `${file}.expected.json`), 'utf8')) as Record<string, unknown>;
    const run = await runBundledAction('sync', {
      workspace,
      inputs: { 'sops-file': file, keys: Object.keys(expected).filter((k) => /^[A-Za-z_]\w*$/.test(k)).join(',') },
      env: { SOPS_AGE_KEY: key(keyFile) },
    });
    expect(errorsOf(run)).toEqual([]);
    expect(run.main.outputs.provider).toBe('sops');
    for (const [name, value] of Object.entries(expected)) {
      if (!/^[A-Za-z_]\w*$/.test(name)) continue;
      expect(run.main.env[name]).toBe(typeof value === 'string' ? value : JSON.stringify(value));
    }
  });

  test('a tampered real file fails with the MAC error', async () => {
    const workspace = mkdtempSync(join(tmpdir(), 'ws-'));
    mkdirSync(join(workspace, 'config'));
    writeFileSync(join(workspace, 'config', 'secrets.enc.yaml'), readFileSync(join(dir, 'tampered', 'changed-mac.secret.enc.yaml')));
    const run = await runBundledAction('sync', { workspace, env: { SOPS_AGE_KEY: key('sops-age.key.txt') } });
    expect(run.main.exitCode).toBe(1);
    expect(errorsOf(run)[0]).toContain('MAC mismatch');
  });
});
