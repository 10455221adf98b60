// Reading an encrypted file up to its validated metadata: shared by decryption and inspection.
import { readMetadata, type SopsMetadata } from './metadata';
import { SopsError } from './sops-error';
import { formatForFileName, loadEncrypted, type LoadedEncryptedFile, type SopsFormat } from './stores';

export interface SopsFileOptions {
  /** Used in messages and to choose the format by extension, as sops does. */
  fileName: string;
  /** Overrides the format chosen from the extension. */
  format?: SopsFormat;
}

export interface LoadedSopsFile extends LoadedEncryptedFile {
  format: SopsFormat;
  metadata: SopsMetadata;
}

export function contentText(content: string | Uint8Array): string {
  return typeof content === 'string' ? content : new TextDecoder().decode(content);
}

export function loadSopsFile(content: string | Uint8Array, { fileName, format }: SopsFileOptions): LoadedSopsFile {
  const chosen = format ?? formatForFileName(fileName);
  let loaded: LoadedEncryptedFile;
  try {
    loaded = loadEncrypted(chosen, contentText(content), fileName);
  } catch (err) {
    if (chosen === 'binary' && err instanceof SopsError && err.kind === 'parse') {
      throw new SopsError('not-sops', 'not a sops-encrypted file (an encrypted binary file is JSON with a "sops" key); encrypt it with sops first', { fileName });
    }
    throw err;
  }
  if (loaded.metadata === undefined || loaded.metadata === null) {
    throw new SopsError('not-sops', `no sops metadata found (no "sops" ${chosen === 'dotenv' ? 'keys' : chosen === 'ini' ? 'section' : 'key'}); is this file encrypted with sops?`, {
      fileName,
    });
  }
  const metadata = readMetadata(loaded.metadata, { fileName, line: loaded.metadataLine });
  return { ...loaded, format: chosen, metadata };
}
