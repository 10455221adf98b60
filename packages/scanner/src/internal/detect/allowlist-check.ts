import type { CompiledAllowlist } from '../config/compiled';
import type { Pattern } from '../regex/pattern';

/** What an allowlist looks at for one candidate finding. */
export interface AllowlistSubject {
  ruleId: string;
  commit: string;
  path: string;
  secret: string;
  match: string;
  /** The whole line(s) holding the match. */
  line: string;
}

function test(re: Pattern, s: string): boolean {
  return re.test(s);
}

function regexTarget(a: CompiledAllowlist, s: AllowlistSubject): string {
  return a.regexTarget === 'match' ? s.match : a.regexTarget === 'line' ? s.line : s.secret;
}

function containsStopword(a: CompiledAllowlist, secret: string): boolean {
  if (a.stopwords.length === 0) return false;
  const lowered = secret.toLowerCase();
  return a.stopwords.some((w) => lowered.includes(w));
}

/** gitleaks' semantics: OR = any check passes; AND = every configured check passes. */
export function isAllowlisted(a: CompiledAllowlist, s: AllowlistSubject): boolean {
  if (a.targetRules !== undefined && !a.targetRules.has(s.ruleId)) return false;
  const commitOk = s.commit !== '' && a.commits.has(s.commit);
  const pathOk = a.paths.some((re) => test(re, s.path));
  if (a.condition === 'AND') {
    const checks: (() => boolean)[] = [];
    if (a.commits.size > 0) checks.push(() => commitOk);
    if (a.paths.length > 0) checks.push(() => pathOk);
    if (a.regexes.length > 0) checks.push(() => a.regexes.some((re) => test(re, regexTarget(a, s))));
    if (a.stopwords.length > 0) checks.push(() => containsStopword(a, s.secret));
    return checks.every((c) => c());
  }
  return commitOk || pathOk || a.regexes.some((re) => test(re, regexTarget(a, s))) || containsStopword(a, s.secret);
}

/** A global OR allowlist that matches the path or commit alone skips the whole file (fast path). */
export function isTargetAllowlisted(allowlists: readonly CompiledAllowlist[], path: string, commit: string): boolean {
  return allowlists.some(
    (a) =>
      a.condition === 'OR' &&
      a.targetRules === undefined &&
      ((commit !== '' && a.commits.has(commit)) || a.paths.some((re) => test(re, path))),
  );
}
