export { VaultClient, createVaultClient } from './vault-client';
export { VaultError } from './vault-error';
export type { VaultErrorKind } from './vault-error';
export { proxyForUrl, proxyPasswords } from './internal/proxy';
export { parseVaultAddress } from './internal/address';
// The HTTP pieces under the client (one bounded exchange, backoff, proxies), shared with the 1Password Connect client.
export { attempt, AttemptFailure, type AttemptResponse } from './internal/http-attempt';
export { backoffDelay, isRetryableStatus, retryAfterMs } from './internal/backoff';
export { httpsProxyAgentFactory } from './internal/proxy';
export { redact } from './internal/redact';
export type {
  KvMetadata,
  KvSecret,
  KvWriteResult,
  LoginResult,
  ProxyAgentFactory,
  TokenInfo,
  TokenType,
  VaultClientOptions,
  VaultLogger,
} from './types';
