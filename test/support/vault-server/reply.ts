import { randomUUID } from 'node:crypto';

export interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

/** Vault's response envelope (api-docs: "Response format"). */
export function envelope(fields: {
  data?: unknown;
  auth?: unknown;
  warnings?: string[];
  leaseDuration?: number;
  renewable?: boolean;
  mountType?: string;
}): Record<string, unknown> {
  return {
    request_id: randomUUID(),
    lease_id: '',
    renewable: fields.renewable ?? false,
    lease_duration: fields.leaseDuration ?? 0,
    data: fields.data ?? null,
    wrap_info: null,
    warnings: fields.warnings ?? null,
    auth: fields.auth ?? null,
    mount_type: fields.mountType ?? '',
  };
}

export function ok(fields: Parameters<typeof envelope>[0]): Reply {
  return { status: 200, body: envelope(fields) };
}

export const noContent: Reply = { status: 204 };

export function fail(status: number, ...errors: string[]): Reply {
  return { status, body: { errors } };
}

/** What Vault sends when ACLs refuse a request (a go multierror, hence the framing). */
export const permissionDenied: Reply = fail(403, '1 error occurred:\n\t* permission denied\n\n');
/** What Vault sends for a missing, unknown, expired or revoked token. */
export const invalidToken: Reply = fail(403, '2 errors occurred:\n\t* permission denied\n\t* invalid token\n\n');

export function noHandler(path: string): Reply {
  return fail(404, `no handler for route "${path}". route entry not found.`);
}
