import { ConfigurationError } from '@mcp-secrets/ports';
import type { AllowlistSpec, ConfigSpec, GlobalAllowlistSpec, RuleSpec } from '../../types';
import { RegexTranslationError, translateGoRegex, type TranslatedRegex } from '../regex/go-regex';
import { splitLeadingPrefix } from '../regex/leading-prefix';
import { PrefixMatcher, RegexMatcher, type Matcher } from '../regex/matcher';
import { lazyPattern, re2Pattern, Re2PatternError, v8Pattern, type Pattern } from '../regex/pattern';
import type { CompiledAllowlist, CompiledConfig, CompiledRule, RuleRegex } from './compiled';
import { CONFIG_LIMITS } from './limits';
import { isReviewedPattern, isReviewedSecretGroup } from './reviewed-patterns';

/** Compiles a Go pattern; `flags` adds JavaScript flags (e.g. `g`) to the translation's own. */
export function compileGoRegex(pattern: string, flags = ''): RegExp {
  const t = translateGoRegex(pattern);
  return new RegExp(t.source, t.flags + flags);
}

interface Place {
  file: string;
  line?: number;
  what: string;
}

function refuse(place: Place, message: string, hint: string): never {
  throw new ConfigurationError(`${place.what}: ${message}`, { file: place.file, line: place.line, hint });
}

/**
 * The patterns of one configuration, each compiled once: the same text recurs across rules
 * (shared allowlists, a split pattern's rest). A configuration's own patterns are translated and
 * checked now, so their errors come before the scan; the built-in rules' patterns (tested to
 * translate) are translated the first time they run.
 */
class PatternCompiler {
  private readonly done = new Map<string, Pattern>();
  private readonly translations = new Map<string, TranslatedRegex>();

  /**
   * A pattern of the configuration, validated as gitleaks would (the translation refuses what RE2
   * refuses), on V8 when it is one of the built-in rules' own, else on RE2 (linear time).
   */
  compile(pattern: string, place: Place, reviewed = isReviewedPattern(pattern)): Pattern {
    const key = `${reviewed ? 'v8' : 're2'}:${pattern}`;
    let compiled = this.done.get(key);
    if (compiled === undefined) {
      compiled = this.compileOnce(pattern, place, reviewed);
      this.done.set(key, compiled);
    }
    return compiled;
  }

  translate(pattern: string, place: Place): TranslatedRegex {
    let translated = this.translations.get(pattern);
    if (translated === undefined) {
      translated = translateAt(pattern, place);
      this.translations.set(pattern, translated);
    }
    return translated;
  }

  /** A rule's regex; the secret group is checked against the pattern's groups now. */
  rule(source: string, place: Place, secretGroup: number): RuleRegex {
    const reviewed = isReviewedPattern(source);
    const whole = this.compile(source, place, reviewed);
    if (secretGroup > 0 && !isReviewedSecretGroup(source, secretGroup)) {
      const groups = this.translate(source, place).groupCount;
      if (secretGroup > groups) refuse(place, `invalid regex secret group ${secretGroup}, max regex secret group ${groups}`, 'set secretGroup to the number of a capture group in the regex');
    }
    const build = (): RuleRegex => {
      const { groupCount, multiline } = this.translate(source, place);
      return { matcher: this.matcherFor(source, whole, place, reviewed), groupCount, multiline };
    };
    return reviewed ? lazyRuleRegex(build) : build();
  }

  private compileOnce(pattern: string, place: Place, reviewed: boolean): Pattern {
    if (pattern.length > CONFIG_LIMITS.patternLength) {
      refuse(place, `regex of ${pattern.length} characters, longer than allowed (at most ${CONFIG_LIMITS.patternLength})`, 'shorten the pattern');
    }
    if (reviewed) return lazyPattern(() => v8Pattern(this.translate(pattern, place)));
    this.translate(pattern, place);
    try {
      return re2Pattern(pattern, CONFIG_LIMITS.programSize);
    } catch (error) {
      if (!(error instanceof Re2PatternError)) throw error;
      return refuse(place, `cannot use regex: ${error.message}`, 'simplify the pattern (large counted repetitions multiply its size)');
    }
  }

  /** The split matcher when the pattern has a leading lazy class run, else the plain pattern. */
  private matcherFor(source: string, whole: Pattern, place: Place, reviewed: boolean): Matcher {
    const prefix = splitLeadingPrefix(source);
    if (prefix === undefined) return new RegexMatcher(whole);
    // The rest of a reviewed pattern is reviewed too: it runs on the same engine as the whole.
    return new PrefixMatcher(this.compile(prefix.rest, place, reviewed), prefix);
  }
}

/** A built-in rule's regex, built the first time a text holds one of the rule's keywords. */
function lazyRuleRegex(build: () => RuleRegex): RuleRegex {
  let built: RuleRegex | undefined;
  const regex = (): RuleRegex => (built ??= build());
  return {
    get matcher() {
      return regex().matcher;
    },
    get groupCount() {
      return regex().groupCount;
    },
    get multiline() {
      return regex().multiline;
    },
  };
}

function compileAllowlist(spec: GlobalAllowlistSpec | AllowlistSpec, place: Place, patterns: PatternCompiler): CompiledAllowlist {
  const empty = (spec.commits ?? []).length + (spec.paths ?? []).length + (spec.regexes ?? []).length + (spec.stopwords ?? []).length === 0;
  if (empty) refuse(place, 'an allowlist must contain at least one check for: commits, paths, regexes, or stopwords', 'add a check or remove the empty allowlist');
  const targetRules = 'targetRules' in spec && spec.targetRules !== undefined ? new Set(spec.targetRules) : undefined;
  return {
    description: spec.description ?? '',
    condition: spec.condition ?? 'OR',
    commits: new Set(spec.commits ?? []),
    paths: (spec.paths ?? []).map((p) => patterns.compile(p, { ...place, what: `${place.what} path` })),
    regexes: (spec.regexes ?? []).map((p) => patterns.compile(p, { ...place, what: `${place.what} regex` })),
    regexTarget: spec.regexTarget ?? 'secret',
    stopwords: (spec.stopwords ?? []).map((w) => w.toLowerCase()),
    targetRules,
  };
}

function compileRule(spec: RuleSpec, index: number, config: ConfigSpec, patterns: PatternCompiler): CompiledRule {
  const origin = config.ruleOrigins[spec.id] ?? { file: config.source };
  const place: Place = { file: origin.file, line: origin.line, what: `rule '${spec.id}'` };
  const secretGroup = spec.secretGroup ?? 0;
  return {
    id: spec.id,
    description: spec.description ?? '',
    regex: spec.regex === undefined ? undefined : patterns.rule(spec.regex, place, secretGroup),
    secretGroup,
    entropy: spec.entropy ?? 0,
    keywords: (spec.keywords ?? []).map((k) => k.toLowerCase()).filter((k) => k !== ''),
    path: spec.path === undefined ? undefined : patterns.compile(spec.path, { ...place, what: `${place.what} path` }),
    tags: spec.tags ?? [],
    allowlists: (spec.allowlists ?? []).map((a) => compileAllowlist(a, { ...place, what: `${place.what} allowlist` }, patterns)),
    index,
    precedence: spec.catchAll === undefined ? 'gitleaks' : spec.catchAll ? 'catch-all' : 'specific',
    ...(spec.validate === undefined ? {} : { validate: spec.validate }),
    required: (spec.required ?? []).map((r) => ({ ...r })),
    skipReport: spec.skipReport ?? false,
  };
}

/** Every `[[rules.required]]` names another rule of the configuration. */
function checkRequired(rules: readonly CompiledRule[], config: ConfigSpec): void {
  const ids = new Set(rules.map((r) => r.id));
  for (const rule of rules) {
    for (const r of rule.required) {
      if (r.id !== rule.id && ids.has(r.id)) continue;
      const origin = config.ruleOrigins[rule.id] ?? { file: config.source };
      refuse(
        { ...origin, what: `rule '${rule.id}'` },
        r.id === rule.id ? 'a rule cannot require itself' : `required rule '${r.id}' is not a rule of this configuration`,
        'name another rule of the configuration (a disabled rule cannot be required)',
      );
    }
  }
}

function translateAt(pattern: string, place: Place): TranslatedRegex {
  try {
    return translateGoRegex(pattern);
  } catch (err) {
    if (err instanceof RegexTranslationError) refuse(place, `cannot use regex: ${err.message}`, 'rewrite the pattern in RE2 syntax that gitleaks accepts');
    throw err;
  }
}

/** Keywords become states of the prefilter's automaton: their total length is capped. */
function checkKeywordBudget(rules: readonly CompiledRule[], config: ConfigSpec): void {
  let characters = 0;
  for (const rule of rules) {
    characters += rule.keywords.reduce((n, k) => n + k.length, 0);
    if (characters > CONFIG_LIMITS.keywordCharacters) {
      const origin = config.ruleOrigins[rule.id] ?? { file: config.source };
      refuse(
        { ...origin, what: `rule '${rule.id}'` },
        `the rules' keywords reach ${characters} characters, more than allowed (at most ${CONFIG_LIMITS.keywordCharacters} in a configuration)`,
        'use fewer, shorter keywords',
      );
    }
  }
}

/** Compiles the configuration; any untranslatable pattern of its own is a ConfigurationError. */
export function compileConfig(config: ConfigSpec): CompiledConfig {
  const patterns = new PatternCompiler();
  const rules = config.rules.map((r, i) => compileRule(r, i, config, patterns));
  checkKeywordBudget(rules, config);
  checkRequired(rules, config);
  const ids = new Set(rules.map((r) => r.id));
  const allowlists = config.allowlists.map((a, i) => {
    for (const target of a.targetRules ?? []) {
      if (!ids.has(target)) {
        throw new ConfigurationError(`global allowlist #${i + 1}: targetRules names '${target}', which is not a rule of this configuration`, {
          file: config.source,
          hint: 'fix the rule id or remove it from targetRules',
        });
      }
    }
    return compileAllowlist(a, { file: config.source, what: `global allowlist #${i + 1}` }, patterns);
  });
  return { title: config.title ?? '', rules, allowlists, warnings: [...config.warnings], spec: config };
}
