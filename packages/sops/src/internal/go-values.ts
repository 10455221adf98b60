// sops is written in Go; the bytes it authenticates come from Go's strconv. These helpers reproduce
// exactly those encodings so our MACs and ciphertexts match sops' byte for byte.
import type { SopsScalarNode } from './tree';

/** strconv.FormatFloat(v, 'f', -1, 64): shortest round-trip digits, never an exponent. */
export function goFormatFloat(v: number): string {
  if (Number.isNaN(v)) return 'NaN';
  if (v === Infinity) return '+Inf';
  if (v === -Infinity) return '-Inf';
  if (Object.is(v, -0)) return '-0';
  const text = String(v);
  const match = /^(-?)(\d+)(?:\.(\d+))?e([+-]\d+)$/.exec(text);
  if (match === null) return text;
  const [, sign, whole, fraction = '', exponentText] = match;
  const digits = whole + fraction;
  const point = whole.length + Number(exponentText);
  if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`;
  if (point >= digits.length) return `${sign}${digits}${'0'.repeat(point - digits.length)}`;
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}

/** strconv.Atoi: optional sign, decimal digits only. */
export function goParseInt(text: string): bigint | undefined {
  return /^[+-]?\d+$/.test(text) ? BigInt(text) : undefined;
}

/** strconv.ParseFloat for the forms sops writes (decimal, exponent, Inf, NaN). */
export function goParseFloat(text: string): number | undefined {
  if (/^[+-]?(inf|infinity)$/i.test(text)) return text.startsWith('-') ? -Infinity : Infinity;
  if (/^nan$/i.test(text)) return NaN;
  if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(text)) return undefined;
  return Number(text);
}

/** strconv.ParseBool. */
export function goParseBool(text: string): boolean | undefined {
  if (['1', 't', 'T', 'TRUE', 'true', 'True'].includes(text)) return true;
  if (['0', 'f', 'F', 'FALSE', 'false', 'False'].includes(text)) return false;
  return undefined;
}

const utf8 = new TextEncoder();

/** sops.ToBytes: what the MAC hashes (and what aes.Cipher encrypts) for a leaf. */
export function leafBytes(node: SopsScalarNode): Uint8Array {
  switch (node.kind) {
    case 'str':
      return utf8.encode(node.value);
    case 'int':
      return utf8.encode(node.value.toString());
    case 'float':
      return utf8.encode(goFormatFloat(node.value));
    case 'bool':
      return utf8.encode(node.value ? 'True' : 'False');
    case 'bytes':
      return node.value;
    case 'null':
      return new Uint8Array(0);
  }
}
