// What a Connect server holds: vaults, items (FullItem as the API documents it) and tokens with
// the vaults each may read.
import { randomBytes } from 'node:crypto';

export interface ConnectField {
  id: string;
  type: string;
  purpose?: string;
  label?: string;
  value?: string;
  section?: { id: string };
}

export interface ConnectItem {
  id: string;
  title: string;
  vault: { id: string };
  category: string;
  version: number;
  tags: string[];
  sections: { id: string; label?: string }[];
  fields: ConnectField[];
  createdAt: string;
  updatedAt: string;
}

export interface ConnectVault {
  id: string;
  name: string;
  items: Map<string, ConnectItem>;
  createdAt: string;
}

export interface ConnectToken {
  /** Vault IDs it may read; undefined: every vault. */
  vaults?: Set<string>;
  revoked: boolean;
}

const ID_CHARS = 'abcdefghijklmnopqrstuvwxyz0123456789';

/** A 26-character ID as Connect gives vaults, items and fields (`^[\da-z]{26}$`). */
export function connectId(): string {
  return [...randomBytes(26)].map((b) => ID_CHARS[b % ID_CHARS.length]).join('');
}

export class ConnectState {
  readonly vaults = new Map<string, ConnectVault>();
  readonly tokens = new Map<string, ConnectToken>();

  vaultNamed(nameOrId: string): ConnectVault {
    const vault = this.vaults.get(nameOrId) ?? [...this.vaults.values()].find((v) => v.name === nameOrId);
    if (vault === undefined) throw new Error(`test Connect server: no vault ${nameOrId}`);
    return vault;
  }

  canRead(token: ConnectToken, vaultId: string): boolean {
    return token.vaults === undefined || token.vaults.has(vaultId);
  }
}
