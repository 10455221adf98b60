// Every built-in rule against its true- and false-positive examples, through the real engine
// with only the built-in rules loaded. Findings are checked against all rules at once, so a
// true positive must yield exactly one finding (no duplicate from a catch-all rule) and a
// false positive none at all.
import { builtinConfig, compileConfig, scanText, type Finding } from '../../index';
import { BUILTIN_RULE_CASES } from './__fixtures__/cases';
import { DEFAULT_CASE_PATH } from './__fixtures__/rule-cases';
import { BUILTIN_RULES } from './index';

const config = compileConfig(builtinConfig(BUILTIN_RULES));

function scan(text: string, path = DEFAULT_CASE_PATH): Finding[] {
  return scanText(text, { config, path }).findings;
}

/** A finding described without its secret, for failure messages that never print one. */
const describeFinding = (f: Finding): string => `${f.RuleID} at ${f.StartLine}:${f.StartColumn} (${f.Secret.length} chars)`;

describe('built-in rules: metadata', () => {
  const ids = BUILTIN_RULES.map((r) => r.id);

  test('ids are unique and kebab-case', () => {
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });

  test.each(BUILTIN_RULES.map((r) => [r.id, r] as const))('%s has a description, lowercase keywords, tags and a regex or path', (_id, rule) => {
    expect(rule.description?.length).toBeGreaterThan(10);
    // A path-only rule (pkcs12-file) reports the file itself.
    expect(rule.regex ?? rule.path).toBeDefined();
    expect(rule.keywords?.length).toBeGreaterThan(0);
    for (const k of rule.keywords ?? []) expect(k).toBe(k.toLowerCase());
    expect(rule.tags?.length).toBeGreaterThan(0);
  });

  test('every rule compiles through the RE2 translator', () => {
    expect(config.rules.map((r) => r.id)).toEqual(ids);
  });

  test('every rule has true- and false-positive cases, and every case names a rule', () => {
    const cased = new Set(BUILTIN_RULE_CASES.map((c) => c.ruleId));
    expect([...cased].filter((id) => !ids.includes(id))).toEqual([]);
    for (const c of BUILTIN_RULE_CASES) {
      expect(c.truePositives.length).toBeGreaterThan(0);
      expect(c.falsePositives.length).toBeGreaterThan(0);
    }
    expect(ids.filter((id) => !cased.has(id))).toEqual([]);
  });

  // The providers the audit issue requires, by the tag their rules carry.
  const REQUIRED_PROVIDERS = [
    'aws',
    'github',
    'gitlab',
    'slack',
    'stripe',
    'openai',
    'anthropic',
    'google',
    'gemini',
    'gcp',
    'zhipu',
    'azure',
    'twilio',
    'sendgrid',
    'npm',
    'pypi',
    'vault',
    'age',
    'private-key',
    'jwt',
    'url',
    'generic',
  ];
  test.each(REQUIRED_PROVIDERS)('provider %s has at least one rule', (tag) => {
    expect(BUILTIN_RULES.some((r) => r.tags?.includes(tag))).toBe(true);
  });
});

describe.each(BUILTIN_RULE_CASES.map((c) => [c.ruleId, c] as const))('%s', (ruleId, cases) => {
  test.each(cases.truePositives.map((tp, i) => [i, tp] as const))('true positive #%i: one finding, the exact secret', (_i, tp) => {
    const all = scan(tp.text, tp.path);
    // The parts a composite rule requires, reported by their own rules, are expected and set aside.
    const others = tp.others ?? [];
    const findings = all.filter((f) => !others.some((o) => o.ruleId === f.RuleID && o.secret === f.Secret));
    expect(all.length - findings.length).toBe(others.length);
    expect(findings.map(describeFinding)).toEqual([expect.stringMatching(new RegExp(`^${ruleId} `))]);
    // Compared as booleans so that a failure never prints the (fake) secret.
    expect(findings[0]?.Secret === tp.secret).toBe(true);
  });

  test.each(cases.falsePositives.map((fp, i) => [i, fp] as const))('false positive #%i: no finding', (_i, fp) => {
    const { text, path } = typeof fp === 'string' ? { text: fp, path: undefined } : fp;
    expect(scan(text, path).map(describeFinding)).toEqual([]);
  });
});
