/**
 * What went wrong talking to 1Password, so callers can branch without parsing messages. `sdk`:
 * 1Password's SDK (fetched on first use by the sync action) could not be downloaded or verified.
 */
export type OnePasswordErrorKind = 'auth' | 'forbidden' | 'not-found' | 'rate-limited' | 'network' | 'timeout' | 'server' | 'sdk';

/**
 * A failure of 1Password itself (a refused or revoked token, an unreachable Connect server, a
 * server error). A reference that names nothing is a ConfigurationError instead: the user fixes
 * it. The message never holds a token or a secret value.
 */
export class OnePasswordError extends Error {
  readonly kind: OnePasswordErrorKind;
  readonly status?: number;

  constructor(kind: OnePasswordErrorKind, message: string, details: { status?: number; cause?: unknown } = {}) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.name = 'OnePasswordError';
    this.kind = kind;
    this.status = details.status;
  }
}
