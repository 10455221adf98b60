#!/usr/bin/env node
// Detection quality: the built-in rules and gitleaks' default configuration, side by side through the
// same engine, on a deterministic corpus (bench/detection-corpus.ts) of many file kinds holding fake
// credentials of every built-in rule at known lines and decoys no scanner should report. Prints
// recall and precision overall, by file kind, by decoy kind and by how much of a secret's context is
// the corpus's own, then the rules that missed, duplicated or raised false alarms. gitleaks'
// configuration is read from ../shared at bench time (never copied into the project); without it
// that column is skipped with a notice. Nothing is written into the repository (the bundle goes to a
// temporary folder). Benchmarks measure; they never assert.
// Options: DETECTION_BENCH_ALL=1 lists every rule, not only those with a miss, duplicate or false alarm;
// DETECTION_BENCH_SEED picks another corpus (the same rules and decoys, other values and placements).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

// Not bench/lib.mjs: it creates bench/out, and this benchmark writes nothing into the repository.
const ROOT = new URL('..', import.meta.url).pathname;
function table(rows) {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => String(r[i]).length)));
  for (const [index, row] of rows.entries()) {
    process.stdout.write(`${row.map((cell, i) => String(cell).padEnd(widths[i])).join('  ').trimEnd()}\n`);
    if (index === 0) process.stdout.write(`${widths.map((w) => '-'.repeat(w)).join('  ')}\n`);
  }
}

const SHARED = resolve(process.env.MCP_SECRETS_SHARED ?? join(ROOT, '..', 'shared'));
const GITLEAKS_DEFAULT = join(SHARED, 'fixtures', 'gitleaks', 'gitleaks-default.toml');
const ALL = process.env.DETECTION_BENCH_ALL === '1';

const outDir = mkdtempSync(join(tmpdir(), 'detection-bench-'));
let bench;
try {
  execFileSync(join(ROOT, 'node_modules/.bin/ncc'), ['build', join(ROOT, 'bench/detection-score.ts'), '-o', outDir, '--transpile-only', '--quiet'], { cwd: ROOT, stdio: 'inherit' });
  bench = createRequire(import.meta.url)(join(outDir, 'index.js'));
} finally {
  rmSync(outDir, { recursive: true, force: true });
}

const withGitleaks = existsSync(GITLEAKS_DEFAULT);
if (!withGitleaks) process.stdout.write(`NOTICE: ${GITLEAKS_DEFAULT} is absent: the gitleaks column is skipped.\n`);
const SEED = process.env.DETECTION_BENCH_SEED === undefined ? undefined : Number(process.env.DETECTION_BENCH_SEED);
const { corpus, builtin, gitleaks } = bench.prepare(withGitleaks ? GITLEAKS_DEFAULT : undefined, SEED);
const engines = [{ name: `built-in rules (${builtin.rules.length})`, config: builtin }];
if (gitleaks !== undefined) engines.push({ name: `gitleaks 8.30 defaults (${gitleaks.rules.length})`, config: gitleaks });
for (const engine of engines) {
  engine.run = bench.runEngine(corpus, engine.config);
  engine.score = bench.score(corpus, engine.run);
}
const [ours, theirs] = engines;

const pct = (n, d) => (d === 0 ? '-' : `${((100 * n) / d).toFixed(1)}%`);
const ratio = (x) => x.toFixed(3);
const f1 = (s) => (s.recall + s.precision === 0 ? 0 : (2 * s.recall * s.precision) / (s.recall + s.precision));
const bytes = corpus.files.reduce((n, f) => n + Buffer.byteLength(f.text), 0);
const kinds = new Set(corpus.files.map((f) => f.kind));
const plantedRules = new Set(corpus.planted.map((p) => p.ruleId));

process.stdout.write(
  `corpus: ${corpus.files.length} files (${(bytes / 1e6).toFixed(2)} MB, ${kinds.size} kinds), ${corpus.planted.length} planted secrets of ${plantedRules.size} rules, ` +
    `${corpus.decoys.length} decoys${gitleaks === undefined ? '' : '; both configurations run on the same engine (its placeholder filter and decoding included)'}\n\n`,
);

// The token kinds gitleaks' defaults detect: the planted secrets of built-in rules that name a gitleaks equivalent.
const gitleaksKinds = new Set(bench.BUILTIN_RULES.filter((r) => r.equivalents?.gitleaks !== undefined).map((r) => r.id));
const recallOn = (s, ids) => {
  let planted = 0;
  let found = 0;
  for (const [id, t] of s.perRule) {
    if (!ids.has(id)) continue;
    planted += t.planted;
    found += t.found;
  }
  return { planted, found };
};

table([
  ['rules', 'findings', 'true', 'false alarms', 'unscored', 'duplicates', 'recall', 'precision', 'F1', 'recall on gitleaks kinds', 'MB/s (in memory)'],
  ...engines.map(({ name, run, score: s }) => {
    const g = recallOn(s, gitleaksKinds);
    return [name, s.findings, s.trueFindings, s.falseAlarms, s.unscored, s.duplicates, ratio(s.recall), ratio(s.precision), ratio(f1(s)), `${ratio(g.found / g.planted)} (${g.found}/${g.planted})`, (run.bytes / 1e6 / (run.ms / 1000)).toFixed(2)];
  }),
]);
process.stdout.write(
  `\nrecall: planted secrets found / planted (${corpus.planted.length}); precision: true / (true + false alarms); unscored: other findings inside a ` +
    "case's own text (a rule's example may hold a second credential). Target >= 0.95 both, ahead of gitleaks' defaults.\n",
);
if (ours) process.stdout.write(`built-in rules: ${ours.score.foundByOwnRule} of ${ours.score.found} found secrets reported by the rule they were planted for.\n`);

const column = (fn) => engines.map((e) => fn(e.score));
process.stdout.write('\nBy context (how much of the secret\'s surroundings is the corpus\'s own):\n');
table([
  ['context', 'planted', ...engines.map((e) => `recall ${e.name}`)],
  ...[...ours.score.byContext].map(([context, t]) => [context, t.planted, ...column((s) => pct(s.byContext.get(context)?.found ?? 0, t.planted))]),
]);

process.stdout.write('\nBy file kind:\n');
table([
  ['kind', 'planted', ...engines.flatMap((e) => [`recall ${e.name}`, 'false alarms'])],
  ...[...kinds].sort().map((kind) => {
    const planted = corpus.planted.filter((p) => corpus.files.find((f) => f.path === p.file)?.kind === kind).length;
    return [kind, planted, ...engines.flatMap((e) => { const t = e.score.byFileKind.get(kind); return [pct(t?.found ?? 0, planted), t?.falseAlarms ?? 0]; })];
  }),
]);

process.stdout.write('\nBy decoy kind (a decoy is flagged when a false alarm lands on it):\n');
table([
  ['decoy', 'decoys', ...engines.map((e) => `flagged ${e.name}`)],
  ...[...ours.score.byDecoyKind].sort(([a], [b]) => a.localeCompare(b)).map(([kind, t]) => [kind, t.decoys, ...column((s) => s.byDecoyKind.get(kind)?.flagged ?? 0)]),
]);

process.stdout.write(`\nPer rule (planted kind)${ALL ? '' : ': rules with a miss, a duplicate or a false alarm in either column'}:\n`);
const falseOf = (s, id) => [...(s.falseByRule.get(id)?.values() ?? [])].reduce((a, b) => a + b, 0);
const ids = [...new Set([...plantedRules, ...engines.flatMap((e) => [...e.score.falseByRule.keys()])])].sort();
const rows = ids
  .map((id) => {
    const t = ours.score.perRule.get(id) ?? { planted: 0, found: 0, byOwnRule: 0, duplicates: 0 };
    const g = theirs?.score.perRule.get(id);
    return { id, t, g, oursFalse: falseOf(ours.score, id), theirsFalse: theirs ? falseOf(theirs.score, id) : 0 };
  })
  .filter((row) => ALL || row.t.found < row.t.planted || row.t.duplicates > 0 || row.oursFalse > 0 || row.theirsFalse > 0 || (row.g !== undefined && row.g.found < row.g.planted && gitleaksKinds.has(row.id)));
table([
  ['rule', 'planted', 'ours found', 'by this rule', 'dup', 'false (as finding rule)', ...(theirs ? ['gitleaks found', 'gitleaks false (same id)'] : [])],
  ...rows.map(({ id, t, g, oursFalse, theirsFalse }) => [id, t.planted, t.found, t.byOwnRule, t.duplicates, oursFalse, ...(theirs ? [g?.found ?? 0, theirsFalse] : [])]),
]);

for (const e of engines) {
  const reasons = [...e.score.falseByRule].map(([id, why]) => [id, [...why.values()].reduce((a, b) => a + b, 0), [...why].map(([k, n]) => `${k} ${n}`).join(', ')]).sort((a, b) => b[1] - a[1]);
  if (reasons.length === 0) continue;
  process.stdout.write(`\nFalse alarms of ${e.name}, by rule and what they fired on:\n`);
  table([['rule', 'false alarms', 'on'], ...reasons]);
}

const missed = ours.score.missed;
if (missed.length > 0) {
  process.stdout.write(`\nPlanted secrets the built-in rules missed (${missed.length}; secrets not shown):\n`);
  table([['rule', 'file', 'line', 'context'], ...missed.map((p) => [p.ruleId, p.file, p.line, p.context])]);
}
