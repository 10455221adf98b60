// Caps on what a gitleaks configuration may ask of the engine. A configuration is repository
// content, so it is hostile input: past these it is refused at load time (with the rule, file and
// line) instead of costing the job its time or memory. Each is far above real configurations:
// gitleaks' own default (~100 KB) has 222 rules, at most 10 keywords a rule, ~2,000 keyword
// characters, 1,446 stopwords in one allowlist, patterns of at most 931 characters and RE2
// programs of at most ~2,000 instructions.
export const CONFIG_LIMITS = {
  /** Bytes of each configuration file (and of an inline configuration). */
  fileBytes: 4 * 1024 * 1024,
  /** Rules in one file, and in the configuration once [extend] is merged. */
  rules: 5000,
  keywordsPerRule: 1000,
  /** Keyword characters over the whole configuration: each is a state of the prefilter's DFA. */
  keywordCharacters: 65536,
  /** `[[rules.required]]` entries of one composite rule. */
  requiredPerRule: 100,
  /** Allowlists of one rule, and global allowlists. */
  allowlists: 100,
  /** Entries of one allowlist list (commits, paths, regexes or stopwords). */
  allowlistEntries: 10000,
  /** Characters of one regex (rule regex or path, allowlist regex or path). */
  patternLength: 4096,
  /** Instructions of one compiled RE2 program: the per-character cost of running it. */
  programSize: 10000,
} as const;
