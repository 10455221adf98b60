// A Vault-API-compatible HTTP server for tests, written from Vault's HTTP API docs
// (developer.hashicorp.com/vault/api-docs): envelopes, {"errors":[...]} bodies, X-Vault-Token,
// X-Vault-Namespace, ACL policies, AppRole/JWT/token auth, KV v1/v2 and sealed mode.
import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { handleAuthMount, handleTokenStore } from './auth-methods';
import { defaultErrors, FaultQueue, type Fault } from './faults';
import { capabilitiesOn } from './policy';
import { fail, invalidToken, noHandler, permissionDenied, type Reply } from './reply';
import type { RequestContext } from './request-context';
import { handleKv } from './kv-engine';
import { handleSys, healthReply } from './sys-backend';
import { cleanNamespace, findMount, type TokenEntry, type VaultState } from './state';

export interface RecordedRequest {
  method: string;
  /** API path after /v1/, e.g. `secret/data/mcp/ci`. */
  path: string;
  query: string;
  namespace: string;
  /** Request headers, lower-case; X-Vault-Token and Authorization are replaced by "<redacted>". */
  headers: Record<string, string>;
}

export interface ServerBehaviour {
  state: VaultState;
  faults: FaultQueue;
  requests: RecordedRequest[];
  preflightDenied: boolean;
  /** Timers of injected delays, cleared on close so no test waits for them. */
  delays: Set<NodeJS.Timeout>;
}

export function createVaultHttpServer(behaviour: ServerBehaviour, tls?: { key: string; cert: string }): Server {
  const listener = (req: IncomingMessage, res: ServerResponse): void => {
    void serve(behaviour, req, res).catch((err: unknown) => {
      if (!res.headersSent) send(res, fail(500, `test server failure: ${(err as Error).message}`));
    });
  };
  return tls === undefined ? createHttpServer(listener) : createHttpsServer(tls, listener);
}

async function serve(behaviour: ServerBehaviour, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://vault.test');
  const method = (req.method ?? 'GET').toUpperCase();
  const path = url.pathname.startsWith('/v1/') ? url.pathname.slice(4).replace(/^\/+|\/+$/g, '') : url.pathname;
  const namespace = cleanNamespace(header(req, 'x-vault-namespace'));
  behaviour.requests.push({ method, path, query: url.search, namespace, headers: recordedHeaders(req) });
  const rawBody = await readBody(req);

  const fault = behaviour.faults.take(method, path, url.search);
  const after = fault?.afterApply === true;
  if (fault !== undefined && !after && (await playFault(fault, behaviour.delays, req, res))) return;
  if (res.destroyed) return;
  const reply = answer(behaviour, { method, path, url, namespace, rawBody, req });
  if (fault !== undefined && after && (await playFault(fault, behaviour.delays, req, res))) return;
  if (res.destroyed) return;
  send(res, reply);
}

async function playFault(fault: Fault, delays: Set<NodeJS.Timeout>, req: IncomingMessage, res: ServerResponse): Promise<boolean> {
  if (fault.delayMs !== undefined) {
    await new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        delays.delete(timer);
        resolve();
      }, fault.delayMs);
      delays.add(timer);
    });
  }
  if (fault.reset === true) {
    req.socket.destroy();
    return true;
  }
  if (fault.status === undefined) return false;
  const reply = fail(fault.status, ...(fault.errors ?? defaultErrors(fault.status)));
  send(res, fault.retryAfter === undefined ? reply : { ...reply, headers: { 'retry-after': String(fault.retryAfter) } });
  return true;
}

interface Incoming {
  method: string;
  path: string;
  url: URL;
  namespace: string;
  rawBody: string;
  req: IncomingMessage;
}

function answer(behaviour: ServerBehaviour, incoming: Incoming): Reply {
  const { state } = behaviour;
  const { method, path, url, namespace } = incoming;
  if (!url.pathname.startsWith('/v1/')) return noHandler(path);
  if (path === 'sys/health') return healthReply(state.sealed, method);
  if (path === 'sys/seal-status') return { status: 200, body: { type: 'shamir', initialized: true, sealed: state.sealed, t: 1, n: 1, progress: 0, version: '1.17.0' } };
  if (state.sealed) return fail(503, 'Vault is sealed');

  let body: Record<string, unknown> = {};
  if (incoming.rawBody.trim() !== '') {
    try {
      const parsed: unknown = JSON.parse(incoming.rawBody);
      if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) return fail(400, 'failed to parse JSON input: not an object');
      body = parsed as Record<string, unknown>;
    } catch (err) {
      return fail(400, `failed to parse JSON input: ${(err as Error).message}`);
    }
  }
  const ns = state.namespace(namespace);
  if (ns === undefined) return permissionDenied;
  const effectiveMethod = method === 'GET' && url.searchParams.get('list') === 'true' ? 'LIST' : method;
  if (!['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'LIST'].includes(effectiveMethod)) return fail(405, 'unsupported operation');
  // Vault's HTTP layer takes a PATCH only as a JSON merge patch (RFC 7386).
  if (effectiveMethod === 'PATCH' && header(incoming.req, 'content-type').split(';')[0]?.trim() !== 'application/merge-patch+json') {
    return fail(415, 'PATCH requires Content-Type of application/merge-patch+json');
  }
  const ctx: RequestContext = { method: effectiveMethod as RequestContext['method'], path, query: url.searchParams, body, namespace, ns, state };

  // Logins are the only unauthenticated paths (besides health).
  const auth = path.startsWith('auth/') && !path.startsWith('auth/token/') ? findMount(ns.auths, path.slice(5)) : undefined;
  if (auth !== undefined && auth.rest === 'login') return handleAuthMount(ctx, auth.mount, auth.rest);

  const token = authenticate(state, incoming.req, namespace);
  if (token === 'missing') return fail(403, 'permission denied');
  if (token === 'invalid') return invalidToken;
  ctx.token = token;
  if (path.startsWith('sys/internal/ui/mounts/')) return handleSys(ctx, path.slice(4), behaviour.preflightDenied);
  if (!allowed(state, token, namespace, ctx.method, path)) return permissionDenied;

  if (path.startsWith('auth/token/')) return handleTokenStore(ctx, path.slice('auth/token/'.length), token);
  if (path.startsWith('sys/')) return handleSys(ctx, path.slice(4), behaviour.preflightDenied);
  if (auth !== undefined) return handleAuthMount(ctx, auth.mount, auth.rest);
  const secrets = findMount(ns.mounts, path);
  if (secrets !== undefined) return handleKv(ctx, secrets.mount, secrets.rest);
  return noHandler(path);
}

function authenticate(state: VaultState, req: IncomingMessage, namespace: string): TokenEntry | 'missing' | 'invalid' {
  const bearer = /^Bearer\s+(.+)$/i.exec(header(req, 'authorization'))?.[1];
  const id = header(req, 'x-vault-token') || bearer || '';
  if (id === '') return 'missing';
  const token = state.tokens.get(id);
  if (token === undefined || token.revoked) return 'invalid';
  if (token.ttl > 0 && token.issuedAt.getTime() + token.ttl * 1000 < Date.now()) return 'invalid';
  // A token works in its own namespace and the namespaces below it.
  const usable = token.namespace === '' || namespace === token.namespace || namespace.startsWith(`${token.namespace}/`);
  return usable ? token : 'invalid';
}

function allowed(state: VaultState, token: TokenEntry, namespace: string, method: RequestContext['method'], path: string): boolean {
  const rules = state.rulesFor(token, namespace);
  if (rules === 'root') return true;
  const caps = capabilitiesOn(rules, path);
  switch (method) {
    case 'GET':
      return caps.has('read');
    case 'LIST':
      return caps.has('list');
    case 'DELETE':
      return caps.has('delete');
    case 'PATCH':
      return caps.has('patch');
    default:
      return caps.has('update') || caps.has('create');
  }
}

function header(req: IncomingMessage, name: string): string {
  const value = req.headers[name];
  return (Array.isArray(value) ? value[0] : value) ?? '';
}

function recordedHeaders(req: IncomingMessage): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue;
    out[name] = name === 'x-vault-token' || name === 'authorization' ? '<redacted>' : Array.isArray(value) ? value.join(', ') : value;
  }
  return out;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function send(res: ServerResponse, reply: Reply): void {
  const headers: Record<string, string> = { 'cache-control': 'no-store', ...reply.headers };
  if (reply.body === undefined || reply.status === 204) {
    res.writeHead(reply.status, headers).end();
    return;
  }
  const text = JSON.stringify(reply.body);
  res.writeHead(reply.status, { ...headers, 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(text)) }).end(text);
}

