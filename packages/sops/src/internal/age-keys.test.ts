import { generateAgeIdentity, parseAgeIdentities, unwrapDataKey } from './age-keys';
import { SopsError } from './sops-error';

describe('age identities from SOPS_AGE_KEY', () => {
  test('several identities, comments and blank lines; line numbers kept', async () => {
    const a = await generateAgeIdentity();
    const b = await generateAgeIdentity();
    const parsed = parseAgeIdentities(`# created: today\n# public key: ${a.recipient}\n${a.identity}\n\n  ${b.identity}  \r\n`);
    expect(parsed.map((i) => i.line)).toEqual([3, 5]);
    expect(parsed[1].secretKey).toBe(b.identity);
  });

  test('a bad line is named by number, never echoed', () => {
    const secretLooking = 'not-a-key-but-maybe-a-password';
    let caught: unknown;
    try {
      parseAgeIdentities(`# ok\n${secretLooking}`);
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(SopsError);
    expect((caught as SopsError).kind).toBe('bad-identity');
    expect((caught as SopsError).message).toContain('line 2');
    expect((caught as SopsError).message).not.toContain(secretLooking);
  });

  test('a public key given instead of a secret key gets a hint', () => {
    expect(() => parseAgeIdentities('age1yt3tfqlfrwdwx0z0ynwplcr6qxcxfaqycuprpmy89nr83ltx74tqdpszlw')).toThrow(/public key/);
  });

  test('a corrupted identity (bad checksum) is a bad-identity error', async () => {
    const { identity } = await generateAgeIdentity();
    const corrupted = identity.slice(0, -1) + (identity.endsWith('Q') ? 'P' : 'Q');
    const parsed = parseAgeIdentities(`# first\n${corrupted}`);
    const error = await unwrapDataKey([], parsed, 'f.yaml').catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'bad-identity', line: undefined });
    expect(String(error)).toContain('line 2');
    expect(String(error)).not.toContain(corrupted.slice(20));
  });

  test('post-quantum identities are generated with their age1pq1 recipient', async () => {
    const pq = await generateAgeIdentity({ postQuantum: true });
    expect(pq.identity.startsWith('AGE-SECRET-KEY-PQ-1')).toBe(true);
    expect(pq.recipient.startsWith('age1pq1')).toBe(true);
    expect(parseAgeIdentities(pq.identity)).toHaveLength(1);
  });
});
