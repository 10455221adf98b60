// @mcp-secrets/sops: native SOPS decryption and encryption for age recipients (YAML, JSON, dotenv,
// INI, binary), with the MAC always verified. No sops binary, no network.
export { SopsError, type SopsErrorKind, type SopsErrorDetails } from './internal/sops-error';
export { decryptSops, type SopsDecryptOptions, type SopsDecryptResult } from './internal/decrypt';
export { encryptSops, SOPS_FORMAT_VERSION, type SopsEncryptInput, type SopsEncryptOptions, type SopsEncryptResult } from './internal/encrypt';
export {
  inspectSops,
  type SopsInspection,
  type SopsLeafReport,
  type SopsLeafState,
  type SopsCommentReport,
} from './internal/inspect';
export type { SopsFileOptions } from './internal/load-file';
export { parseAgeIdentities, generateAgeIdentity, type AgeIdentity, type GeneratedAgeIdentity } from './internal/age-keys';
export type { SopsMetadata, SopsAgeStanza } from './internal/metadata';
export type { CryptRules } from './internal/crypt-rules';
export type { IvSource } from './internal/value-cipher';
export { formatForFileName, SOPS_FORMATS, type SopsFormat } from './internal/stores';
export {
  toPlain,
  fromPlain,
  type SopsNode,
  type SopsMapNode,
  type SopsListNode,
  type SopsScalarNode,
  type SopsEntry,
  type SopsItem,
  type SopsComment,
  type SopsPlainValue,
  type SopsPlainObject,
} from './internal/tree';
