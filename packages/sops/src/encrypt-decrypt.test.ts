// Self-contained round trips: every format, the encryption rules and several recipients, with age
// identities generated at test time (nothing secret is stored in the repository).
import { decryptSops, encryptSops, generateAgeIdentity, inspectSops, toPlain, type GeneratedAgeIdentity, type SopsMapNode } from './index';
import { walkMap } from './internal/tree-walk';

let alice: GeneratedAgeIdentity;
let bob: GeneratedAgeIdentity;
let carol: GeneratedAgeIdentity;

beforeAll(async () => {
  [alice, bob, carol] = await Promise.all([generateAgeIdentity(), generateAgeIdentity(), generateAgeIdentity()]);
});

function commentsOf(tree: readonly SopsMapNode[]): { keyPath: string; text: string }[] {
  const out: { keyPath: string; text: string }[] = [];
  for (const doc of tree) {
    walkMap(doc, (leaf, path) => {
      if (leaf.kind === 'comment') out.push({ keyPath: `${path.join(':')}:`, text: leaf.text });
      return leaf;
    });
  }
  return out;
}

async function roundTrip(fileName: string, plaintext: string, extra: Partial<Parameters<typeof encryptSops>[1]> = {}) {
  const { text } = await encryptSops({ plaintext }, { fileName, recipients: [alice.recipient], ...extra });
  const result = await decryptSops(text, { fileName, identities: alice.identity });
  return { text, result };
}

const YAML_PLAIN = `# top comment
database:
    # the primary
    host: db.internal
    port: 5432
    ratio: 0.5
    whole: 3.0
    enabled: true
    replicas:
        # first replica
        - r1
        - r2
    nothing: null
"2024": numeric-looking key
api_unencrypted: visible
---
second: document
`;

describe('encryptSops → decryptSops', () => {
  test('YAML: comments, several documents, typed values, numeric-looking keys, _unencrypted', async () => {
    const { text, result } = await roundTrip('secrets.enc.yaml', YAML_PLAIN);
    expect(text).not.toContain('db.internal');
    expect(text).toContain('api_unencrypted: visible');
    expect(text).toMatch(/port: ENC\[AES256_GCM,data:[^,]+,iv:[^,]+,tag:[^,]+,type:int\]/);
    expect(text).toMatch(/whole: ENC\[[^\]]+type:float\]/);
    expect(text).toMatch(/enabled: ENC\[[^\]]+type:bool\]/);
    expect(result.documents).toEqual([
      {
        '2024': 'numeric-looking key',
        database: { host: 'db.internal', port: 5432, ratio: 0.5, whole: 3, enabled: true, replicas: ['r1', 'r2'], nothing: null },
        api_unencrypted: 'visible',
      },
      { second: 'document' },
    ]);
    expect(Object.keys(toPlain(result.tree[0]) as object)).toContain('2024');
    expect(result.tree[0].items.filter((i) => i.kind === 'entry').map((i) => (i.kind === 'entry' ? i.key : ''))).toEqual([
      'database',
      '2024',
      'api_unencrypted',
    ]);
    expect(commentsOf(result.tree)).toEqual([
      { keyPath: ':', text: ' top comment' },
      { keyPath: 'database:', text: ' the primary' },
      { keyPath: 'database:replicas:', text: ' first replica' },
    ]);
    expect(result.metadata.rules).toEqual({ unencryptedSuffix: '_unencrypted' });
    expect(result.matchedRecipient).toBe(alice.recipient);
  });

  test('JSON: ints (beyond 2^53 kept exact as bigint), floats, booleans, null, lists of objects', async () => {
    const { text, result } = await roundTrip(
      'app.json',
      '{"name": "svc", "port": 8080, "big": 9007199254740993, "ratio": 0.25, "on": false, "none": null, "list": [1, {"k": "v"}], "empty": ""}',
    );
    expect(text.startsWith('{\n\t"name": "ENC[AES256_GCM,')).toBe(true);
    expect(result.data).toEqual({ name: 'svc', port: 8080, big: 9007199254740993n, ratio: 0.25, on: false, none: null, list: [1, { k: 'v' }], empty: '' });
  });

  test('dotenv: comments, "=" inside values, empty values, escaped newlines', async () => {
    const { text, result } = await roundTrip('.env', '# db settings\nDB_PASSWORD=p@ss=word\nEMPTY=\nMULTI=line one\\nline two\nTOKEN_unencrypted=clear\n');
    expect(text).toMatch(/^#ENC\[AES256_GCM,.*type:comment\]\nDB_PASSWORD=ENC\[/);
    expect(text).toContain('\nEMPTY=\n');
    expect(text).toContain('\nsops_version=');
    expect(result.data).toEqual({ DB_PASSWORD: 'p@ss=word', EMPTY: '', MULTI: 'line one\nline two', TOKEN_unencrypted: 'clear' });
    expect(commentsOf(result.tree)).toEqual([{ keyPath: ':', text: ' db settings' }]);
  });

  test('INI: sections, DEFAULT, section and key comments', async () => {
    const { text, result } = await roundTrip('config.ini', '; database section\n[db]\nuser = admin\n; key comment\npassword = s3cret\n\n[public]\nurl_unencrypted = https://example.test\n');
    expect(text).toContain('[db]\nuser     = ENC[');
    expect(text).toContain('[sops]\n');
    expect(result.data).toEqual({ DEFAULT: {}, db: { user: 'admin', password: 's3cret' }, public: { url_unencrypted: 'https://example.test' } });
    expect(commentsOf(result.tree)).toEqual([
      { keyPath: 'db:', text: 'database section' },
      { keyPath: 'db:', text: 'key comment' },
    ]);
  });

  test('binary: any other extension is one `data` value', async () => {
    const content = 'line one\nline two: "quoted" <tag> & more\n';
    const { text, result } = await roundTrip('notes.txt', content);
    expect(JSON.parse(text)).toHaveProperty('sops');
    expect(result.format).toBe('binary');
    expect(result.data).toEqual({ data: content });
  });

  test('plain data input, format override', async () => {
    const { text } = await encryptSops({ data: { a: { b: 'c' } } }, { fileName: 'x.dat', format: 'yaml', recipients: [alice.recipient] });
    expect(text).toMatch(/^a:\n {4}b: ENC\[/);
    const result = await decryptSops(text, { fileName: 'x.dat', format: 'yaml', identities: alice.identity });
    expect(result.data).toEqual({ a: { b: 'c' } });
  });

  test('encrypted_regex: only matching keys are encrypted, the others are still authenticated', async () => {
    const plaintext = 'apiVersion: v1\nkind: Secret\nmetadata:\n    name: app\ndata:\n    password: hunter2\n';
    const { text, result } = await roundTrip('secret.yaml', plaintext, { rules: { encryptedRegex: '^(data|stringData)$' } });
    expect(text).toContain('name: app');
    expect(text).toContain('encrypted_regex: ^(data|stringData)$');
    expect(text).not.toContain('unencrypted_suffix');
    expect(result.data).toEqual({ apiVersion: 'v1', kind: 'Secret', metadata: { name: 'app' }, data: { password: 'hunter2' } });
    await expect(decryptSops(text.replace('name: app', 'name: evil'), { fileName: 'secret.yaml', identities: alice.identity })).rejects.toMatchObject({
      kind: 'mac-mismatch',
    });
  });

  test('unencrypted_regex and encrypted_suffix select what stays clear', async () => {
    const a = await roundTrip('a.yaml', 'public_url: x\npassword: y\n', { rules: { unencryptedRegex: '^public_' } });
    expect(a.text).toContain('public_url: x');
    expect(a.result.data).toEqual({ public_url: 'x', password: 'y' });
    const b = await roundTrip('b.yaml', 'url: x\ntoken_secret: y\n', { rules: { encryptedSuffix: '_secret' } });
    expect(b.text).toContain('url: x');
    expect(b.text).not.toContain('token_secret: y');
    expect(b.result.data).toEqual({ url: 'x', token_secret: 'y' });
  });

  test('mac_only_encrypted: the MAC covers only encrypted values', async () => {
    const plaintext = 'service:\n    name: billing\n    password: pa55word\n';
    const rules = { encryptedRegex: '^password$', macOnlyEncrypted: true };
    const { text, result } = await roundTrip('m.yaml', plaintext, { rules });
    expect(text).toContain('mac_only_encrypted: true');
    expect(result.metadata.rules.macOnlyEncrypted).toBe(true);
    const renamed = await decryptSops(text.replace('name: billing', 'name: invoices'), { fileName: 'm.yaml', identities: alice.identity });
    expect(renamed.data).toEqual({ service: { name: 'invoices', password: 'pa55word' } });
  });

  test('two recipients: either identity opens the file, and the match is reported', async () => {
    const { text } = await encryptSops({ plaintext: 'k: v\n' }, { fileName: 't.yaml', recipients: [alice.recipient, bob.recipient] });
    const result = await decryptSops(text, { fileName: 't.yaml', identities: `# bob only\n${bob.identity}\n` });
    expect(result.matchedRecipient).toBe(bob.recipient);
    expect(result.metadata.age.map((a) => a.recipient)).toEqual([alice.recipient, bob.recipient]);
    const error = await decryptSops(text, { fileName: 't.yaml', identities: carol.identity }).catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'no-matching-identity', recipients: [alice.recipient, bob.recipient] });
    expect(String(error)).toContain(alice.recipient);
    expect(String(error)).not.toContain(carol.identity);
  });

  test('post-quantum recipients', async () => {
    const pq = await generateAgeIdentity({ postQuantum: true });
    const { text } = await encryptSops({ plaintext: 'k: v\n' }, { fileName: 'pq.yaml', recipients: [pq.recipient] });
    expect(text).toContain(`recipient: ${pq.recipient}`);
    await expect(decryptSops(text, { fileName: 'pq.yaml', identities: pq.identity })).resolves.toMatchObject({ data: { k: 'v' } });
  });

  test('re-encrypting a decrypted tree keeps rules and recipients from its metadata', async () => {
    const first = await roundTrip('r.yaml', 'a: 1\nb_unencrypted: 2\n');
    const edited = first.result.tree.map((doc) => ({
      ...doc,
      items: doc.items.map((i) => (i.kind === 'entry' && i.key === 'a' ? { ...i, value: { kind: 'str' as const, value: 'rotated' } } : i)),
    }));
    const { text } = await encryptSops({ tree: edited }, { fileName: 'r.yaml', existingMetadata: first.result.metadata });
    const again = await decryptSops(text, { fileName: 'r.yaml', identities: alice.identity });
    expect(again.data).toEqual({ a: 'rotated', b_unencrypted: 2 });
  });

  test('a fixed data key, IVs and time give a reproducible file body and MAC', async () => {
    const dataKey = new Uint8Array(32).fill(7);
    const options = { fileName: 'd.json', recipients: [alice.recipient], dataKey, ivSource: () => new Uint8Array(32).fill(1), now: new Date('2026-01-02T03:04:05.678Z') };
    const one = await encryptSops({ data: { x: 'y' } }, options);
    const two = await encryptSops({ data: { x: 'y' } }, options);
    expect(one.metadata.mac).toBe(two.metadata.mac);
    expect(one.metadata.lastModified).toBe('2026-01-02T03:04:05Z');
    expect(JSON.parse(one.text).x).toBe(JSON.parse(two.text).x);
  });
});

describe('encryptSops input errors', () => {
  test.each([
    ['no recipients', { plaintext: 'a: b\n' }, { fileName: 'a.yaml', recipients: [] }, 'bad-identity'],
    ['an invalid recipient', { plaintext: 'a: b\n' }, { fileName: 'a.yaml', recipients: ['age1nope'] }, 'bad-identity'],
    ['two path rules', { plaintext: 'a: b\n' }, { fileName: 'a.yaml', rules: { encryptedRegex: 'a', unencryptedSuffix: '_x' } }, 'parse'],
    ['an already encrypted input', { plaintext: 'a: b\nsops:\n    version: 3\n' }, { fileName: 'a.yaml' }, 'parse'],
    ['a nested value in dotenv', { data: { a: { b: 'c' } } }, { fileName: '.env' }, 'unsupported'],
    ['an integer beyond 64 bits', { plaintext: 'n: 12345678901234567890\n' }, { fileName: 'a.yaml' }, 'unsupported'],
    ['a short data key', { plaintext: 'a: b\n' }, { fileName: 'a.yaml', dataKey: new Uint8Array(16) }, 'unsupported'],
  ] as const)('%s', async (_name, input, options, kind) => {
    await expect(encryptSops(input, { recipients: [alice.recipient], ...options })).rejects.toMatchObject({ kind });
  });

  test('inspectSops sees what encryptSops wrote', async () => {
    const { text } = await encryptSops({ plaintext: YAML_PLAIN }, { fileName: 's.yaml', recipients: [alice.recipient, bob.recipient] });
    const report = inspectSops(text, { fileName: 's.yaml' });
    expect(report.ageRecipients).toEqual([alice.recipient, bob.recipient]);
    expect(report.leaves.filter((l) => l.state === 'plaintext-unexpected')).toEqual([]);
  });
});
