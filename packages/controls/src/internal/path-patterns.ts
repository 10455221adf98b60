/**
 * gitignore-style patterns (CODEOWNERS and the allowlists use them): `*` within a segment, `**` across,
 * a pattern with an inner `/` is anchored at the root, a trailing `/` matches only what is inside.
 */
export function patternToRegExp(pattern: string): RegExp {
  const dirOnly = pattern.endsWith('/');
  let body = dirOnly ? pattern.slice(0, -1) : pattern;
  const anchored = body.includes('/');
  body = body.replace(/^\//, '');
  const source = body
    .split(/(\*\*\/|\/\*\*|\*\*|\*|\?)/)
    .map((part) => {
      switch (part) {
        case '**/':
          return '(?:.*/)?';
        case '/**':
          return '(?:/.*)?';
        case '**':
          return '.*';
        case '*':
          return '[^/]*';
        case '?':
          return '[^/]';
        default:
          return part.replace(/[.+^${}()|[\]\\]/g, '\\$&');
      }
    })
    .join('');
  const prefix = anchored ? '^' : '^(?:.*/)?';
  const suffix = dirOnly ? '/.*$' : '(?:/.*)?$';
  return new RegExp(prefix + source + suffix);
}

export function matchesAny(path: string, patterns: string[]): boolean {
  return patterns.some((pattern) => patternToRegExp(pattern).test(path));
}
