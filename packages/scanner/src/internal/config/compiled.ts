import type { AllowlistCondition, RegexTarget } from '../../types';
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

export interface CompiledRule {
  id: string;
  description: string;
  /** How the engine runs the rule's regex (possibly split for speed, same matches); undefined for a path-only rule. */
  matcher?: Matcher;
  groupCount: number;
  /** The regex may span many lines (see TranslatedRegex.multiline). */
  multiline: boolean;
  secretGroup: number;
  entropy: number;
  /** Lower-cased keywords; empty = the rule runs on every text. */
  keywords: string[];
  path?: Pattern;
  tags: string[];
  allowlists: CompiledAllowlist[];
}

export interface CompiledConfig {
  title: string;
  rules: CompiledRule[];
  allowlists: CompiledAllowlist[];
  warnings: string[];
}
