import { RegexTranslationError, translateGoRegex } from './go-regex';

function re(pattern: string): RegExp {
  const t = translateGoRegex(pattern);
  return new RegExp(t.source, t.flags);
}

describe('translateGoRegex', () => {
  test('(?i) expands letters into classes without JS modifiers', () => {
    const t = translateGoRegex('(?i)abc');
    expect(t.source).not.toContain('(?i');
    expect(re('(?i)abc').test('xAbC')).toBe(true);
    expect(re('abc').test('ABC')).toBe(false);
  });

  test('(?i) in the middle applies to the rest of the enclosing group only', () => {
    const r = re('\\b(p8e-(?i)[a-z0-9]{4})x');
    expect(r.test('p8e-AbC1x')).toBe(true);
    expect(r.test('P8E-abc1x')).toBe(false);
    expect(r.test('p8e-abc1X')).toBe(false);
    const g = re('(?:a(?i)b)c');
    expect(g.test('aBc')).toBe(true);
    expect(g.test('aBC')).toBe(false);
  });

  test('flag groups (?i:...) and (?-i:...) scope flags', () => {
    expect(re('x(?i:ab)y').test('xABy')).toBe(true);
    expect(re('x(?i:ab)y').test('xABY')).toBe(false);
    const r = re('(?i)key(?-i:ZZ)');
    expect(r.test('KEYZZ')).toBe(true);
    expect(r.test('KEYzz')).toBe(false);
  });

  test('(?i) folds character classes, ranges and negated classes', () => {
    expect(re('(?i)[a-c]+$').test('AbC')).toBe(true);
    expect(re('(?i)^[^a-z]$').test('Q')).toBe(false);
    expect(re('(?i)^[^a-z]$').test('1')).toBe(true);
  });

  test('(?s) lets . match newlines; default . does not', () => {
    expect(re('a.b').test('a\nb')).toBe(false);
    expect(re('(?s)a.b').test('a\nb')).toBe(true);
    expect(re('(?s:a.)b').test('a\nb')).toBe(true);
  });

  test('(?m) makes ^ and $ line anchors; default they anchor the text', () => {
    expect(re('^b').test('a\nb')).toBe(false);
    expect(re('(?m)^b$').test('a\nb\nc')).toBe(true);
    expect(re('a$').test('a\nb')).toBe(false);
  });

  test('\\A and \\z anchor the text (\\z is not a literal z)', () => {
    expect(re('abc\\z').test('abc')).toBe(true);
    expect(re('abc\\z').test('abcz')).toBe(false);
    expect(re('abc\\z').test('abc\n')).toBe(false);
    expect(re('\\Aabc').test('xabc')).toBe(false);
  });

  test('POSIX classes, including negated ones, inside brackets', () => {
    expect(re('^[[:alnum:]]+$').test('aZ9')).toBe(true);
    expect(re('^[[:alnum:]]+$').test('a:')).toBe(false);
    expect(re('^[[:^digit:]]+$').test('ab')).toBe(true);
    expect(re('^[[:^digit:]]+$').test('a1')).toBe(false);
    expect(re('^[[:xdigit:][:space:]]+$').test('ff 0A')).toBe(true);
    expect(() => translateGoRegex('[[:nope:]]')).toThrow(RegexTranslationError);
  });

  test('Perl classes follow RE2 (ASCII \\s without \\v), also negated inside brackets', () => {
    expect(re('^\\s$').test('\v')).toBe(false);
    expect(re('^\\s$').test('\t')).toBe(true);
    expect(re('^[\\D]+$').test('ab')).toBe(true);
    expect(re('^[\\W\\d]+$').test('-1')).toBe(true);
  });

  test('\\Q...\\E quotes literally', () => {
    expect(re('\\Qa.b*c\\E$').test('a.b*c')).toBe(true);
    expect(re('\\Qa.b*c\\E$').test('axbbc')).toBe(false);
    expect(re('(?i)\\Qab\\E').test('AB')).toBe(true);
  });

  test('Unicode classes \\pL, \\p{Greek}, \\PL, \\p{^Greek}', () => {
    expect(re('^\\pL+$').test('héllo')).toBe(true);
    expect(re('^\\p{Greek}+$').test('αβγ')).toBe(true);
    expect(re('^\\p{Greek}+$').test('abc')).toBe(false);
    expect(re('^\\PL$').test('1')).toBe(true);
    expect(re('^\\p{^Greek}$').test('a')).toBe(true);
    expect(re('^[\\p{Lu}0-9]+$').test('A1')).toBe(true);
    expect(() => translateGoRegex('\\p{Klingon}')).toThrow(/Klingon/);
  });

  test('named groups (?P<name>...) and (?<name>...) are numbered capture groups', () => {
    const t = translateGoRegex('(?P<key>a)(?<v>b)(c)');
    expect(t.groupCount).toBe(3);
    expect(re('(?P<key>a+)-(b)').exec('aa-b')?.[1]).toBe('aa');
  });

  test('hex, braced hex and octal escapes', () => {
    expect(re('^\\x41\\x{42}\\x{1F600}$').test('AB😀')).toBe(true);
    expect(re('^\\101\\0$').test('A\0')).toBe(true);
    expect(re('^\\x60$').test('`')).toBe(true);
  });

  test('escaped punctuation and literal braces', () => {
    expect(re("^[\\'\\\"]\\#\\-$").test("'#-")).toBe(true);
    expect(re('^a{,3}$').test('a{,3}')).toBe(true);
    expect(re('^a{2}$').test('aa')).toBe(true);
    expect(re('^x]$').test('x]')).toBe(true);
    expect(re('^[]a]+$').test(']a')).toBe(true);
  });

  test('lazy quantifiers stay lazy; (?U) swaps greediness', () => {
    expect(re('a+?').exec('aaa')?.[0]).toBe('a');
    expect(re('(?U)a+').exec('aaa')?.[0]).toBe('a');
    expect(re('(?U)a+?').exec('aaa')?.[0]).toBe('aaa');
  });

  test.each([
    ['a++', /possessive/],
    ['a*+', /possessive/],
    ['a**', /nested repetition/],
    ['(?=a)', /lookahead/],
    ['(?<!a)b', /lookbehind/],
    ['(a)\\1', /backreference/],
    ['\\C', /any byte/],
    ['a{1001}', /repeat count/],
    ['(?x)a', /invalid flags/],
    ['(a', /missing closing \)/],
    ['a)', /unbalanced/],
    ['[a', /missing closing \]/],
    ['*a', /missing argument/],
    ['\\y', /unknown escape/],
    ['[z-a]', /range/],
  ])('rejects %s with the construct named', (pattern, message) => {
    expect(() => translateGoRegex(pattern)).toThrow(message);
  });

  test('a quantified assertion compiles', () => {
    expect(re('(?:^|x)*b').test('b')).toBe(true);
    expect(re('^*b').test('b')).toBe(true);
  });
});

describe('translateGoRegex: flag choice', () => {
  test('plain patterns compile without the u flag (so V8 can fall back to its linear engine)', () => {
    expect(translateGoRegex('(?i)key[\\w.-]{0,20}\\x{00e9}[^a]').flags).toBe('');
    expect(translateGoRegex('[\\D]').flags).toBe('');
  });

  test('Unicode properties and astral characters need the u flag', () => {
    expect(translateGoRegex('\\pL').flags).toBe('u');
    expect(translateGoRegex('[\\p{Greek}a]').flags).toBe('u');
    expect(translateGoRegex('\\x{1F600}').flags).toBe('u');
    expect(translateGoRegex('[😀-😂]').flags).toBe('u');
  });

  test('negated classes without the u flag still reject only what they exclude', () => {
    expect(re('^[^a]$').test('😀'.slice(0, 1))).toBe(true);
    expect(re('^[\\D]+$').test('é😀')).toBe(true);
  });
});
