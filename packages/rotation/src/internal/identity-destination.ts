// Where a new age identity is stored instead of a key file or the terminal: a secret manager's
// field (the CLI's --age-key-to op://...). A port, so rotation needs no secret manager's client.

export interface IdentityDestination {
  /** Where, for messages and the summary (`op://MCP/SOPS Age key/private`); never a secret. */
  display: string;
  /**
   * Stores the identity's secret key, read back, and resolves to the undo that puts back what the
   * destination held. Rejects with the destination as it was, or with UnknownStoreOutcome.
   */
  store(secretKey: string): Promise<() => Promise<void>>;
}

/** The destination may hold the new identity or its previous value, and could not be read to tell. */
export class UnknownStoreOutcome extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'UnknownStoreOutcome';
  }
}
