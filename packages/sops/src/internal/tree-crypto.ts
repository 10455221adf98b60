// sops.Tree.Encrypt / sops.Tree.Decrypt and the MAC: SHA-512 over the leaves in document order
// (comments excluded), uppercase hex, stored encrypted with `lastmodified` as authenticated data.
import { createHash } from 'node:crypto';
import { compileRules, type CryptRules } from './crypt-rules';
import { leafBytes } from './go-values';
import { SopsError } from './sops-error';
import type { SopsMapNode } from './tree';
import { walkMap, type WalkLeaf } from './tree-walk';
import { leafFromPlaintext, openEnvelope, parseEnvelope, sealEnvelope, sealLeaf, type IvSource } from './value-cipher';

/** sha256("sops"): seeds the MAC when only encrypted values are authenticated, so the two modes never collide. */
const MAC_ONLY_ENCRYPTED_SEED = Buffer.from('8a3fd2ad54ce66527b1034f3d147be0b0b975b3bf44f72c6fdadec8176f27d69', 'hex');

export interface TreeCryptResult {
  documents: SopsMapNode[];
  /** The computed MAC: uppercase hex SHA-512. */
  mac: string;
}

function newMacHash(macOnlyEncrypted: boolean) {
  const hash = createHash('sha512');
  if (macOnlyEncrypted) hash.update(MAC_ONLY_ENCRYPTED_SEED);
  return hash;
}

export function decryptDocuments(
  documents: readonly SopsMapNode[],
  dataKey: Uint8Array,
  rules: CryptRules,
  fileName: string,
): TreeCryptResult {
  const compiled = compileRules(rules);
  const hash = newMacHash(compiled.macOnlyEncrypted);
  const visit = (leaf: WalkLeaf, path: readonly string[], comments: readonly (readonly string[])[]): WalkLeaf => {
    const isComment = leaf.kind === 'comment';
    const encrypted = compiled.shouldBeEncrypted(path, comments, isComment);
    const aad = `${path.join(':')}:`;
    const out = !encrypted ? leaf : isComment ? decryptComment(leaf, dataKey, aad) : decryptLeaf(leaf, dataKey, aad, fileName);
    if ((!compiled.macOnlyEncrypted || encrypted) && out.kind !== 'comment') hash.update(leafBytes(out));
    return out;
  };
  const decrypted = documents.map((doc) => walkMap(doc, visit));
  return { documents: decrypted, mac: hash.digest('hex').toUpperCase() };
}

/** sops leaves a comment it cannot decrypt as it is (files from older sops have clear comments). */
function decryptComment(leaf: WalkLeaf & { kind: 'comment' }, dataKey: Uint8Array, aad: string): WalkLeaf {
  if (leaf.text === '') return leaf;
  const parsed = parseEnvelope(leaf.text);
  if (!parsed.ok) return leaf;
  try {
    const result = leafFromPlaintext(parsed.value.type, openEnvelope(parsed.value, dataKey, aad));
    if (!result.ok) return leaf;
    const text = result.node.kind === 'comment' ? result.node.text : new TextDecoder().decode(leafBytes(result.node));
    return { ...leaf, text };
  } catch {
    return leaf;
  }
}

function decryptLeaf(leaf: WalkLeaf, dataKey: Uint8Array, aad: string, fileName: string): WalkLeaf {
  const where = { fileName, line: leaf.line, keyPath: aad };
  if (leaf.kind !== 'str') {
    throw new SopsError('parse', `the value at "${aad}" must be encrypted but is a plain ${leaf.kind}; re-encrypt the file with sops`, where);
  }
  if (leaf.value === '') return leaf;
  const parsed = parseEnvelope(leaf.value);
  if (!parsed.ok) {
    throw new SopsError(parsed.unsupported ? 'unsupported' : 'parse', `the value at "${aad}" ${parsed.reason}; re-encrypt the file with sops`, where);
  }
  let plaintext: Buffer;
  try {
    plaintext = openEnvelope(parsed.value, dataKey, aad);
  } catch {
    throw new SopsError(
      'decrypt',
      `the value at "${aad}" failed AES-GCM authentication: the file was changed outside sops (or values were moved between keys); restore it from version control`,
      where,
    );
  }
  const result = leafFromPlaintext(parsed.value.type, plaintext);
  if (!result.ok) {
    throw new SopsError(result.reason.startsWith('unknown') ? 'unsupported' : 'parse', `the value at "${aad}": ${result.reason}`, where);
  }
  if (result.node.kind === 'comment') {
    throw new SopsError('parse', `the value at "${aad}" is an encrypted comment where a value was expected`, where);
  }
  return { ...result.node, line: leaf.line };
}

const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;

export function encryptDocuments(
  documents: readonly SopsMapNode[],
  dataKey: Uint8Array,
  rules: CryptRules,
  ivSource: IvSource,
  fileName: string,
): TreeCryptResult {
  const compiled = compileRules(rules);
  const hash = newMacHash(compiled.macOnlyEncrypted);
  const visit = (leaf: WalkLeaf, path: readonly string[], comments: readonly (readonly string[])[]): WalkLeaf => {
    const isComment = leaf.kind === 'comment';
    if (leaf.kind === 'int' && (leaf.value < INT64_MIN || leaf.value > INT64_MAX)) {
      // sops (Go) cannot read such an int back; refuse rather than lose digits in a float.
      throw new SopsError('unsupported', `the integer at "${path.join(':')}:" does not fit in 64 bits; quote it to store it as a string`, {
        fileName,
        line: leaf.line,
      });
    }
    const encrypted = compiled.shouldBeEncrypted(path, comments, isComment);
    if ((!compiled.macOnlyEncrypted || encrypted) && leaf.kind !== 'comment') hash.update(leafBytes(leaf));
    if (!encrypted) return leaf;
    const aad = `${path.join(':')}:`;
    if (leaf.kind === 'comment') {
      if (leaf.text === '') return leaf;
      const plaintext = new TextEncoder().encode(leaf.text);
      return { ...leaf, text: sealEnvelope(plaintext, 'comment', dataKey, aad, ivSource(aad, plaintext)) };
    }
    // aes.Cipher leaves empty values empty.
    if ((leaf.kind === 'str' && leaf.value === '') || (leaf.kind === 'bytes' && leaf.value.length === 0)) {
      return { kind: 'str', value: '', line: leaf.line };
    }
    return { kind: 'str', value: sealLeaf(leaf, dataKey, aad, ivSource), line: leaf.line };
  };
  const encrypted = documents.map((doc) => walkMap(doc, visit));
  return { documents: encrypted, mac: hash.digest('hex').toUpperCase() };
}

export function sealMac(mac: string, dataKey: Uint8Array, lastModified: string, ivSource: IvSource): string {
  const plaintext = new TextEncoder().encode(mac);
  return sealEnvelope(plaintext, 'str', dataKey, lastModified, ivSource(lastModified, plaintext));
}

/** The MAC stored in the file, or an error explaining why it cannot be read. */
export function openMac(
  stored: string,
  dataKey: Uint8Array,
  lastModified: string,
): { ok: true; mac: string } | { ok: false; reason: string } {
  const parsed = parseEnvelope(stored);
  if (!parsed.ok) return { ok: false, reason: `the stored MAC ${parsed.reason}` };
  try {
    return { ok: true, mac: openEnvelope(parsed.value, dataKey, lastModified).toString('utf8') };
  } catch {
    return { ok: false, reason: 'the stored MAC failed AES-GCM authentication (it, or lastmodified, was edited)' };
  }
}
