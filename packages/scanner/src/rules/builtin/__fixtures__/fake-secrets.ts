// Deterministic fake credentials for the rule tests. They are assembled at run time from a
// seeded generator, so the repository holds no token-shaped literal (push protection, and our
// own audit of this repository, stay quiet) while every value is high-entropy and well formed.

export const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
export const HEX = '0123456789abcdef';
export const BASE64 = `${BASE62}+/`;
export const BASE64URL = `${BASE62}-_`;
export const BASE32_UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
export const BASE36 = '0123456789abcdefghijklmnopqrstuvwxyz';
export const DIGITS = '0123456789';
const BECH32 = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(text: string): number {
  let c = 0xffffffff;
  for (const byte of Buffer.from(text, 'utf8')) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function base62(n: number, width: number): string {
  let out = '';
  for (let v = n; v > 0; v = Math.floor(v / 62)) out = BASE62[v % 62] + out;
  return out.padStart(width, '0');
}

function bech32Polymod(values: number[]): number {
  const gen = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3];
  let chk = 1;
  for (const v of values) {
    const top = chk >>> 25;
    chk = ((chk & 0x1ffffff) << 5) ^ v;
    for (let i = 0; i < 5; i++) if ((top >>> i) & 1) chk ^= gen[i]!;
  }
  return chk >>> 0;
}

/** bech32 (BIP 173) of `bytes` with human-readable part `hrp`, as age writes identities. */
function bech32(hrp: string, bytes: Uint8Array): string {
  const words: number[] = [];
  let acc = 0;
  let bits = 0;
  for (const b of bytes) {
    acc = (acc << 8) | b;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      words.push((acc >>> bits) & 31);
    }
  }
  if (bits > 0) words.push((acc << (5 - bits)) & 31);
  const h = hrp.toLowerCase();
  const expanded = [...[...h].map((c) => c.charCodeAt(0) >> 5), 0, ...[...h].map((c) => c.charCodeAt(0) & 31)];
  const mod = bech32Polymod([...expanded, ...words, 0, 0, 0, 0, 0, 0]) ^ 1;
  const checksum = Array.from({ length: 6 }, (_, i) => (mod >>> (5 * (5 - i))) & 31);
  return `${h}1${[...words, ...checksum].map((w) => BECH32[w]).join('')}`;
}

/** Seeded generator (mulberry32): the same seed always yields the same fake secrets. */
export class FakeSecrets {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  private next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  chars(alphabet: string, length: number): string {
    let out = '';
    for (let i = 0; i < length; i++) out += alphabet[Math.floor(this.next() * alphabet.length)];
    return out;
  }

  bytes(length: number): Uint8Array {
    return Uint8Array.from({ length }, () => Math.floor(this.next() * 256));
  }

  /** A prefixed base62 token with GitHub's/npm's trailing CRC32 (30 random + 6 checksum characters). */
  checksummedToken(prefix: string): string {
    const random = this.chars(BASE62, 30);
    return `${prefix}_${random}${base62(crc32(random), 6)}`;
  }

  /**
   * An Atlassian API token (`ATATT3xFfGF0`) or Bitbucket access token (`ATCTT3xFfGN0`): `head`, a
   * base64url body, `=`, then the CRC32 of all that in upper-case hex.
   */
  atlassianToken(head: string, bodyLength: number): string {
    const text = `${head}${this.chars(`${BASE62}-_`, bodyLength)}=`;
    return `${text}${crc32(text).toString(16).toUpperCase().padStart(8, '0')}`;
  }

  /** A Bitbucket app password: ATBB, 24 base62 characters, the CRC32 of those 28 in upper-case hex. */
  bitbucketAppPassword(): string {
    const text = `ATBB${this.chars(BASE62, 24)}`;
    return `${text}${crc32(text).toString(16).toUpperCase().padStart(8, '0')}`;
  }

  /**
   * A GitLab routable token: `prefix`, a base64url payload, `.`, the version `01` and `.` (when
   * `versioned`), the payload length in base36 (2), then the CRC32 of all that in base36 (7).
   */
  gitlabRoutableToken(prefix: string, versioned: boolean, payloadLength = 38): string {
    const text = `${prefix}${this.chars(`${BASE62}-_`, payloadLength)}.${versioned ? '01.' : ''}${payloadLength.toString(36).padStart(2, '0')}`;
    return `${text}${crc32(text).toString(36).padStart(7, '0')}`;
  }

  /** An age identity with a valid bech32 checksum (`AGE-SECRET-KEY-1...` or `AGE-SECRET-KEY-PQ-1...`). */
  ageIdentity(postQuantum: boolean): string {
    const hrp = ['AGE', 'SECRET', 'KEY', ...(postQuantum ? ['PQ'] : []), ''].join('-');
    return bech32(hrp, this.bytes(32)).toUpperCase();
  }

  /** A base64 PEM body wrapped at 64 columns. */
  pemBody(bytes: number): string[] {
    const b64 = Buffer.from(this.bytes(bytes)).toString('base64');
    return b64.match(/.{1,64}/g) ?? [];
  }

  /** A signed-looking JWT: real JSON header and payload, random 256-bit signature. */
  jwt(header: Record<string, string>): string {
    const part = (value: object): string => Buffer.from(JSON.stringify(value)).toString('base64url');
    const payload = { sub: `user-${this.chars(DIGITS, 6)}`, iat: 1_700_000_000, scope: 'deploy' };
    return `${part(header)}.${part(payload)}.${Buffer.from(this.bytes(32)).toString('base64url')}`;
  }
}
