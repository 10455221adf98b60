/** What lookup-self says about the token the sync would use. */
export interface VaultTokenView {
  policies: string[];
  /** Seconds left; 0 for a token that never expires. */
  ttl: number;
  /** The AppRole behind the login (`meta.role_name` of an AppRole token), when known. */
  roleName?: string;
}

export type VaultReadResult = { data: Record<string, unknown> } | { denied: string };

/**
 * What the Vault checks read, narrowed so they run against a fake in tests and any client in
 * production (the caller adapts @mcp-secrets/vault to it). Absent from the context = Vault not
 * configured, and the Vault checks skip that part saying so.
 */
export interface VaultPort {
  lookupSelf(): Promise<VaultTokenView>;
  /**
   * A generic read (`auth/approle/role/<name>`, `sys/policy/<name>`): the response's `data`, or
   * `denied` with the reason when the token may not read it (403/404). Absent when the client has
   * no generic read: the checks then judge from lookup-self alone and say what they could not read.
   */
  read?(path: string): Promise<VaultReadResult>;
  /** `created_time` of the current version of a KV secret (v2 metadata), undefined when KV v1 has none. */
  secretCreatedTime(secretPath: string): Promise<string | undefined>;
  /**
   * What the rotation schedule reads of a KV v2 secret, values left out; throws for a KV v1 secret.
   * Absent when the client cannot read it: rotation-schedule then says the Vault entries went unread.
   */
  secretRotationFacts?(secretPath: string): Promise<KvRotationFacts>;
}

export interface KvRotationFacts {
  keys: string[];
  /** The current version's `created_time`. */
  createdTime?: string;
  /** The secret's custom_metadata (`rotated_at.KEY` among it), {} when it has none. */
  customMetadata: Record<string, string>;
}
