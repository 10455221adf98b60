// Every way a file can be wrong gives a SopsError of the right kind, naming the file and line.
import { withAliasBomb, withDeepNesting } from '../../../test/hostile/yaml-inputs';
import { decryptSops, encryptSops, generateAgeIdentity, SopsError, type GeneratedAgeIdentity, type SopsErrorKind } from './index';

let alice: GeneratedAgeIdentity;
let encrypted: string;
const FILE = 'config/secrets.enc.yaml';

beforeAll(async () => {
  alice = await generateAgeIdentity();
  ({ text: encrypted } = await encryptSops(
    { plaintext: 'db:\n    password: hunter2\n    user: admin\nport_unencrypted: 5432\n' },
    { fileName: FILE, recipients: [alice.recipient] },
  ));
});

async function failure(text: string, identities = alice.identity, fileName = FILE): Promise<SopsError> {
  const error = await decryptSops(text, { fileName, identities }).catch((e: unknown) => e);
  if (!(error instanceof SopsError)) throw new Error(`expected a SopsError, got ${String(error)}`);
  return error;
}

function lineOf(text: string, needle: string): number {
  return text.split('\n').findIndex((l) => l.includes(needle)) + 1;
}

function replaceEnvelopePart(text: string, key: string, edit: (envelope: string) => string): string {
  return text.replace(new RegExp(`(${key}: )(ENC\\[[^\\]]+\\])`), (_m, prefix: string, env: string) => prefix + edit(env));
}

describe('decryptSops refuses tampered or malformed files', () => {
  test('the untouched file decrypts', async () => {
    await expect(decryptSops(encrypted, { fileName: FILE, identities: alice.identity })).resolves.toMatchObject({
      data: { db: { password: 'hunter2', user: 'admin' }, port_unencrypted: 5432 },
    });
  });

  const cases: [string, (t: string) => string, SopsErrorKind, RegExp][] = [
    ['an edited unencrypted value', (t) => t.replace('port_unencrypted: 5432', 'port_unencrypted: 5433'), 'mac-mismatch', /MAC mismatch: the file was changed outside sops/],
    ['a deleted entry', (t) => t.replace(/\n {4}user: ENC\[[^\n]+/, ''), 'mac-mismatch', /MAC mismatch/],
    ['an added entry', (t) => t.replace('port_unencrypted: 5432', 'port_unencrypted: 5432\nextra_unencrypted: x'), 'mac-mismatch', /MAC mismatch/],
    ['a deleted mac', (t) => t.replace(/\n {4}mac: [^\n]+/, ''), 'mac-mismatch', /has no MAC/],
    ['an edited lastmodified', (t) => t.replace(/lastmodified: "\d{4}/, 'lastmodified: "1999'), 'mac-mismatch', /MAC mismatch: the stored MAC failed/],
    ['values swapped between keys', (t) => {
      const pw = /password: (ENC\[[^\]]+\])/.exec(t)?.[1] ?? '';
      const user = /user: (ENC\[[^\]]+\])/.exec(t)?.[1] ?? '';
      return t.replace(pw, 'PW').replace(user, pw).replace('PW', user);
    }, 'decrypt', /"db:password:" failed AES-GCM authentication/],
    ['a flipped ciphertext bit', (t) => replaceEnvelopePart(t, 'password', (e) => e.replace(/data:(.)/, (_m, c: string) => `data:${c === 'A' ? 'B' : 'A'}`)), 'decrypt', /changed outside sops/],
    ['a truncated ENC value', (t) => replaceEnvelopePart(t, 'password', (e) => e.slice(0, 30)), 'parse', /"db:password:" is a truncated or malformed ENC/],
    ['another cipher', (t) => replaceEnvelopePart(t, 'password', (e) => e.replace('AES256_GCM', 'AES256_CBC')), 'unsupported', /other than AES256_GCM/],
    ['an unknown value type', (t) => replaceEnvelopePart(t, 'password', (e) => e.replace('type:str', 'type:matrix')), 'unsupported', /unknown value type "matrix"/],
    ['a plaintext value where encryption is required', (t) => replaceEnvelopePart(t, 'password', () => 'plain-secret'), 'parse', /"db:password:" is not an ENC/],
    ['two path rules in the metadata', (t) => t.replace('unencrypted_suffix: _unencrypted', 'unencrypted_suffix: _unencrypted\n    encrypted_regex: ^x$'), 'parse', /only one of/],
    ['invalid YAML', (t) => `${t}\n  : : [`, 'parse', /invalid YAML/],
    ['an alias bomb before the values (refused, never expanded)', (t) => withAliasBomb(t), 'parse', /^config\/secrets\.enc\.yaml:\d: YAML refused: alias \*a\d expands the document past/],
    ['5,000 nested lists (refused before the parser recurses)', (t) => withDeepNesting(t), 'parse', /^config\/secrets\.enc\.yaml:1: YAML refused: collections nested deeper than 128 levels/],
    ['no sops metadata', () => 'db:\n    password: hunter2\n', 'not-sops', /no sops metadata found/],
    ['Shamir key groups', (t) => t.replace(/ {4}age:\n/, '    key_groups:\n        - age: []\n        - age: []\n    age_unused:\n'), 'unsupported', /key groups/],
  ];

  test.each(cases)('%s', async (_name, tamper, kind, message) => {
    const error = await failure(tamper(encrypted));
    expect(error.kind).toBe(kind);
    expect(error.message).toMatch(message);
    expect(error.message.startsWith(FILE)).toBe(true);
    expect(error.message).not.toContain('hunter2');
  });

  test('value errors name the line of the value', async () => {
    const tampered = replaceEnvelopePart(encrypted, 'password', (e) => e.slice(0, 30));
    const error = await failure(tampered);
    expect(error.line).toBe(lineOf(tampered, 'password:'));
    expect(error.keyPath).toBe('db:password:');
    expect(error.message).toContain(`${FILE}:${error.line}:`);
  });

  test('a file encrypted for someone else names the recipients it expects', async () => {
    const other = await generateAgeIdentity();
    const error = await failure(encrypted, other.identity);
    expect(error.kind).toBe('no-matching-identity');
    expect(error.recipients).toEqual([alice.recipient]);
    expect(error.message).toContain(alice.recipient);
  });

  test('an empty SOPS_AGE_KEY and a bad identity line are bad-identity errors', async () => {
    expect((await failure(encrypted, '# nothing here\n')).kind).toBe('bad-identity');
    expect((await failure(encrypted, `${alice.identity}\nAGE-SECRET-KEY-1NOTVALID`)).kind).toBe('bad-identity');
  });

  test('a binary file that is not sops JSON is not-sops', async () => {
    expect((await failure('just some text', alice.identity, 'notes.txt')).kind).toBe('not-sops');
  });

  test('a file encrypted only for pgp says so', async () => {
    const pgpOnly = encrypted.replace(/ {4}age:\n(?: {8}.*\n| {12}.*\n| {14}.*\n)+/, '    pgp:\n        - fp: ABCDEF\n          created_at: "2020-01-01T00:00:00Z"\n          enc: x\n');
    const error = await failure(pgpOnly);
    expect(error.kind).toBe('no-matching-identity');
    expect(error.message).toMatch(/encrypted for pgp only/);
  });
});
