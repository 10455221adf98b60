// What a failed check-and-set write did, read from Vault rather than guessed. The write is never
// sent again: after a lost answer a repeat fails its own check-and-set and looks like someone
// else's. Under check-and-set this rotation's write can only ever be version cas+1, so that
// version, read back, tells the truth.
import { isDeepStrictEqual } from 'node:util';
import { ConfigurationError, toError } from '@mcp-secrets/ports';
import { VaultError } from '@mcp-secrets/vault';
import type { KvStore, VaultTarget } from './vault-publish';

/** Vault may or may not have applied the write, and what it holds could not be read. */
export class UnknownPublishOutcome extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UnknownPublishOutcome';
  }
}

type HeldVersion = { kind: 'read'; data: Record<string, unknown> } | { kind: 'absent' } | { kind: 'unreadable'; reason: string };

async function readVersion(kv: KvStore, path: string, version: number): Promise<HeldVersion> {
  try {
    return { kind: 'read', data: (await kv.readKv(path, { version })).data };
  } catch (error) {
    if (error instanceof VaultError && error.kind === 'not-found') return { kind: 'absent' };
    return { kind: 'unreadable', reason: toError(error).message };
  }
}

function amended(error: Error, more: string): Error {
  error.message = `${error.message}${more}`;
  return error;
}

/**
 * Returns cas+1 when Vault holds exactly `data` there (the write was applied, only its answer was
 * lost). Otherwise throws: a ConfigurationError when someone else published, the write's own error
 * when Vault refused it or holds no version cas+1, UnknownPublishOutcome when nothing can be known.
 */
export async function settleFailedWrite(
  target: Pick<VaultTarget, 'destination' | 'cas'>,
  data: Record<string, unknown>,
  /** How the user recognises this write in `vault kv get`: "MCP_SECRETS_VERSION 8". */
  recognisable: string,
  thrown: unknown,
): Promise<number> {
  const failure = toError(thrown);
  const { destination, cas } = target;
  const { path } = destination;
  const next = cas + 1;
  const casMismatch = thrown instanceof VaultError && thrown.kind === 'cas-mismatch';
  // Vault's own refusal (403, 400, sealed) or a request that never reached it: nothing to read back.
  const refused = thrown instanceof VaultError && !thrown.outcomeUnknown && !casMismatch;
  if (refused) throw amended(failure, ': nothing was published');

  const held = await readVersion(destination.reconnect?.() ?? destination.kv, path, next);
  if (held.kind === 'read' && isDeepStrictEqual(held.data, data)) return next;
  if (casMismatch || held.kind === 'read') {
    const why = held.kind === 'read' ? `Vault's version ${next} is another bundle` : 'Vault refused the check-and-set';
    throw new ConfigurationError(`${failure.message}. Someone else published ${path} after rotate read version ${cas}: ${why}, so nothing was published`);
  }
  if (held.kind === 'absent') {
    throw amended(failure, `; Vault has no version ${next} of ${path}: nothing was published (should it appear later, a write still in flight was applied: \`vault kv metadata get ${path}\` shows the current version)`);
  }
  throw new UnknownPublishOutcome(
    `publishing ${path}: the outcome is unknown: ${failure.message}; reading version ${next} back failed too (${held.reason}). ` +
      `Check with \`vault kv get -version=${next} ${path}\`: if it shows ${recognisable}, this rotation is published; if Vault has no version ${next}, the write was not applied`,
  );
}
