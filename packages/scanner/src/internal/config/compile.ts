import { ConfigurationError } from '@mcp-secrets/ports';
import type { AllowlistSpec, ConfigSpec, GlobalAllowlistSpec, RuleSpec } from '../../types';
import { enableBacktrackGuard } from '../regex/backtrack-guard';
import { RegexTranslationError, translateGoRegex, type TranslatedRegex } from '../regex/go-regex';
import { splitLeadingPrefix } from '../regex/leading-prefix';
import { PrefixMatcher, RegexMatcher, type Matcher } from '../regex/matcher';
import type { CompiledAllowlist, CompiledConfig, CompiledRule } from './compiled';

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

function compileAt(pattern: string, place: Place, flags = ''): RegExp {
  const t = translateAt(pattern, place);
  return new RegExp(t.source, t.flags + flags);
}

function compileAllowlist(spec: GlobalAllowlistSpec | AllowlistSpec, place: Place): CompiledAllowlist {
  const empty = (spec.commits ?? []).length + (spec.paths ?? []).length + (spec.regexes ?? []).length + (spec.stopwords ?? []).length === 0;
  if (empty) {
    throw new ConfigurationError(`${place.what}: an allowlist must contain at least one check for: commits, paths, regexes, or stopwords`, {
      file: place.file,
      line: place.line,
      hint: 'add a check or remove the empty allowlist',
    });
  }
  const targetRules = 'targetRules' in spec && spec.targetRules !== undefined ? new Set(spec.targetRules) : undefined;
  return {
    description: spec.description ?? '',
    condition: spec.condition ?? 'OR',
    commits: new Set(spec.commits ?? []),
    paths: (spec.paths ?? []).map((p) => compileAt(p, { ...place, what: `${place.what} path` })),
    regexes: (spec.regexes ?? []).map((p) => compileAt(p, { ...place, what: `${place.what} regex` })),
    regexTarget: spec.regexTarget ?? 'secret',
    stopwords: (spec.stopwords ?? []).map((w) => w.toLowerCase()),
    targetRules,
  };
}

function compileRule(spec: RuleSpec, config: ConfigSpec): CompiledRule {
  const origin = config.ruleOrigins[spec.id] ?? { file: config.source };
  const place: Place = { file: origin.file, line: origin.line, what: `rule '${spec.id}'` };
  const t = spec.regex === undefined ? undefined : translateAt(spec.regex, place);
  const secretGroup = spec.secretGroup ?? 0;
  if (t !== undefined && secretGroup > t.groupCount) {
    throw new ConfigurationError(`rule '${spec.id}': invalid regex secret group ${secretGroup}, max regex secret group ${t.groupCount}`, {
      file: place.file,
      line: place.line,
      hint: 'set secretGroup to the number of a capture group in the regex',
    });
  }
  const regex = t === undefined ? undefined : new RegExp(t.source, `${t.flags}g`);
  return {
    id: spec.id,
    description: spec.description ?? '',
    regex,
    matcher: spec.regex === undefined || regex === undefined ? undefined : matcherFor(spec.regex, regex),
    groupCount: t?.groupCount ?? 0,
    multiline: t?.multiline ?? false,
    secretGroup,
    entropy: spec.entropy ?? 0,
    keywords: (spec.keywords ?? []).map((k) => k.toLowerCase()).filter((k) => k !== ''),
    path: spec.path === undefined ? undefined : compileAt(spec.path, { ...place, what: `${place.what} path` }),
    tags: spec.tags ?? [],
    allowlists: (spec.allowlists ?? []).map((a) => compileAllowlist(a, { ...place, what: `${place.what} allowlist` })),
  };
}

/** The split matcher when the pattern has a leading lazy class run, else the plain regex. */
function matcherFor(pattern: string, regex: RegExp): Matcher {
  const prefix = splitLeadingPrefix(pattern);
  if (prefix === undefined) return new RegexMatcher(regex);
  const rest = translateGoRegex(prefix.rest);
  return new PrefixMatcher(new RegExp(rest.source, `${rest.flags}g`), prefix);
}

function translateAt(pattern: string, place: Place): TranslatedRegex {
  try {
    return translateGoRegex(pattern);
  } catch (err) {
    if (err instanceof RegexTranslationError) {
      throw new ConfigurationError(`${place.what}: cannot use regex: ${err.message}`, {
        file: place.file,
        line: place.line,
        hint: 'rewrite the pattern in RE2 syntax that gitleaks accepts',
      });
    }
    throw err;
  }
}

/** Compiles every regex of the configuration; any untranslatable pattern is a ConfigurationError. */
export function compileConfig(config: ConfigSpec): CompiledConfig {
  enableBacktrackGuard();
  const rules = config.rules.map((r) => compileRule(r, config));
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
    return compileAllowlist(a, { file: config.source, what: `global allowlist #${i + 1}` });
  });
  return { title: config.title ?? '', rules, allowlists, warnings: [...config.warnings] };
}
