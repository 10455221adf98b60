// sops' aes.Cipher: AES-256-GCM with a 32-byte nonce, the key path as authenticated data, and the
// value's Go type recorded in the envelope.
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { goParseBool, goParseFloat, goParseInt, leafBytes } from './go-values';
import type { SopsScalarNode } from './tree';

export type EncryptedType = 'str' | 'int' | 'int64' | 'float' | 'bool' | 'bytes' | 'comment';

export interface EncryptedValue {
  data: Buffer;
  iv: Buffer;
  tag: Buffer;
  type: string;
}

const ENVELOPE = /^ENC\[AES256_GCM,data:(.+),iv:(.+),tag:(.+),type:(.+)\]/;
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** Why a string is not a usable sops envelope, or the parsed envelope. */
export type EnvelopeParse = { ok: true; value: EncryptedValue } | { ok: false; reason: string; unsupported: boolean };

export function parseEnvelope(text: string): EnvelopeParse {
  if (/^ENC\[(?!AES256_GCM,)[A-Z0-9_]+,/.test(text)) {
    return { ok: false, reason: 'uses a cipher other than AES256_GCM', unsupported: true };
  }
  const m = ENVELOPE.exec(text);
  if (m === null) {
    const reason = text.startsWith('ENC[') ? 'is a truncated or malformed ENC[...] value' : 'is not an ENC[...] value';
    return { ok: false, reason, unsupported: false };
  }
  const [, data, iv, tag, type] = m;
  if (![data, iv, tag].every((part) => BASE64.test(part))) {
    return { ok: false, reason: 'has invalid base64 in its ENC[...] envelope', unsupported: false };
  }
  const value = {
    data: Buffer.from(data, 'base64'),
    iv: Buffer.from(iv, 'base64'),
    tag: Buffer.from(tag, 'base64'),
    type,
  };
  if (value.iv.length === 0 || value.tag.length !== 16) {
    return { ok: false, reason: 'has an ENC[...] envelope with a bad iv or tag length', unsupported: false };
  }
  return { ok: true, value };
}

export function isWellFormedEnvelope(text: string): boolean {
  const parsed = parseEnvelope(text);
  return parsed.ok && ['str', 'int', 'int64', 'float', 'bool', 'bytes', 'comment'].includes(parsed.value.type);
}

/** Opens the envelope; throws the node:crypto error on authentication failure. */
export function openEnvelope(value: EncryptedValue, key: Uint8Array, aad: string): Buffer {
  const decipher = createDecipheriv('aes-256-gcm', key, value.iv, { authTagLength: 16 });
  decipher.setAAD(Buffer.from(aad, 'utf8'));
  decipher.setAuthTag(value.tag);
  return Buffer.concat([decipher.update(value.data), decipher.final()]);
}

/** The typed leaf an opened envelope stands for, or an error reason (never containing the plaintext). */
export function leafFromPlaintext(
  type: string,
  plaintext: Buffer,
): { ok: true; node: SopsScalarNode | { kind: 'comment'; text: string } } | { ok: false; reason: string } {
  const text = plaintext.toString('utf8');
  switch (type) {
    case 'str':
      return { ok: true, node: { kind: 'str', value: text } };
    case 'comment':
      return { ok: true, node: { kind: 'comment', text } };
    case 'bytes':
      return { ok: true, node: { kind: 'bytes', value: new Uint8Array(plaintext) } };
    case 'int':
    case 'int64': {
      const value = goParseInt(text);
      return value === undefined ? { ok: false, reason: 'type:int value is not an integer' } : { ok: true, node: { kind: 'int', value } };
    }
    case 'float': {
      const value = goParseFloat(text);
      return value === undefined ? { ok: false, reason: 'type:float value is not a number' } : { ok: true, node: { kind: 'float', value } };
    }
    case 'bool': {
      const value = goParseBool(text);
      return value === undefined ? { ok: false, reason: 'type:bool value is not a boolean' } : { ok: true, node: { kind: 'bool', value } };
    }
    default:
      return { ok: false, reason: `unknown value type "${type}"` };
  }
}

/** Chooses the 32-byte nonce for a value; injectable so tests can reproduce sops' output exactly. */
export type IvSource = (aad: string, plaintext: Uint8Array) => Uint8Array;

export const randomIv: IvSource = () => randomBytes(32);

export function sealEnvelope(plaintext: Uint8Array, type: EncryptedType, key: Uint8Array, aad: string, iv: Uint8Array): string {
  const cipher = createCipheriv('aes-256-gcm', key, iv, { authTagLength: 16 });
  cipher.setAAD(Buffer.from(aad, 'utf8'));
  const data = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  const tag = cipher.getAuthTag();
  return `ENC[AES256_GCM,data:${data.toString('base64')},iv:${Buffer.from(iv).toString('base64')},tag:${tag.toString('base64')},type:${type}]`;
}

/** aes.Cipher.Encrypt for a leaf; bytes are encrypted as str, as sops' tree walk converts them first. */
export function sealLeaf(node: SopsScalarNode, key: Uint8Array, aad: string, ivSource: IvSource): string {
  const plaintext = leafBytes(node);
  const type: EncryptedType = node.kind === 'bytes' || node.kind === 'null' ? 'str' : node.kind;
  return sealEnvelope(plaintext, type, key, aad, ivSource(aad, plaintext));
}
