export { VaultClient, createVaultClient } from './vault-client';
export { VaultError } from './vault-error';
export type { VaultErrorKind } from './vault-error';
export { proxyForUrl } from './internal/proxy';
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
