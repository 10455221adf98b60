// `rotate --new-age-key --age-key-to op://vault/item[/section]/field`: the new age identity goes to
// a 1Password field (a Connect server from OP_CONNECT_HOST + OP_CONNECT_TOKEN, else a service
// account from OP_SERVICE_ACCOUNT_TOKEN) instead of a key file or the terminal. The field is
// located before the plan is shown, so a dry run checks the reference and the credential too.
import { locateField, OnePasswordError, openOnePassword, parseSecretReference, showReference, writeField, type ResolveContext, type SecretReference } from '@mcp-secrets/onepassword';
import { openServiceAccount } from '@mcp-secrets/onepassword-sdk';
import { ConfigurationError, Inputs, toError } from '@mcp-secrets/ports';
import { UnknownStoreOutcome, type IdentityDestination } from '@mcp-secrets/rotation';
import { optionsAsInputs, type CommandContext } from '../command';
import type { RotationOutput } from './rotate-masking';

const INPUT = 'age-key-to';
// 1Password's refusals: the write was not applied, the field holds what it held.
const REFUSED = new Set<OnePasswordError['kind']>(['auth', 'forbidden', 'not-found', 'rate-limited']);

export async function onePasswordDestination(ctx: CommandContext, text: string, output: RotationOutput): Promise<IdentityDestination> {
  const reference = parseSecretReference(text, INPUT);
  const inputs = new Inputs(optionsAsInputs(ctx), ctx.env);
  const credentials = {
    connectHost: inputs.string('op-connect-host', { fallbackEnv: 'OP_CONNECT_HOST' }),
    connectToken: (ctx.env.OP_CONNECT_TOKEN ?? '').trim(),
    serviceAccountToken: (ctx.env.OP_SERVICE_ACCOUNT_TOKEN ?? '').trim(),
    timeoutSeconds: inputs.positiveInt('op-timeout-seconds', 60),
  };
  const store = await openOnePassword(credentials, { env: ctx.env, openServiceAccount });
  const resolve: ResolveContext = { store, input: INPUT };
  output.mask((await locateField(resolve, reference)).previous);
  return {
    display: reference.text,
    async store(secretKey) {
      output.mask(secretKey);
      // Located again: what the field holds now is what a failure puts back.
      const location = await locateField(resolve, reference);
      output.mask(location.previous);
      try {
        await writeField(resolve, reference, location, secretKey);
      } catch (error) {
        if (error instanceof ConfigurationError || (error instanceof OnePasswordError && REFUSED.has(error.kind))) throw error;
        // Unanswered: the field itself tells whether the write was applied.
        await readBack(resolve, reference, secretKey, location.previous, toError(error).message);
        return () => writeField(resolve, reference, location, location.previous);
      }
      await readBack(resolve, reference, secretKey, location.previous, 'written');
      return () => writeField(resolve, reference, location, location.previous);
    },
  };
}

/** Resolves when the field holds the new identity; otherwise says what it holds (by kind, never by value). */
async function readBack(resolve: ResolveContext, reference: SecretReference, secretKey: string, previous: string, what: string): Promise<void> {
  const storing = `storing the new identity in ${showReference(reference.text)}`;
  let held: string;
  try {
    held = (await locateField(resolve, reference)).previous;
  } catch (error) {
    throw new UnknownStoreOutcome(`${storing}: ${what}; reading the field back failed (${toError(error).message})`, { cause: error });
  }
  if (held === secretKey) return;
  if (held === previous) throw new Error(`${storing}: ${what}, but the field still holds its previous value`);
  throw new UnknownStoreOutcome(`${storing}: ${what}, but the field holds neither the new identity nor its previous value (changed by someone else meanwhile?)`);
}
