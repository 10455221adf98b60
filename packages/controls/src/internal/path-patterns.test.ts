import { matchesAny, patternToRegExp } from './path-patterns';

describe('patternToRegExp (CODEOWNERS / gitignore style)', () => {
  test.each([
    ['*', 'a/b/c.txt', true],
    ['*.yaml', 'config/secrets.enc.yaml', true],
    ['/.sops.yaml', '.sops.yaml', true],
    ['/.sops.yaml', 'sub/.sops.yaml', false],
    ['.sops.yaml', 'sub/.sops.yaml', true],
    ['config/*.enc.yaml', 'config/secrets.enc.yaml', true],
    ['config/*.enc.yaml', 'other/config/secrets.enc.yaml', false],
    ['/.github/workflows/', '.github/workflows/ci.yml', true],
    ['/.github/workflows/', '.github/workflows', false],
    ['docs', 'docs/a/b.md', true],
    ['test/fixtures/**', 'test/fixtures/a/key.txt', true],
    ['**/fixtures/*.pem', 'a/b/fixtures/k.pem', true],
    ['key?.txt', 'key1.txt', true],
    ['a.b', 'axb', false],
  ])('%s vs %s → %s', (pattern, path, expected) => {
    expect(patternToRegExp(pattern).test(path)).toBe(expected);
  });

  test('matchesAny', () => {
    expect(matchesAny('x/y.pem', ['*.key', '*.pem'])).toBe(true);
    expect(matchesAny('x/y.pem', [])).toBe(false);
  });
});
