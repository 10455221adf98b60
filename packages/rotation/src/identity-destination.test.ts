// --new-age-key with an identity destination (the CLI's --age-key-to): the identity is stored after
// the files are written and verified and before Vault is written, and a failure never leaves the
// files unable to decrypt with what the destination holds. The destination is a fake here; the e2e
// tests use the 1Password Connect test server.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigurationError } from '@mcp-secrets/ports';
import { decryptSops, generateAgeIdentity, type GeneratedAgeIdentity } from '@mcp-secrets/sops';
import { VaultError, type KvSecret } from '@mcp-secrets/vault';
import { BUNDLE_FILE as FILE, rotationRepo, workingFiles as snapshot } from '../../../test/support/rotation-repo';
import { removeTempDirs } from '../../../test/support/temp-repo';
import { applyRotation, planRotation, renderPlan, renderResult, UnknownStoreOutcome, type IdentityDestination, type KvStore, type RotationRequest } from './index';

const BUNDLE = { MCP_SECRETS_VERSION: '3', API_TOKEN: 'unit-dest-planted-token-4e5f' };
const REF = 'op://MCP/SOPS Age key/private';
const PREVIOUS = 'AGE-SECRET-KEY-1UNITDESTPREVIOUSVALUE';

let alice: GeneratedAgeIdentity;
beforeAll(async () => {
  alice = await generateAgeIdentity();
});
afterAll(removeTempDirs);

const repository = (): Promise<string> =>
  rotationRepo({ data: BUNDLE, encryptFor: [alice.recipient], sopsConfig: `creation_rules:\n  - path_regex: config/.*\\.enc\\.yaml$\n    age: ${alice.recipient}\n` });

const request = (extra: Partial<RotationRequest> = {}): RotationRequest => ({
  bundleFile: FILE,
  changes: { set: [], setFromEnv: [], generate: ['API_TOKEN'] },
  allowAdd: false,
  newAgeKey: true,
  ageKeyTo: REF,
  ...extra,
});

/** A field holding PREVIOUS; `events` records the order of stores, undos and Vault writes. */
function field(events: string[], behaviour: { store?: 'fail' | 'unknown'; undo?: 'fail' } = {}): IdentityDestination & { value: string } {
  const destination = {
    display: REF,
    value: PREVIOUS,
    async store(secretKey: string) {
      events.push('store');
      if (behaviour.store === 'fail') throw new Error('1Password refused the write');
      destination.value = secretKey;
      if (behaviour.store === 'unknown') throw new UnknownStoreOutcome('the write to 1Password was not answered and the field could not be read');
      return async () => {
        events.push('undo');
        if (behaviour.undo === 'fail') throw new Error('Connect is unreachable');
        destination.value = PREVIOUS;
      };
    },
  };
  return destination;
}

/** A Vault holding the bundle at version 1 whose write fails as given. */
function vault(events: string[], failure: VaultError): KvStore {
  return {
    async readKv(path): Promise<KvSecret> {
      return { mount: 'secret', kvVersion: 2, path, apiPath: path, data: { secrets: JSON.stringify(BUNDLE) }, metadata: { version: 1, createdTime: '', deletionTime: '', destroyed: false, customMetadata: null } };
    },
    async writeKvV2() {
      events.push('vault write');
      throw failure;
    },
  };
}
const refused = (): VaultError => new VaultError('permission-denied', 'permission denied', { status: 403 });
const bundleText = (root: string): string => readFileSync(join(root, FILE), 'utf8');

describe('--new-age-key stored in an identity destination', () => {
  test('stored before Vault is written; the bundle decrypts with the stored identity; nothing shown', async () => {
    const root = await repository();
    const events: string[] = [];
    const destination = field(events);
    const plan = await planRotation(request({ vaultPath: 'secret/ci' }), { cwd: root, env: { SOPS_AGE_KEY: alice.identity } });
    expect(renderPlan(plan)).toContain(`secret key stored in ${REF} (replacing its value) once the files are written and verified, before anything is published`);
    const kv: KvStore = { ...vault(events, refused()), writeKvV2: async (path, _data, { cas }) => (events.push('vault write'), { mount: 'secret', path, apiPath: path, version: (cas ?? 0) + 1, createdTime: '' }) };
    const { result, identityToShow } = await applyRotation(plan, { identityDestination: destination, vault: { kv, path: 'secret/ci', secretsKey: 'secrets' } });
    expect(events).toEqual(['store', 'vault write']);
    expect(identityToShow).toBeUndefined();
    expect(result.ageKeyStoredIn).toBe(REF);
    expect((await decryptSops(bundleText(root), { fileName: FILE, identities: destination.value })).data.MCP_SECRETS_VERSION).toBe('4');
    const summary = renderResult(result);
    expect(summary).toContain(`its secret key is stored in ${REF}, read back and compared`);
    expect(summary).not.toContain(destination.value);
  });

  test('the store fails: the files are restored, Vault untouched', async () => {
    const root = await repository();
    const before = snapshot(root);
    const events: string[] = [];
    const plan = await planRotation(request({ vaultPath: 'secret/ci' }), { cwd: root, env: { SOPS_AGE_KEY: alice.identity } });
    const failing = applyRotation(plan, { identityDestination: field(events, { store: 'fail' }), vault: { kv: vault(events, refused()), path: 'secret/ci', secretsKey: 'secrets' } });
    await expect(failing).rejects.toThrow('1Password refused the write (the local files were restored as they were)');
    expect(events).toEqual(['store']);
    expect(snapshot(root)).toEqual(before);
  });

  test('Vault refuses: the destination gets its previous value back, then the files are restored', async () => {
    const root = await repository();
    const before = snapshot(root);
    const events: string[] = [];
    const destination = field(events);
    const plan = await planRotation(request({ vaultPath: 'secret/ci' }), { cwd: root, env: { SOPS_AGE_KEY: alice.identity } });
    const failing = applyRotation(plan, { identityDestination: destination, vault: { kv: vault(events, refused()), path: 'secret/ci', secretsKey: 'secrets' } });
    await expect(failing).rejects.toThrow(`permission denied: nothing was published (${REF} holds its previous value again) (the local files were restored as they were)`);
    expect(events).toEqual(['store', 'vault write', 'undo']);
    expect(destination.value).toBe(PREVIOUS);
    expect(snapshot(root)).toEqual(before);
  });

  test('the previous value cannot be put back: the files stay as rotated, since they decrypt with the identity the destination holds', async () => {
    const root = await repository();
    const events: string[] = [];
    const destination = field(events, { undo: 'fail' });
    const plan = await planRotation(request({ vaultPath: 'secret/ci' }), { cwd: root, env: { SOPS_AGE_KEY: alice.identity } });
    const failing = applyRotation(plan, { identityDestination: destination, vault: { kv: vault(events, refused()), path: 'secret/ci', secretsKey: 'secrets' } });
    await expect(failing).rejects.toThrow(/holds the new identity \(public key age1\w+\) and its previous value could not be put back \(Connect is unreachable\): the local files were kept as rotated/);
    const kept = await decryptSops(bundleText(root), { fileName: FILE, identities: destination.value });
    expect(kept.data.MCP_SECRETS_VERSION).toBe('4');
    expect((await decryptSops(bundleText(root), { fileName: FILE, identities: alice.identity })).data).toEqual(kept.data);
  });

  test('an unknown store outcome keeps the files as rotated and publishes nothing', async () => {
    const root = await repository();
    const events: string[] = [];
    const plan = await planRotation(request({ vaultPath: 'secret/ci' }), { cwd: root, env: { SOPS_AGE_KEY: alice.identity } });
    const failing = applyRotation(plan, { identityDestination: field(events, { store: 'unknown' }), vault: { kv: vault(events, refused()), path: 'secret/ci', secretsKey: 'secrets' } });
    await expect(failing).rejects.toThrow(UnknownStoreOutcome);
    await expect(failing).rejects.toThrow(`${REF} may hold the new identity`);
    expect(events).toEqual(['store']);
    expect((await decryptSops(bundleText(root), { fileName: FILE, identities: alice.identity })).data.MCP_SECRETS_VERSION).toBe('4');
  });

  test('--age-key-to needs --new-age-key and excludes --age-key-out', async () => {
    const root = await repository();
    await expect(planRotation(request({ newAgeKey: false }), { cwd: root, env: { SOPS_AGE_KEY: alice.identity } })).rejects.toBeInstanceOf(ConfigurationError);
    await expect(planRotation(request({ newAgeKey: false }), { cwd: root, env: { SOPS_AGE_KEY: alice.identity } })).rejects.toThrow('--age-key-to only makes sense with --new-age-key');
    await expect(planRotation(request({ ageKeyOut: '/tmp/k.txt' }), { cwd: root, env: { SOPS_AGE_KEY: alice.identity } })).rejects.toThrow('--age-key-out and --age-key-to are two places for one new identity: give one');
  });
});
