import type { Agent, IncomingHttpHeaders } from 'node:http';

export interface AttemptRequest {
  method: string;
  url: URL;
  headers: Record<string, string>;
  body?: string;
  /** Sent with the body. */
  contentType?: string;
  agent?: Agent;
  ca?: string;
  timeoutMs: number;
}

export interface AttemptResponse {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

/** A request that got no HTTP response: refused, reset, DNS, TLS, or out of time. */
export class AttemptFailure extends Error {
  readonly code: string;
  readonly timedOut: boolean;

  constructor(code: string, message: string, timedOut: boolean) {
    super(message);
    this.name = 'AttemptFailure';
    this.code = code;
    this.timedOut = timedOut;
  }
}

// Vault answers are small; a huge body means something else is answering.
const MAX_BODY_BYTES = 16 * 1024 * 1024;

/** One HTTP exchange, bounded by `timeoutMs` from start to the last byte. */
export async function attempt(req: AttemptRequest): Promise<AttemptResponse> {
  // Loaded on the first request, not with the package: node:https (with TLS) costs a process
  // about 10 ms to load, which a run that sends nothing (sync with nothing configured, its
  // post step with nothing to revoke) would pay for nothing (issue 16).
  const { request: send } = req.url.protocol === 'https:' ? await import('node:https') : await import('node:http');
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = { ...req.headers };
    if (req.body !== undefined) {
      headers['content-type'] = req.contentType ?? 'application/json';
      headers['content-length'] = String(Buffer.byteLength(req.body));
    }
    const outgoing = send(req.url, {
      method: req.method,
      headers,
      ...(req.agent === undefined ? {} : { agent: req.agent }),
      ...(req.ca === undefined ? {} : { ca: req.ca }),
    });
    let settled = false;
    const finish = (fn: () => void): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      fn();
    };
    const timer = setTimeout(() => {
      const failure = new AttemptFailure('ETIMEDOUT', 'no answer in time', true);
      finish(() => reject(failure));
      outgoing.destroy(failure);
    }, Math.max(0, req.timeoutMs));
    outgoing.on('error', (err: NodeJS.ErrnoException) => {
      finish(() => reject(err instanceof AttemptFailure ? err : new AttemptFailure(err.code ?? 'ERROR', err.message, false)));
    });
    outgoing.on('response', (res) => {
      const chunks: Buffer[] = [];
      let size = 0;
      res.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > MAX_BODY_BYTES) {
          res.destroy(new AttemptFailure('EBODYTOOLARGE', `response larger than ${MAX_BODY_BYTES} bytes`, false));
          return;
        }
        chunks.push(chunk);
      });
      res.on('error', (err: NodeJS.ErrnoException) => {
        finish(() => reject(err instanceof AttemptFailure ? err : new AttemptFailure(err.code ?? 'ERROR', err.message, false)));
      });
      res.on('end', () => {
        finish(() => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      });
    });
    outgoing.end(req.body);
  });
}
