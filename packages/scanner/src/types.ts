// The configuration model, in gitleaks' TOML vocabulary (camelCase keys as gitleaks writes them).

export type AllowlistCondition = 'OR' | 'AND';
export type RegexTarget = 'secret' | 'match' | 'line';

export interface AllowlistSpec {
  description?: string;
  condition?: AllowlistCondition;
  commits?: string[];
  /** Go regexes matched against the file path. */
  paths?: string[];
  /** Go regexes matched against `regexTarget` (the secret by default). */
  regexes?: string[];
  regexTarget?: RegexTarget;
  stopwords?: string[];
}

/** A global allowlist may be limited to some rules, as gitleaks' `[[allowlists]] targetRules`. */
export interface GlobalAllowlistSpec extends AllowlistSpec {
  targetRules?: string[];
}

/**
 * One `[[rules.required]]` entry of a composite rule (gitleaks 8.28): the primary rule is reported
 * only where rule `id` also matches nearby. Without either bound, anywhere in the same text.
 */
export interface RequiredRuleSpec {
  id: string;
  /** At most this many lines between the two findings' first lines. */
  withinLines?: number;
  /** At most this many characters between the two findings' first columns. */
  withinColumns?: number;
}

export interface RuleSpec {
  id: string;
  description?: string;
  /** Go RE2 syntax, as in gitleaks TOML. */
  regex?: string;
  secretGroup?: number;
  entropy?: number;
  keywords?: string[];
  /** Go regex on the file path: alone, the file itself is the finding. */
  path?: string;
  tags?: string[];
  allowlists?: AllowlistSpec[];
  /** Composite rule: reported only where each of these rules matches too (gitleaks' `[[rules.required]]`). */
  required?: RequiredRuleSpec[];
  /** Never reported by itself: the rule only serves as another rule's `required` part (gitleaks' `skipReport`). */
  skipReport?: boolean;
  /**
   * Not TOML (built-in rules only): a catch-all rule (generic assignments, URL credentials, HTTP
   * headers, JWTs) yields to any other rule whose secret overlaps its own, so one secret is one
   * finding. Built-in rules without it are specific; a TOML rule has it undefined and is deduplicated
   * as gitleaks does (a rule whose id contains `generic` yields on the same line).
   */
  catchAll?: boolean;
  /**
   * Not TOML (built-in rules only): a check of the secret the regex cannot make (a checksum). A
   * secret it rejects is not reported (counted in `stats.suppressed.checksum`), and catch-all rules
   * do not report it either.
   */
  validate?: (secret: string) => boolean;
}

/** A loaded (not yet compiled) configuration: the built-in or extended rules already merged in. */
export interface ConfigSpec {
  title?: string;
  rules: RuleSpec[];
  allowlists: GlobalAllowlistSpec[];
  /** Where the configuration came from (a file path, or `<built-in>`), for error messages. */
  source: string;
  /** Things the user should know but that do not stop the scan (a rule without regex ignored, ...). */
  warnings: string[];
  /** File and line where each rule was (last) defined, so compile errors can point at it. */
  ruleOrigins: Record<string, RuleOrigin>;
}

export interface RuleOrigin {
  file: string;
  line?: number;
}
