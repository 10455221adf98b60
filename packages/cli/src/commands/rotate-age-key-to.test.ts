// The 1Password field --age-key-to stores the new identity in, against the Connect-API test server:
// what a failed or unanswered write leaves, told by reading the field back.
import { OnePasswordError } from '@mcp-secrets/onepassword';
import { UnknownStoreOutcome } from '@mcp-secrets/rotation';
import { startConnectServer, type ConnectServer } from '../../../../test/support/onepassword-connect';
import type { CommandContext } from '../command';
import { onePasswordDestination } from './rotate-age-key-to';
import { rotationOutput } from './rotate-masking';

const PREVIOUS = 'AGE-SECRET-KEY-1UNITPREVIOUSIDENTITYVALUE';
const NEW = 'AGE-SECRET-KEY-1UNITNEWIDENTITYVALUE';
const REF = 'op://MCP/SOPS Age key/private';

let connect: ConnectServer;
let ctx: CommandContext;
beforeEach(async () => {
  connect = await startConnectServer();
  connect.addVault('MCP');
  connect.addItem('MCP', 'SOPS Age key', [{ label: 'private', value: PREVIOUS }]);
  const env = { OP_CONNECT_HOST: connect.url, OP_CONNECT_TOKEN: connect.addToken() };
  ctx = { values: { 'op-timeout-seconds': '3' }, io: { out: () => undefined, err: () => undefined, color: false, isTTY: false }, env, cwd: '/' };
});
afterEach(() => connect.close());

const held = (): string | undefined => connect.fieldValue('MCP', 'SOPS Age key', 'private');
const destination = () => onePasswordDestination(ctx, REF, rotationOutput(ctx));

describe('onePasswordDestination', () => {
  test('stores, and the undo puts the previous value back', async () => {
    const undo = await (await destination()).store(NEW);
    expect(held()).toBe(NEW);
    await undo();
    expect(held()).toBe(PREVIOUS);
  });

  test('a refused write rejects as 1Password said, the field as it was', async () => {
    const field = await destination();
    connect.injectFault({ method: 'PATCH', status: 403 });
    await expect(field.store(NEW)).rejects.toBeInstanceOf(OnePasswordError);
    expect(held()).toBe(PREVIOUS);
  });

  test('an unanswered write that was not applied rejects, saying the field still holds its previous value', async () => {
    const field = await destination();
    connect.injectFault({ method: 'PATCH', reset: true, times: 50 });
    await expect(field.store(NEW)).rejects.toThrow(/but the field still holds its previous value$/);
    expect(held()).toBe(PREVIOUS);
  });

  test('an unanswered write and an unreadable field: UnknownStoreOutcome', async () => {
    const field = await destination();
    connect.injectFault({ method: 'PATCH', reset: true, afterApply: true, times: 50 });
    const failing = field.store(NEW);
    failing.catch(() => undefined);
    // Reads fail from the first write on (the client's repeats of the write leave time to set it).
    while (!connect.requests.some((r) => r.method === 'PATCH')) await new Promise((resolve) => setTimeout(resolve, 5));
    connect.injectFault({ method: 'GET', status: 500, times: 500 });
    await expect(failing).rejects.toBeInstanceOf(UnknownStoreOutcome);
    await expect(failing).rejects.toThrow(`storing the new identity in '${REF}'`);
  });
});
