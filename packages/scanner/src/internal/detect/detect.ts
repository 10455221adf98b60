import type { CompiledConfig, CompiledRule } from '../config/compiled';
import { fingerprintOf, type Finding } from '../report/finding';
import type { RuleMatch } from '../regex/matcher';
import type { Groups } from '../regex/pattern';
import { isAllowlisted, isTargetAllowlisted, type AllowlistSubject } from './allowlist-check';
import { DecodedLayer } from './decoding';
import { asFloat32, shannonEntropy } from './entropy';
import { KeywordPrefilter, type KeywordHits } from './keyword-prefilter';
import { LineIndex } from './line-index';
import { isPlaceholder } from './placeholders';
import { resolveFindings, type Candidate } from './resolve';
import { chunkWindows, DEFAULT_LIMITS, keywordWindows, type Window, type WindowLimits } from './windows';

export interface CommitMeta {
  commit: string;
  author: string;
  email: string;
  /** RFC 3339, UTC, as gitleaks prints it. */
  date: string;
  message: string;
}

/** Where a text comes from. */
export interface TextOrigin {
  /** Path relative to the scan root, `/`-separated (gitleaks' File). */
  path: string;
  symlinkFile?: string;
  commit?: CommitMeta;
  /** 1-based line number of the text's first line in the file (git hunks start mid-file). */
  firstLine?: number;
}

export interface DetectOptions {
  /** Drop placeholders, templates and env references (default true). */
  placeholders?: boolean;
  /** Rounds of base64/hex/percent decoding to scan (default 5, as gitleaks 8.30; 0 = none). */
  maxDecodeDepth?: number;
  limits?: Partial<WindowLimits>;
}

/** Why candidate matches were dropped, and how much input was cut. */
export interface DetectCounters {
  allowlisted: number;
  inlineAllowed: number;
  placeholders: number;
  lowEntropy: number;
  /** Secrets a built-in rule's checksum rejected. */
  checksum: number;
  /** Files or fragments skipped whole by a global path/commit allowlist. */
  allowlistedTargets: number;
  /** Windows clamped because a line exceeded the per-line bound. */
  truncated: number;
}

export const DEFAULT_DECODE_DEPTH = 5;

export function emptyDetectCounters(): DetectCounters {
  return { allowlisted: 0, inlineAllowed: 0, placeholders: 0, lowEntropy: 0, checksum: 0, allowlistedTargets: 0, truncated: 0 };
}

interface PreparedRule {
  rule: CompiledRule;
  keywordIndices: number[];
}

interface Prepared {
  prefilter: KeywordPrefilter;
  rules: PreparedRule[];
  /** Per keyword index: the rules (indices into `rules`) it leads to. */
  byKeyword: number[][];
  /** Rules that run on every text: without keywords, or path-only. */
  unkeyed: number[];
  /** rulesFor's marks, reset by each call rather than allocated (detection never runs two texts at once). */
  wanted: Uint8Array;
}

const prepared = new WeakMap<CompiledConfig, Prepared>();

function prepare(config: CompiledConfig): Prepared {
  const cached = prepared.get(config);
  if (cached !== undefined) return cached;
  const keywords: string[] = [];
  const indexOf = new Map<string, number>();
  const byKeyword: number[][] = [];
  const unkeyed: number[] = [];
  const rules = config.rules.map((rule, r) => {
    const keywordIndices = rule.keywords.map((k) => {
      let i = indexOf.get(k);
      if (i === undefined) {
        i = keywords.length;
        keywords.push(k);
        indexOf.set(k, i);
        byKeyword.push([]);
      }
      (byKeyword[i] as number[]).push(r);
      return i;
    });
    if (keywordIndices.length === 0 || rule.regex === undefined) unkeyed.push(r);
    return { rule, keywordIndices };
  });
  const p = { prefilter: new KeywordPrefilter(keywords), rules, byKeyword, unkeyed, wanted: new Uint8Array(rules.length) };
  prepared.set(config, p);
  return p;
}

/**
 * The rules a text needs, in configuration order: those whose keywords it holds, and those that
 * run everywhere. A text holding a few keywords costs a few rules, not a pass over all of them.
 */
function rulesFor(p: Prepared, hits: KeywordHits): PreparedRule[] {
  const wanted = p.wanted.fill(0);
  for (const r of p.unkeyed) wanted[r] = 1;
  // forEach skips the keywords never seen (holes of the sparse array).
  hits.positions.forEach((_list, k) => {
    for (const r of p.byKeyword[k] as number[]) wanted[r] = 1;
  });
  const out: PreparedRule[] = [];
  for (let r = 0; r < wanted.length; r++) if (wanted[r] === 1) out.push(p.rules[r] as PreparedRule);
  return out;
}

function pickSecret(rule: CompiledRule, m: Groups, match: string): string {
  if ((rule.regex?.groupCount ?? 0) === 0) return match;
  if (rule.secretGroup > 0) return m[rule.secretGroup] ?? '';
  for (let g = 1; g < m.length; g++) {
    const s = m[g];
    if (s !== undefined && s !== '') return s;
  }
  return match;
}

/** The original text a layer's findings are reported against. */
interface Original {
  text: string;
  lines: LineIndex;
}

/** Where the secret sits inside its match: the last occurrence (a setting's name comes before its value). */
function secretOffset(match: string, secret: string): number {
  if (secret === match || secret === '') return 0;
  const at = match.lastIndexOf(secret);
  return at < 0 ? 0 : at;
}

class FragmentDetector {
  private readonly text: string;
  private readonly candidates: Candidate[] = [];
  private readonly placeholders: boolean;

  constructor(
    private readonly config: CompiledConfig,
    private readonly layer: DecodedLayer,
    private readonly original: Original,
    private readonly origin: TextOrigin,
    options: DetectOptions,
    private readonly counters: DetectCounters,
  ) {
    this.text = layer.text;
    this.placeholders = options.placeholders ?? true;
  }

  run(p: Prepared, limits: WindowLimits, bytes: Uint8Array | undefined): Candidate[] {
    const hits = this.layer.depth === 0 ? p.prefilter.search(this.text, bytes) : searchNearFresh(p.prefilter, this.text, this.layer.freshSpans());
    for (const { rule, keywordIndices } of rulesFor(p, hits)) {
      if (rule.path !== undefined && !rule.path.test(this.origin.path)) continue;
      const regex = rule.regex;
      if (regex === undefined) {
        // A path-only rule reports the file once, from the original text.
        if (this.layer.depth === 0) this.pathOnlyFinding(rule);
        continue;
      }
      let windows: Window[];
      if (keywordIndices.length === 0) {
        windows = chunkWindows(this.text, limits, this.counters);
      } else {
        const starts = hitsOf(hits, keywordIndices);
        if (starts.length === 0) continue;
        windows = keywordWindows(this.text, starts, regex.multiline, limits, this.counters);
      }
      const matcher = regex.matcher;
      for (const w of windows) {
        // In a decoded layer, only windows over freshly decoded text can find anything new.
        if (!this.layer.touchesFresh(w.start, w.end)) continue;
        matcher.forEach(this.text.slice(w.start, w.end), (m) => this.consider(rule, m, w.start));
      }
    }
    return this.candidates;
  }

  private consider(rule: CompiledRule, m: RuleMatch, base: number): void {
    // gitleaks trims newlines the pattern swallowed at either end of the match.
    let start = base + m.start;
    let end = base + m.end;
    while (start < end && this.text.charCodeAt(start) === 10) start++;
    while (end > start && this.text.charCodeAt(end - 1) === 10) end--;
    const match = this.text.slice(start, end);
    const secret = pickSecret(rule, m.groups, match);
    const entropy = shannonEntropy(secret);
    if (rule.entropy !== 0 && entropy <= rule.entropy) {
      this.counters.lowEntropy++;
      return;
    }
    // Findings in decoded text are reported where the encoded segment sits in the file.
    let at = { start, end };
    const tags: string[] = [];
    if (this.layer.depth > 0) {
      const span = this.layer.map(start, end);
      if (span === undefined) return;
      at = span;
      tags.push(...span.encodings.map((e) => `decoded:${e}`), `decode-depth:${this.layer.depth}`);
    }
    const lines = this.original.lines;
    const startLine = lines.lineOf(at.start);
    const endLine = lines.lineOf(Math.max(at.start, at.end - 1));
    const line = this.original.text.slice(lines.lineStart(startLine), lines.lineEnd(endLine));
    if (line.includes('gitleaks:allow')) {
      this.counters.inlineAllowed++;
      return;
    }
    if (this.placeholders && isPlaceholder(secret)) {
      this.counters.placeholders++;
      return;
    }
    if (this.allowlisted(rule, { ruleId: rule.id, commit: this.origin.commit?.commit ?? '', path: this.origin.path, secret, match, line })) {
      this.counters.allowlisted++;
      return;
    }
    // The secret's own span in the original text, to tell one secret found twice from two secrets.
    const secretStart = start + secretOffset(match, secret);
    const secretEnd = secret === '' ? secretStart : secretStart + secret.length;
    const span = this.layer.depth === 0 ? { start: secretStart, end: secretEnd } : this.layer.locate(secretStart, secretEnd);
    let rejected = false;
    if (rule.validate !== undefined && !rule.validate(secret)) {
      this.counters.checksum++;
      rejected = true;
    }
    const offset = (this.origin.firstLine ?? 1) - 1;
    const startOfLine = lines.lineStart(startLine);
    const startOfEndLine = lines.lineStart(endLine);
    this.push(
      rule,
      { start: span.start, end: span.end, rejected },
      {
        StartLine: startLine + 1 + offset,
        EndLine: endLine + 1 + offset,
        StartColumn: at.start - this.columnBase(startLine) + 1,
        EndColumn: at.end - this.columnBase(endLine),
        Match: match,
        Secret: secret,
        Entropy: asFloat32(entropy),
        columns: { start: at.start - startOfLine + 1, end: at.end - startOfEndLine + 1 },
      },
      tags,
    );
  }

  /**
   * gitleaks counts columns from the newline before the line, so on every line but the text's
   * first the column is one more than the character position; kept for report compatibility.
   */
  private columnBase(line: number): number {
    return line === 0 ? 0 : this.original.lines.lineStart(line) - 1;
  }

  private pathOnlyFinding(rule: CompiledRule): void {
    const subject: AllowlistSubject = { ruleId: rule.id, commit: this.origin.commit?.commit ?? '', path: this.origin.path, secret: '', match: '', line: '' };
    if (this.allowlisted(rule, subject)) {
      this.counters.allowlisted++;
      return;
    }
    this.push(
      rule,
      { start: -1, end: -1, rejected: false },
      { StartLine: 0, EndLine: 0, StartColumn: 0, EndColumn: 0, Match: `file detected: ${this.origin.path}`, Secret: '', Entropy: 0, columns: { start: 0, end: 0 } },
    );
  }

  private allowlisted(rule: CompiledRule, subject: AllowlistSubject): boolean {
    return this.config.allowlists.some((a) => isAllowlisted(a, subject)) || rule.allowlists.some((a) => isAllowlisted(a, subject));
  }

  private push(
    rule: CompiledRule,
    secret: { start: number; end: number; rejected: boolean },
    at: Pick<Finding, 'StartLine' | 'EndLine' | 'StartColumn' | 'EndColumn' | 'Match' | 'Secret' | 'Entropy' | 'columns'>,
    tags: string[] = [],
  ): void {
    const c = this.origin.commit;
    const f: Finding = {
      RuleID: rule.id,
      Description: rule.description,
      ...at,
      File: this.origin.path,
      SymlinkFile: this.origin.symlinkFile ?? '',
      Commit: c?.commit ?? '',
      Author: c?.author ?? '',
      Email: c?.email ?? '',
      Date: c?.date ?? '',
      Message: c?.message ?? '',
      Tags: [...rule.tags, ...tags],
      Fingerprint: '',
    };
    f.Fingerprint = fingerprintOf(f);
    this.candidates.push({ finding: f, rule, start: secret.start, end: secret.end, depth: this.layer.depth, rejected: secret.rejected });
  }
}

/**
 * Keyword hits for a decoded layer. Only windows touching freshly decoded text can find anything
 * new there, and a keyword's window covers its line and the next, so only the lines of the fresh
 * spans and the line before each are searched: most of a layer is text already searched.
 */
function searchNearFresh(prefilter: KeywordPrefilter, text: string, spans: ReadonlyArray<{ start: number; end: number }>): KeywordHits {
  const positions: (number[] | undefined)[] = [];
  // Everything before `searched` (a newline, or the text's end) has been searched already.
  let searched = 0;
  for (const span of spans) {
    if (span.end <= searched) continue;
    const lineStart = lineStartOf(text, span.start);
    const from = Math.max(searched, lineStart === 0 ? 0 : lineStartOf(text, lineStart - 1));
    const newline = text.indexOf('\n', Math.max(span.start, span.end - 1));
    const to = newline === -1 ? text.length : newline;
    searched = to;
    if (to <= from) continue;
    prefilter.search(text.slice(from, to)).positions.forEach((list, k) => {
      if (list === undefined) return;
      const out = (positions[k] ??= []);
      for (const at of list) out.push(at + from);
    });
  }
  return { positions };
}

function lineStartOf(text: string, at: number): number {
  return at <= 0 ? 0 : text.lastIndexOf('\n', at - 1) + 1;
}

/** Start offsets of the rule's keywords, ascending. */
function hitsOf(hits: KeywordHits, keywordIndices: readonly number[]): number[] {
  if (keywordIndices.length === 1) return hits.positions[keywordIndices[0] as number] ?? [];
  const starts: number[] = [];
  for (const k of keywordIndices) {
    const list = hits.positions[k];
    if (list !== undefined) for (const s of list) starts.push(s);
  }
  return starts.sort((a, b) => a - b);
}

/** Runs every rule of the configuration over one text (`bytes`: its UTF-8 source, when at hand). */
export function detect(config: CompiledConfig, text: string, origin: TextOrigin, options: DetectOptions, counters: DetectCounters, bytes?: Uint8Array): Finding[] {
  if (isTargetAllowlisted(config.allowlists, origin.path, origin.commit?.commit ?? '')) {
    counters.allowlistedTargets++;
    return [];
  }
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const p = prepare(config);
  const original: Original = { text, lines: new LineIndex(text) };
  let layer: DecodedLayer | undefined = DecodedLayer.root(text);
  const candidates = new FragmentDetector(config, layer, original, origin, options, counters).run(p, limits, bytes);
  const maxDepth = options.maxDecodeDepth ?? DEFAULT_DECODE_DEPTH;
  for (let depth = 1; depth <= maxDepth; depth++) {
    layer = layer.next();
    if (layer === undefined) break;
    candidates.push(...new FragmentDetector(config, layer, original, origin, options, counters).run(p, limits, undefined));
  }
  return resolveFindings(candidates);
}
