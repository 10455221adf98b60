import type { Agent, IncomingHttpHeaders } from 'node:http';
import { ConfigurationError } from '@mcp-secrets/ports';
import type { ProxyAgentFactory, VaultLogger } from '../types';
import { VaultError } from '../vault-error';
import { attempt, AttemptFailure, type AttemptResponse } from './http-attempt';
import { backoffDelay, isRetryableStatus, retryAfterMs } from './backoff';
import { proxyForUrl } from './proxy';

export interface VaultHttpConfig {
  baseUrl: URL;
  caCert?: string;
  deadline: number;
  deadlineSeconds: number;
  maxRetries: number;
  backoffBaseMs: number;
  backoffCapMs: number;
  env: Record<string, string | undefined>;
  logger?: VaultLogger;
  sleep: (ms: number) => Promise<void>;
  random: () => number;
  now: () => number;
  createProxyAgent: ProxyAgentFactory;
}

export interface VaultCall {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** API path after /v1/, already URL-encoded segment by segment. */
  path: string;
  body?: unknown;
  /** Content type of the body (default JSON); Vault takes a PATCH only as a JSON merge patch. */
  contentType?: string;
  token?: string;
  namespace?: string;
  /** What the call does, for messages: "reading secret/data/mcp/ci". */
  action: string;
  /**
   * False for a write that must not be applied twice (a check-and-set KV write): it is sent again
   * only when Vault cannot have received it, and a lost answer is an error with `outcomeUnknown`.
   */
  idempotent?: boolean;
}

export type VaultBody = Record<string, unknown>;

export interface VaultResponse {
  status: number;
  headers: IncomingHttpHeaders;
  /** The JSON object Vault answered with; undefined for empty or non-JSON bodies. */
  body: VaultBody | undefined;
}

/** Sends Vault API calls with retries, backoff and one deadline for all of them. */
export class VaultHttp {
  private agent: Promise<Agent | undefined> | undefined;

  constructor(private readonly config: VaultHttpConfig) {}

  get deadlineSeconds(): number {
    return this.config.deadlineSeconds;
  }

  /** Resolves with the last response (any status); rejects only on network failures and the deadline. */
  async call(call: VaultCall): Promise<VaultResponse> {
    const { config } = this;
    // The address may carry a path prefix (Vault behind a reverse proxy).
    const url = new URL(`${config.baseUrl.origin}${config.baseUrl.pathname.replace(/\/+$/, '')}/v1/${call.path}`);
    const agent = await this.proxyAgent();
    const body = call.body === undefined ? undefined : JSON.stringify(call.body);
    for (let attemptNo = 0; ; attemptNo++) {
      const remaining = config.deadline - config.now();
      if (remaining <= 0) throw this.timeout(call.action, attemptNo === 0 ? '' : ` after ${attemptNo} attempts`);
      let response: AttemptResponse | undefined;
      let failure: AttemptFailure | undefined;
      try {
        response = await attempt({
          method: call.method,
          url,
          headers: headersFor(call),
          ...(body === undefined ? {} : { body, contentType: call.contentType ?? 'application/json' }),
          ...(agent === undefined ? {} : { agent }),
          ...(config.caCert === undefined ? {} : { ca: config.caCert }),
          timeoutMs: remaining,
        });
      } catch (err) {
        failure = err instanceof AttemptFailure ? err : new AttemptFailure('ERROR', String(err), false);
        if (failure.timedOut) throw this.timeout(call.action, '', call.idempotent === false);
      }
      const outcome = response !== undefined ? `HTTP ${response.status}` : (failure?.code ?? 'error');
      config.logger?.debug(`vault: ${call.method} ${url.pathname} -> ${outcome} (attempt ${attemptNo + 1})`);
      if (response !== undefined && !isRetryableStatus(response.status)) return parse(response);
      if (failure !== undefined && isTlsFailure(failure)) throw this.tlsFailure(failure);
      const mayRepeat = call.idempotent !== false || neverHandled(response, failure);
      if (attemptNo >= config.maxRetries || !mayRepeat) {
        if (response !== undefined) return parse(response);
        throw this.network(call.action, failure, !mayRepeat);
      }
      const hinted = response === undefined ? undefined : retryAfterMs(response.headers['retry-after'], config.now());
      const delay = hinted ?? backoffDelay(attemptNo, config.backoffBaseMs, config.backoffCapMs, config.random);
      if (config.now() + delay >= config.deadline) {
        const wait = hinted === undefined ? '' : `, Vault asked to retry after ${Math.ceil(hinted / 1000)} s`;
        throw this.timeout(call.action, ` (last answer: ${outcome}${wait})`);
      }
      config.logger?.debug(`vault: retrying in ${delay} ms after ${outcome}`);
      await config.sleep(delay);
    }
  }

  private proxyAgent(): Promise<Agent | undefined> {
    this.agent ??= (async () => {
      const proxy = proxyForUrl(this.config.baseUrl, this.config.env);
      if (proxy === undefined) return undefined;
      if (!URL.canParse(proxy)) {
        // Not echoed: a proxy URL may carry credentials.
        throw new ConfigurationError('the proxy URL in HTTPS_PROXY/HTTP_PROXY is not a valid URL', {
          hint: 'use a URL such as http://proxy.example.com:3128, or unset the variable',
        });
      }
      this.config.logger?.debug(`vault: using proxy ${describeProxy(proxy)}`);
      try {
        return await this.config.createProxyAgent(proxy, this.config.caCert === undefined ? {} : { ca: this.config.caCert });
      } catch (error) {
        // A VaultError, so that the client scrubs the proxy's credentials from the library's message.
        throw new VaultError('network', `cannot use the proxy ${describeProxy(proxy)} (${error instanceof Error ? error.message : String(error)})`, { cause: error });
      }
    })();
    return this.agent;
  }

  /** `sent`: a write was on its way when time ran out, so Vault may have applied it. */
  private timeout(action: string, detail: string, sent = false): VaultError {
    return new VaultError(
      'timeout',
      `the deadline of ${this.config.deadlineSeconds} s was exceeded while ${action}${detail}${sent ? MAY_HAVE_APPLIED : ''}; raise vault-timeout-seconds or check that Vault is reachable`,
      { outcomeUnknown: sent },
    );
  }

  private tlsFailure(failure: AttemptFailure): VaultError {
    return new VaultError(
      'network',
      `Vault's TLS certificate at ${this.config.baseUrl.origin} is not trusted (${failure.code}: ${failure.message}); pass Vault's CA certificate (PEM) in vault-ca-cert`,
      { cause: failure },
    );
  }

  /** `sent`: a write that may have reached Vault, whose answer was lost. */
  private network(action: string, failure: AttemptFailure | undefined, sent: boolean): VaultError {
    const code = failure?.code ?? 'error';
    const what = sent ? `no answer from Vault at ${this.config.baseUrl.origin}` : `cannot reach Vault at ${this.config.baseUrl.origin}`;
    return new VaultError('network', `${what} while ${action} (${code}: ${failure?.message ?? 'unknown'})${sent ? MAY_HAVE_APPLIED : ''}`, {
      cause: failure,
      outcomeUnknown: sent,
    });
  }
}

export const MAY_HAVE_APPLIED = ': it may have been applied; it was not sent again';

// Failures that prove a request was never handled, so even a write may be sent again: no
// connection was made, or Vault refused it before handling it (rate-limit quota, standby index).
const NEVER_CONNECTED = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ENETUNREACH', 'EHOSTUNREACH']);
const REFUSED_BEFORE_HANDLING = new Set([412, 429]);

function neverHandled(response: AttemptResponse | undefined, failure: AttemptFailure | undefined): boolean {
  if (response !== undefined) return REFUSED_BEFORE_HANDLING.has(response.status);
  return failure !== undefined && NEVER_CONNECTED.has(failure.code);
}

/** Certificate problems do not fix themselves: retrying only burns the deadline. */
function isTlsFailure(failure: AttemptFailure): boolean {
  return /CERT|SELF_SIGNED|UNABLE_TO_VERIFY|ERR_TLS|ERR_SSL/.test(failure.code);
}

function headersFor(call: VaultCall): Record<string, string> {
  const headers: Record<string, string> = {
    accept: 'application/json',
    'user-agent': 'mcp-secrets-vault-client',
    // Marks the request as API traffic, as the vault CLI does (Vault's request-forgery protection).
    'x-vault-request': 'true',
  };
  if (call.token !== undefined) headers['x-vault-token'] = call.token;
  if (call.namespace !== undefined && call.namespace !== '') headers['x-vault-namespace'] = call.namespace;
  return headers;
}

function parse(response: AttemptResponse): VaultResponse {
  let body: VaultBody | undefined;
  if (response.body.trim() !== '') {
    try {
      const parsed: unknown = JSON.parse(response.body);
      if (parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed)) body = parsed as VaultBody;
    } catch {
      body = undefined;
    }
  }
  return { status: response.status, headers: response.headers, body };
}

/** The proxy's origin without credentials, for logs. */
function describeProxy(proxy: string): string {
  try {
    return new URL(proxy).origin;
  } catch {
    return '(unparseable proxy URL)';
  }
}
