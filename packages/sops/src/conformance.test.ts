// Conformance over every fixture in ../shared/fixtures/sops/manifest.json (real sops output, age and
// pgp-wrapped, an independent re-implementation, and tampered files): new fixtures join automatically.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describeWithShared } from '../../../test/support/shared-fixtures';
import { decryptSops, encryptSops, SopsError, toPlain, type SopsErrorKind, type SopsMapNode, type SopsPlainValue } from './index';
import { decryptWithDataKey } from './internal/decrypt';
import { loadSopsFile, type LoadedSopsFile } from './internal/load-file';
import { effectiveRules, normalizeLastModified } from './internal/metadata';
import type { SopsFormat } from './internal/stores';
import { encryptDocuments, sealMac } from './internal/tree-crypto';
import { walkMap } from './internal/tree-walk';
import { openEnvelope, parseEnvelope, type IvSource } from './internal/value-cipher';

interface ManifestEntry {
  file: string;
  format: SopsFormat;
  identity?: string | null;
  expect: 'ok' | 'error';
  error?: string;
  dataKeyHex?: string;
  macHex?: string;
  comments?: { aad: string; text: string }[];
  expected?: string;
}

/** Plain JSON view: what `sops decrypt --output-type json` prints. */
function asJson(value: SopsPlainValue): unknown {
  if (typeof value === 'bigint') return Number(value);
  if (value instanceof Uint8Array) return new TextDecoder().decode(value);
  if (Array.isArray(value)) return value.map(asJson);
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, asJson(v)]));
  return value;
}

/** The manifest describes errors in prose; map them onto our error kinds. */
function expectedKind(error: string): SopsErrorKind {
  if (/no matching identity/i.test(error)) return 'no-matching-identity';
  if (/MAC/.test(error)) return 'mac-mismatch';
  if (/AES-GCM authentication failure/.test(error)) return 'decrypt';
  throw new Error(`unmapped manifest error: ${error}`);
}

/** Every ENC[...] string (values and comments) in walk order. */
function envelopes(documents: readonly SopsMapNode[]): string[] {
  const out: string[] = [];
  for (const doc of documents) {
    walkMap(doc, (leaf) => {
      if (leaf.kind === 'comment' && leaf.text.startsWith('ENC[')) out.push(leaf.text);
      if (leaf.kind === 'str' && leaf.value.startsWith('ENC[')) out.push(leaf.value);
      return leaf;
    });
  }
  return out;
}

/** sops' IV stash: the nonce each (key path, plaintext) had in the original file. */
function stashedIvs(file: LoadedSopsFile, dataKey: Uint8Array): IvSource {
  const stash = new Map<string, Uint8Array>();
  const remember = (text: string, aad: string): void => {
    const parsed = parseEnvelope(text);
    if (!parsed.ok) return;
    try {
      const plaintext = openEnvelope(parsed.value, dataKey, aad);
      stash.set(`${aad}|${plaintext.toString('hex')}`, parsed.value.iv);
    } catch {
      // not encrypted under this path (e.g. a comment sops could not decrypt either)
    }
  };
  for (const doc of file.documents) {
    walkMap(doc, (leaf, path) => {
      const aad = `${path.join(':')}:`;
      if (leaf.kind === 'comment') remember(leaf.text, aad);
      if (leaf.kind === 'str') remember(leaf.value, aad);
      return leaf;
    });
  }
  if (file.metadata.mac !== undefined) remember(file.metadata.mac, normalizeLastModified(file.metadata.lastModified) ?? '');
  return (aad, plaintext) => {
    const iv = stash.get(`${aad}|${Buffer.from(plaintext).toString('hex')}`);
    if (iv === undefined) throw new Error(`no stashed IV for ${aad}`);
    return iv;
  };
}

describeWithShared(['fixtures', 'sops'], 'sops conformance (shared fixtures)', (dir) => {
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { fixtures: ManifestEntry[] };
  const read = (path: string): string => readFileSync(join(dir, path), 'utf8');
  const localTest = read('keys/local-test.keys.txt');
  const localWrong = read('keys/local-wrong.keys.txt');
  const expectedOf = (entry: ManifestEntry): unknown => JSON.parse(read(entry.expected ?? `${entry.file}.expected.json`));

  const ok = manifest.fixtures.filter((f) => f.expect === 'ok');
  const failing = manifest.fixtures.filter((f) => f.expect === 'error');

  test('the manifest lists fixtures of every format and outcome', () => {
    expect(new Set(ok.map((f) => f.format))).toEqual(new Set(['yaml', 'json', 'dotenv', 'ini', 'binary']));
    expect(failing.length).toBeGreaterThan(0);
  });

  describe.each(ok.filter((f) => typeof f.identity === 'string').map((f) => [f.file, f] as const))('%s decrypts with its age identity', (_name, entry) => {
    test('to its expected JSON, MAC verified', async () => {
      const result = await decryptSops(read(entry.file), { fileName: entry.file, identities: read(entry.identity as string) });
      const expected = expectedOf(entry);
      const actual = Array.isArray(expected) ? result.documents.map(asJson) : asJson(result.data);
      expect(actual).toEqual(expected);
      expect(result.metadata.age.map((a) => a.recipient)).toContain(result.matchedRecipient);
    });

    test('and fails naming the recipients with an unrelated identity', async () => {
      const error = await decryptSops(read(entry.file), { fileName: entry.file, identities: localWrong }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(SopsError);
      expect((error as SopsError).kind).toBe('no-matching-identity');
      const { recipients } = loadSopsFile(read(entry.file), { fileName: entry.file }).metadata.age.reduce(
        (acc, a) => ({ recipients: [...acc.recipients, a.recipient] }),
        { recipients: [] as string[] },
      );
      for (const r of recipients.filter((x) => !x.startsWith('age1pq1'))) expect((error as SopsError).message).toContain(r);
      expect((error as SopsError).recipients).toEqual(recipients);
    });
  });

  describe.each(ok.map((f) => [f.file, f] as const))('%s with the manifest data key', (_name, entry) => {
    const dataKey = Buffer.from(entry.dataKeyHex as string, 'hex');
    const load = () => loadSopsFile(read(entry.file), { fileName: entry.file });

    test('decrypts the tree to its expected JSON and finds the encrypted comments at their key paths', () => {
      const file = load();
      const tree = decryptWithDataKey(file, dataKey, entry.file);
      const expected = expectedOf(entry);
      const plain = tree.map((d) => asJson(toPlain(d)));
      expect(Array.isArray(expected) ? plain : plain[0]).toEqual(expected);
      const comments: { aad: string; text: string }[] = [];
      for (const doc of tree) {
        walkMap(doc, (leaf, path) => {
          if (leaf.kind === 'comment') comments.push({ aad: `${path.join(':')}:`, text: leaf.text });
          return leaf;
        });
      }
      expect(comments).toEqual(expect.arrayContaining(entry.comments ?? []));
    });

    test('re-encrypts to the same values and MAC byte for byte (same data key and IVs)', () => {
      const file = load();
      const tree = decryptWithDataKey(file, dataKey, entry.file);
      const ivs = stashedIvs(file, dataKey);
      const again = encryptDocuments(tree, dataKey, effectiveRules(file.metadata), ivs, entry.file);
      expect(again.mac).toBe(entry.macHex);
      expect(envelopes(again.documents)).toEqual(envelopes(file.documents));
      const lastModified = normalizeLastModified(file.metadata.lastModified) as string;
      expect(sealMac(again.mac, dataKey, lastModified, ivs)).toBe(file.metadata.mac);
    });

    test('round-trips through encryptSops and decryptSops in its own format, byte for byte with the same key and IVs', async () => {
      const file = load();
      const tree = decryptWithDataKey(file, dataKey, entry.file);
      const recipient = /public key: (age1\w+)/.exec(localTest)?.[1] as string;
      const { text, metadata } = await encryptSops(
        { tree },
        {
          fileName: entry.file,
          format: file.format,
          recipients: [recipient],
          rules: file.metadata.rules,
          dataKey,
          ivSource: stashedIvs(file, dataKey),
          now: new Date(file.metadata.lastModified),
        },
      );
      // Through the public API too, the values and the MAC are sops' own bytes.
      expect(metadata.mac).toBe(file.metadata.mac);
      const written = loadSopsFile(text, { fileName: entry.file, format: file.format });
      expect(envelopes(written.documents)).toEqual(envelopes(file.documents));
      const result = await decryptSops(text, { fileName: entry.file, format: file.format, identities: localTest });
      const expected = expectedOf(entry);
      expect(Array.isArray(expected) ? result.documents.map(asJson) : asJson(result.data)).toEqual(expected);
      const comments: { aad: string; text: string }[] = [];
      for (const doc of result.tree) {
        walkMap(doc, (leaf, path) => {
          if (leaf.kind === 'comment') comments.push({ aad: `${path.join(':')}:`, text: leaf.text });
          return leaf;
        });
      }
      expect(comments).toEqual(expect.arrayContaining(entry.comments ?? []));
    });
  });

  test.each(ok.filter((f) => typeof f.identity !== 'string').map((f) => [f.file]))('%s (pgp only) fails with no-matching-identity', async (file) => {
    await expect(decryptSops(read(file), { fileName: file, identities: localTest })).rejects.toMatchObject({ kind: 'no-matching-identity' });
  });

  test.each(failing.map((f) => [f.file, f] as const))('%s fails as the manifest says', async (_name, entry) => {
    const error = await decryptSops(read(entry.file), { fileName: entry.file, identities: read(entry.identity as string) }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SopsError);
    expect((error as SopsError).kind).toBe(expectedKind(entry.error as string));
    if ((error as SopsError).kind === 'mac-mismatch') expect((error as SopsError).message).toContain('MAC mismatch');
    expect((error as SopsError).message).toContain(entry.file);
  });

  test('wrong-key.enc.yaml names its recipient and opens with local-other', async () => {
    const file = 'tampered/wrong-key.enc.yaml';
    const other = read('keys/local-other.keys.txt');
    const otherRecipient = /public key: (age1\w+)/.exec(other)?.[1] as string;
    await expect(decryptSops(read(file), { fileName: file, identities: localTest })).rejects.toThrow(otherRecipient);
    const result = await decryptSops(read(file), { fileName: file, identities: other });
    expect(asJson(result.data)).toEqual(JSON.parse(read(`${file}.local-other.expected.json`)));
    expect(result.matchedRecipient).toBe(otherRecipient);
  });

  test('several identities with comments: the matching one is found', async () => {
    const file = 'reimpl/rich.enc.yaml';
    const identities = `${localWrong}\n# the team key\n${read('keys/local-other.keys.txt')}`;
    const result = await decryptSops(read(file), { fileName: file, identities });
    expect(result.matchedRecipient).toMatch(/^age19a8rw6/);
  });
});
