// A built-in rule: a rule in gitleaks' vocabulary, plus where other scanners detect the same token
// kind, so that docs/rules.md can list equivalents and a migrating team's gitleaks rule ids keep
// working (`.gitleaksignore` fingerprints, rule-id allowlists, `disabledRules`).
import type { RuleSpec } from '../../types';

export interface BuiltinRule extends RuleSpec {
  equivalents?: {
    /** gitleaks' default rule for this token kind; when set, `id` is the same. */
    gitleaks?: string;
    /** Betterleaks' rule id for it, where Betterleaks has one. */
    betterleaks?: string;
  };
}
