// Checks a regex cannot make: the checksums providers build into their tokens, from their public
// format descriptions. A built-in rule's `validate` runs one on the secret after its regex; a
// rejected secret is not reported (counted in stats.suppressed.checksum) and catch-all rules leave it
// alone. Each returns true for a layout it does not know (a longer or legacy form of the kind), so a
// check never costs a real token of a form its provider documents elsewhere.
import { crc32 } from 'node:zlib';

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const BECH32 = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';

/** CRC-32 (zlib, IEEE) of the UTF-8 bytes of `text`. */
function crcOf(text: string): number {
  return crc32(Buffer.from(text, 'utf8'));
}

/** `n` in base62 (0-9, A-Z, a-z), left-padded with zeros to `width`. */
export function toBase62(n: number, width: number): string {
  let out = '';
  for (let v = n; v > 0; v = Math.floor(v / 62)) out = BASE62[v % 62] + out;
  return out.padStart(width, '0');
}

/**
 * GitHub's prefixed tokens (ghp_, gho_, ghu_, ghs_, ghr_; github.blog, "Behind GitHub's new
 * authentication token formats", 2021) and npm's (npm_, GitHub's format since 2021): after the
 * prefix, 30 random base62 characters and the CRC32 of those 30 in base62, 6 characters.
 * Bodies of another length (a 76-character ghr_, a longer future token) are not judged.
 */
export function githubStyleChecksumOk(token: string): boolean {
  const body = token.slice(token.indexOf('_') + 1);
  if (!/^[A-Za-z0-9]{36}$/.test(body)) return true;
  return toBase62(crcOf(body.slice(0, 30)), 6) === body.slice(30);
}

/**
 * Atlassian API tokens (ATATT3...), Bitbucket access tokens (ATCTT3...) and app passwords (ATBB...):
 * the last 8 characters are the CRC32, in hex, of everything before them, prefix included.
 */
export function atlassianChecksumOk(token: string): boolean {
  const tail = token.slice(-8);
  if (!/^[0-9A-Fa-f]{8}$/.test(tail)) return false;
  return crcOf(token.slice(0, -8)).toString(16).padStart(8, '0') === tail.toLowerCase();
}

/**
 * GitLab's routable tokens (17.x+; GitLab's "Routable tokens" design document): the prefix, a
 * base64url payload, `.`, a 2-character version and `.` (absent in the first layout), the payload
 * length in base36 (2), then the CRC32 in base36 (7, zero-padded) of everything before it, prefix
 * included. A legacy token (no `.`) is not judged.
 */
export function gitlabRoutableChecksumOk(token: string): boolean {
  if (!token.includes('.')) return true;
  const tail = token.slice(-7);
  if (!/^[0-9a-z]{7}$/.test(tail)) return false;
  return crcOf(token.slice(0, -7)).toString(36).padStart(7, '0') === tail;
}

function bech32Polymod(values: readonly number[]): number {
  const gen = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3];
  let chk = 1;
  for (const v of values) {
    const top = chk >>> 25;
    chk = (((chk & 0x1ffffff) << 5) ^ v) >>> 0;
    for (let i = 0; i < 5; i++) if ((top >>> i) & 1) chk = (chk ^ (gen[i] as number)) >>> 0;
  }
  return chk;
}

/**
 * A bech32 string (BIP 173; bech32m's constant accepted too): the human-readable part before the
 * last `1`, then data characters whose checksum covers both. age writes its identities so
 * (AGE-SECRET-KEY-1..., in upper case). Mixed case is invalid.
 */
export function bech32ChecksumOk(text: string): boolean {
  if (text !== text.toLowerCase() && text !== text.toUpperCase()) return false;
  const s = text.toLowerCase();
  const sep = s.lastIndexOf('1');
  if (sep < 1 || s.length - sep - 1 < 6) return false;
  const hrp = s.slice(0, sep);
  const data: number[] = [];
  for (const c of s.slice(sep + 1)) {
    const v = BECH32.indexOf(c);
    if (v < 0) return false;
    data.push(v);
  }
  const expanded = [...[...hrp].map((c) => c.charCodeAt(0) >> 5), 0, ...[...hrp].map((c) => c.charCodeAt(0) & 31)];
  const mod = bech32Polymod([...expanded, ...data]);
  return mod === 1 || mod === 0x2bc830a3;
}
