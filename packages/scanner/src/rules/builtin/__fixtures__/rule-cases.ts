// The shape of every rule family's examples (<family>.cases.ts). Each true positive is a realistic
// snippet and the exact secret the rule must report; each false positive (placeholders, docs
// examples, variable references, hashes, UUIDs, lookalikes) must produce no finding from any
// built-in rule.

export interface TruePositive {
  text: string;
  secret: string;
}

export interface RuleCases {
  ruleId: string;
  truePositives: TruePositive[];
  falsePositives: string[];
}

export const UPPER_ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

/** Joins parts at run time so that no published example appears as one literal in the source. */
export const join = (...parts: string[]): string => parts.join('');
