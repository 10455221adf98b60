import type { AllowlistCondition, ConfigSpec, RegexTarget } from '../../types';
import type { Matcher } from '../regex/matcher';
import type { Pattern } from '../regex/pattern';

export interface CompiledAllowlist {
  description: string;
  condition: AllowlistCondition;
  commits: ReadonlySet<string>;
  paths: Pattern[];
  regexes: Pattern[];
  regexTarget: RegexTarget;
  /** Lower-cased, as gitleaks compares them. */
  stopwords: string[];
  /** Global allowlists only: the rules it applies to (undefined = all). */
  targetRules?: ReadonlySet<string>;
}

/** How a rule's findings give way to others' on the same secret (see detect/resolve.ts). */
export type RulePrecedence = 'specific' | 'catch-all' | 'gitleaks';

export interface CompiledRequirement {
  id: string;
  withinLines?: number;
  withinColumns?: number;
}

/** How detection runs a rule's regex. */
export interface RuleRegex {
  /** Possibly split for speed, with the same matches. */
  readonly matcher: Matcher;
  readonly groupCount: number;
  /** The regex may span many lines (see TranslatedRegex.multiline). */
  readonly multiline: boolean;
}

export interface CompiledRule {
  id: string;
  /** Position in the configuration: between two specific rules on one secret of one length, the earlier wins. */
  index: number;
  description: string;
  /** Undefined for a path-only rule. A built-in pattern is translated and compiled the first time the rule runs. */
  regex?: RuleRegex;
  secretGroup: number;
  entropy: number;
  /** Lower-cased keywords; empty = the rule runs on every text. */
  keywords: string[];
  path?: Pattern;
  tags: string[];
  allowlists: CompiledAllowlist[];
  /**
   * `specific` and `catch-all`: built-in rules, deduplicated by secret span (a catch-all yields to
   * any other rule on an overlapping secret; of two specific ones the longer secret stays).
   * `gitleaks`: a configuration's own rule, deduplicated as gitleaks does.
   */
  precedence: RulePrecedence;
  /** A built-in check of the secret (a checksum); a rejected secret is not reported. */
  validate?: (secret: string) => boolean;
  /** Composite rule: rules that must match near each finding (empty for a plain rule). */
  required: CompiledRequirement[];
  /** Only another rule's required part: never reported itself. */
  skipReport: boolean;
}

export interface CompiledConfig {
  title: string;
  rules: CompiledRule[];
  allowlists: CompiledAllowlist[];
  warnings: string[];
  /** What it was compiled from: worker threads compile their own copy (compiled patterns cannot be sent). */
  spec?: ConfigSpec;
}
