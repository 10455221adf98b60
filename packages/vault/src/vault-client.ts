import type { KvSecret, KvWriteResult, LoginResult, TokenInfo, TokenType, VaultClientOptions } from './types';
import { VaultError } from './vault-error';
import { parseVaultAddress } from './internal/address';
import { untrustedText, withoutUrlCredentials } from '@mcp-secrets/ports';
import { failureFor, isSealed, shownErrors } from './internal/failures';
import { arrayOfStrings, numberAt, objectAt, stringAt } from './internal/json';
import { KvAccess } from './internal/kv';
import { encodePath, normalizeMountPath } from './internal/kv-path';
import { httpsProxyAgentFactory, proxyPasswords } from './internal/proxy';
import { redact } from './internal/redact';
import { VaultHttp, type VaultCall, type VaultResponse } from './internal/vault-http';

const DEFAULT_TIMEOUT_MS = 60_000;

/**
 * A small Vault API client: AppRole/JWT/token auth, KV v1/v2 reads, KV v2 writes.
 * All requests share one deadline; credentials never appear in errors or logs.
 */
export class VaultClient {
  private readonly http: VaultHttp;
  private readonly namespace: string | undefined;
  private readonly authNamespace: string | undefined;
  private readonly kv: KvAccess;
  /** Every credential this client has seen, scrubbed from error messages. */
  private readonly credentials = new Set<string>();
  private currentToken: string | undefined;
  private tokenNamespace: string | undefined;
  private knownPolicies: Promise<string[] | undefined> | undefined;

  constructor(options: VaultClientOptions) {
    const baseUrl = parseVaultAddress(options.address);
    const now = options.now ?? Date.now;
    const startedAt = now();
    const deadline = options.deadline ?? startedAt + DEFAULT_TIMEOUT_MS;
    this.namespace = cleanNamespace(options.namespace);
    // '' (or '/') means the root namespace; undefined means "log in where we read".
    this.authNamespace = options.authNamespace === undefined ? this.namespace : cleanNamespace(options.authNamespace);
    const env = options.env ?? process.env;
    for (const password of proxyPasswords(baseUrl, env)) this.credentials.add(password);
    this.http = new VaultHttp({
      baseUrl,
      ...(options.caCert === undefined || options.caCert.trim() === '' ? {} : { caCert: options.caCert }),
      deadline,
      deadlineSeconds: Math.max(0, Math.round((deadline - startedAt) / 1000)),
      maxRetries: options.maxRetries ?? 4,
      backoffBaseMs: options.backoffBaseMs ?? 250,
      backoffCapMs: options.backoffCapMs ?? 8000,
      env,
      ...(options.logger === undefined ? {} : { logger: options.logger }),
      sleep: options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms))),
      random: options.random ?? Math.random,
      now,
      createProxyAgent: options.createProxyAgent ?? httpsProxyAgentFactory,
    });
    this.kv = new KvAccess({ call: (call) => this.authenticated(call), policies: () => this.policiesForErrors() });
    if (options.token !== undefined && options.token !== '') this.useToken(options.token);
  }

  /** The token requests use (from `options.token`, `useToken` or the last login). */
  get token(): string | undefined {
    return this.currentToken;
  }

  /** Uses an existing token, e.g. the `vault-token` input. */
  useToken(token: string): void {
    this.credentials.add(token);
    this.currentToken = token;
    this.tokenNamespace = this.namespace;
    this.knownPolicies = undefined;
  }

  loginAppRole(params: { roleId: string; secretId: string; mountPath?: string }): Promise<LoginResult> {
    // The role ID is not secret on its own, but there is no reason to print it either.
    this.credentials.add(params.roleId);
    this.credentials.add(params.secretId);
    const body = { role_id: params.roleId, secret_id: params.secretId };
    return this.scrubbed(this.login(params.mountPath ?? 'approle', 'AppRole', body));
  }

  loginJwt(params: { role: string; jwt: string; mountPath?: string }): Promise<LoginResult> {
    this.credentials.add(params.jwt);
    return this.scrubbed(this.login(params.mountPath ?? 'jwt', 'JWT', { role: params.role, jwt: params.jwt }));
  }

  lookupSelf(): Promise<TokenInfo> {
    return this.scrubbed(
      (async () => {
        const response = await this.authenticated({ method: 'GET', path: 'auth/token/lookup-self', action: 'looking up the Vault token' });
        if (!ok(response)) throw failureFor(response, { action: 'looking up the Vault token' });
        const data = objectAt(response.body, 'data');
        const expireTime = data?.expire_time;
        return {
          accessor: stringAt(data, 'accessor'),
          policies: arrayOfStrings(data, 'policies'),
          ttl: numberAt(data, 'ttl'),
          renewable: data?.renewable === true,
          tokenType: tokenTypeOf(stringAt(data, 'type'), this.currentToken ?? ''),
          displayName: stringAt(data, 'display_name'),
          expireTime: typeof expireTime === 'string' ? expireTime : null,
          meta: stringRecord(objectAt(data, 'meta')),
        };
      })(),
    );
  }

  /** Revokes the current token; Vault refuses for batch tokens (they expire with their TTL). */
  revokeSelf(): Promise<void> {
    return this.scrubbed(
      (async () => {
        const action = 'revoking the Vault token';
        const response = await this.authenticated({ method: 'POST', path: 'auth/token/revoke-self', action });
        if (!ok(response)) throw failureFor(response, { action });
        this.currentToken = undefined;
        this.knownPolicies = undefined;
      })(),
    );
  }

  /**
   * Reads any logical path (`auth/approle/role/mcp-ci`, `sys/policy/mcp-ci`) and returns its `data`;
   * a 403 or 404 is a VaultError of kind permission-denied / not-found.
   */
  read(path: string): Promise<Record<string, unknown>> {
    return this.scrubbed(
      (async () => {
        const action = `reading ${path}`;
        const response = await this.authenticated({ method: 'GET', path: encodePath(path.replace(/^\/+|\/+$/g, '')), action });
        if (!ok(response)) throw failureFor(response, { action, notFound: `nothing at ${path}` });
        return objectAt(response.body, 'data') ?? {};
      })(),
    );
  }

  /** Reads a KV secret by the path `vault kv get` takes (`secret/mcp/ci`); the KV version is detected per mount. */
  readKv(path: string, options: { version?: number } = {}): Promise<KvSecret> {
    return this.scrubbed(this.kv.read(path, options));
  }

  /** Writes a new KV v2 version; with `cas`, only when the current version is still `cas`. */
  writeKvV2(path: string, data: Record<string, unknown>, options: { cas?: number } = {}): Promise<KvWriteResult> {
    return this.scrubbed(this.kv.writeV2(path, data, options));
  }

  /** Merges keys into a KV v2 secret's custom_metadata (a null removes one); needs the `patch` capability on its metadata path. */
  patchKvMetadata(path: string, custom: Record<string, string | null>): Promise<void> {
    return this.scrubbed(this.kv.patchMetadataV2(path, custom));
  }

  private async login(mountPath: string, method: string, body: Record<string, string>): Promise<LoginResult> {
    const mount = normalizeMountPath(mountPath);
    const action = `logging in with ${method} at auth/${mount}`;
    const response = await this.http.call({ method: 'POST', path: `auth/${encodePath(mount)}/login`, body, namespace: this.authNamespace, action });
    if (!ok(response)) throw loginFailure(response, action, mount, this.authNamespace);
    const auth = objectAt(response.body, 'auth');
    const token = stringAt(auth, 'client_token');
    if (token === '') throw new VaultError('login-failed', `login failed: Vault answered ${action} without a token`, { status: response.status });
    this.credentials.add(token);
    const result: LoginResult = {
      token,
      accessor: stringAt(auth, 'accessor'),
      policies: arrayOfStrings(auth, 'policies'),
      leaseDuration: numberAt(auth, 'lease_duration'),
      renewable: auth?.renewable === true,
      tokenType: tokenTypeOf(stringAt(auth, 'token_type'), token),
    };
    this.currentToken = token;
    this.tokenNamespace = this.authNamespace;
    this.knownPolicies = Promise.resolve(result.policies);
    return result;
  }

  private authenticated(call: Omit<VaultCall, 'token' | 'namespace'>): Promise<VaultResponse> {
    const token = this.currentToken;
    if (token === undefined) {
      throw new VaultError('login-failed', `not logged in to Vault while ${call.action}: pass vault-token or configure a login method`);
    }
    const isTokenCall = call.path.startsWith('auth/token/');
    return this.http.call({ ...call, token, namespace: isTokenCall ? this.tokenNamespace : this.namespace });
  }

  /** The token's policies for a permission error, looked up once; undefined when even that is denied. */
  private policiesForErrors(): Promise<string[] | undefined> {
    this.knownPolicies ??= this.lookupSelf().then(
      (info) => info.policies,
      () => undefined,
    );
    return this.knownPolicies;
  }

  /**
   * Rethrows VaultErrors with every known credential removed from the message, also in the
   * one-line form Vault's own text is shown in, and with no user name or password of any URL.
   */
  private async scrubbed<T>(work: Promise<T>): Promise<T> {
    try {
      return await work;
    } catch (err) {
      if (!(err instanceof VaultError)) throw err;
      const secrets = [...this.credentials].flatMap((secret) => [secret, untrustedText(secret)]);
      const scrub = (text: string): string => withoutUrlCredentials(redact(text, secrets));
      throw new VaultError(err.kind, scrub(err.message), {
        ...(err.status === undefined ? {} : { status: err.status }),
        errors: err.errors.map(scrub),
        outcomeUnknown: err.outcomeUnknown,
      });
    }
  }
}

function stringRecord(value: Record<string, unknown> | undefined): Record<string, string> {
  const record: Record<string, string> = {};
  for (const [key, entry] of Object.entries(value ?? {})) if (typeof entry === 'string') record[key] = entry;
  return record;
}

export function createVaultClient(options: VaultClientOptions): VaultClient {
  return new VaultClient(options);
}

function loginFailure(response: VaultResponse, action: string, mount: string, namespace: string | undefined): VaultError {
  if (isSealed(response) || response.status >= 500) return failureFor(response, { action });
  const details = { status: response.status, errors: shownErrors(response.body) };
  const where = namespace === undefined ? 'vault-auth-path' : 'vault-auth-path and vault-auth-namespace';
  if (response.status === 403) {
    return new VaultError('login-failed', `login failed: permission denied at auth/${mount}/login (check ${where})`, details);
  }
  if (response.status === 404) {
    return new VaultError('login-failed', `login failed: no auth method answers at auth/${mount}/login (check ${where})`, details);
  }
  const reason = details.errors.join('; ') || `HTTP ${response.status}`;
  return new VaultError('login-failed', `login failed: ${reason}`, details);
}

function tokenTypeOf(declared: string, token: string): TokenType {
  // Batch tokens carry the type in their prefix: hvb. (Vault >= 1.10) or b. (older).
  return declared === 'batch' || token.startsWith('hvb.') || token.startsWith('b.') ? 'batch' : 'service';
}

function cleanNamespace(namespace: string | undefined): string | undefined {
  const cleaned = namespace?.trim().replace(/^\/+|\/+$/g, '');
  return cleaned === undefined || cleaned === '' ? undefined : cleaned;
}

function ok(response: VaultResponse): boolean {
  return response.status >= 200 && response.status < 300;
}

