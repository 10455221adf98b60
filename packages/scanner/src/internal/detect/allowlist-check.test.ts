import { compileConfig, loadConfig, scanText, type CompiledConfig, type CommitMeta } from '../../index';

const RULE = `
[[rules]]
id = "tok"
regex = '''tok_([a-z0-9]{12})'''
keywords = ["tok_"]
`;
const SECRET = 'tok_q8w7e6r5t4y3';
const commit = (sha: string): CommitMeta => ({ commit: sha, author: 'a', email: 'e', date: '2024-01-01T00:00:00Z', message: 'm' });

function config(extra: string, rule = RULE): CompiledConfig {
  return compileConfig(loadConfig({ text: rule + extra }));
}

function found(c: CompiledConfig, text: string, path = 'src/app.ts', sha?: string): number {
  return scanText(text, { config: c, path, commit: sha === undefined ? undefined : commit(sha) }).findings.length;
}

describe('allowlists', () => {
  test('rule allowlist: regexes on the secret by default', () => {
    const c = config(`[[rules.allowlists]]\nregexes = ['''^q8w7''']`);
    expect(found(c, `a ${SECRET}`)).toBe(0);
    expect(found(c, 'a tok_z8w7e6r5t4y3')).toBe(1);
  });

  test('regexTarget match and line', () => {
    const onMatch = config(`[[rules.allowlists]]\nregexTarget = "match"\nregexes = ['''^tok_q8''']`);
    expect(found(onMatch, SECRET)).toBe(0);
    const onLine = config(`[[rules.allowlists]]\nregexTarget = "line"\nregexes = ['''// test fixture''']`);
    expect(found(onLine, `x = "${SECRET}" // test fixture`)).toBe(0);
    expect(found(onLine, `x = "${SECRET}"\n// test fixture`)).toBe(1);
  });

  test('paths (Go regexes on the file path) and commits', () => {
    const c = config(`[[rules.allowlists]]\npaths = ['''(?i)^test/''']\ncommits = ["abc123"]`);
    expect(found(c, SECRET, 'TEST/x.ts')).toBe(0);
    expect(found(c, SECRET, 'src/x.ts')).toBe(1);
    expect(found(c, SECRET, 'src/x.ts', 'abc123')).toBe(0);
    expect(found(c, SECRET, 'src/x.ts', 'def456')).toBe(1);
  });

  test('stopwords are case-insensitive substrings of the secret', () => {
    const c = config(`[[rules.allowlists]]\nstopwords = ["Q8W7"]`);
    expect(found(c, SECRET)).toBe(0);
    expect(found(c, 'tok_z8w7e6r5t4y3')).toBe(1);
  });

  test('condition AND needs every configured check', () => {
    const c = config(`[[rules.allowlists]]\ncondition = "AND"\npaths = ['''^test/''']\nstopwords = ["q8w7"]`);
    expect(found(c, SECRET, 'test/a.ts')).toBe(0);
    expect(found(c, SECRET, 'src/a.ts')).toBe(1);
    expect(found(c, 'tok_z8w7e6r5t4y3', 'test/a.ts')).toBe(1);
  });

  test('condition OR (default) needs any check', () => {
    const c = config(`[[rules.allowlists]]\npaths = ['''^test/''']\nstopwords = ["q8w7"]`);
    expect(found(c, SECRET, 'src/a.ts')).toBe(0);
    expect(found(c, 'tok_z8w7e6r5t4y3', 'test/a.ts')).toBe(0);
    expect(found(c, 'tok_z8w7e6r5t4y3', 'src/a.ts')).toBe(1);
  });

  test('global allowlists apply to every rule, or to targetRules only', () => {
    const two = `${RULE}\n[[rules]]\nid = "other"\nregex = '''oth_[a-z0-9]{12}'''\n`;
    const global = compileConfig(loadConfig({ text: `${two}\n[[allowlists]]\nregexes = ['''e6r5''']` }));
    expect(found(global, `${SECRET} oth_q8w7e6r5t4y3`)).toBe(0);
    const targeted = compileConfig(loadConfig({ text: `${two}\n[[allowlists]]\ntargetRules = ["other"]\nregexes = ['''e6r5''']` }));
    expect(scanText(`${SECRET} oth_q8w7e6r5t4y3`, { config: targeted }).findings.map((f) => f.RuleID)).toEqual(['tok']);
  });

  test('a global path allowlist skips the whole file and counts it', () => {
    const c = config(`[allowlist]\npaths = ['''(?:^|/)node_modules/''']`);
    const r = scanText(SECRET, { config: c, path: 'a/node_modules/x.js' });
    expect(r.findings).toEqual([]);
    expect(r.stats.skipped.allowlistedPaths).toBe(1);
  });
});
