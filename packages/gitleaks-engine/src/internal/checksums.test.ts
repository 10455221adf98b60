import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ChecksumMismatchError, expectedChecksum, sha256OfFile, verifyChecksum } from './checksums';

const A = 'a'.repeat(64);
const B = 'B'.repeat(64);
const LISTING = `${A}  gitleaks_8.30.1_darwin_arm64.tar.gz\r\n${B}  gitleaks_8.30.1_linux_x64.tar.gz\n\n`;

describe('expectedChecksum', () => {
  test('finds the file in a sha256sum listing (CRLF tolerated), lower-cased', () => {
    expect(expectedChecksum(LISTING, 'gitleaks_8.30.1_linux_x64.tar.gz', 'sums.txt')).toBe('b'.repeat(64));
    expect(expectedChecksum(`${A} *x.tar.gz`, 'x.tar.gz', 'sums.txt')).toBe(A);
  });

  test('a file the listing lacks is an error naming both', () => {
    expect(() => expectedChecksum(LISTING, 'gitleaks_8.30.1_linux_arm64.tar.gz', 'gitleaks_8.30.1_checksums.txt')).toThrow(
      'gitleaks_8.30.1_checksums.txt lists no SHA-256 for gitleaks_8.30.1_linux_arm64.tar.gz',
    );
  });
});

describe('verifyChecksum', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'checksums-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  test('sha256 of a file', async () => {
    const file = join(dir, 'f');
    writeFileSync(file, 'abc');
    expect(await sha256OfFile(file)).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    await expect(verifyChecksum(file, 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad', 'f.tar.gz')).resolves.toBeUndefined();
  });

  test('a mismatch names the file, the expected and the actual hash', async () => {
    const file = join(dir, 'f');
    writeFileSync(file, 'abc');
    const error = await verifyChecksum(file, A, 'f.tar.gz').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ChecksumMismatchError);
    expect((error as Error).message).toBe(
      `f.tar.gz: SHA-256 mismatch (expected ${A}, got ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad); the download is corrupt or was tampered with, nothing was installed`,
    );
  });
});
