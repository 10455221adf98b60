// What rotate prints never holds a secret it handled: its output and its error messages pass a
// masker holding the credentials of the environment and every value rotate read or made, as the
// runner's log masker would (masked values print as ***). The messages are built from names; this
// is the guard should one ever quote a value.
import { toError } from '@mcp-secrets/ports';
import type { CommandContext } from '../command';
import { terminalPorts } from '../terminal-ports';

const CREDENTIALS = ['VAULT_TOKEN', 'VAULT_SECRET_ID', 'SOPS_AGE_KEY', 'OP_CONNECT_TOKEN', 'OP_SERVICE_ACCOUNT_TOKEN'];

export interface RotationOutput {
  mask(value: string): void;
  out(text: string): void;
  /** Runs the work; a failure's message is masked before it reaches the CLI's error line. */
  guard<T>(work: () => Promise<T>): Promise<T>;
}

export function rotationOutput(ctx: CommandContext): RotationOutput {
  const ports = terminalPorts(ctx.io, ctx.env);
  for (const name of CREDENTIALS) {
    const value = ctx.env[name];
    if (value !== undefined && value.trim() !== '') ports.mask(value);
  }
  return {
    mask: (value) => ports.mask(value),
    out: (text) => ctx.io.out(ports.redact(text)),
    async guard(work) {
      try {
        return await work();
      } catch (thrown) {
        const error = toError(thrown);
        error.message = ports.redact(error.message);
        throw error;
      }
    },
  };
}
