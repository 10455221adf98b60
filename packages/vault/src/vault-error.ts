/** What went wrong, so callers can branch without parsing messages. */
export type VaultErrorKind =
  | 'permission-denied'
  | 'not-found'
  | 'deleted'
  | 'sealed'
  | 'login-failed'
  | 'network'
  | 'timeout'
  | 'bad-request'
  | 'server'
  | 'cas-mismatch';

/**
 * Every failure of the Vault client. The message is meant for the user and never
 * contains a token, secret_id, JWT, proxy password or URL credential; `errors` is Vault's own
 * `{"errors":[...]}` list as messages show it (each on one line, bounded, at most five).
 */
export class VaultError extends Error {
  readonly kind: VaultErrorKind;
  readonly status?: number;
  readonly errors: string[];
  /**
   * A write that got no trustworthy answer (the connection dropped after sending, the deadline
   * passed, a 5xx): Vault may or may not have applied it. Read it back before deciding anything.
   */
  readonly outcomeUnknown: boolean;

  constructor(kind: VaultErrorKind, message: string, details: { status?: number; errors?: string[]; cause?: unknown; outcomeUnknown?: boolean } = {}) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.name = 'VaultError';
    this.kind = kind;
    this.status = details.status;
    this.errors = details.errors ?? [];
    this.outcomeUnknown = details.outcomeUnknown === true;
  }
}
