// The port every 1Password back end implements: a Connect server (REST) or a service account
// (1Password's SDK). Reference resolution is ours and runs on top of it, so both back ends read
// `op://` references the same way.

export interface OpVault {
  id: string;
  name: string;
}

export interface OpItemSummary {
  id: string;
  title: string;
}

export interface OpSection {
  id: string;
  label: string;
}

export interface OpField {
  id: string;
  label: string;
  sectionId?: string;
  /** Absent when the field is empty. A secret: never printed. */
  value?: string;
}

export interface OpItem {
  id: string;
  title: string;
  vaultId: string;
  /** The item's version, when the back end reports it. */
  version?: number;
  sections: OpSection[];
  fields: OpField[];
}

export interface OnePasswordStore {
  /** For logs and summaries: `Connect server https://op.example.com`, `service account`. */
  readonly description: string;
  /** The vaults this credential can read. */
  listVaults(): Promise<OpVault[]>;
  listItems(vaultId: string): Promise<OpItemSummary[]>;
  getItem(vaultId: string, itemId: string): Promise<OpItem>;
  /** Replaces the value of one existing field. */
  setFieldValue(vaultId: string, itemId: string, fieldId: string, value: string): Promise<void>;
}
