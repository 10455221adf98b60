import type { Agent } from 'node:http';

/** Receives progress lines (method, path, status, retries); never a credential or a body. */
export interface VaultLogger {
  debug(message: string): void;
}

/** Builds the agent that tunnels through an HTTP(S) proxy; replaceable in tests. */
export type ProxyAgentFactory = (proxyUrl: string, tls: { ca?: string }) => Agent | Promise<Agent>;

export interface VaultClientOptions {
  /** Vault's address, e.g. https://vault.example.com:8200 (the `vault-addr` input). */
  address: string;
  /** Sent as X-Vault-Namespace on every request except logins when `authNamespace` is set. */
  namespace?: string;
  /** Namespace the auth method lives in, when it differs from `namespace` ('' = the root namespace). */
  authNamespace?: string;
  /** A token to use right away (otherwise log in first). */
  token?: string;
  /** PEM bundle that replaces the default trust store for Vault's TLS certificate. */
  caCert?: string;
  /** Absolute time (ms since epoch, per `now`) after which no request or retry starts; default 60 s from now. */
  deadline?: number;
  /** Retries after the first attempt (default 4). */
  maxRetries?: number;
  /** Backoff base and cap in ms (defaults 250 and 8000): delay = random() * min(cap, base * 2^attempt). */
  backoffBaseMs?: number;
  backoffCapMs?: number;
  /** Environment to read HTTPS_PROXY/HTTP_PROXY/NO_PROXY from (default process.env). */
  env?: Record<string, string | undefined>;
  logger?: VaultLogger;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
  now?: () => number;
  createProxyAgent?: ProxyAgentFactory;
}

export type TokenType = 'service' | 'batch';

export interface LoginResult {
  token: string;
  accessor: string;
  policies: string[];
  /** Seconds. */
  leaseDuration: number;
  renewable: boolean;
  tokenType: TokenType;
}

export interface TokenInfo {
  accessor: string;
  policies: string[];
  /** Seconds left; 0 for tokens that never expire. */
  ttl: number;
  renewable: boolean;
  tokenType: TokenType;
  displayName: string;
  expireTime: string | null;
  /** The token's metadata, e.g. `role_name` for an AppRole login. */
  meta: Record<string, string>;
}

export interface KvMetadata {
  version: number;
  createdTime: string;
  deletionTime: string;
  destroyed: boolean;
  customMetadata: Record<string, string> | null;
}

export interface KvSecret {
  /** Mount without slashes, e.g. `secret`. */
  mount: string;
  kvVersion: 1 | 2;
  /** The path as the user means it (`secret/mcp/ci`). */
  path: string;
  /** The API path that was read (`secret/data/mcp/ci`). */
  apiPath: string;
  data: Record<string, unknown>;
  metadata?: KvMetadata;
}

export interface KvWriteResult {
  mount: string;
  path: string;
  apiPath: string;
  version: number;
  createdTime: string;
}
