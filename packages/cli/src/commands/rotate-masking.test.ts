import type { CommandContext } from '../command';
import { rotationOutput } from './rotate-masking';

const VAULT_TOKEN = 'hvs.rotate-masking-planted-token';
const VALUE = 'rotate-masking-planted-value-3c9d';

function context(): { ctx: CommandContext; printed: () => string } {
  let out = '';
  const ctx: CommandContext = { values: {}, io: { out: (t) => void (out += t), err: (t) => void (out += t), color: false, isTTY: false }, env: { VAULT_TOKEN }, cwd: '/' };
  return { ctx, printed: () => out };
}

describe('rotationOutput', () => {
  test('output holding a credential of the environment or a masked value prints *** in its place', () => {
    const { ctx, printed } = context();
    const output = rotationOutput(ctx);
    output.mask(VALUE);
    output.out(`token ${VAULT_TOKEN}, value ${VALUE}, version 2026.11.3\n`);
    expect(printed()).toBe('token ***, value ***, version 2026.11.3\n');
  });

  test('a failure quoting a masked value is rethrown masked, of the same class', async () => {
    const output = rotationOutput(context().ctx);
    output.mask(VALUE);
    const failing = output.guard(() => Promise.reject(new RangeError(`bad ${VALUE}`)));
    await expect(failing).rejects.toBeInstanceOf(RangeError);
    await expect(failing).rejects.toThrow(/^bad \*\*\*$/);
    await expect(output.guard(async () => 7)).resolves.toBe(7);
  });
});
