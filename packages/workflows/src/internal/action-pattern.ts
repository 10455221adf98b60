/**
 * `*`, `owner/*`, `owner/repo` and `owner/repo/*` against a lower-case action
 * name; `owner/repo/*` also matches the bare repository.
 */
export function matchesActionPattern(pattern: string, name: string): boolean {
  return actionPatternMatcher(pattern)(name);
}

/** The pattern prepared once, for lists checked against every `uses:`. */
export function actionPatternMatcher(pattern: string): (name: string) => boolean {
  const p = pattern.toLowerCase();
  if (p === '*') return () => true;
  const base = p.endsWith('/*') ? p.slice(0, -2) : p;
  const prefix = `${base}/`;
  return (name) => name === base || name.startsWith(prefix);
}
