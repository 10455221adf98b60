export { VaultClient, createVaultClient } from './vault-client';
export { VaultError } from './vault-error';
export type { VaultErrorKind } from './vault-error';
export { proxyForUrl, proxyPasswords } from './internal/proxy';
export { parseVaultAddress } from './internal/address';
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
