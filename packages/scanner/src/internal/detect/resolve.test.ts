// One secret, one finding; composite rules; checksum validators — through the real engine.
import { builtinConfig, compileConfig, loadConfig, scanText, type CompiledConfig, type RuleSpec } from '../../index';

const builtin = (rules: RuleSpec[]): CompiledConfig => compileConfig(builtinConfig(rules));
const toml = (text: string): CompiledConfig => compileConfig(loadConfig({ text }));
const scan = (config: CompiledConfig, text: string) => scanText(text, { config, path: 'f.txt', placeholders: false });
const ids = (config: CompiledConfig, text: string) => scan(config, text).findings.map((f) => `${f.RuleID}:${f.Secret}`).sort();

// Random-looking values assembled at run time (no token-shaped literal in the file).
const BODY = ['q8W7e6R5t4', 'Y3u2I1o0Pz', 'X9c8V7b6N5'].join('');
const TOKEN = `tok_${BODY}`;

const PROVIDER: RuleSpec = { id: 'provider-token', regex: '\\b(tok_[A-Za-z0-9]{30})\\b', secretGroup: 1, keywords: ['tok_'] };
const GENERIC: RuleSpec = {
  id: 'generic-api-key',
  regex: '(?i)(?:key|secret|token)\\s*[:=]\\s*"?([A-Za-z0-9_.=-]{16,})',
  secretGroup: 1,
  keywords: ['key', 'secret', 'token'],
  catchAll: true,
};

describe('one secret, one finding (built-in rules, by secret span)', () => {
  test('a catch-all rule yields to a specific rule on the same secret', () => {
    expect(ids(builtin([PROVIDER, GENERIC]), `token = "${TOKEN}"`)).toEqual([`provider-token:${TOKEN}`]);
  });

  test('whatever the rule order, and when the catch-all secret is longer (it contains the specific one)', () => {
    const jwtLike: RuleSpec = { id: 'jwt', regex: '\\b(eyJ[A-Za-z0-9_-]{10,}\\.[A-Za-z0-9_-]{10,})', secretGroup: 1, keywords: ['eyj'], catchAll: true };
    const prefixed: RuleSpec = { id: 'ci-job-token', regex: '\\b(glcbt-eyJ[A-Za-z0-9_-]{10,}\\.[A-Za-z0-9_-]{10,})', secretGroup: 1, keywords: ['glcbt-'] };
    const value = `glcbt-eyJ${BODY}.${BODY}`;
    expect(ids(builtin([jwtLike, prefixed]), `x ${value} y`)).toEqual([`ci-job-token:${value}`]);
    const wider: RuleSpec = { ...GENERIC, regex: '(?i)token\\s*=\\s*"([\\w-]{0,5}tok_[A-Za-z0-9]{30}[\\w-]*)' };
    expect(ids(builtin([wider, PROVIDER]), `token = "pre-${TOKEN}-post"`)).toEqual([`provider-token:${TOKEN}`]);
  });

  test('a multi-line specific match is compared by its secret, not by its first line', () => {
    const manifest: RuleSpec = {
      id: 'manifest-secret',
      regex: 'kind: Secret\\n(?:[^\\n]*\\n){0,5}?\\s+token: ([A-Za-z0-9_]{20,})',
      secretGroup: 1,
      keywords: ['kind: secret'],
    };
    const text = `kind: Secret\nmetadata:\n  name: x\ndata:\n  token: ${TOKEN}\n`;
    expect(ids(builtin([manifest, { ...GENERIC, id: 'generic-token' }]), text)).toEqual([`manifest-secret:${TOKEN}`]);
  });

  test('two secrets on one line are two findings', () => {
    const other = ['Zk3Lm9Pq2Rs8', 'Tu4Vw7Xy1Ab6'].join('');
    expect(ids(builtin([PROVIDER, GENERIC]), `token = "${TOKEN}" ; secret = "${other}"`)).toEqual([`generic-api-key:${other}`, `provider-token:${TOKEN}`]);
  });

  test('of two specific rules on overlapping secrets the longer secret stays; on equal ones the rule listed first', () => {
    const short: RuleSpec = { id: 'short', regex: '\\b(tok_[A-Za-z0-9]{10})', secretGroup: 1, keywords: ['tok_'] };
    expect(ids(builtin([short, PROVIDER]), TOKEN)).toEqual([`provider-token:${TOKEN}`]);
    const twin: RuleSpec = { ...PROVIDER, id: 'twin' };
    expect(ids(builtin([twin, PROVIDER]), TOKEN)).toEqual([`twin:${TOKEN}`]);
  });

  test('the same secret twice on one line is one finding (one fingerprint); on two lines, two', () => {
    expect(ids(builtin([PROVIDER]), `a="${TOKEN}",b="${TOKEN}"`)).toEqual([`provider-token:${TOKEN}`]);
    expect(ids(builtin([PROVIDER]), `a="${TOKEN}"\nb="${TOKEN}"`)).toEqual([`provider-token:${TOKEN}`, `provider-token:${TOKEN}`]);
    const own = toml(`[[rules]]\nid = "t"\nregex = '''tok_[A-Za-z0-9]{30}'''`);
    expect(ids(own, `a="${TOKEN}",b="${TOKEN}"`)).toHaveLength(2);
  });

  test('a secret found again in a decoded layer is not reported twice', () => {
    const sig: RuleSpec = { id: 'sas-signature', regex: 'sig=([A-Za-z0-9%+/=]{20,})', secretGroup: 1, keywords: ['sig='] };
    const encoded = `${BODY.slice(0, 10)}%2B${BODY.slice(10, 20)}%2F${BODY.slice(20)}%3D`;
    const found = scan(builtin([sig]), `https://acct.blob.core.windows.net/c?sv=2022&sig=${encoded}`).findings;
    expect(found.map((f) => [f.RuleID, f.Secret, f.Tags.some((t) => t.startsWith('decoded:'))])).toEqual([['sas-signature', encoded, false]]);
  });

  test('a specific rule finding a secret inside an encoded value beats a catch-all reading the encoded value', () => {
    const b64 = Buffer.from(TOKEN).toString('base64');
    const found = scan(builtin([PROVIDER, GENERIC]), `secret: ${b64}\n`).findings;
    expect(found.map((f) => [f.RuleID, f.Secret, f.Tags])).toEqual([['provider-token', TOKEN, ['decoded:base64', 'decode-depth:1']]]);
  });
});

describe("a configuration's own rules: gitleaks' behaviour", () => {
  const RULES = `
[[rules]]
id = "provider-token"
regex = '''\\b(tok_[A-Za-z0-9]{30})\\b'''
keywords = ["tok_"]
[[rules]]
id = "generic-api-key"
regex = '''(?i)token\\s*=\\s*"?([A-Za-z0-9_]{16,})'''
keywords = ["token"]
[[rules]]
id = "also-token"
regex = '''\\b(tok_[A-Za-z0-9]{20})'''
keywords = ["tok_"]
`;

  test('a rule named generic yields on the same line to a rule whose secret contains its own', () => {
    expect(ids(toml(RULES), `token = "${TOKEN}"`)).toEqual([`also-token:${TOKEN.slice(0, 24)}`, `provider-token:${TOKEN}`]);
  });

  test('otherwise both stay, as in gitleaks', () => {
    const other = ['Zk3Lm9Pq2Rs8', 'Tu4Vw7Xy1Ab6'].join('');
    expect(ids(toml(RULES), `token = "${other}"\n${TOKEN}`)).toEqual([`also-token:${TOKEN.slice(0, 24)}`, `generic-api-key:${other}`, `provider-token:${TOKEN}`]);
  });

  test('only exact repeats from decoded layers are dropped', () => {
    const c = toml(`[[rules]]\nid = "sig"\nregex = '''sig=([A-Za-z0-9%+/=]{20,})'''\nkeywords = ["sig="]`);
    const encoded = `${BODY.slice(0, 10)}%2B${BODY.slice(10)}%3D`;
    expect(ids(c, `sig=${encoded}`)).toEqual([`sig:${encoded}`]);
  });
});

describe('checksum validators (built-in rules)', () => {
  const checked: RuleSpec = { ...PROVIDER, validate: (s) => s.endsWith('7') };

  test('a secret the validator rejects is not reported, and is counted', () => {
    const r = scan(builtin([checked, GENERIC]), `token = "${TOKEN}"`);
    expect(r.findings).toEqual([]);
    expect(r.stats.suppressed.checksum).toBe(1);
  });

  test('a secret it accepts is', () => {
    const valid = `${TOKEN.slice(0, -1)}7`;
    expect(ids(builtin([checked, GENERIC]), `token = "${valid}"`)).toEqual([`provider-token:${valid}`]);
  });
});

describe('composite rules ([[rules.required]])', () => {
  const COMPOSITE = `
[[rules]]
id = "primary-rule"
regex = '''password\\s*=\\s*"([^"]+)"'''
[[rules.required]]
id = "username-rule"
[[rules]]
id = "username-rule"
regex = '''username\\s*=\\s*"([^"]+)"'''
skipReport = true
`;

  test("gitleaks' fragment-level composite: the primary is reported once, the skipReport part never", () => {
    expect(ids(toml(COMPOSITE), 'username = "deploy"\n\n\n\npassword = "x9Lm2Qp7Zr"')).toEqual(['primary-rule:x9Lm2Qp7Zr']);
    expect(ids(toml(COMPOSITE), 'password = "x9Lm2Qp7Zr"')).toEqual([]);
    expect(ids(toml(COMPOSITE), 'username = "deploy"')).toEqual([]);
  });

  const near = (bounds: string) => `
[[rules]]
id = "secret"
regex = '''secret=([a-z0-9]{10})'''
[[rules.required]]
id = "user"
${bounds}
[[rules]]
id = "user"
regex = '''user=([a-z]{3,})'''
`;

  test('withinLines: the required finding starts at most that many lines away, before or after', () => {
    const c = toml(near('withinLines = 2'));
    expect(ids(c, 'user=alice\n\nsecret=q8w7e6r5t4')).toEqual(['secret:q8w7e6r5t4', 'user:alice']);
    expect(ids(c, 'secret=q8w7e6r5t4\n\nuser=alice')).toEqual(['secret:q8w7e6r5t4', 'user:alice']);
    expect(ids(c, 'user=alice\n\n\nsecret=q8w7e6r5t4')).toEqual(['user:alice']);
  });

  test('withinColumns: the required finding starts at most that many characters to either side', () => {
    const c = toml(near('withinColumns = 5'));
    expect(ids(c, 'user=alice\nsecret=q8w7e6r5t4')).toEqual(['secret:q8w7e6r5t4', 'user:alice']);
    expect(ids(c, 'user=alice\n          secret=q8w7e6r5t4')).toEqual(['user:alice']);
  });

  test('both bounds: a box around the primary finding', () => {
    const c = toml(near('withinLines = 1\nwithinColumns = 3'));
    expect(ids(c, 'user=alice\n  secret=q8w7e6r5t4')).toEqual(['secret:q8w7e6r5t4', 'user:alice']);
    expect(ids(c, 'user=alice\n\nsecret=q8w7e6r5t4')).toEqual(['user:alice']);
  });

  test('a required finding suppressed by an allowlist does not count', () => {
    const c = toml(`${near('withinLines = 1')}[[rules.allowlists]]\nstopwords = ["alice"]\n`);
    expect(ids(c, 'user=alice\nsecret=q8w7e6r5t4')).toEqual([]);
  });
});

describe('resolution stays linear in the number of findings', () => {
  test('20,000 overlapping candidates: resolving them is a small part of the scan', () => {
    const lines = Array.from({ length: 10000 }, (_, i) => `token = "tok_${String(i).padStart(6, '0')}${BODY.slice(6)}"`).join('\n');
    const started = performance.now();
    const r = scan(builtin([PROVIDER, GENERIC]), lines);
    expect(r.findings).toHaveLength(10000);
    expect(performance.now() - started).toBeLessThan(5000);
  });
});
