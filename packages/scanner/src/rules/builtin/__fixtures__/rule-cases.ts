// The shape of every rule family's examples (<family>.cases.ts). Each true positive is a realistic
// snippet and the exact secret the rule must report; each false positive (placeholders, docs
// examples, variable references, hashes, UUIDs, lookalikes) must produce no finding from any
// built-in rule.

/** Where a case's text is scanned from; path-bound rules (`.tf`, `.npmrc`, `*.p12`) need their file name. */
export const DEFAULT_CASE_PATH = 'fixture.txt';

export interface TruePositive {
  text: string;
  secret: string;
  /** The file the text is scanned as (DEFAULT_CASE_PATH when absent). */
  path?: string;
  /**
   * Other findings the text must yield besides the rule's own: the parts a composite rule requires
   * that are reported by their own rule (an AWS access key id next to its secret key).
   */
  others?: Array<{ ruleId: string; secret: string }>;
}

/** A near miss; a plain string is scanned as DEFAULT_CASE_PATH. */
export type FalsePositive = string | { text: string; path?: string };

export interface RuleCases {
  ruleId: string;
  truePositives: TruePositive[];
  falsePositives: FalsePositive[];
}

export const UPPER_ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

/** Joins parts at run time so that no published example appears as one literal in the source. */
export const join = (...parts: string[]): string => parts.join('');
