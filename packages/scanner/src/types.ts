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
