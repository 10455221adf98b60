import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compileConfig, loadConfig, scanText, type Finding } from '../../index';
import { DetectSecretsBaseline, findingForEntry, sha1Hex, toDetectSecretsBaseline } from './detect-secrets-baseline';
import { GitleaksIgnore } from './gitleaks-ignore';
import { readDetectSecretsBaseline, readGitleaksIgnore } from './load-suppressions';

const config = compileConfig(loadConfig({ text: `[[rules]]\nid = "tok"\nregex = '''tok_[a-z0-9]{12}'''\nkeywords = ["tok_"]` }));
const A = 'tok_q8w7e6r5t4y3';
const B = 'tok_m3n4b5v6c7x8';
const TEXT = `const a = "${A}";\nconst b = "${B}";\n`;

function finding(over: Partial<Finding>): Finding {
  return {
    RuleID: 'r', Description: '', StartLine: 1, EndLine: 1, StartColumn: 1, EndColumn: 1, Match: '', Secret: '', File: 'f',
    SymlinkFile: '', Commit: '', Entropy: 0, Author: '', Email: '', Date: '', Message: '', Tags: [], Fingerprint: '', columns: { start: 1, end: 2 }, ...over,
  };
}

describe('.gitleaksignore', () => {
  test('file:rule:line fingerprints suppress, comments and blanks are ignored', () => {
    const ignore = GitleaksIgnore.parse('# fixtures\n\nsrc/a.ts:tok:2\n');
    const r = scanText(TEXT, { config, path: 'src/a.ts', ignore });
    expect(r.findings.map((f) => f.StartLine)).toEqual([1]);
    expect(r.stats.suppressed.ignoreFile).toBe(1);
  });

  test('commit:file:rule:line matches history findings; the commit-less form matches every commit', () => {
    const ignore = GitleaksIgnore.parse('abc:src/a.ts:tok:1\nsrc/b.ts:tok:1');
    expect(ignore.ignores(finding({ Commit: 'abc', File: 'src/a.ts', RuleID: 'tok', StartLine: 1, Fingerprint: 'abc:src/a.ts:tok:1' }))).toBe(true);
    expect(ignore.ignores(finding({ Commit: 'def', File: 'src/a.ts', RuleID: 'tok', StartLine: 1, Fingerprint: 'def:src/a.ts:tok:1' }))).toBe(false);
    expect(ignore.ignores(finding({ Commit: 'def', File: 'src/b.ts', RuleID: 'tok', StartLine: 1, Fingerprint: 'def:src/b.ts:tok:1' }))).toBe(true);
  });

  test('Windows separators compare equal', () => {
    expect(GitleaksIgnore.parse('src\\a.ts:tok:1').ignores(finding({ File: 'src/a.ts', RuleID: 'tok', StartLine: 1, Fingerprint: 'src/a.ts:tok:1' }))).toBe(true);
  });
});

describe('detect-secrets baseline', () => {
  const baselineFor = (entries: object[]) => DetectSecretsBaseline.parse(JSON.stringify({ version: '1.5.0', results: { 'src/a.ts': entries } }));

  test('an entry with the secret hash in the same file suppresses (counted as baselined)', () => {
    const baseline = baselineFor([{ type: 'Secret Keyword', filename: 'src/a.ts', hashed_secret: sha1Hex(A), is_verified: false, line_number: 9 }]);
    const r = scanText(TEXT, { config, path: 'src/a.ts', baseline });
    expect(r.findings.map((f) => f.Secret)).toEqual([B]);
    expect(r.stats.suppressed.baseline).toBe(1);
    expect(scanText(TEXT, { config, path: 'src/other.ts', baseline }).findings).toHaveLength(2);
  });

  test('falls back to file plus line when detect-secrets hashed something else', () => {
    const baseline = baselineFor([{ hashed_secret: sha1Hex('different'), line_number: 2 }]);
    expect(scanText(TEXT, { config, path: 'src/a.ts', baseline }).findings.map((f) => f.StartLine)).toEqual([1]);
  });

  test('entries audited is_secret: true do not suppress; is_secret: false do', () => {
    expect(scanText(TEXT, { config, path: 'src/a.ts', baseline: baselineFor([{ hashed_secret: sha1Hex(A), is_secret: true }]) }).findings).toHaveLength(2);
    expect(scanText(TEXT, { config, path: 'src/a.ts', baseline: baselineFor([{ hashed_secret: sha1Hex(A), is_secret: false }]) }).findings).toHaveLength(1);
  });

  test("detect-secrets' quirks: private keys hash their header line, classic GitHub tokens their prefix", () => {
    const header = ['-----BEGIN', 'RSA PRIVATE KEY-----'].join(' ');
    const b = new DetectSecretsBaseline({ results: { k: [{ hashed_secret: sha1Hex(header) }], g: [{ hashed_secret: sha1Hex('ghp') }] } });
    expect(b.suppresses({ File: 'k', Secret: `${header}\nMIIE...`, Match: `${header}\nMIIE...`, StartLine: 5 })).toBe(true);
    expect(b.suppresses({ File: 'g', Secret: `ghp_${'a1B2'.repeat(9)}`, Match: '', StartLine: 5 })).toBe(true);
  });

  test('malformed baselines are refused with the file named', () => {
    expect(() => DetectSecretsBaseline.parse('{', 'config/detect-secrets.baseline')).toThrow(/config\/detect-secrets.baseline.*not valid JSON/);
    expect(() => DetectSecretsBaseline.parse('{"results": {"a": [{}]}}', 'b')).toThrow(/hashed_secret/);
  });

  test('toDetectSecretsBaseline writes hashes, never secrets, and keeps audit results', () => {
    const findings = scanText(TEXT, { config, path: 'src/a.ts' }).findings;
    const previous = { results: { 'src/a.ts': [{ hashed_secret: sha1Hex(A), is_secret: false }] } };
    const out = toDetectSecretsBaseline(findings, previous, new Date('2024-05-06T07:08:09.123Z'));
    const json = JSON.stringify(out);
    expect(json).not.toContain(A);
    expect(json).not.toContain(B);
    expect(out.generated_at).toBe('2024-05-06T07:08:09Z');
    expect(out.results['src/a.ts']).toEqual([
      { type: 'tok', filename: 'src/a.ts', hashed_secret: sha1Hex(A), is_verified: false, line_number: 1, is_secret: false },
      { type: 'tok', filename: 'src/a.ts', hashed_secret: sha1Hex(B), is_verified: false, line_number: 2 },
    ]);
    const roundTrip = new DetectSecretsBaseline(out);
    expect(scanText(TEXT, { config, path: 'src/a.ts', baseline: roundTrip }).findings).toEqual([]);
  });

  test('a written baseline names the settings detect-secrets scans with, and round-trips through our reader', () => {
    const out = toDetectSecretsBaseline(scanText(TEXT, { config, path: 'src/a.ts' }).findings);
    expect(out.version).toBe('1.5.0');
    // Real plugin class names and filter import paths only: detect-secrets refuses anything else.
    expect(out.plugins_used).toContainEqual({ name: 'Base64HighEntropyString', limit: 4.5 });
    expect(out.plugins_used).toContainEqual({ name: 'PrivateKeyDetector' });
    expect(out.filters_used).toContainEqual({ path: 'detect_secrets.filters.heuristic.is_likely_id_string' });
    // The filters detect-secrets always applies are never written, as it does not write them.
    expect(out.filters_used).not.toContainEqual({ path: 'detect_secrets.filters.allowlist.is_line_allowlisted' });

    const [entryA, entryB] = out.results['src/a.ts'] ?? [];
    Object.assign(entryA ?? {}, { is_secret: false });
    Object.assign(entryB ?? {}, { is_secret: true });
    const read = DetectSecretsBaseline.parse(JSON.stringify(out), 'config/detect-secrets.baseline');
    expect(read.file).toEqual(out);
    const r = scanText(TEXT, { config, path: 'src/a.ts', baseline: read });
    expect(r.findings.map((f) => f.Secret)).toEqual([B]);
    expect(r.stats.suppressed.baseline).toBe(1);
  });

  test("an existing baseline's settings are kept; the empty lists of older versions are filled in, 0.x ones replaced", () => {
    const findings = scanText(TEXT, { config, path: 'src/a.ts' }).findings;
    const own = { version: '1.4.0', plugins_used: [{ name: 'AWSKeyDetector' }], filters_used: [{ path: 'detect_secrets.filters.regex.should_exclude_file', pattern: ['^test'] }], results: {} };
    expect(toDetectSecretsBaseline(findings, own)).toMatchObject({ version: '1.4.0', plugins_used: own.plugins_used, filters_used: own.filters_used });
    const older = toDetectSecretsBaseline(findings, { version: '1.5.0', plugins_used: [], filters_used: [], results: {} });
    expect(older.plugins_used).toEqual(toDetectSecretsBaseline(findings).plugins_used);
    expect(older.filters_used).toEqual(toDetectSecretsBaseline(findings).filters_used);
    // A 0.x baseline's settings are of another format: the file is written anew as 1.5.0, verdicts kept.
    const legacy = { version: '0.14.3', plugins_used: [{ name: 'Base64HighEntropyString', base64_limit: 4.5 }], results: { 'src/a.ts': [{ hashed_secret: sha1Hex(A), is_secret: false }] } };
    expect(toDetectSecretsBaseline(findings, legacy)).toMatchObject({ version: '1.5.0', plugins_used: toDetectSecretsBaseline(findings).plugins_used, results: { 'src/a.ts': [{ is_secret: false }, {}] } });
  });

  test("findingForEntry: the entry's secret, preferring the entry's line; none for another secret", () => {
    const findings = scanText(`${TEXT}const c = "${A}";\n`, { config, path: 'src/a.ts' }).findings;
    expect(findingForEntry({ hashed_secret: sha1Hex(A), line_number: 3 }, findings)?.StartLine).toBe(3);
    expect(findingForEntry({ hashed_secret: sha1Hex(A), line_number: 7 }, findings)?.StartLine).toBe(1);
    expect(findingForEntry({ hashed_secret: sha1Hex('tok_other'), line_number: 2 }, findings)).toBeUndefined();
  });
});

describe('reading suppression files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'scanner-suppress-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('absent files mean no suppression; present ones are parsed', () => {
    expect(readGitleaksIgnore(join(dir, 'missing'))).toBeUndefined();
    expect(readDetectSecretsBaseline(join(dir, 'missing'))).toBeUndefined();
    writeFileSync(join(dir, '.gitleaksignore'), 'a:b:1\n');
    expect(readGitleaksIgnore(join(dir, '.gitleaksignore'))?.size).toBe(1);
    writeFileSync(join(dir, 'baseline'), '{"results": {}}');
    expect(readDetectSecretsBaseline(join(dir, 'baseline'))).toBeInstanceOf(DetectSecretsBaseline);
  });

  test('a directory where a file is expected is an error naming it', () => {
    expect(() => readGitleaksIgnore(dir)).toThrow(dir);
  });
});
