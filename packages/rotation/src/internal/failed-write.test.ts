import { ConfigurationError } from '@mcp-secrets/ports';
import { VaultError, type KvSecret } from '@mcp-secrets/vault';
import { settleFailedWrite, UnknownPublishOutcome } from './failed-write';
import type { KvStore, VaultTarget } from './vault-publish';

const OURS = { secrets: '{"MCP_SECRETS_VERSION":"8"}' };
const lost = (): VaultError =>
  new VaultError('network', 'no answer from Vault while writing secret/data/mcp/ci (ECONNRESET: socket hang up)', { outcomeUnknown: true });

/** A KV store holding `versions` (1-based), or failing every read with `readFailure`; it records the versions read. */
function store(versions: Record<string, unknown>[], readFailure?: Error): KvStore & { reads: (number | undefined)[] } {
  const reads: (number | undefined)[] = [];
  return {
    reads,
    async readKv(path, options = {}): Promise<KvSecret> {
      reads.push(options.version);
      if (readFailure !== undefined) throw readFailure;
      const data = versions[(options.version ?? versions.length) - 1];
      if (data === undefined) throw new VaultError('not-found', `no version ${options.version} of ${path}`);
      return { mount: 'secret', kvVersion: 2, path, apiPath: path, data };
    },
    async writeKvV2() {
      throw new Error('settleFailedWrite never writes');
    },
  };
}

const target = (kv: KvStore, reconnect?: () => KvStore): VaultTarget => ({
  destination: { kv, path: 'secret/mcp/ci', secretsKey: 'secrets', ...(reconnect === undefined ? {} : { reconnect }) },
  cas: 1,
  fields: {},
  layout: 'json-string',
  currentKeys: [],
});

const settle = (kv: KvStore, thrown: unknown, reconnect?: () => KvStore): Promise<number> => settleFailedWrite(target(kv, reconnect), OURS, 'MCP_SECRETS_VERSION 8', thrown);

describe('settleFailedWrite: what Vault holds at version cas+1 decides', () => {
  test('this bundle there: the write was applied, only its answer was lost', async () => {
    const kv = store([{ secrets: 'old' }, { ...OURS }]);
    await expect(settle(kv, lost())).resolves.toBe(2);
    expect(kv.reads).toEqual([2]);
  });

  test('read back with a fresh connection when there is one (the first one\'s deadline may be spent)', async () => {
    const spent = store([], new VaultError('timeout', 'the deadline of 60 s was exceeded'));
    const fresh = store([{ secrets: 'old' }, { ...OURS }]);
    await expect(settle(spent, lost(), () => fresh)).resolves.toBe(2);
    expect(spent.reads).toEqual([]);
  });

  test('another bundle there: someone else published (a configuration error, nothing published)', async () => {
    const failure = settle(store([{ secrets: 'old' }, { secrets: 'theirs' }]), lost());
    await expect(failure).rejects.toThrow(ConfigurationError);
    await expect(failure).rejects.toThrow(/Someone else published secret\/mcp\/ci after rotate read version 1: Vault's version 2 is another bundle, so nothing was published$/);
  });

  test('a refused check-and-set that a proxy had already replayed: this bundle is there, so it is published', async () => {
    const replayed = new VaultError('cas-mismatch', 'cannot write secret/mcp/ci: someone else wrote version 2 meanwhile (expected version 1)');
    await expect(settle(store([{ secrets: 'old' }, { ...OURS }]), replayed)).resolves.toBe(2);
  });

  test('a refused check-and-set and Vault unreadable: Vault\'s word stands, someone else published', async () => {
    const refused = new VaultError('cas-mismatch', 'cannot write secret/mcp/ci: someone else wrote version 2 meanwhile (expected version 1)');
    await expect(settle(store([], new Error('ECONNREFUSED')), refused)).rejects.toThrow(/Vault refused the check-and-set, so nothing was published$/);
  });

  test('no version cas+1: nothing was published, and a write still in flight is mentioned', async () => {
    const thrown = lost();
    const failure = settle(store([{ secrets: 'old' }]), thrown);
    await expect(failure).rejects.toBe(thrown);
    await expect(failure).rejects.toThrow(/; Vault has no version 2 of secret\/mcp\/ci: nothing was published \(should it appear later.*`vault kv metadata get secret\/mcp\/ci`/);
  });

  test('Vault\'s own refusal (403) is not read back: nothing was published', async () => {
    const kv = store([{ secrets: 'old' }]);
    const denied = new VaultError('permission-denied', 'permission denied writing secret/data/mcp/ci', { status: 403 });
    await expect(settle(kv, denied)).rejects.toThrow('permission denied writing secret/data/mcp/ci: nothing was published');
    expect(kv.reads).toEqual([]);
  });

  test('Vault unreadable after a lost answer: the outcome is unknown, with how to check and no claim either way', async () => {
    const failure = settle(store([], new VaultError('network', 'cannot reach Vault (ECONNRESET)')), lost());
    await expect(failure).rejects.toThrow(UnknownPublishOutcome);
    await expect(failure).rejects.toThrow(
      'publishing secret/mcp/ci: the outcome is unknown: no answer from Vault while writing secret/data/mcp/ci (ECONNRESET: socket hang up); ' +
        'reading version 2 back failed too (cannot reach Vault (ECONNRESET)). Check with `vault kv get -version=2 secret/mcp/ci`: ' +
        'if it shows MCP_SECRETS_VERSION 8, this rotation is published; if Vault has no version 2, the write was not applied',
    );
  });
});
