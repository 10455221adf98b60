import { encodePathSegments, fileUri, repoRelativePath } from './paths';

describe('repoRelativePath', () => {
  test('relative paths are normalised to POSIX without a leading ./', () => {
    expect(repoRelativePath('./a\\b/c.ts')).toBe('a/b/c.ts');
    expect(repoRelativePath('a/b.ts', '/repo')).toBe('a/b.ts');
  });

  test('absolute paths inside the root become relative; outside, undefined', () => {
    expect(repoRelativePath('/repo/x/y.ts', '/repo')).toBe('x/y.ts');
    expect(repoRelativePath('/other/y.ts', '/repo')).toBeUndefined();
    expect(repoRelativePath('/repo', '/repo')).toBeUndefined();
    expect(repoRelativePath('../up.ts')).toBeUndefined();
    expect(repoRelativePath('/abs.ts')).toBeUndefined();
  });
});

describe('URIs', () => {
  test('each segment is percent-encoded, slashes kept', () => {
    expect(encodePathSegments('a b/ü#?%.ts')).toBe('a%20b/%C3%BC%23%3F%25.ts');
  });

  test('file URIs, with a trailing slash for directories', () => {
    expect(fileUri('/a b', true)).toBe('file:///a%20b/');
    expect(fileUri('/a b/c.ts', false)).toBe('file:///a%20b/c.ts');
  });
});
