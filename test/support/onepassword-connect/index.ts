// startConnectServer(): a 1Password Connect-API-compatible server on 127.0.0.1 for tests, written
// from the Connect API reference and its OpenAPI document: Bearer tokens scoped to vaults, vaults,
// items as FullItem, PUT and PATCH, `{"status","message"}` errors, /heartbeat and /health.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { FaultQueue, type Fault } from '../vault-server/faults';
import { failure, route, type Reply } from './routes';
import { ConnectState, connectId, type ConnectField, type ConnectItem } from './state';

export type { Fault } from '../vault-server/faults';
export type { ConnectField, ConnectItem } from './state';

export interface RecordedConnectRequest {
  method: string;
  /** After /v1/, e.g. `vaults/<id>/items`. */
  path: string;
  query: string;
  /** The request body as sent (JSON text), for PUT and PATCH. */
  body: string;
}

export interface FieldSeed {
  label: string;
  value?: string;
  /** The label of the section the field is in (created on first use). */
  section?: string;
  type?: string;
  purpose?: string;
}

export interface ConnectServer {
  url: string;
  close(): Promise<void>;
  readonly requests: RecordedConnectRequest[];
  /** A token that may read the named vaults (by name or ID; default every vault). */
  addToken(options?: { vaults?: string[] }): string;
  revokeToken(token: string): void;
  /** Creates a vault; returns its ID. */
  addVault(name: string): string;
  /** Creates an item in a vault (by name or ID); returns its ID. */
  addItem(vault: string, title: string, fields: FieldSeed[], options?: { category?: string }): string;
  /** The item as the server holds it (a copy). */
  item(vault: string, title: string): ConnectItem;
  /** The value of a field of an item, by label. */
  fieldValue(vault: string, title: string, label: string): string | undefined;
  /** A fault played instead of (or, with afterApply, after) the next matching request; paths are after /v1/. */
  injectFault(fault: Fault): void;
}

export async function startConnectServer(): Promise<ConnectServer> {
  const state = new ConnectState();
  const faults = new FaultQueue();
  const requests: RecordedConnectRequest[] = [];
  const timers = new Set<NodeJS.Timeout>();

  const server = createServer((req, res) => {
    void serve(req, res).catch((error: unknown) => send(res, failure(500, `test server failure: ${(error as Error).message}`)));
  });

  async function serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://connect.test');
    const method = (req.method ?? 'GET').toUpperCase();
    const raw = await new Promise<string>((resolve) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    });
    if (url.pathname === '/heartbeat') return send(res, { status: 200, body: '.' });
    if (url.pathname === '/health') return send(res, { status: 200, body: { name: '1Password Connect API', version: '1.7.3', dependencies: [] } });
    const path = url.pathname.startsWith('/v1/') ? url.pathname.slice(4).replace(/\/+$/, '') : url.pathname;
    requests.push({ method, path, query: url.search, body: raw });

    const fault = faults.take(method, path, url.search);
    if (fault !== undefined && !fault.afterApply && (await play(fault, req, res))) return;
    const reply = answer(req, method, url, path, raw);
    if (fault !== undefined && fault.afterApply && (await play(fault, req, res))) return;
    send(res, reply);
  }

  function answer(req: IncomingMessage, method: string, url: URL, path: string, raw: string): Reply {
    if (!url.pathname.startsWith('/v1/')) return failure(404, 'Not Found');
    const bearer = /^Bearer\s+(.+)$/i.exec(req.headers.authorization ?? '')?.[1];
    if (bearer === undefined) return failure(401, 'Invalid bearer token');
    const token = state.tokens.get(bearer);
    if (token === undefined || token.revoked) return failure(401, 'Invalid token signature');
    let body: unknown;
    if (raw.trim() !== '') {
      try {
        body = JSON.parse(raw);
      } catch {
        return failure(400, 'Invalid JSON in request body');
      }
    }
    return route(state, token, method, path.split('/').map(decodeURIComponent), url.searchParams, body);
  }

  async function play(fault: Fault, req: IncomingMessage, res: ServerResponse): Promise<boolean> {
    if (fault.delayMs !== undefined) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(() => {
          timers.delete(timer);
          resolve();
        }, fault.delayMs);
        timers.add(timer);
      });
    }
    if (fault.reset === true) {
      req.socket.destroy();
      return true;
    }
    if (fault.status === undefined) return false;
    send(res, failure(fault.status, fault.errors?.join('; ') ?? `injected failure (HTTP ${fault.status})`));
    return true;
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;

  const find = (vault: string, title: string): ConnectItem => {
    const item = [...state.vaultNamed(vault).items.values()].find((i) => i.title === title);
    if (item === undefined) throw new Error(`test Connect server: no item ${title} in ${vault}`);
    return item;
  };

  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve, reject) => {
        for (const timer of timers) clearTimeout(timer);
        server.close((error) => (error === undefined ? resolve() : reject(error)));
        server.closeAllConnections();
      }),
    addToken: (options = {}) => {
      const token = `eyJhbGciOiJFUzI1NiIsImtpZCI6I${connectId()}`;
      const vaults = options.vaults === undefined ? undefined : new Set(options.vaults.map((v) => state.vaultNamed(v).id));
      state.tokens.set(token, { revoked: false, ...(vaults === undefined ? {} : { vaults }) });
      return token;
    },
    revokeToken: (token) => {
      const entry = state.tokens.get(token);
      if (entry !== undefined) entry.revoked = true;
    },
    addVault: (name) => {
      const id = connectId();
      state.vaults.set(id, { id, name, items: new Map(), createdAt: new Date().toISOString() });
      return id;
    },
    addItem: (vault, title, seeds, options = {}) => {
      const target = state.vaultNamed(vault);
      const now = new Date().toISOString();
      const sections: ConnectItem['sections'] = [];
      const fields: ConnectField[] = seeds.map((seed) => {
        let section = sections.find((s) => s.label === seed.section);
        if (seed.section !== undefined && section === undefined) sections.push((section = { id: connectId(), label: seed.section }));
        return {
          id: connectId(),
          type: seed.type ?? 'CONCEALED',
          label: seed.label,
          ...(seed.purpose === undefined ? {} : { purpose: seed.purpose }),
          ...(seed.value === undefined || seed.value === '' ? {} : { value: seed.value }),
          ...(section === undefined ? {} : { section: { id: section.id } }),
        };
      });
      const id = connectId();
      target.items.set(id, { id, title, vault: { id: target.id }, category: options.category ?? 'API_CREDENTIAL', version: 1, tags: [], sections, fields, createdAt: now, updatedAt: now });
      return id;
    },
    item: (vault, title) => structuredClone(find(vault, title)),
    fieldValue: (vault, title, label) => find(vault, title).fields.find((f) => f.label === label)?.value,
    injectFault: (fault) => faults.add(fault),
  };
}

function send(res: ServerResponse, reply: Reply): void {
  if (res.headersSent || res.destroyed) return;
  const text = typeof reply.body === 'string' ? reply.body : JSON.stringify(reply.body ?? null);
  res.writeHead(reply.status, { 'content-type': typeof reply.body === 'string' ? 'text/plain' : 'application/json' });
  res.end(text);
}
