import { CONFIG_LIMITS, re2Pattern, type Pattern } from '@mcp-secrets/scanner';

/**
 * gitignore-style patterns (CODEOWNERS and the allowlists use them): `*` within a segment, `**` across,
 * a pattern with an inner `/` is anchored at the root, a trailing `/` matches only what is inside.
 */
export function patternToRegExp(pattern: string): Pattern {
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
  // On RE2 (linear time): a CODEOWNERS line of many stars (a*a*a*...b) backtracks polynomially on
  // V8. The source is valid RE2 as well (the escapes above are RE2's too).
  return re2Pattern(`${prefix}${source}${suffix}`, CONFIG_LIMITS.programSize);
}

export function matchesAny(path: string, patterns: string[]): boolean {
  return patterns.some((pattern) => patternToRegExp(pattern).test(path));
}
