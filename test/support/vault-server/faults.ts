/** A failure the server plays instead of (or before) answering matching requests. */
export interface Fault {
  /** How many matching requests it affects (default 1). */
  times?: number;
  method?: string;
  /** Matches the API path after /v1/: a prefix string or a RegExp. */
  path?: string | RegExp;
  /** Matches the query string (`?version=2`) too, e.g. to fail only a read of one version. */
  query?: RegExp;
  /** Answer with this status and a Vault error body. */
  status?: number;
  /** Retry-After header value (seconds or an HTTP date). */
  retryAfter?: number | string;
  /** Wait this long first (then answer normally unless status/reset is set). */
  delayMs?: number;
  /** Drop the connection without an answer. */
  reset?: boolean;
  /** Errors for the body (default: a message fitting the status). */
  errors?: string[];
  /**
   * Play the fault after the request was handled, keeping its effect: with `reset` the answer is
   * lost on the way back, with `status` a gateway failed after Vault applied the write.
   */
  afterApply?: boolean;
}

const DEFAULT_ERRORS: Record<number, string> = {
  412: 'required index state not present',
  429: 'request path "…": rate limit quota exceeded',
  500: 'internal error',
  502: 'bad gateway',
  503: 'local node not active but active cluster node not found',
  504: 'context deadline exceeded',
};

export function defaultErrors(status: number): string[] {
  return [DEFAULT_ERRORS[status] ?? `injected failure (HTTP ${status})`];
}

export class FaultQueue {
  private readonly faults: { fault: Fault; left: number }[] = [];

  add(fault: Fault): void {
    this.faults.push({ fault, left: fault.times ?? 1 });
  }

  clear(): void {
    this.faults.length = 0;
  }

  /** The first pending fault for this request, consumed once. */
  take(method: string, path: string, query = ''): Fault | undefined {
    const index = this.faults.findIndex(({ fault, left }) => {
      if (left <= 0) return false;
      if (fault.method !== undefined && fault.method.toUpperCase() !== method) return false;
      if (fault.query !== undefined && !fault.query.test(query)) return false;
      if (fault.path === undefined) return true;
      return typeof fault.path === 'string' ? path.startsWith(fault.path.replace(/^\/+/, '')) : fault.path.test(path);
    });
    if (index === -1) return undefined;
    const entry = this.faults[index];
    entry.left -= 1;
    if (entry.left <= 0) this.faults.splice(index, 1);
    return entry.fault;
  }
}
