import { ConfigurationError } from '@mcp-secrets/ports';
import type { AllowlistSpec, ConfigSpec, GlobalAllowlistSpec, RuleSpec } from '../../types';
import { RegexTranslationError, translateGoRegex, type TranslatedRegex } from '../regex/go-regex';
import { splitLeadingPrefix } from '../regex/leading-prefix';
import { PrefixMatcher, RegexMatcher, type Matcher } from '../regex/matcher';
import { re2Pattern, Re2PatternError, v8Pattern, type Pattern } from '../regex/pattern';
import type { CompiledAllowlist, CompiledConfig, CompiledRule } from './compiled';
import { CONFIG_LIMITS } from './limits';
import { isReviewedPattern } from './reviewed-patterns';

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

type CompiledPattern = { pattern: Pattern; translated: TranslatedRegex };

/**
 * The patterns of one configuration, each compiled once: the same text recurs across rules
 * (shared allowlists, a split pattern's rest), three times per distinct pattern in the built-in
 * rules, and translating them was most of a scan's start-up.
 */
class PatternCompiler {
  private readonly done = new Map<string, CompiledPattern>();
  /** Every pattern's translation, by pattern (handed to worker threads, which then need not translate). */
  readonly translations = new Map<string, TranslatedRegex>();

  constructor(private readonly known: ReadonlyMap<string, TranslatedRegex> | undefined) {}

  /**
   * A pattern of the configuration, validated as gitleaks would (the translation refuses what RE2
   * refuses), on V8 when it is one of the built-in rules' own, else on RE2 (linear time).
   */
  compile(pattern: string, place: Place, reviewed = isReviewedPattern(pattern)): CompiledPattern {
    const key = `${reviewed ? 'v8' : 're2'}:${pattern}`;
    let compiled = this.done.get(key);
    if (compiled === undefined) {
      compiled = compilePattern(pattern, place, reviewed, this.known?.get(pattern));
      this.done.set(key, compiled);
      this.translations.set(pattern, compiled.translated);
    }
    return compiled;
  }
}

function compilePattern(pattern: string, place: Place, reviewed: boolean, known: TranslatedRegex | undefined): CompiledPattern {
  if (pattern.length > CONFIG_LIMITS.patternLength) {
    refuse(place, `regex of ${pattern.length} characters, longer than allowed (at most ${CONFIG_LIMITS.patternLength})`, 'shorten the pattern');
  }
  const translated = known ?? translateAt(pattern, place);
  if (reviewed) return { pattern: v8Pattern(translated), translated };
  try {
    return { pattern: re2Pattern(pattern, CONFIG_LIMITS.programSize), translated };
  } catch (error) {
    if (!(error instanceof Re2PatternError)) throw error;
    return refuse(place, `cannot use regex: ${error.message}`, 'simplify the pattern (large counted repetitions multiply its size)');
  }
}

function compileAllowlist(spec: GlobalAllowlistSpec | AllowlistSpec, place: Place, patterns: PatternCompiler): CompiledAllowlist {
  const empty = (spec.commits ?? []).length + (spec.paths ?? []).length + (spec.regexes ?? []).length + (spec.stopwords ?? []).length === 0;
  if (empty) refuse(place, 'an allowlist must contain at least one check for: commits, paths, regexes, or stopwords', 'add a check or remove the empty allowlist');
  const targetRules = 'targetRules' in spec && spec.targetRules !== undefined ? new Set(spec.targetRules) : undefined;
  return {
    description: spec.description ?? '',
    condition: spec.condition ?? 'OR',
    commits: new Set(spec.commits ?? []),
    paths: (spec.paths ?? []).map((p) => patterns.compile(p, { ...place, what: `${place.what} path` }).pattern),
    regexes: (spec.regexes ?? []).map((p) => patterns.compile(p, { ...place, what: `${place.what} regex` }).pattern),
    regexTarget: spec.regexTarget ?? 'secret',
    stopwords: (spec.stopwords ?? []).map((w) => w.toLowerCase()),
    targetRules,
  };
}

function compileRule(spec: RuleSpec, index: number, config: ConfigSpec, patterns: PatternCompiler): CompiledRule {
  const origin = config.ruleOrigins[spec.id] ?? { file: config.source };
  const place: Place = { file: origin.file, line: origin.line, what: `rule '${spec.id}'` };
  const compiled = spec.regex === undefined ? undefined : patterns.compile(spec.regex, place);
  const t = compiled?.translated;
  const secretGroup = spec.secretGroup ?? 0;
  if (t !== undefined && secretGroup > t.groupCount) {
    refuse(place, `invalid regex secret group ${secretGroup}, max regex secret group ${t.groupCount}`, 'set secretGroup to the number of a capture group in the regex');
  }
  return {
    id: spec.id,
    description: spec.description ?? '',
    matcher: spec.regex === undefined || compiled === undefined ? undefined : matcherFor(spec.regex, compiled.pattern, place, patterns),
    groupCount: t?.groupCount ?? 0,
    multiline: t?.multiline ?? false,
    secretGroup,
    entropy: spec.entropy ?? 0,
    keywords: (spec.keywords ?? []).map((k) => k.toLowerCase()).filter((k) => k !== ''),
    path: spec.path === undefined ? undefined : patterns.compile(spec.path, { ...place, what: `${place.what} path` }).pattern,
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

/** The split matcher when the pattern has a leading lazy class run, else the plain pattern. */
function matcherFor(source: string, whole: Pattern, place: Place, patterns: PatternCompiler): Matcher {
  const prefix = splitLeadingPrefix(source);
  if (prefix === undefined) return new RegexMatcher(whole);
  // The rest of a reviewed pattern is reviewed too: it runs on the same engine as the whole.
  return new PrefixMatcher(patterns.compile(prefix.rest, place, isReviewedPattern(source)).pattern, prefix);
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

/**
 * Compiles every regex of the configuration; any untranslatable pattern is a ConfigurationError.
 * `translations`: those of an earlier compilation of the same configuration (a worker thread's copy).
 */
export function compileConfig(config: ConfigSpec, translations?: ReadonlyMap<string, TranslatedRegex>): CompiledConfig {
  const patterns = new PatternCompiler(translations);
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
  return { title: config.title ?? '', rules, allowlists, warnings: [...config.warnings], spec: config, translations: patterns.translations };
}
