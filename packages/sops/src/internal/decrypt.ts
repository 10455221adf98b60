// `sops decrypt` for age: unwrap the data key, decrypt the tree, verify the MAC (always).
import { parseAgeIdentities, unwrapDataKey } from './age-keys';
import { loadSopsFile, type LoadedSopsFile, type SopsFileOptions } from './load-file';
import { effectiveRules, normalizeLastModified, type SopsMetadata } from './metadata';
import { SopsError } from './sops-error';
import type { SopsFormat } from './stores';
import { mapToPlain, type SopsMapNode, type SopsPlainObject } from './tree';
import { decryptDocuments, openMac } from './tree-crypto';

export interface SopsDecryptOptions extends SopsFileOptions {
  /** The text of SOPS_AGE_KEY (or of an age key file): identities one per line, `#` comments allowed. */
  identities: string;
}

export interface SopsDecryptResult {
  fileName: string;
  format: SopsFormat;
  /** The decrypted data, one object per YAML document (exactly one for other formats). */
  documents: SopsPlainObject[];
  /** documents[0]: the whole file for every format but multi-document YAML. */
  data: SopsPlainObject;
  /** The decrypted tree with key order, types and comments, ready for encryptSops. */
  tree: SopsMapNode[];
  metadata: SopsMetadata;
  /** The age recipient (public key) whose stanza the identities opened. */
  matchedRecipient: string;
}

export async function decryptSops(content: string | Uint8Array, options: SopsDecryptOptions): Promise<SopsDecryptResult> {
  const { fileName } = options;
  const file = loadSopsFile(content, options);
  const { metadata } = file;
  if (metadata.keyGroupCount > 1) {
    throw new SopsError('unsupported', `the data key is split across ${metadata.keyGroupCount} key groups (Shamir); only a single key group is supported`, {
      fileName,
    });
  }
  const identities = parseAgeIdentities(options.identities);
  if (identities.length === 0) {
    throw new SopsError('bad-identity', 'no age identity given: set SOPS_AGE_KEY to an AGE-SECRET-KEY-1... line (or SOPS_AGE_KEY_FILE to a key file)', {
      fileName,
    });
  }
  if (metadata.age.length === 0) {
    const others = metadata.otherKeyTypes.length > 0 ? ` (it is encrypted for ${metadata.otherKeyTypes.join(', ')} only)` : '';
    throw new SopsError('no-matching-identity', `the file has no age recipients${others}; re-encrypt it for an age recipient with sops updatekeys`, {
      fileName,
      recipients: [],
    });
  }
  const { dataKey, recipient } = await unwrapDataKey(metadata.age, identities, fileName);
  const tree = decryptWithDataKey(file, dataKey, fileName);
  const documents = tree.map(mapToPlain);
  return { fileName, format: file.format, documents, data: documents[0], tree, metadata, matchedRecipient: recipient };
}

/** Decrypts the tree with a known data key and verifies the MAC; throws on any mismatch. */
export function decryptWithDataKey(file: LoadedSopsFile, dataKey: Uint8Array, fileName: string): SopsMapNode[] {
  const { metadata } = file;
  const { documents, mac } = decryptDocuments(file.documents, dataKey, effectiveRules(metadata), fileName);
  const where = { fileName, line: file.metadataLine };
  if (metadata.mac === undefined) {
    throw new SopsError('mac-mismatch', 'MAC mismatch: the file has no MAC (the sops "mac" field is missing): the file was changed outside sops; restore it or re-encrypt it with sops', where);
  }
  const lastModified = normalizeLastModified(metadata.lastModified) ?? metadata.lastModified;
  const stored = openMac(metadata.mac, dataKey, lastModified);
  if (!stored.ok) {
    throw new SopsError('mac-mismatch', `MAC mismatch: ${stored.reason}: the file was changed outside sops; restore it or re-encrypt it with sops`, where);
  }
  if (stored.mac !== mac) {
    throw new SopsError('mac-mismatch', 'MAC mismatch: the file was changed outside sops (a value, key or entry was edited, added or removed); restore it or re-encrypt it with sops', where);
  }
  return documents;
}
