import type { SopsMapNode } from '../tree';

/** An encrypted file split into its data documents and its raw `sops` metadata. */
export interface LoadedEncryptedFile {
  documents: SopsMapNode[];
  /** The metadata as plain data (nested form), or undefined when the file has none. */
  metadata: unknown;
  /** Line of the `sops` key/section, when the format has lines. */
  metadataLine?: number;
}

/** The key (YAML, JSON) or section (INI) holding the metadata. */
export const METADATA_KEY = 'sops';
