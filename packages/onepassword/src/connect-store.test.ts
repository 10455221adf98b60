// The Connect client against the Connect-API-compatible test server.
import { startConnectServer, type ConnectServer } from '../../../test/support/onepassword-connect';
import { connectStore, parseConnectHost } from './connect-store';
import { findItem, locateField, writeField } from './resolve';
import { parseItemReference, parseSecretReference } from './reference';

let connect: ConnectServer;
let token: string;
beforeEach(async () => {
  connect = await startConnectServer();
  connect.addVault('MCP');
  connect.addItem('MCP', 'SOPS Age key', [{ label: 'private', value: 'AGE-SECRET-KEY-1CONNECTUNIT' }, { label: 'note', section: 'details', value: 'hello' }]);
  token = connect.addToken();
});
afterEach(() => connect.close());

const store = (overrides: Partial<Parameters<typeof connectStore>[0]> = {}) =>
  connectStore({ host: connect.url, token, timeoutSeconds: 5, env: {}, sleep: async () => undefined, ...overrides });

test('lists, reads an item with its sections, and patches one field value', async () => {
  const ctx = { store: store(), input: 'op-item' };
  const item = await findItem(ctx, parseItemReference('op://mcp/sops age key', 'op-item'));
  expect(item.fields.map((f) => [f.label, f.value, f.sectionId !== undefined])).toEqual([['private', 'AGE-SECRET-KEY-1CONNECTUNIT', false], ['note', 'hello', true]]);
  expect(item.sections).toEqual([{ id: expect.stringMatching(/^[a-z0-9]{26}$/), label: 'details' }]);
  const ref = parseSecretReference('op://MCP/SOPS Age key/private', 'age-key-to');
  await writeField(ctx, ref, await locateField(ctx, ref), 'AGE-SECRET-KEY-1WRITTEN');
  expect(connect.fieldValue('MCP', 'SOPS Age key', 'private')).toBe('AGE-SECRET-KEY-1WRITTEN');
  expect(connect.item('MCP', 'SOPS Age key').version).toBe(2);
  expect(connect.requests.at(-1)).toMatchObject({ method: 'PATCH', body: expect.stringContaining('"op":"replace"') });
});

test('a revoked token is an auth error saying so; the token never shows', async () => {
  connect.revokeToken(token);
  await expect(store().listVaults()).rejects.toMatchObject({ name: 'OnePasswordError', kind: 'auth', message: expect.stringContaining('HTTP 401: Invalid token signature') });
  await expect(store().listVaults()).rejects.not.toThrow(token);
});

test('a vault out of the token\'s scope is forbidden; server errors are retried, then reported', async () => {
  const vaultId = connect.addVault('Other');
  const scoped = connect.addToken({ vaults: ['MCP'] });
  await expect(store({ token: scoped }).listItems(vaultId)).rejects.toMatchObject({ kind: 'forbidden', message: expect.stringContaining(`vault ${vaultId} is not in scope`) });
  connect.injectFault({ path: 'vaults', status: 503, times: 2 });
  expect((await store().listVaults()).map((v) => v.name)).toEqual(['MCP', 'Other']);
  connect.injectFault({ path: 'vaults', status: 500, times: 10, errors: [`boom ${token}\n::error::forged`] });
  const failure = store({ maxRetries: 1 }).listVaults();
  await expect(failure).rejects.toMatchObject({ kind: 'server' });
  await expect(store({ maxRetries: 1 }).listVaults()).rejects.toThrow(/^(?![\s\S]*::error)(?![\s\S]*eyJ)/);
});

test('an unreachable server is a network error naming it; a host with credentials is refused without showing them', async () => {
  const closed = connect.url;
  await connect.close();
  await expect(connectStore({ host: closed, token, timeoutSeconds: 2, env: {}, maxRetries: 0 }).listVaults()).rejects.toMatchObject({
    kind: 'network',
    message: expect.stringContaining(`cannot reach the 1Password Connect server at ${closed}`),
  });
  connect = await startConnectServer();
  expect(() => parseConnectHost('https://user:pw-in-host-77@op.example.com')).toThrow(/input 'op-connect-host'/);
  expect(() => parseConnectHost('https://user:pw-in-host-77@op.example.com')).not.toThrow(/pw-in-host-77/);
});
