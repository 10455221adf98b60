// plan → apply in temporary git repositories, with a bundle made by encryptSops for identities
// generated at test time; Vault is a small in-memory KvStore here (the e2e tests use the test server).
import { existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigurationError } from '@mcp-secrets/ports';
import { decryptSops, generateAgeIdentity, type GeneratedAgeIdentity, type SopsPlainObject } from '@mcp-secrets/sops';
import { VaultError, type KvSecret } from '@mcp-secrets/vault';
import { BUNDLE_FILE as FILE, rotationRepo, workingFiles as snapshot } from '../../../test/support/rotation-repo';
import { git, removeTempDirs } from '../../../test/support/temp-repo';
import { applyRotation, planRotation, renderPlan, renderResult, type KvStore, type RotationRequest } from './index';

const BUNDLE = {
  MCP_SECRETS_VERSION: '7',
  MCP_API_TOKEN: 'unit-planted-api-token-1a2b',
  DATABASE_URL: 'postgres://u:unit-planted-db-pass@db/app',
  SIGNING_KEY: 'unit-planted-signing-key-3c4d',
};

let alice: GeneratedAgeIdentity;
let bob: GeneratedAgeIdentity;
beforeAll(async () => {
  [alice, bob] = await Promise.all([generateAgeIdentity(), generateAgeIdentity()]);
});
afterAll(removeTempDirs);

const repository = (options: { rule?: string; data?: SopsPlainObject } = {}): Promise<string> =>
  rotationRepo({
    data: options.data ?? BUNDLE,
    encryptFor: [alice.recipient],
    sopsConfig: `creation_rules:\n  # the CI bundle\n  - path_regex: config/.*\\.enc\\.yaml$\n    ${options.rule ?? `age: ${alice.recipient},${bob.recipient}`}\n`,
  });

const request = (changes: Partial<RotationRequest['changes']>, extra: Partial<RotationRequest> = {}): RotationRequest => ({
  bundleFile: FILE,
  changes: { set: [], setFromEnv: [], generate: [], ...changes },
  allowAdd: false,
  newAgeKey: false,
  ...extra,
});

const decrypt = async (root: string, identity: GeneratedAgeIdentity) => (await decryptSops(readFileSync(join(root, FILE)), { fileName: FILE, identities: identity.identity })).data;


describe('planRotation + applyRotation', () => {
  test('changes the values, bumps the version, keeps the other keys, verifies, and prints names only', async () => {
    const root = await repository();
    const env = { SOPS_AGE_KEY: alice.identity, NEW_DB_URL: 'postgres://u:unit-new-db-pass@db/app' };
    const plan = await planRotation(request({ set: ['MCP_API_TOKEN=unit-new-api-token'], setFromEnv: ['DATABASE_URL'], generate: [] }, { task: 'TASK-OPS-302' }), {
      cwd: root,
      env: { ...env, DATABASE_URL: env.NEW_DB_URL },
    });
    expect(plan.version).toEqual({ from: '7', to: '8' });
    expect(plan.unchangedKeys).toEqual(['SIGNING_KEY']);
    const text = renderPlan(plan);
    expect(text).toContain('change MCP_API_TOKEN (value from --set)');
    expect(text).toContain('MCP_SECRETS_VERSION 7 -> 8');

    const { result, identityToShow } = await applyRotation(plan);
    expect(identityToShow).toBeUndefined();
    const data = await decrypt(root, bob);
    expect(data).toEqual({ ...BUNDLE, MCP_SECRETS_VERSION: '8', MCP_API_TOKEN: 'unit-new-api-token', DATABASE_URL: env.NEW_DB_URL });
    expect(await decrypt(root, alice)).toEqual(data);
    expect(result).toMatchObject({ task: 'TASK-OPS-302', bundleFile: FILE, changedFiles: [FILE], version: { from: '7', to: '8' }, verifiedWith: [alice.recipient] });
    expect(result.recipients).toEqual([alice.recipient, bob.recipient]);
    const printed = text + renderResult(result) + JSON.stringify(result);
    for (const value of [...Object.values(BUNDLE).slice(1), 'unit-new-api-token', env.NEW_DB_URL, alice.identity]) expect(printed).not.toContain(value);
    expect(git(root, 'status', '--porcelain')).toBe(` M ${FILE}\n`);
  });

  test('--generate makes a 64-hex value; an integer version stays an integer', async () => {
    const root = await repository({ data: { ...BUNDLE, MCP_SECRETS_VERSION: 41 } });
    const plan = await planRotation(request({ generate: ['SIGNING_KEY'] }), { cwd: root, env: { SOPS_AGE_KEY: alice.identity } });
    await applyRotation(plan);
    const data = await decrypt(root, alice);
    expect(data.MCP_SECRETS_VERSION).toBe(42);
    expect(data.SIGNING_KEY).toMatch(/^[0-9a-f]{64}$/);
    expect(readFileSync(join(root, FILE), 'utf8')).toMatch(/MCP_SECRETS_VERSION: ENC\[[^\]]+type:int\]/);
  });

  test('an unknown key is refused (naming it) unless --add', async () => {
    const root = await repository();
    const env = { SOPS_AGE_KEY: alice.identity };
    const before = snapshot(root);
    await expect(planRotation(request({ set: ['MCP_API_TOKN=x', 'NEW_ONE=y'] }), { cwd: root, env })).rejects.toThrow(
      new ConfigurationError(`${FILE} has no key MCP_API_TOKN, NEW_ONE`, { hint: 'check the spelling, or add --add to add new keys' }),
    );
    const plan = await planRotation(request({ set: ['NEW_ONE=y'] }, { allowAdd: true }), { cwd: root, env });
    expect(renderPlan(plan)).toContain('add    NEW_ONE (value from --set)');
    expect(snapshot(root)).toEqual(before);
    await applyRotation(plan);
    expect(await decrypt(root, alice)).toEqual({ ...BUNDLE, MCP_SECRETS_VERSION: '8', NEW_ONE: 'y' });
  });

  test('refuses a dirty bundle or .sops.yaml, no recipients, and a rotation that would lock you out', async () => {
    const env = { SOPS_AGE_KEY: alice.identity };
    const dirty = await repository();
    writeFileSync(join(dirty, '.sops.yaml'), `${readFileSync(join(dirty, '.sops.yaml'), 'utf8')}# edited\n`);
    await expect(planRotation(request({ generate: ['SIGNING_KEY'] }), { cwd: dirty, env })).rejects.toThrow(/uncommitted changes to \.sops\.yaml: nothing was rotated/);

    const noRecipients = await repository({ rule: 'pgp: ABCDEF' });
    await expect(planRotation(request({ generate: ['SIGNING_KEY'] }), { cwd: noRecipients, env })).rejects.toThrow(/\.sops\.yaml:3: creation rule 1 has no age recipients/);

    const bobOnly = await repository({ rule: `age: ${bob.recipient}` });
    await expect(planRotation(request({ generate: ['SIGNING_KEY'] }), { cwd: bobOnly, env })).rejects.toThrow(/none of your age identities is a recipient/);
    await expect(planRotation(request({}), { cwd: bobOnly, env })).rejects.toThrow(/nothing to rotate/);

    const notGit = mkdtempSync(join(tmpdir(), 'rotation-nogit-'));
    writeFileSync(join(notGit, 'b.enc.yaml'), 'x: 1\n');
    await expect(planRotation(request({ generate: ['X'] }, { bundleFile: 'b.enc.yaml' }), { cwd: notGit, env })).rejects.toThrow(/b\.enc\.yaml: is not inside a git working tree/);
  });

  test('--new-age-key: a new recipient in .sops.yaml and the bundle, the key 0600 outside the repository', async () => {
    const root = await repository();
    const keyOut = join(mkdtempSync(join(tmpdir(), 'keys-')), 'new.txt');
    await expect(planRotation(request({}, { newAgeKey: true, ageKeyOut: join(root, 'key.txt') }), { cwd: root, env: { SOPS_AGE_KEY: alice.identity } })).rejects.toThrow(
      /is inside the repository/,
    );
    const plan = await planRotation(request({}, { newAgeKey: true, ageKeyOut: keyOut }), { cwd: root, env: { SOPS_AGE_KEY: alice.identity } });
    const { result, identityToShow } = await applyRotation(plan);
    expect(identityToShow).toBeUndefined();
    expect(statSync(keyOut).mode & 0o777).toBe(0o600);
    const keyText = readFileSync(keyOut, 'utf8');
    expect(keyText).toMatch(/^# created: \d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ\n# public key: age1\w+\nAGE-SECRET-KEY-1[0-9A-Z]+\n$/);
    const fresh = { identity: keyText.trim().split('\n')[2], recipient: result.newRecipient ?? '' };
    expect(await decrypt(root, fresh)).toEqual({ ...BUNDLE, MCP_SECRETS_VERSION: '8' });
    expect(readFileSync(join(root, '.sops.yaml'), 'utf8')).toContain(`${bob.recipient},${fresh.recipient}`);
    expect(result.changedFiles).toEqual([FILE, '.sops.yaml']);
    expect(result.verifiedWith).toEqual([alice.recipient, fresh.recipient]);
    await expect(planRotation(request({}, { newAgeKey: true, ageKeyOut: keyOut }), { cwd: root, env: { SOPS_AGE_KEY: alice.identity } })).rejects.toThrow(/uncommitted changes/);
  });

  test('without --age-key-out the new identity is handed back to be shown once, and never written', async () => {
    const root = await repository();
    const plan = await planRotation(request({}, { newAgeKey: true }), { cwd: root, env: { SOPS_AGE_KEY: alice.identity } });
    const { result, identityToShow } = await applyRotation(plan);
    expect(identityToShow?.recipient).toBe(result.newRecipient);
    expect(JSON.stringify(snapshot(root))).not.toContain(identityToShow?.identity);
    expect(renderResult(result)).not.toContain(identityToShow?.identity);
  });
});

function memoryKv(initial: Record<string, unknown> | undefined): KvStore & { versions: Record<string, unknown>[]; racer?: () => void } {
  const store: KvStore & { versions: Record<string, unknown>[]; racer?: () => void } = {
    versions: initial === undefined ? [] : [initial],
    async readKv(path, options = {}): Promise<KvSecret> {
      const version = options.version ?? store.versions.length;
      const data = store.versions[version - 1];
      if (data === undefined) throw new VaultError('not-found', `no version ${version} of ${path}`);
      return { mount: 'secret', kvVersion: 2, path, apiPath: path, data, metadata: { version, createdTime: '', deletionTime: '', destroyed: false, customMetadata: null } };
    },
    async writeKvV2(path, data, { cas }) {
      store.racer?.();
      if (cas !== store.versions.length) throw new VaultError('cas-mismatch', `cannot write ${path}: version ${store.versions.length} was written meanwhile (expected version ${cas}); read it again and retry`);
      store.versions.push(data);
      return { mount: 'secret', path, apiPath: path, version: store.versions.length, createdTime: '' };
    },
  };
  return store;
}

describe('publishing to Vault', () => {
  let env: NodeJS.ProcessEnv;
  beforeAll(() => {
    env = { SOPS_AGE_KEY: alice.identity };
  });

  test('writes the rotated bundle with cas = the version read, in the layout Vault had', async () => {
    const root = await repository();
    const kv = memoryKv({ secrets: JSON.stringify({ ...BUNDLE, OLD_ONLY: 'x' }), owner: 'team' });
    const plan = await planRotation(request({ generate: ['MCP_API_TOKEN'] }, { vaultPath: 'secret/mcp/ci' }), { cwd: root, env });
    const { result } = await applyRotation(plan, { vault: { kv, path: 'secret/mcp/ci', secretsKey: 'secrets' } });
    expect(result.vault).toEqual({ path: 'secret/mcp/ci', previousVersion: 1, version: 2, droppedKeys: ['OLD_ONLY'] });
    const written = kv.versions[1] as { secrets: string; owner: string };
    expect(written.owner).toBe('team');
    expect(JSON.parse(written.secrets)).toEqual(await decrypt(root, alice));
    expect(renderResult(result)).toContain('published to Vault secret/mcp/ci: version 1 -> 2 (check-and-set)');
  });

  test('a secret that does not exist yet is created with cas 0; fields-as-bundle stays that way', async () => {
    const fresh = memoryKv(undefined);
    const plan = await planRotation(request({ generate: ['MCP_API_TOKEN'] }), { cwd: await repository(), env });
    expect((await applyRotation(plan, { vault: { kv: fresh, path: 'secret/x', secretsKey: 'secrets' } })).result.vault?.previousVersion).toBe(0);
    expect(typeof (fresh.versions[0] as { secrets: unknown }).secrets).toBe('string');

    const fields = memoryKv({ ...BUNDLE });
    const again = await planRotation(request({ generate: ['MCP_API_TOKEN'] }), { cwd: await repository(), env });
    await applyRotation(again, { vault: { kv: fields, path: 'secret/x', secretsKey: 'secrets' } });
    expect(fields.versions[1]).toMatchObject({ MCP_SECRETS_VERSION: '8', DATABASE_URL: BUNDLE.DATABASE_URL });
  });

  test('a stale cas publishes nothing and restores every file; the new key file is removed', async () => {
    const root = await repository();
    const before = snapshot(root);
    const kv = memoryKv({ secrets: JSON.stringify(BUNDLE) });
    kv.racer = () => kv.versions.push({ secrets: '{}' });
    const keyOut = join(mkdtempSync(join(tmpdir(), 'keys-')), 'new.txt');
    const plan = await planRotation(request({ generate: ['MCP_API_TOKEN'] }, { newAgeKey: true, ageKeyOut: keyOut }), { cwd: root, env });
    const failure = applyRotation(plan, { vault: { kv, path: 'secret/mcp/ci', secretsKey: 'secrets' } });
    await expect(failure).rejects.toThrow(ConfigurationError);
    await expect(failure).rejects.toThrow(/Someone else published secret\/mcp\/ci after rotate read version 1: Vault's version 2 is another bundle, so nothing was published \(the local files were restored as they were\)/);
    expect(kv.versions).toHaveLength(2);
    expect(snapshot(root)).toEqual(before);
    expect(git(root, 'status', '--porcelain')).toBe('');
    expect(existsSync(keyOut)).toBe(false);
  });

  test('Vault already at the new version (or past it) is refused before anything is written', async () => {
    const root = await repository();
    const before = snapshot(root);
    const kv = memoryKv({ secrets: JSON.stringify({ ...BUNDLE, MCP_SECRETS_VERSION: '8' }) });
    const plan = await planRotation(request({ generate: ['MCP_API_TOKEN'] }), { cwd: root, env });
    await expect(applyRotation(plan, { vault: { kv, path: 'secret/mcp/ci', secretsKey: 'secrets' } })).rejects.toThrow(/already holds MCP_SECRETS_VERSION 8, not older than the rotated 8/);
    expect(snapshot(root)).toEqual(before);
  });
});
