// The checksum validators against tokens built by the test fixtures' own, separate implementation.
import { BASE62, BASE64URL, FakeSecrets } from './__fixtures__/fake-secrets';
import { atlassianChecksumOk, bech32ChecksumOk, githubStyleChecksumOk, gitlabRoutableChecksumOk, toBase62 } from './checksums';

const f = new FakeSecrets(0xc4ec5);
const join = (...parts: string[]): string => parts.join('');
/** The same token with one character of its random part changed. */
const corrupt = (token: string, at: number): string => {
  const c = token[at] === 'A' ? 'B' : 'A';
  return token.slice(0, at) + c + token.slice(at + 1);
};

describe('GitHub and npm: base62 CRC32 of the 30 random characters', () => {
  test.each(['ghp', 'gho', 'ghu', 'ghs', 'ghr', 'npm'])('%s_ tokens', (prefix) => {
    for (let i = 0; i < 50; i++) {
      const token = f.checksummedToken(prefix);
      expect(githubStyleChecksumOk(token)).toBe(true);
      expect(githubStyleChecksumOk(corrupt(token, 10))).toBe(false);
      expect(githubStyleChecksumOk(`${token.slice(0, -1)}${token.endsWith('z') ? 'y' : 'z'}`)).toBe(false);
    }
  });

  test('random bodies almost never pass (about 1 in 2^32)', () => {
    const passing = Array.from({ length: 2000 }, () => join('ghp_', f.chars(BASE62, 36))).filter(githubStyleChecksumOk);
    expect(passing).toEqual([]);
  });

  test('other layouts are not judged: a 76-character refresh token, a longer future token', () => {
    expect(githubStyleChecksumOk(join('ghr_', f.chars(BASE62, 76)))).toBe(true);
    expect(githubStyleChecksumOk(join('ghp_', f.chars(BASE62, 80)))).toBe(true);
  });

  test('base62 pads with zeros', () => {
    expect(toBase62(0, 6)).toBe('000000');
    expect(toBase62(61, 2)).toBe('0z');
    expect(toBase62(0xffffffff, 6)).toBe('4gfFC3');
  });
});

describe('Atlassian and Bitbucket: hex CRC32 of everything before the last 8 characters', () => {
  test.each([
    ['ATATT3', () => f.atlassianToken('ATATT3xFfGF0', 171)],
    ['ATCTT3', () => f.atlassianToken('ATCTT3xFfGN0', 171)],
    ['ATBB', () => f.bitbucketAppPassword()],
  ])('%s', (_prefix, make) => {
    for (let i = 0; i < 50; i++) {
      const token = make();
      expect(atlassianChecksumOk(token)).toBe(true);
      expect(atlassianChecksumOk(token.replace(/.{8}$/, (t) => t.toLowerCase()))).toBe(true);
      expect(atlassianChecksumOk(corrupt(token, 14))).toBe(false);
    }
  });

  test('a tail that is not hex fails', () => {
    expect(atlassianChecksumOk(join('ATBB', f.chars(BASE62, 24), 'GHIJKLMN'))).toBe(false);
  });
});

describe('GitLab routable tokens: base36 CRC32 of everything before the last 7 characters', () => {
  test.each([
    ['versioned', true],
    ['first layout, no version', false],
  ])('%s', (_what, versioned) => {
    for (let i = 0; i < 50; i++) {
      const token = f.gitlabRoutableToken('glpat-', versioned);
      expect(gitlabRoutableChecksumOk(token)).toBe(true);
      expect(gitlabRoutableChecksumOk(corrupt(token, 10))).toBe(false);
    }
  });

  test('legacy tokens (no dot) are not judged; an upper-case tail fails', () => {
    expect(gitlabRoutableChecksumOk(join('glpat-', f.chars(BASE64URL, 20)))).toBe(true);
    const token = f.gitlabRoutableToken('glrt-t2_', true);
    expect(gitlabRoutableChecksumOk(`${token.slice(0, -7)}ZZZZZZZ`)).toBe(false);
  });
});

describe('bech32 (age identities)', () => {
  test.each([
    ['classic', false],
    ['post-quantum', true],
  ])('%s identities', (_what, pq) => {
    for (let i = 0; i < 50; i++) {
      const id = f.ageIdentity(pq);
      expect(bech32ChecksumOk(id)).toBe(true);
      expect(bech32ChecksumOk(id.toLowerCase())).toBe(true);
      const at = id.length - 20;
      const swapped = id.slice(0, at) + (id[at] === 'Q' ? 'P' : 'Q') + id.slice(at + 1);
      expect(bech32ChecksumOk(swapped)).toBe(false);
    }
  });

  test('mixed case and characters outside the alphabet fail', () => {
    const id = f.ageIdentity(false);
    expect(bech32ChecksumOk(id.slice(0, 20) + id.slice(20).toLowerCase())).toBe(false);
    expect(bech32ChecksumOk(`${id.slice(0, -1)}B`)).toBe(false);
  });
});
