// inspectSops needs no key: a compliance checker sees the metadata and the state of every value.
import { encryptSops, generateAgeIdentity, inspectSops, SopsError } from './index';

const FILE = 'config/secrets.enc.yaml';

async function encrypted(plaintext: string, rules?: Parameters<typeof encryptSops>[1]['rules']): Promise<string> {
  const { recipient } = await generateAgeIdentity();
  return (await encryptSops({ plaintext }, { fileName: FILE, recipients: [recipient], rules, now: new Date('2026-03-04T05:06:07Z') })).text;
}

describe('inspectSops', () => {
  test('reports metadata and every leaf with key path, line and state, never a value', async () => {
    const text = await encrypted('# note\ndb:\n    password: hunter2\n    empty: ""\n    port: 5432\nurl_unencrypted: https://x.test\n');
    const report = inspectSops(text, { fileName: FILE });
    expect(report).toMatchObject({
      format: 'yaml',
      version: '3.13.2',
      lastModified: '2026-03-04T05:06:07Z',
      macPresent: true,
      macLooksEncrypted: true,
      otherKeyTypes: [],
      keyGroupCount: 1,
      rules: { unencryptedSuffix: '_unencrypted' },
      macOnlyEncrypted: false,
    });
    expect(report.ageRecipients).toHaveLength(1);
    expect(report.leaves.map(({ keyPath, line, state, encryptedType }) => ({ keyPath, line, state, encryptedType }))).toEqual([
      { keyPath: 'db:password:', line: 3, state: 'encrypted', encryptedType: 'str' },
      { keyPath: 'db:empty:', line: 4, state: 'empty', encryptedType: undefined },
      { keyPath: 'db:port:', line: 5, state: 'encrypted', encryptedType: 'int' },
      { keyPath: 'url_unencrypted:', line: 6, state: 'plaintext-allowed', encryptedType: undefined },
    ]);
    expect(report.comments).toEqual([{ document: 0, keyPath: ':', line: 1, encrypted: true }]);
    expect(JSON.stringify(report)).not.toContain('hunter2');
  });

  test('flags plaintext where the rules want encryption, and malformed envelopes', async () => {
    const text = (await encrypted('a: secret-a\nb: secret-b\n')).replace(/^a: ENC\[[^\n]+/m, 'a: committed-in-clear').replace(/^b: (ENC\[[^\n]{20})[^\n]+/m, 'b: $1');
    const report = inspectSops(text, { fileName: FILE });
    expect(report.leaves.map((l) => [l.keyPath, l.line, l.state])).toEqual([
      ['a:', 1, 'plaintext-unexpected'],
      ['b:', 2, 'malformed'],
    ]);
  });

  test('honours encrypted_regex and reports a missing MAC', async () => {
    const text = (await encrypted('kind: Secret\ndata:\n    token: t\n', { encryptedRegex: '^data$' })).replace(/\n {4}mac: [^\n]+/, '');
    const report = inspectSops(text, { fileName: FILE });
    expect(report.macPresent).toBe(false);
    expect(report.rules).toEqual({ encryptedRegex: '^data$' });
    expect(report.leaves.map((l) => [l.keyPath, l.state])).toEqual([
      ['kind:', 'plaintext-allowed'],
      ['data:token:', 'encrypted'],
    ]);
  });

  test('a plain file is not-sops', () => {
    expect(() => inspectSops('a: b\n', { fileName: 'plain.yaml' })).toThrow(SopsError);
    expect(() => inspectSops('a: b\n', { fileName: 'plain.yaml' })).toThrow(/no sops metadata/);
  });
});
