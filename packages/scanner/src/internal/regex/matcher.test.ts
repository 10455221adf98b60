import { readFileSync } from 'node:fs';
import { describeWithShared } from '../../../../../test/support/shared-fixtures';
import { loadConfig } from '../config/load-config';
import { translateGoRegex } from './go-regex';
import { splitLeadingPrefix } from './leading-prefix';
import { PrefixMatcher, RegexMatcher, type Matcher, type RuleMatch } from './matcher';
import { re2Pattern, v8Pattern, type Pattern } from './pattern';

type Engine = (pattern: string) => Pattern;
const v8: Engine = (pattern) => v8Pattern(translateGoRegex(pattern));
const re2: Engine = (pattern) => re2Pattern(pattern, 100_000);
const ENGINES: [string, Engine][] = [
  ['V8', v8],
  ['RE2', re2],
];

function split(pattern: string, engine: Engine): Matcher | undefined {
  const prefix = splitLeadingPrefix(pattern);
  return prefix === undefined ? undefined : new PrefixMatcher(engine(prefix.rest), prefix);
}

function all(m: Matcher, text: string): string[] {
  const out: string[] = [];
  m.forEach(text, (r: RuleMatch) => out.push(`${r.start}-${r.end}:${Array.from(r.groups).slice(1).join('|')}`));
  return out;
}

// A deterministic generator of texts dense in keywords, separators and run characters.
function corpus(seed: number, count: number): string[] {
  let s = seed;
  const next = (n: number) => {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    return s % n;
  };
  const pieces = ['key', 'KEY', 'api', 'token', 'secret', '_', '-', '.', ' ', '=', ':', '"', "'", '\n', 'a1B2c3D4e5F6g7H8', 'x', 'Z9', '(', '==', 'é', '\t'];
  return Array.from({ length: count }, () => Array.from({ length: 5 + next(60) }, () => pieces[next(pieces.length)]).join(''));
}

const PATTERNS = [
  '[\\w.-]{0,10}?(?:key|token)\\s*[:=]\\s*"?([\\w]{8,})',
  '(?i)\\b[\\w.-]{0,12}?(?:secret|api[_-]?key)[\\w.-]{0,5}?\\s*[:=]\\s*([A-Za-z0-9]{6,20})',
  '(?i)[a-z_]{0,4}?token(=)([a-z0-9]+)',
  '\\w{0,3}?x',
];

describe.each(ENGINES)('PrefixMatcher on %s (split leading lazy run) finds exactly what the whole regex finds', (_name, engine) => {
  test.each(PATTERNS)('%s', (pattern) => {
    const splitter = split(pattern, engine);
    expect(splitter).toBeDefined();
    const whole = new RegexMatcher(engine(pattern));
    let matches = 0;
    for (const text of corpus(7, 400)) {
      const expected = all(whole, text);
      matches += expected.length;
      expect(all(splitter as Matcher, text)).toEqual(expected);
    }
    expect(matches).toBeGreaterThan(10);
  });

  test.each([
    ['a|[\\w]{0,3}?b', 'top-level alternation'],
    ['[\\w]{0,3}b', 'greedy run'],
    ['(?U)[\\w]{0,3}?b', 'ungreedy flag'],
    ['x[\\w]{0,3}?b', 'not leading'],
    ['[\\p{L}]{0,3}?b', 'property class'],
  ])('%s is not split (%s)', (pattern) => {
    expect(splitLeadingPrefix(pattern)).toBeUndefined();
  });
});

describeWithShared(['fixtures', 'gitleaks', 'gitleaks-default.toml'], "gitleaks' default rules", (file) => {
  const rules = loadConfig({ text: readFileSync(file, 'utf8') }).rules.filter((r) => r.regex !== undefined);
  const texts = corpus(11, 60).map((t, i) => `${t} ${rules[i % rules.length]?.keywords?.[0] ?? ''}_key = "a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6"\n${t}`);

  test.each(ENGINES)('on %s, every split rule matches like its whole regex', (_name, engine) => {
    const splitRules = rules.filter((r) => splitLeadingPrefix(r.regex as string) !== undefined);
    expect(splitRules.length).toBeGreaterThan(50);
    let matches = 0;
    for (const rule of splitRules) {
      const pattern = rule.regex as string;
      const whole = new RegexMatcher(engine(pattern));
      const splitter = split(pattern, engine) as Matcher;
      for (const text of texts) {
        const expected = all(whole, text);
        matches += expected.length;
        expect([rule.id, all(splitter, text)]).toEqual([rule.id, expected]);
      }
    }
    expect(matches).toBeGreaterThan(20);
  });

  test('RE2 finds what the V8 translation finds, groups included, for every rule', () => {
    let matches = 0;
    for (const rule of rules) {
      const pattern = rule.regex as string;
      const onV8 = new RegexMatcher(v8(pattern));
      const onRe2 = new RegexMatcher(re2(pattern));
      for (const text of texts) {
        const expected = all(onV8, text);
        matches += expected.length;
        expect([rule.id, all(onRe2, text)]).toEqual([rule.id, expected]);
      }
    }
    expect(matches).toBeGreaterThan(20);
  });
});
