import { readFileSync } from 'node:fs';
import { describeWithShared } from '../../../../../test/support/shared-fixtures';
import { loadConfig } from '../config/load-config';
import { translateGoRegex } from './go-regex';
import { splitLeadingPrefix } from './leading-prefix';
import { PrefixMatcher, RegexMatcher, type Matcher, type RuleMatch } from './matcher';

function compile(pattern: string): RegExp {
  const t = translateGoRegex(pattern);
  return new RegExp(t.source, `${t.flags}g`);
}

function split(pattern: string): Matcher | undefined {
  const prefix = splitLeadingPrefix(pattern);
  return prefix === undefined ? undefined : new PrefixMatcher(compile(prefix.rest), prefix);
}

function all(m: Matcher, text: string): string[] {
  const out: string[] = [];
  m.forEach(text, (r: RuleMatch) => out.push(`${r.start}-${r.end}:${[...r.groups].slice(1).join('|')}`));
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

describe('PrefixMatcher (split leading lazy run) finds exactly what the whole regex finds', () => {
  test.each(PATTERNS)('%s', (pattern) => {
    const splitter = split(pattern);
    expect(splitter).toBeDefined();
    const whole = new RegexMatcher(compile(pattern));
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

describeWithShared(['fixtures', 'gitleaks', 'gitleaks-default.toml'], "PrefixMatcher on gitleaks' default rules", (file) => {
  test('every split rule matches like its whole regex', () => {
    const rules = loadConfig({ text: readFileSync(file, 'utf8') }).rules.filter((r) => r.regex !== undefined && splitLeadingPrefix(r.regex) !== undefined);
    expect(rules.length).toBeGreaterThan(50);
    const texts = corpus(11, 60).map((t, i) => `${t} ${rules[i % rules.length]?.keywords?.[0] ?? ''}_key = "a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6"\n${t}`);
    let matches = 0;
    for (const rule of rules) {
      const pattern = rule.regex as string;
      const whole = new RegexMatcher(compile(pattern));
      const splitter = split(pattern) as Matcher;
      for (const text of texts) {
        const expected = all(whole, text);
        matches += expected.length;
        expect([rule.id, all(splitter, text)]).toEqual([rule.id, expected]);
      }
    }
    expect(matches).toBeGreaterThan(20);
  });
});
