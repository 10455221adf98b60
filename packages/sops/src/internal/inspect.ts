// A key-free look at an encrypted file for compliance checks: its metadata, and for every value
// whether it is a well-formed ENC[...] envelope or plaintext the file's rules allow. No value is
// ever copied into the report.
import { compileRules } from './crypt-rules';
import { loadSopsFile, type SopsFileOptions } from './load-file';
import { effectiveRules } from './metadata';
import type { SopsFormat } from './stores';
import type { CryptRules } from './crypt-rules';
import { walkMap } from './tree-walk';
import { isWellFormedEnvelope, parseEnvelope } from './value-cipher';

export type SopsLeafState =
  /** A well-formed ENC[AES256_GCM,...] value. */
  | 'encrypted'
  /** Plaintext where the rules leave values in clear (e.g. a `_unencrypted` key). */
  | 'plaintext-allowed'
  /** An empty string: sops leaves those empty. */
  | 'empty'
  /** Plaintext where the rules want encryption: a secret may be committed in clear. */
  | 'plaintext-unexpected'
  /** Starts like an envelope but cannot be parsed (truncated, other cipher, unknown type). */
  | 'malformed';

export interface SopsLeafReport {
  /** YAML document index (0 for other formats). */
  document: number;
  path: string[];
  /** The path as sops authenticates it: keys joined with ':' plus a trailing ':'. */
  keyPath: string;
  line: number | undefined;
  state: SopsLeafState;
  /** The envelope's type (str, int, float, bool, bytes) when encrypted. */
  encryptedType?: string;
}

export interface SopsCommentReport {
  document: number;
  keyPath: string;
  line: number | undefined;
  encrypted: boolean;
}

export interface SopsInspection {
  fileName: string;
  format: SopsFormat;
  version: string | undefined;
  lastModified: string;
  macPresent: boolean;
  /** The MAC field is a well-formed ENC[...] envelope (its content needs the key to verify). */
  macLooksEncrypted: boolean;
  ageRecipients: string[];
  /** Other master key types present (pgp, kms, gcp_kms, azure_kv, hc_vault). */
  otherKeyTypes: string[];
  keyGroupCount: number;
  /** The rules as written in the file. */
  rules: CryptRules;
  macOnlyEncrypted: boolean;
  leaves: SopsLeafReport[];
  comments: SopsCommentReport[];
}

export function inspectSops(content: string | Uint8Array, options: SopsFileOptions): SopsInspection {
  const file = loadSopsFile(content, options);
  const { metadata } = file;
  const rules = compileRules(effectiveRules(metadata));
  const leaves: SopsLeafReport[] = [];
  const comments: SopsCommentReport[] = [];
  file.documents.forEach((doc, document) => {
    walkMap(doc, (leaf, path, stack) => {
      const keyPath = `${path.join(':')}:`;
      const wanted = rules.shouldBeEncrypted(path, stack, leaf.kind === 'comment');
      if (leaf.kind === 'comment') {
        comments.push({ document, keyPath, line: leaf.line, encrypted: isWellFormedEnvelope(leaf.text) });
        return leaf;
      }
      const report: SopsLeafReport = { document, path: [...path], keyPath, line: leaf.line, state: 'plaintext-allowed' };
      if (leaf.kind === 'str' && leaf.value.startsWith('ENC[')) {
        const parsed = parseEnvelope(leaf.value);
        report.state = isWellFormedEnvelope(leaf.value) ? 'encrypted' : 'malformed';
        if (parsed.ok) report.encryptedType = parsed.value.type;
      } else if (leaf.kind === 'str' && leaf.value === '') {
        report.state = 'empty';
      } else if (wanted) {
        report.state = 'plaintext-unexpected';
      }
      leaves.push(report);
      return leaf;
    });
  });
  return {
    fileName: options.fileName,
    format: file.format,
    version: metadata.version,
    lastModified: metadata.lastModified,
    macPresent: metadata.mac !== undefined,
    macLooksEncrypted: metadata.mac !== undefined && isWellFormedEnvelope(metadata.mac),
    ageRecipients: metadata.age.map((a) => a.recipient),
    otherKeyTypes: metadata.otherKeyTypes,
    keyGroupCount: metadata.keyGroupCount,
    rules: metadata.rules,
    macOnlyEncrypted: metadata.rules.macOnlyEncrypted === true,
    leaves,
    comments,
  };
}
