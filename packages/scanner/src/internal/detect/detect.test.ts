import { compileConfig, loadConfig, scanText, type CompiledConfig } from '../../index';

function config(toml: string): CompiledConfig {
  return compileConfig(loadConfig({ text: toml }));
}

const AWS = `
[[rules]]
id = "aws-access-key"
description = "AWS Access Key"
regex = '''(?:A3T[A-Z0-9]|AKIA|ASIA|ABIA|ACCA)[A-Z0-9]{16}'''
tags = ["key", "AWS"]
keywords = ["akia"]
`;
// Key-shaped values built at run time, so this file holds no contiguous token.
const KEY = ['AKIA', 'LALEMEL33243OLIA'].join('');
const KEY2 = ['AKIA', 'Q7W3ZX8PLM4KJ2HA'].join('');

describe('scanText', () => {
  test('reports gitleaks fields with 1-based lines and columns', () => {
    const text = `\tawsToken := "${KEY}"\n`;
    const { findings } = scanText(text, { path: 'dir/tmp.go', config: config(AWS) });
    expect(findings).toEqual([
      {
        RuleID: 'aws-access-key',
        Description: 'AWS Access Key',
        StartLine: 1,
        EndLine: 1,
        StartColumn: 15,
        EndColumn: 34,
        Match: KEY,
        Secret: KEY,
        File: 'dir/tmp.go',
        SymlinkFile: '',
        Commit: '',
        Entropy: 3.0841837,
        Author: '',
        Email: '',
        Date: '',
        Message: '',
        Tags: ['key', 'AWS'],
        Fingerprint: 'dir/tmp.go:aws-access-key:1',
        columns: { start: 15, end: 35 },
      },
    ]);
  });

  test("columns after a text's first line follow gitleaks (counted from the preceding newline)", () => {
    const f = scanText(`line one\n\tawsToken := "${KEY}"\n`, { config: config(AWS) }).findings[0];
    expect(f).toMatchObject({ StartLine: 2, StartColumn: 16, EndColumn: 35 });
  });

  test('columns holds the true position: 1-based start, end one past the last character, on every line', () => {
    const first = scanText(`\tawsToken := "${KEY}"\n`, { config: config(AWS) }).findings[0];
    const later = scanText(`line one\n\tawsToken := "${KEY}"\n`, { config: config(AWS) }).findings[0];
    const hunk = scanText(`x\n\tawsToken := "${KEY}"`, { config: config(AWS), firstLine: 40 }).findings[0];
    for (const f of [first, later, hunk]) expect(f?.columns).toEqual({ start: 15, end: 35 });
    expect(hunk?.StartLine).toBe(41);
  });

  test('columns of a multi-line match: start on StartLine, end on EndLine', () => {
    const c = config(`[[rules]]\nid = "pem"\nregex = '''-----BEGIN KEY-----[\\s\\S]*?-----END KEY-----'''\nkeywords = ["begin key"]`);
    const f = scanText('a\n  x = "-----BEGIN KEY-----\nQUJD\n-----END KEY-----"\n', { config: c }).findings[0];
    expect(f).toMatchObject({ StartLine: 2, EndLine: 4, columns: { start: 8, end: 18 } });
  });

  test('the keyword prefilter: a rule runs only where its keyword occurs (any case)', () => {
    const c = config(`[[rules]]\nid = "r"\nregex = '''tok_[a-z0-9]{12}'''\nkeywords = ["NOPE"]`);
    expect(scanText('tok_a8f3k2m9x7q1', { config: c }).findings).toHaveLength(0);
    expect(scanText('nope tok_a8f3k2m9x7q1', { config: c }).findings).toHaveLength(1);
    expect(scanText('NoPe tok_a8f3k2m9x7q1', { config: c }).findings).toHaveLength(1);
  });

  test('a rule without keywords always runs', () => {
    const c = config(`[[rules]]\nid = "r"\nregex = '''tok_[a-z0-9]{12}'''`);
    expect(scanText('x\ny tok_a8f3k2m9x7q1 z', { config: c }).findings.map((f) => f.StartLine)).toEqual([2]);
  });

  test('shared keywords and overlapping keywords reach every rule', () => {
    const c = config(`
[[rules]]
id = "a"
regex = '''abc_[0-9]{6}'''
keywords = ["abc_", "bc_"]
[[rules]]
id = "b"
regex = '''bc_[0-9]{6}x'''
keywords = ["bc_"]
`);
    expect(scanText('abc_938271x', { config: c }).findings.map((f) => f.RuleID).sort()).toEqual(['a', 'b']);
  });

  test('secretGroup picks the secret; without it the first non-empty group', () => {
    const c = config(`
[[rules]]
id = "g"
regex = '''(key|tok)=(x)?([a-z0-9]{10})'''
secretGroup = 3
[[rules]]
id = "first"
regex = '''pw:()([a-z0-9]{10})'''
`);
    const f = scanText('key=q8w7e6r5t4 pw:z1x2c3v4b5', { config: c, placeholders: false }).findings;
    expect(f.map((x) => [x.RuleID, x.Secret, x.Match])).toEqual([
      ['g', 'q8w7e6r5t4', 'key=q8w7e6r5t4'],
      ['first', 'z1x2c3v4b5', 'pw:z1x2c3v4b5'],
    ]);
  });

  test('entropy must exceed the rule threshold', () => {
    const c = config(`[[rules]]\nid = "e"\nregex = '''s=([a-z0-9]{12})'''\nentropy = 3`);
    const r = scanText('s=q8w7e6r5t4y3\ns=aabbaabbaabb', { config: c, placeholders: false });
    expect(r.findings.map((f) => f.StartLine)).toEqual([1]);
    expect(r.stats.suppressed.lowEntropy).toBe(1);
  });

  test('gitleaks:allow on the line suppresses, and is counted', () => {
    const r = scanText(`k = "${KEY}" # gitleaks:allow\nk2 = "${KEY2}"`, { config: config(AWS) });
    expect(r.findings.map((f) => f.StartLine)).toEqual([2]);
    expect(r.stats.suppressed.inline).toBe(1);
  });

  test('multi-line PEM private keys are one finding spanning their lines', () => {
    const c = config(`
[[rules]]
id = "private-key"
regex = '''(?i)-----BEGIN[ A-Z0-9_-]{0,100}PRIVATE KEY(?: BLOCK)?-----[\\s\\S-]{64,}?KEY(?: BLOCK)?-----'''
keywords = ["-----begin"]
`);
    const body = Array.from({ length: 20 }, (_, i) => `MIIEv${String(i).padStart(2, '0')}QIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC${i}`).join('\n');
    const pem = ['-----BEGIN', 'RSA PRIVATE KEY-----'].join(' ') + `\n${body}\n-----END RSA PRIVATE KEY-----`;
    const r = scanText(`const k = \`\n${pem}\n\`;\n`, { config: c });
    const { findings } = r;
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ StartLine: 2, EndLine: 23, StartColumn: 2, EndColumn: 30 });
    expect(findings[0]?.Secret).toBe(pem);
  });

  test('placeholders, templates and env references are not findings (unless disabled)', () => {
    const c = config(`[[rules]]\nid = "pw"\nregex = '''password\\s*=\\s*"([^"]+)"'''\nkeywords = ["password"]`);
    const values = [
      'AKIAIOSFODNN7EXAMPLE',
      'xxxxxxxxxxxx',
      '${{ secrets.DB_PASSWORD }}',
      '<your-password>',
      'changeme',
      '$DB_PASSWORD',
      '${DB_PASSWORD}',
      'process.env.DB_PASSWORD',
      'aaaaaaaaaaaa',
      'abcdefghijkl',
      '12345678',
    ];
    const text = values.map((v) => `password = "${v}"`).join('\n');
    const r = scanText(text, { config: c });
    expect(r.findings).toEqual([]);
    expect(r.stats.suppressed.placeholder).toBe(values.length);
    expect(scanText(text, { config: c, placeholders: false }).findings).toHaveLength(values.length);
    expect(scanText('password = "Tq9#vL2$wX7p"', { config: c }).findings).toHaveLength(1);
  });

  test('a path-only rule reports the file itself', () => {
    const c = config(`[[rules]]\nid = "pyfiles"\npath = '''\\.py$'''`);
    expect(scanText('print(1)', { config: c, path: 'a/b.py' }).findings.map((f) => f.Match)).toEqual(['file detected: a/b.py']);
    expect(scanText('print(1)', { config: c, path: 'a/b.js' }).findings).toEqual([]);
  });

  test('a rule path restricts the files the regex runs on', () => {
    const c = config(`[[rules]]\nid = "env"\npath = '''\\.env$'''\nregex = '''PASS=(\\S+)'''`);
    expect(scanText('PASS=Zq8v2LmN4x', { config: c, path: 'prod.env' }).findings).toHaveLength(1);
    expect(scanText('PASS=Zq8v2LmN4x', { config: c, path: 'prod.txt' }).findings).toHaveLength(0);
  });

  test('the generic finding on the same secret as a specific rule is dropped', () => {
    const c = config(`${AWS}
[[rules]]
id = "generic-api-key"
regex = '''(?i)token\\s*=\\s*"([A-Z0-9]{20})"'''
keywords = ["token"]
`);
    expect(scanText(`token = "${KEY}"`, { config: c }).findings.map((f) => f.RuleID)).toEqual(['aws-access-key']);
  });

  test('a megabyte line without newlines is bounded and reported as cut', () => {
    const c = config(AWS);
    const text = `${'a'.repeat(1_000_000)} akia ${KEY} ${'b'.repeat(1_000_000)}`;
    const r = scanText(text, { config: c });
    expect(r.findings.map((f) => f.Secret)).toEqual([KEY]);
    expect(r.stats.truncatedWindows).toBeGreaterThan(0);
  });

  test('keywordless rules scan long texts in bounded chunks', () => {
    const c = config(`[[rules]]\nid = "r"\nregex = '''tok_[a-z0-9]{12}'''`);
    const lines = Array.from({ length: 20000 }, (_, i) => (i === 15000 ? 'x tok_a8f3k2m9x7q1' : `line ${i} of filler text`));
    expect(scanText(lines.join('\n'), { config: c }).findings.map((f) => f.StartLine)).toEqual([15001]);
  });

  test('firstLine offsets line numbers (git hunks)', () => {
    expect(scanText(`x\n${KEY}`, { config: config(AWS), firstLine: 40 }).findings[0]?.StartLine).toBe(41);
  });

  test('the injected clock gives the duration', () => {
    let t = 1000;
    const r = scanText('nothing', { config: config(AWS), now: () => (t += 5) });
    expect(r.stats.durationMs).toBe(5);
    expect(r.stats.bytesScanned).toBe(7);
  });
});
