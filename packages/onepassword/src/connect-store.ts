// The 1Password Connect server's REST API (developer.1password.com/docs/connect/api-reference):
// `Authorization: Bearer <token>`, /v1/vaults, /v1/vaults/{id}/items, /v1/vaults/{id}/items/{id},
// PATCH with an RFC 6902 document; errors are `{"status": n, "message": "..."}`. Our own small
// client over the Vault client's HTTP pieces rather than @1password/connect (axios, lodash and
// three more packages for five calls).
import type { Agent } from 'node:http';
import { ConfigurationError, showUntrusted, untrustedText, withoutUrlCredentials } from '@mcp-secrets/ports';
import {
  attempt,
  AttemptFailure,
  backoffDelay,
  httpsProxyAgentFactory,
  isRetryableStatus,
  proxyForUrl,
  redact,
  retryAfterMs,
  type AttemptResponse,
  type ProxyAgentFactory,
} from '@mcp-secrets/vault';
import { OnePasswordError } from './onepassword-error';
import type { OnePasswordStore, OpField, OpItem, OpItemSummary, OpSection, OpVault } from './store';

export interface ConnectOptions {
  /** OP_CONNECT_HOST, e.g. https://op-connect.internal:8080. */
  host: string;
  /** OP_CONNECT_TOKEN: a secret, never printed. */
  token: string;
  /** Seconds for the whole conversation, retries included. */
  timeoutSeconds: number;
  env: Record<string, string | undefined>;
  logger?: { debug(message: string): void };
  maxRetries?: number;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
  now?: () => number;
  createProxyAgent?: ProxyAgentFactory;
}

const HOST_HINT = 'write it as https://op-connect.example.com:8080';

/** Parses OP_CONNECT_HOST; its errors never show a user name or password in it. */
export function parseConnectHost(host: string): URL {
  const text = host.trim();
  const bad = (problem: string): ConfigurationError => new ConfigurationError(problem, { input: 'op-connect-host', hint: HOST_HINT });
  if (!URL.canParse(text)) throw bad(text.includes('@') || text.length > 100 ? 'the value is not a URL' : `'${untrustedText(text)}' is not a URL`);
  const url = new URL(text);
  if (url.username !== '' || url.password !== '') throw bad('the address contains a user name or password: the token goes in op-connect-token');
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw bad(`${url.protocol} is not http: or https:`);
  if (url.search !== '' || url.hash !== '') throw bad('the address has a query or fragment');
  return url;
}

type Json = Record<string, unknown>;
const str = (value: unknown): string => (typeof value === 'string' ? value : '');
const objects = (value: unknown): Json[] => (Array.isArray(value) ? value.filter((v): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v)) : []);
const object = (value: unknown): Json | undefined => (value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : undefined);

export function connectStore(options: ConnectOptions): OnePasswordStore {
  const base = parseConnectHost(options.host);
  const now = options.now ?? Date.now;
  const deadline = now() + options.timeoutSeconds * 1000;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  let agent: Promise<Agent | undefined> | undefined;
  const scrub = (text: string): string => withoutUrlCredentials(redact(text, [options.token, untrustedText(options.token)]));

  const proxyAgent = (): Promise<Agent | undefined> => {
    agent ??= (async () => {
      const proxy = proxyForUrl(base, options.env);
      if (proxy === undefined) return undefined;
      if (!URL.canParse(proxy)) throw new ConfigurationError('the proxy URL in HTTPS_PROXY/HTTP_PROXY is not a valid URL', { hint: 'use a URL such as http://proxy.example.com:3128' });
      return (options.createProxyAgent ?? httpsProxyAgentFactory)(proxy, {});
    })();
    return agent;
  };

  async function call(method: 'GET' | 'PATCH', path: string, action: string, body?: unknown): Promise<unknown> {
    // The host may carry a path prefix (Connect behind a reverse proxy).
    const url = new URL(`${base.origin}${base.pathname.replace(/\/+$/, '')}/v1/${path}`);
    const text = body === undefined ? undefined : JSON.stringify(body);
    const headers = { accept: 'application/json', authorization: `Bearer ${options.token}`, 'user-agent': 'mcp-secrets-connect-client' };
    const maxRetries = options.maxRetries ?? 4;
    for (let attemptNo = 0; ; attemptNo++) {
      const remaining = deadline - now();
      if (remaining <= 0) throw timeout(action);
      let response: AttemptResponse | undefined;
      let failure: AttemptFailure | undefined;
      try {
        const proxied = await proxyAgent();
        response = await attempt({ method, url, headers, timeoutMs: remaining, ...(text === undefined ? {} : { body: text }), ...(proxied === undefined ? {} : { agent: proxied }) });
      } catch (error) {
        if (!(error instanceof AttemptFailure)) throw error;
        if (error.timedOut) throw timeout(action);
        failure = error;
      }
      options.logger?.debug(`1password connect: ${method} ${url.pathname} -> ${response ? `HTTP ${response.status}` : failure?.code} (attempt ${attemptNo + 1})`);
      if (response !== undefined && !isRetryableStatus(response.status)) return answer(response, action);
      if (failure !== undefined && /CERT|SELF_SIGNED|UNABLE_TO_VERIFY|ERR_TLS|ERR_SSL/.test(failure.code)) {
        throw new OnePasswordError('network', `the TLS certificate of the Connect server at ${base.origin} is not trusted (${failure.code})`, { cause: failure });
      }
      if (attemptNo >= maxRetries) {
        if (response !== undefined) return answer(response, action);
        throw new OnePasswordError('network', scrub(`cannot reach the 1Password Connect server at ${base.origin} while ${action} (${failure?.code}: ${failure?.message})`), { cause: failure });
      }
      const delay = (response && retryAfterMs(response.headers['retry-after'], now())) ?? backoffDelay(attemptNo, 250, 8000, options.random ?? Math.random);
      if (now() + delay >= deadline) throw timeout(action);
      await sleep(delay);
    }
  }

  function timeout(action: string): OnePasswordError {
    return new OnePasswordError('timeout', `no answer from the 1Password Connect server at ${base.origin} within ${options.timeoutSeconds} s while ${action}; check that it is reachable, or raise op-timeout-seconds`);
  }

  function answer(response: AttemptResponse, action: string): unknown {
    let parsed: unknown;
    try {
      parsed = response.body.trim() === '' ? undefined : JSON.parse(response.body);
    } catch {
      parsed = undefined;
    }
    if (response.status >= 200 && response.status < 300) return parsed;
    // The server's own words, on one line, bounded, without our token.
    const said = str(object(parsed)?.message);
    const detail = said === '' ? '' : `: ${scrub(showUntrusted(said, 300))}`;
    const details = { status: response.status };
    switch (response.status) {
      case 401:
        throw new OnePasswordError('auth', `the Connect server refused the token while ${action} (HTTP 401${detail}): it is invalid, expired or revoked; check OP_CONNECT_TOKEN`, details);
      case 403:
        throw new OnePasswordError('forbidden', `the Connect token may not do this: ${action} (HTTP 403${detail}); grant it access to the vault`, details);
      case 404:
        throw new OnePasswordError('not-found', `nothing found while ${action} (HTTP 404${detail})`, details);
      case 429:
        throw new OnePasswordError('rate-limited', `the Connect server kept refusing with HTTP 429 while ${action}${detail}`, details);
      default: {
        const notJson = parsed === undefined ? ' (the answer was not Connect JSON: is a proxy in the way?)' : '';
        throw new OnePasswordError('server', `the Connect server answered HTTP ${response.status} while ${action}${detail}${notJson}`, details);
      }
    }
  }

  const id = (value: string): string => encodeURIComponent(value);

  return {
    description: `1Password Connect server at ${base.origin}`,
    async listVaults(): Promise<OpVault[]> {
      return objects(await call('GET', 'vaults', 'listing vaults')).map((v) => ({ id: str(v.id), name: str(v.name) }));
    },
    async listItems(vaultId: string): Promise<OpItemSummary[]> {
      return objects(await call('GET', `vaults/${id(vaultId)}/items`, 'listing items')).map((i) => ({ id: str(i.id), title: str(i.title) }));
    },
    async getItem(vaultId: string, itemId: string): Promise<OpItem> {
      return toItem(await call('GET', `vaults/${id(vaultId)}/items/${id(itemId)}`, 'reading an item'), vaultId);
    },
    async setFieldValue(vaultId: string, itemId: string, fieldId: string, value: string): Promise<void> {
      // Replaces one attribute of one field: the rest of the item is left as it is.
      await call('PATCH', `vaults/${id(vaultId)}/items/${id(itemId)}`, 'updating a field', [{ op: 'replace', path: `/fields/${fieldId}/value`, value }]);
    },
  };
}

function toItem(body: unknown, vaultId: string): OpItem {
  const item = object(body) ?? {};
  const sections: OpSection[] = objects(item.sections).map((s) => ({ id: str(s.id), label: str(s.label) }));
  const fields: OpField[] = objects(item.fields).map((f) => {
    const sectionId = str(object(f.section)?.id);
    return {
      id: str(f.id),
      label: str(f.label),
      ...(sectionId === '' ? {} : { sectionId }),
      ...(typeof f.value === 'string' ? { value: f.value } : {}),
    };
  });
  return {
    id: str(item.id),
    title: str(item.title),
    vaultId: str(object(item.vault)?.id) || vaultId,
    ...(typeof item.version === 'number' ? { version: item.version } : {}),
    sections,
    fields,
  };
}
