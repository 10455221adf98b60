// `sops encrypt` for age recipients: a fresh (or given) data key, every value sealed under its key
// path, the MAC over the plaintext, and the metadata block sops writes.
import { randomBytes } from 'node:crypto';
import { wrapDataKey } from './age-keys';
import { ruleConflict, withDefaultRule, type CryptRules } from './crypt-rules';
import { formatLastModified, metadataObject, readMetadata, type SopsMetadata } from './metadata';
import { SopsError } from './sops-error';
import { emitEncrypted, formatForFileName, loadPlain, type SopsFormat } from './stores';
import { mapFromPlain, type SopsMapNode, type SopsPlainObject } from './tree';
import { encryptDocuments, sealMac } from './tree-crypto';
import { randomIv, type IvSource } from './value-cipher';

/** The sops release whose file format and behaviour this writer follows. */
export const SOPS_FORMAT_VERSION = '3.13.2';

export type SopsEncryptInput =
  /** A plaintext file in the chosen format, read as `sops encrypt` reads it (comments kept). */
  | { plaintext: string | Uint8Array }
  /** A tree, e.g. SopsDecryptResult.tree after edits. */
  | { tree: readonly SopsMapNode[] }
  /** Plain data: one object, or one per YAML document. */
  | { data: SopsPlainObject | readonly SopsPlainObject[] };

export interface SopsEncryptOptions {
  /** Used in messages and, without `format`, to choose the format by extension. */
  fileName: string;
  format?: SopsFormat;
  /** Age public keys (age1... / age1pq1...). Defaults to the age recipients of `existingMetadata`. */
  recipients?: readonly string[];
  /** Encryption rules; defaults to those of `existingMetadata`, else `unencrypted_suffix: _unencrypted`. */
  rules?: CryptRules;
  /** The metadata of the file being re-encrypted, to keep its rules and recipients. */
  existingMetadata?: SopsMetadata;
  /** 32 bytes; a fresh random key when absent (tests pass a fixture's key). */
  dataKey?: Uint8Array;
  /** Nonce choice per value (tests only; the default is 32 random bytes, as sops). */
  ivSource?: IvSource;
  /** The `lastmodified` time; now when absent. */
  now?: Date;
  /** The `version` field; SOPS_FORMAT_VERSION when absent. */
  version?: string;
}

export interface SopsEncryptResult {
  /** The encrypted file's text. */
  text: string;
  metadata: SopsMetadata;
}

export async function encryptSops(input: SopsEncryptInput, options: SopsEncryptOptions): Promise<SopsEncryptResult> {
  const { fileName } = options;
  const format = options.format ?? formatForFileName(fileName);
  const documents = inputDocuments(input, format, fileName);
  if (format !== 'yaml' && documents.length !== 1) {
    throw new SopsError('unsupported', `a ${format} file holds exactly one document (got ${documents.length})`, { fileName });
  }
  const alreadyEncrypted = documents.some((doc) => doc.items.some((i) => i.kind === 'entry' && (format === 'dotenv' ? i.key.startsWith('sops_') : i.key === 'sops')));
  if (alreadyEncrypted) {
    throw new SopsError('parse', 'the input already has sops metadata (a "sops" key); decrypt it first instead of encrypting it twice', { fileName });
  }
  const recipients = options.recipients ?? options.existingMetadata?.age.map((a) => a.recipient) ?? [];
  if (recipients.length === 0) {
    throw new SopsError('bad-identity', 'no age recipients to encrypt for: give the public keys (age1...) from .sops.yaml', { fileName });
  }
  const rules = withDefaultRule(options.rules ?? options.existingMetadata?.rules ?? {});
  const conflict = ruleConflict(rules);
  if (conflict !== null) throw new SopsError('parse', `invalid encryption rules: ${conflict}`, { fileName });
  const dataKey = options.dataKey ?? randomBytes(32);
  if (dataKey.length !== 32) throw new SopsError('unsupported', `the data key must be 32 bytes (got ${dataKey.length})`, { fileName });
  const ivSource = options.ivSource ?? randomIv;

  const encrypted = encryptDocuments(documents, dataKey, rules, ivSource, fileName);
  const lastModified = formatLastModified(options.now ?? new Date());
  const age = await Promise.all(recipients.map((r) => wrapDataKey(dataKey, r)));
  const metadata = metadataObject({
    age,
    lastModified,
    mac: sealMac(encrypted.mac, dataKey, lastModified, ivSource),
    rules,
    version: options.version ?? SOPS_FORMAT_VERSION,
  });
  const text = emitEncrypted(format, encrypted.documents, metadata);
  return { text, metadata: readMetadata(metadata, { fileName }) };
}

function inputDocuments(input: SopsEncryptInput, format: SopsFormat, fileName: string): readonly SopsMapNode[] {
  if ('plaintext' in input) {
    const text = typeof input.plaintext === 'string' ? input.plaintext : new TextDecoder().decode(input.plaintext);
    return loadPlain(format, text, fileName);
  }
  if ('tree' in input) return input.tree;
  const data = input.data;
  return Array.isArray(data) ? data.map(mapFromPlain) : [mapFromPlain(data as SopsPlainObject)];
}
