// SHA-256 verification of a downloaded archive against the release's checksums file.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';

export class ChecksumMismatchError extends Error {
  constructor(
    readonly file: string,
    readonly expected: string,
    readonly actual: string,
  ) {
    super(`${file}: SHA-256 mismatch (expected ${expected}, got ${actual}); the download is corrupt or was tampered with, nothing was installed`);
    this.name = 'ChecksumMismatchError';
  }
}

/** The expected hash of `fileName` in a `sha256sum`-style listing (`<hex>  <name>` per line). */
export function expectedChecksum(checksumsText: string, fileName: string, checksumsName: string): string {
  for (const line of checksumsText.split(/\r?\n/)) {
    const m = /^([0-9a-fA-F]{64})\s+\*?(\S+)\s*$/.exec(line.trim());
    if (m !== null && m[2] === fileName) return (m[1] as string).toLowerCase();
  }
  throw new Error(`${checksumsName} lists no SHA-256 for ${fileName}; check the gitleaks version and platform`);
}

export async function sha256OfFile(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** Throws ChecksumMismatchError (named after `displayName`) unless the file hashes to `expected`. */
export async function verifyChecksum(path: string, expected: string, displayName: string): Promise<void> {
  const actual = await sha256OfFile(path);
  if (actual !== expected) throw new ChecksumMismatchError(displayName, expected, actual);
}
