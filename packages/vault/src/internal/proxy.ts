import type { Agent } from 'node:http';
import type { ProxyAgentFactory } from '../types';

type Env = Record<string, string | undefined>;

/**
 * The proxy URL to use for `target`, following the conventions of curl and
 * @actions/http-client: https_proxy/HTTPS_PROXY for https, http_proxy/HTTP_PROXY
 * for http, no_proxy/NO_PROXY to bypass, and loopback addresses always direct.
 */
export function proxyForUrl(target: URL, env: Env): string | undefined {
  const secure = target.protocol === 'https:';
  const proxy = secure ? first(env.https_proxy, env.HTTPS_PROXY) : first(env.http_proxy, env.HTTP_PROXY);
  if (proxy === undefined) return undefined;
  const host = target.hostname.replace(/^\[|\]$/g, '').toLowerCase();
  if (isLoopback(host)) return undefined;
  const port = target.port !== '' ? target.port : secure ? '443' : '80';
  const noProxy = first(env.no_proxy, env.NO_PROXY) ?? '';
  return bypassed(host, port, noProxy) ? undefined : proxy;
}

/**
 * The password of the proxy `proxyForUrl` chooses for `target`, as written and
 * decoded: a secret to mask and scrub, since libraries print proxy URLs in
 * their errors and debug output.
 */
export function proxyPasswords(target: URL, env: Env): string[] {
  const proxy = proxyForUrl(target, env);
  if (proxy === undefined || !URL.canParse(proxy)) return [];
  const { password } = new URL(proxy);
  if (password === '') return [];
  try {
    return [...new Set([password, decodeURIComponent(password)])];
  } catch {
    return [password];
  }
}

function first(...values: (string | undefined)[]): string | undefined {
  return values.map((v) => v?.trim()).find((v): v is string => v !== undefined && v !== '');
}

function isLoopback(host: string): boolean {
  return host === 'localhost' || host.endsWith('.localhost') || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host);
}

function bypassed(host: string, port: string, noProxy: string): boolean {
  for (const raw of noProxy.split(/[\s,]+/)) {
    const entry = raw.trim().toLowerCase();
    if (entry === '') continue;
    if (entry === '*') return true;
    const { name, entryPort } = splitHostPort(entry);
    if (entryPort !== undefined && entryPort !== port) continue;
    // "example.com" and ".example.com" both cover the domain and its subdomains.
    if (host === name || host.endsWith(`.${name}`)) return true;
  }
  return false;
}

/** `host`, `host:port`, `[v6]:port` or a bare IPv6 address; a leading `.` or `*.` is dropped. */
function splitHostPort(entry: string): { name: string; entryPort?: string } {
  const bracketed = /^\[([^\]]+)\](?::(\d+))?$/.exec(entry);
  let name = entry;
  let entryPort: string | undefined;
  if (bracketed !== null) [, name, entryPort] = bracketed;
  else if (/^[^:]+:\d+$/.test(entry)) [name, entryPort] = entry.split(':');
  return { name: name.replace(/^\*?\./, ''), ...(entryPort === undefined ? {} : { entryPort }) };
}

/**
 * Loads https-proxy-agent lazily: it is ESM-only, and most runs use no proxy at all. In the shared
 * bundle it is a chunk of its own, read only by a run that goes through a proxy (issue 16).
 */
export const httpsProxyAgentFactory: ProxyAgentFactory = async (proxyUrl, tls): Promise<Agent> => {
  const { HttpsProxyAgent } = await import('https-proxy-agent');
  return new HttpsProxyAgent(proxyUrl, tls.ca === undefined ? {} : { ca: tls.ca });
};
