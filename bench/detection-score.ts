// Scores one engine run on the detection corpus: which planted secrets were found (by which rule),
// which findings are false alarms and what they fired on, duplicates. Also the entry point that
// bench/detection.bench.mjs bundles: the corpus, the scanner API and this scoring.
import { compileConfig, defaultConfig, loadConfig, scanText, type CompiledConfig } from '@mcp-secrets/scanner';
import { buildDetectionCorpus, type DetectionCorpus, type PlantContext, type PlantedDecoy, type PlantedSecret } from './detection-corpus';

export { buildDetectionCorpus, compileConfig, defaultConfig, loadConfig };
export { BUILTIN_RULES } from '../packages/scanner/src/rules/builtin/index';

export interface FoundFinding {
  file: string;
  ruleId: string;
  startLine: number;
  endLine: number;
  secret: string;
}

export interface EngineRun {
  findings: FoundFinding[];
  ms: number;
  bytes: number;
}

/** Scans every corpus file in memory, as the audit scans a file (its path decides path rules and allowlists). */
export function runEngine(corpus: DetectionCorpus, config: CompiledConfig): EngineRun {
  const started = process.hrtime.bigint();
  const findings: FoundFinding[] = [];
  let bytes = 0;
  for (const file of corpus.files) {
    bytes += Buffer.byteLength(file.text);
    for (const f of scanText(file.text, { config, path: file.path }).findings) {
      findings.push({ file: file.path, ruleId: f.RuleID, startLine: f.StartLine, endLine: f.EndLine, secret: f.Secret });
    }
  }
  return { findings, ms: Number(process.hrtime.bigint() - started) / 1e6, bytes };
}

interface Tally {
  planted: number;
  found: number;
}

export interface Score {
  findings: number;
  /** Findings that are a planted secret (the first, and any duplicate of it). */
  trueFindings: number;
  falseAlarms: number;
  /**
   * Other findings inside a case's own text (case-text, case-file): that text is a rule's true-positive
   * example and may hold a second credential (an access key id beside its secret). Neither true nor false.
   */
  unscored: number;
  /** Findings beyond the first on the same planted secret. */
  duplicates: number;
  planted: number;
  found: number;
  /** Found by the rule it was planted for (meaningful for the built-in rules only). */
  foundByOwnRule: number;
  recall: number;
  precision: number;
  perRule: Map<string, Tally & { byOwnRule: number; duplicates: number }>;
  /** False alarms per finding rule, and what they fired on. */
  falseByRule: Map<string, Map<string, number>>;
  byContext: Map<PlantContext, Tally>;
  byFileKind: Map<string, Tally & { falseAlarms: number }>;
  byDecoyKind: Map<string, { decoys: number; flagged: number }>;
  missed: PlantedSecret[];
}

const overlaps = (p: PlantedSecret, f: FoundFinding): boolean => f.startLine <= p.endLine && f.endLine >= p.line;

/** A secret as written and as it may be reported: percent-decoded, base64-decoded (a Basic credential, a JWT in base64). */
function forms(secret: string): string[] {
  const out = [secret];
  try {
    out.push(decodeURIComponent(secret));
  } catch {
    // not percent-encoded
  }
  if (/^[A-Za-z0-9+/_-]{8,}={0,2}$/.test(secret)) {
    const decoded = Buffer.from(secret, 'base64').toString('utf8');
    if (/^[\x20-\x7e]+$/.test(decoded)) out.push(decoded);
  }
  return out;
}

/**
 * The finding reports this planted secret: on its lines, with the same secret in some form, or one
 * holding the other (a rule may report the URL around a webhook's token, or a part of it).
 */
function reports(p: PlantedSecret, f: FoundFinding): boolean {
  if (p.pathOnly) return true;
  if (!overlaps(p, f)) return false;
  const found = forms(f.secret);
  return forms(p.secret).some((a) => found.some((b) => a === b || (b.length >= 4 && a.includes(b)) || (a.length >= 4 && b.includes(a)) || sharesMost(a, b)));
}

/** Whether the two share a stretch of at least half the shorter (and 8 characters): one reported a little more or less. */
function sharesMost(a: string, b: string): boolean {
  const need = Math.max(8, Math.ceil(Math.min(a.length, b.length) / 2));
  if (Math.min(a.length, b.length) < need || a.length * b.length > 1_000_000) return false;
  let previous = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    const row = new Array<number>(b.length + 1).fill(0);
    for (let j = 1; j <= b.length; j++) {
      if (a[i - 1] !== b[j - 1]) continue;
      row[j] = (previous[j - 1] as number) + 1;
      if ((row[j] as number) >= need) return true;
    }
    previous = row;
  }
  return false;
}

function bump<K>(map: Map<K, number>, key: K, by = 1): void {
  map.set(key, (map.get(key) ?? 0) + by);
}

export function score(corpus: DetectionCorpus, run: EngineRun): Score {
  const kindOf = new Map(corpus.files.map((f) => [f.path, f.kind]));
  const byFile = new Map<string, FoundFinding[]>();
  for (const f of run.findings) byFile.set(f.file, [...(byFile.get(f.file) ?? []), f]);
  const decoysByFile = new Map<string, PlantedDecoy[]>();
  for (const d of corpus.decoys) decoysByFile.set(d.file, [...(decoysByFile.get(d.file) ?? []), d]);

  const s: Score = {
    findings: run.findings.length, trueFindings: 0, falseAlarms: 0, unscored: 0, duplicates: 0, planted: corpus.planted.length, found: 0, foundByOwnRule: 0,
    recall: 0, precision: 0, perRule: new Map(), falseByRule: new Map(), byContext: new Map(), byFileKind: new Map(), byDecoyKind: new Map(), missed: [],
  };
  const matched = new Set<FoundFinding>();
  for (const p of corpus.planted) {
    const hits = (byFile.get(p.file) ?? []).filter((f) => reports(p, f));
    for (const f of hits) matched.add(f);
    const rule = s.perRule.get(p.ruleId) ?? { planted: 0, found: 0, byOwnRule: 0, duplicates: 0 };
    const context = s.byContext.get(p.context) ?? { planted: 0, found: 0 };
    const kind = kindOf.get(p.file) ?? '?';
    const fileKind = s.byFileKind.get(kind) ?? { planted: 0, found: 0, falseAlarms: 0 };
    rule.planted++;
    context.planted++;
    fileKind.planted++;
    if (hits.length > 0) {
      s.found++;
      rule.found++;
      context.found++;
      fileKind.found++;
      if (hits.some((f) => f.ruleId === p.ruleId)) {
        s.foundByOwnRule++;
        rule.byOwnRule++;
      }
      s.duplicates += hits.length - 1;
      rule.duplicates += hits.length - 1;
    } else {
      s.missed.push(p);
    }
    s.perRule.set(p.ruleId, rule);
    s.byContext.set(p.context, context);
    s.byFileKind.set(kind, fileKind);
  }

  const caseSpans = corpus.planted.filter((p) => p.context === 'case-text' || p.context === 'case-file');
  const flagged = new Set<PlantedDecoy>();
  for (const f of run.findings) {
    if (matched.has(f)) {
      s.trueFindings++;
      continue;
    }
    if (caseSpans.some((p) => p.file === f.file && overlaps(p, f))) {
      s.unscored++;
      continue;
    }
    s.falseAlarms++;
    const onLine = (decoysByFile.get(f.file) ?? []).filter((d) => d.line >= f.startLine && d.line <= f.endLine);
    const decoy = onLine.find((d) => d.value !== undefined && f.secret !== '' && (d.value.includes(f.secret) || f.secret.includes(d.value))) ?? onLine[0];
    if (decoy !== undefined) flagged.add(decoy);
    const reasons = s.falseByRule.get(f.ruleId) ?? new Map<string, number>();
    bump(reasons, decoy?.kind ?? `other (${kindOf.get(f.file) ?? '?'})`);
    s.falseByRule.set(f.ruleId, reasons);
    const kind = kindOf.get(f.file) ?? '?';
    const fileKind = s.byFileKind.get(kind) ?? { planted: 0, found: 0, falseAlarms: 0 };
    fileKind.falseAlarms++;
    s.byFileKind.set(kind, fileKind);
  }
  for (const d of corpus.decoys) {
    const entry = s.byDecoyKind.get(d.kind) ?? { decoys: 0, flagged: 0 };
    entry.decoys++;
    if (flagged.has(d)) entry.flagged++;
    s.byDecoyKind.set(d.kind, entry);
  }
  s.recall = s.planted === 0 ? 0 : s.found / s.planted;
  s.precision = s.trueFindings + s.falseAlarms === 0 ? 1 : s.trueFindings / (s.trueFindings + s.falseAlarms);
  return s;
}

/** The corpus and both configurations, ready to run: the built-in rules, and gitleaks' defaults when a path is given. */
export function prepare(gitleaksDefault?: string, seed?: number): { corpus: DetectionCorpus; builtin: CompiledConfig; gitleaks?: CompiledConfig } {
  return {
    corpus: buildDetectionCorpus(seed),
    builtin: defaultConfig(),
    ...(gitleaksDefault !== undefined && { gitleaks: compileConfig(loadConfig({ path: gitleaksDefault })) }),
  };
}
