// The built-in rules' patterns are ours, reviewed and tested against pumped inputs
// (builtin-linearity.test.ts), so they may run on V8's faster backtracking engine. Trust follows
// the pattern text, not where a rule came from: a configuration that extends or copies a built-in
// rule keeps V8 for its unchanged patterns, and any pattern it writes itself runs on RE2.
import { BUILTIN_RULES } from '../../rules/index';

const REVIEWED: ReadonlySet<string> = new Set(
  BUILTIN_RULES.flatMap((rule) => [
    rule.regex,
    rule.path,
    ...(rule.allowlists ?? []).flatMap((a) => [...(a.regexes ?? []), ...(a.paths ?? [])]),
  ]).filter((pattern): pattern is string => pattern !== undefined),
);

export function isReviewedPattern(pattern: string): boolean {
  return REVIEWED.has(pattern);
}

const groupKey = (pattern: string, secretGroup: number): string => `${secretGroup}:${pattern}`;

/** Built-in rules' regexes with the secret group each takes, which their tests check the regex has. */
const REVIEWED_SECRET_GROUPS: ReadonlySet<string> = new Set(
  BUILTIN_RULES.flatMap((rule) => (rule.regex === undefined ? [] : [groupKey(rule.regex, rule.secretGroup ?? 0)])),
);

/** Whether a built-in rule takes this secret group of this regex: then it need not be translated to check the group exists. */
export function isReviewedSecretGroup(pattern: string, secretGroup: number): boolean {
  return REVIEWED_SECRET_GROUPS.has(groupKey(pattern, secretGroup));
}
