// gitleaks' TOML configuration -> ConfigSpec: parsing, schema checks, [extend] merging.
import { dirname, resolve } from 'node:path';
import { BoundedReadError, readBoundedText } from '@mcp-secrets/fs-safe';
import { ConfigurationError } from '@mcp-secrets/ports';
import { parse, TomlError } from 'smol-toml';
import { BUILTIN_RULES } from '../../rules/index';
import type { AllowlistCondition, AllowlistSpec, ConfigSpec, GlobalAllowlistSpec, RegexTarget, RequiredRuleSpec, RuleOrigin, RuleSpec } from '../../types';
import { CONFIG_LIMITS } from './limits';
import { optBoolean, optNumber, optString, optStrings, optTable, optTables, type FieldPlace, type Table } from './toml-fields';

export const BUILTIN_SOURCE = '<built-in>';
// gitleaks follows [extend] paths at most two levels deep.
const MAX_EXTEND_DEPTH = 2;
// Keys gitleaks accepts that this engine reads but does not act on; anything else is reported.
const IGNORED_TOP_LEVEL = new Set(['minVersion', 'description']);

export interface LoadConfigOptions {
  /** Configuration file; relative paths resolve against baseDir. */
  path?: string;
  /** TOML text (takes precedence over reading `path`; `path` then only names it in errors). */
  text?: string;
  baseDir?: string;
  /** The rules `[extend] useDefault = true` extends (default: the built-in rules). */
  defaultRules?: readonly RuleSpec[];
  /**
   * The folder every file of the configuration must stay inside: the repository, when the
   * configuration is repository content. Undefined for a file the user named outside it.
   */
  root?: string;
  /** Maps an `[extend] path` to a file (default: relative to the extending file). */
  resolveExtendPath?: (extendPath: string, fromFile: string) => string;
  /** Reads a configuration file (default: a bounded read, see readConfigFile). */
  readFile?: (file: string) => string;
}

/**
 * The built-in rules as a configuration. Each is marked specific or catch-all (`catchAll` set), which
 * is what tells the engine to deduplicate it by secret span rather than as gitleaks does.
 */
export function builtinConfig(rules: readonly RuleSpec[] = BUILTIN_RULES): ConfigSpec {
  const ruleOrigins: Record<string, RuleOrigin> = {};
  for (const r of rules) ruleOrigins[r.id] = { file: BUILTIN_SOURCE };
  const marked = rules.map((r) => ({ ...cloneRule(r), catchAll: r.catchAll ?? false }));
  return { title: 'mcp-secrets built-in rules', rules: marked, allowlists: [], source: BUILTIN_SOURCE, warnings: [], ruleOrigins };
}

/** Loads a gitleaks-format configuration, or the built-in rules when neither path nor text is given. */
export function loadConfig(options: LoadConfigOptions = {}): ConfigSpec {
  const baseDir = options.baseDir ?? process.cwd();
  if (options.path === undefined && options.text === undefined) return builtinConfig(options.defaultRules);
  const file = options.path === undefined ? '<inline config>' : resolve(baseDir, options.path);
  const read = options.readFile ?? ((f: string) => readConfigFile(f, options.root));
  const text = options.text ?? readOrExplain(read, file);
  if (Buffer.byteLength(text) > CONFIG_LIMITS.fileBytes) {
    throw new ConfigurationError(`the gitleaks configuration: larger than the ${CONFIG_LIMITS.fileBytes / 1024 / 1024} MiB limit`, { file, hint: 'keep the file under the limit' });
  }
  return loadText(text, file, 0, { ...options, baseDir }, read);
}

/**
 * A configuration file: regular, at most CONFIG_LIMITS.fileBytes, and inside `root` when given
 * (an [extend] chain of repository content cannot leave the repository).
 */
function readConfigFile(file: string, root: string | undefined): string {
  return readBoundedText(file, { what: 'the gitleaks configuration', maxBytes: CONFIG_LIMITS.fileBytes, root });
}

function readOrExplain(read: (f: string) => string, file: string, extend?: { from: string; line?: number; path: string }): string {
  try {
    return read(file);
  } catch (err) {
    if (extend === undefined) {
      if (err instanceof ConfigurationError) throw err;
      throw new ConfigurationError(`cannot read gitleaks configuration: ${(err as Error).message}`, { file, hint: 'check the config path' });
    }
    // Named at the [extend] that led there: that line is what the user fixes.
    const detail = err instanceof BoundedReadError ? err.detail : `cannot read ${file}: ${(err as Error).message}`;
    throw new ConfigurationError(`[extend] path '${extend.path}': ${detail}`, {
      file: extend.from,
      line: extend.line,
      hint: 'give a path to a regular file inside the repository',
    });
  }
}

function loadText(text: string, file: string, depth: number, options: LoadConfigOptions, read: (f: string) => string): ConfigSpec {
  let doc: Table;
  try {
    doc = parse(text) as Table;
  } catch (err) {
    if (err instanceof TomlError) {
      throw new ConfigurationError(`invalid TOML: ${err.message.split('\n')[0]}`, { file, line: err.line, hint: 'fix the TOML syntax' });
    }
    throw err;
  }
  const lines = headerLines(text);
  const top: FieldPlace = { file, what: 'configuration' };
  const warnings: string[] = [];
  for (const key of Object.keys(doc)) {
    if (!['title', 'extend', 'rules', 'allowlist', 'allowlists'].includes(key) && !IGNORED_TOP_LEVEL.has(key)) {
      warnings.push(`${file}: unknown top-level key '${key}' ignored`);
    }
  }
  const ruleTables = optTables(doc, 'rules', top) ?? [];
  refuseTooMany(ruleTables.length, CONFIG_LIMITS.rules, 'rules', { file, line: lines.rules[CONFIG_LIMITS.rules], what: 'configuration' });
  const parsed = ruleTables.map((t, i) => parseRule(t, { file, line: lines.rules[i], what: `rule #${i + 1}` }, warnings));
  // As in gitleaks (rules are keyed by id), a later rule with the same id replaces the earlier one.
  const rules = parsed.filter((r, i) => {
    const later = parsed.findIndex((o, j) => j > i && o.id === r.id);
    if (later !== -1) warnings.push(`${file}: rule '${r.id}' is defined again at line ${lines.rules[later] ?? '?'}; the later definition is used`);
    return later === -1;
  });
  const allowlists = parseGlobalAllowlists(doc, file, lines);
  const own: ConfigSpec = { title: optString(doc, 'title', top), rules, allowlists, source: file, warnings, ruleOrigins: {} };
  parsed.forEach((r, i) => (own.ruleOrigins[r.id] = { file, line: lines.rules[i] }));

  const extend = optTable(doc, 'extend', top);
  if (extend === undefined) {
    for (const r of rules) requireRegexOrPath(r, { file, line: own.ruleOrigins[r.id]?.line, what: `rule '${r.id}'` });
    return own;
  }
  const place: FieldPlace = { file, line: lines.extend, what: '[extend]' };
  const useDefault = optBoolean(extend, 'useDefault', place) ?? false;
  const extendPath = optString(extend, 'path', place);
  const disabled = new Set(optStrings(extend, 'disabledRules', place) ?? []);
  let base: ConfigSpec | undefined;
  if (depth >= MAX_EXTEND_DEPTH) {
    warnings.push(`${file}: [extend] not followed beyond ${MAX_EXTEND_DEPTH} levels`);
  } else if (useDefault) {
    base = builtinConfig(options.defaultRules);
  } else if (extendPath !== undefined && extendPath !== '') {
    const target = options.resolveExtendPath?.(extendPath, file) ?? resolve(dirname(file), extendPath);
    base = loadText(readOrExplain(read, target, { from: file, line: lines.extend, path: extendPath }), target, depth + 1, options, read);
  }
  if (base === undefined) {
    for (const r of rules) requireRegexOrPath(r, { file, line: own.ruleOrigins[r.id]?.line, what: `rule '${r.id}'` });
    return own;
  }
  return mergeExtension(own, base, disabled);
}

/** gitleaks' extend: base rules not disabled are kept; a rule with the same id overrides field by field. */
function mergeExtension(own: ConfigSpec, base: ConfigSpec, disabled: Set<string>): ConfigSpec {
  const ownById = new Map(own.rules.map((r) => [r.id, r]));
  const merged: RuleSpec[] = [];
  const ruleOrigins: Record<string, RuleOrigin> = {};
  const warnings = [...base.warnings, ...own.warnings];
  for (const b of base.rules) {
    if (disabled.has(b.id)) continue;
    const o = ownById.get(b.id);
    ruleOrigins[b.id] = own.ruleOrigins[b.id] ?? base.ruleOrigins[b.id] ?? { file: base.source };
    if (o === undefined) {
      merged.push(b);
      continue;
    }
    ownById.delete(b.id);
    // A built-in check of the secret (validate) was written for the built-in regex's secret only.
    const { validate, ...kept } = b;
    merged.push({
      ...kept,
      ...(o.regex === undefined && validate !== undefined ? { validate } : {}),
      description: o.description || b.description,
      entropy: o.entropy || b.entropy,
      secretGroup: o.secretGroup || b.secretGroup,
      regex: o.regex ?? b.regex,
      path: o.path ?? b.path,
      tags: [...(b.tags ?? []), ...(o.tags ?? [])],
      keywords: [...(b.keywords ?? []), ...(o.keywords ?? [])],
      allowlists: [...(b.allowlists ?? []), ...(o.allowlists ?? [])],
      required: o.required ?? b.required,
      skipReport: o.skipReport ?? b.skipReport,
    });
  }
  for (const o of ownById.values()) {
    if (disabled.has(o.id)) continue;
    if (o.regex === undefined && o.path === undefined) {
      warnings.push(`${own.source}: rule '${o.id}' has neither regex nor path and extends no rule of that id: ignored`);
      continue;
    }
    merged.push(o);
    ruleOrigins[o.id] = own.ruleOrigins[o.id] ?? { file: own.source };
  }
  refuseTooMany(merged.length, CONFIG_LIMITS.rules, 'rules', { file: own.source, what: 'configuration with [extend]' });
  return {
    title: own.title ?? base.title,
    rules: merged,
    allowlists: [...base.allowlists, ...own.allowlists],
    source: own.source,
    warnings,
    ruleOrigins,
  };
}

/** A cap of CONFIG_LIMITS passed: refused where it is, before anything is compiled. */
function refuseTooMany(count: number, max: number, what: string, place: FieldPlace): void {
  if (count <= max) return;
  throw new ConfigurationError(`${place.what}: ${count} ${what}, more than allowed (at most ${max})`, {
    file: place.file,
    line: place.line,
    hint: 'split the configuration or trim it to what is needed',
  });
}

function requireRegexOrPath(r: RuleSpec, place: FieldPlace): void {
  if (r.regex === undefined && r.path === undefined) {
    throw new ConfigurationError(`${place.what}: both |regex| and |path| are empty, this rule will have no effect`, {
      file: place.file,
      line: place.line,
      hint: 'give the rule a regex or a path',
    });
  }
}

function parseRule(t: Table, place: FieldPlace, warnings: string[]): RuleSpec {
  const id = optString(t, 'id', place)?.trim() ?? '';
  if (id === '') {
    throw new ConfigurationError(`${place.what}: rule |id| is missing or empty`, { file: place.file, line: place.line, hint: 'give every [[rules]] an id' });
  }
  const at: FieldPlace = { ...place, what: `rule '${id}'` };
  for (const key of ['tokenEfficiency']) {
    if (t[key] !== undefined) warnings.push(`${place.file}: rule '${id}': '${key}' is not supported by this engine and is ignored`);
  }
  const rule: RuleSpec = { id };
  const description = optString(t, 'description', at);
  const regex = optString(t, 'regex', at);
  const secretGroup = optNumber(t, 'secretGroup', at);
  const entropy = optNumber(t, 'entropy', at);
  const keywords = optStrings(t, 'keywords', at);
  refuseTooMany(keywords?.length ?? 0, CONFIG_LIMITS.keywordsPerRule, 'keywords', at);
  const path = optString(t, 'path', at);
  const tags = optStrings(t, 'tags', at);
  if (description !== undefined) rule.description = description;
  if (regex !== undefined && regex !== '') rule.regex = regex;
  if (secretGroup !== undefined) rule.secretGroup = secretGroup;
  if (entropy !== undefined) rule.entropy = entropy;
  if (keywords !== undefined) rule.keywords = keywords;
  if (path !== undefined && path !== '') rule.path = path;
  if (tags !== undefined) rule.tags = tags;
  const allowlists = parseAllowlistForms(t, at, false);
  if (allowlists.length > 0) rule.allowlists = allowlists;
  const required = parseRequired(t, at);
  if (required !== undefined) rule.required = required;
  const skipReport = optBoolean(t, 'skipReport', at);
  if (skipReport !== undefined) rule.skipReport = skipReport;
  return rule;
}

/** gitleaks 8.28's composite rules: `[[rules.required]]` tables of `id`, `withinLines`, `withinColumns`. */
function parseRequired(t: Table, place: FieldPlace): RequiredRuleSpec[] | undefined {
  const tables = optTables(t, 'required', place);
  if (tables === undefined) return undefined;
  refuseTooMany(tables.length, CONFIG_LIMITS.requiredPerRule, 'required rules', place);
  return tables.map((r, i) => {
    const at: FieldPlace = { ...place, what: `${place.what} required rule #${i + 1}` };
    const id = optString(r, 'id', at)?.trim() ?? '';
    if (id === '') throw new ConfigurationError(`${at.what}: |id| is missing or empty`, { file: place.file, line: place.line, hint: 'name the rule that must match nearby' });
    for (const key of Object.keys(r)) {
      if (!['id', 'withinLines', 'withinColumns'].includes(key)) {
        throw new ConfigurationError(`${at.what}: unknown key '${key}'`, { file: place.file, line: place.line, hint: 'a required rule takes id, withinLines and withinColumns' });
      }
    }
    const spec: RequiredRuleSpec = { id };
    for (const key of ['withinLines', 'withinColumns'] as const) {
      const n = optNumber(r, key, at);
      if (n === undefined) continue;
      if (!Number.isInteger(n) || n < 0) {
        throw new ConfigurationError(`${at.what}: '${key}' must be a whole number, 0 or more`, { file: place.file, line: place.line, hint: `give ${key} as a count` });
      }
      spec[key] = n;
    }
    return spec;
  });
}

/** `[x.allowlist]` (deprecated, one) and `[[x.allowlists]]` (many): either, never both. */
function parseAllowlistForms(t: Table, place: FieldPlace, global: boolean): GlobalAllowlistSpec[] {
  const old = optTable(t, 'allowlist', place);
  const many = optTables(t, 'allowlists', place);
  refuseTooMany(many?.length ?? 0, CONFIG_LIMITS.allowlists, 'allowlists', place);
  if (old !== undefined && many !== undefined) {
    throw new ConfigurationError(`${place.what}: [allowlist] is deprecated and cannot be used alongside [[allowlists]]`, {
      file: place.file,
      line: place.line,
      hint: 'move the [allowlist] checks into an [[allowlists]] entry',
    });
  }
  return [...(old === undefined ? [] : [old]), ...(many ?? [])].map((a) => parseAllowlist(a, place, global));
}

function parseGlobalAllowlists(doc: Table, file: string, lines: HeaderLines): GlobalAllowlistSpec[] {
  return parseAllowlistForms(doc, { file, line: lines.allowlist, what: 'global allowlist' }, true);
}

function parseAllowlist(t: Table, place: FieldPlace, global: boolean): GlobalAllowlistSpec {
  const a: GlobalAllowlistSpec = {};
  const description = optString(t, 'description', place);
  const condition = parseCondition(optString(t, 'condition', place), place);
  const regexTarget = parseRegexTarget(optString(t, 'regexTarget', place), place);
  const fields: [keyof AllowlistSpec & ('commits' | 'paths' | 'regexes' | 'stopwords'), string[] | undefined][] = [
    ['commits', optStrings(t, 'commits', place)],
    ['paths', optStrings(t, 'paths', place)],
    ['regexes', optStrings(t, 'regexes', place)],
    ['stopwords', optStrings(t, 'stopwords', place)],
  ];
  if (description !== undefined) a.description = description;
  if (condition !== undefined) a.condition = condition;
  if (regexTarget !== undefined) a.regexTarget = regexTarget;
  for (const [key, value] of fields) {
    refuseTooMany(value?.length ?? 0, CONFIG_LIMITS.allowlistEntries, key, place);
    if (value !== undefined && value.length > 0) a[key] = value;
  }
  if (fields.every(([, v]) => v === undefined || v.length === 0)) {
    throw new ConfigurationError(`${place.what}: an allowlist must contain at least one check for: commits, paths, regexes, or stopwords`, {
      file: place.file,
      line: place.line,
      hint: 'add a check or remove the empty allowlist',
    });
  }
  if (global) {
    const targetRules = optStrings(t, 'targetRules', place);
    if (targetRules !== undefined) a.targetRules = targetRules;
  } else if (t.targetRules !== undefined) {
    throw new ConfigurationError(`${place.what}: targetRules is only allowed in a global [[allowlists]]`, { file: place.file, line: place.line });
  }
  return a;
}

function parseCondition(v: string | undefined, place: FieldPlace): AllowlistCondition | undefined {
  if (v === undefined || v === '') return undefined;
  const u = v.trim().toUpperCase();
  if (u === 'OR' || u === '||') return 'OR';
  if (u === 'AND' || u === '&&') return 'AND';
  throw new ConfigurationError(`${place.what}: unknown allowlist |condition| '${v}'`, { file: place.file, line: place.line, hint: "use 'OR' or 'AND'" });
}

function parseRegexTarget(v: string | undefined, place: FieldPlace): RegexTarget | undefined {
  if (v === undefined || v === '') return undefined;
  if (v === 'secret' || v === 'match' || v === 'line') return v;
  throw new ConfigurationError(`${place.what}: unknown allowlist |regexTarget| '${v}'`, {
    file: place.file,
    line: place.line,
    hint: "use 'secret', 'match' or 'line'",
  });
}

interface HeaderLines {
  rules: number[];
  extend?: number;
  allowlist?: number;
}

/** 1-based lines of the `[[rules]]`, `[extend]` and global allowlist headers, for error messages. */
function headerLines(text: string): HeaderLines {
  const out: HeaderLines = { rules: [] };
  text.split('\n').forEach((raw, i) => {
    const line = raw.trim();
    if (/^\[\[\s*rules\s*\]\]/.test(line)) out.rules.push(i + 1);
    else if (/^\[\s*extend\s*\]/.test(line)) out.extend = i + 1;
    else if (out.allowlist === undefined && /^\[{1,2}\s*allowlists?\s*\]{1,2}/.test(line)) out.allowlist = i + 1;
  });
  return out;
}

function cloneRule(r: RuleSpec): RuleSpec {
  return {
    ...r,
    keywords: r.keywords && [...r.keywords],
    tags: r.tags && [...r.tags],
    allowlists: r.allowlists && r.allowlists.map((a) => ({ ...a })),
    required: r.required && r.required.map((q) => ({ ...q })),
  };
}

