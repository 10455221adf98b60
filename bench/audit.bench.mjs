#!/usr/bin/env node
// Times `mcp-secrets audit` (the bundled CLI, a whole process as a user starts it) on generated,
// deterministic corpora of mixed source files with fake secrets planted at known lines (50 MB and
// 200 MB; 1 GB with BENCH_LARGE=1), on one thread and on every core, with secretlint (recommended
// preset) side by side on the same corpus: wall and CPU time (every thread), MB/s in total and per
// CPU-second, files/s, peak RSS and recall. The machine may be shared: CPU time is the steadier
// figure, and "scan MB/s per core" subtracts the CPU time of the same command on an empty folder
// (start-up and rule compilation). Medians of AUDIT_BENCH_RUNS runs (default 3), the variants
// alternating so that load falls on all alike. Benchmarks measure; they never assert.
// Then `--scan git` on a generated repository of 10,000 commits (20 MB of added text): MB of patch
// text per second and per CPU-second, peak RSS, recall.
// Options: AUDIT_BENCH_RUNS, AUDIT_BENCH_CLI (another bundle, e.g. a copy of an earlier build),
// AUDIT_BENCH_MB (only the corpus of this size), AUDIT_BENCH_HISTORY=0 (no history),
// BENCH_SECRETLINT=0 (no secretlint), BENCH_LARGE=1.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join, relative } from 'node:path';
import { ensureCorpus, ensureHistory, SECRET_KINDS } from './corpus.mjs';
import { installedSecretlint, measureNode, median, NODE, OUT, ROOT, table, timeProcess } from './lib.mjs';

const RUNS = Number(process.env.AUDIT_BENCH_RUNS ?? 3);
const CLI = process.env.AUDIT_BENCH_CLI ?? join(ROOT, 'dist', 'cli', 'index.js');
const CORES = availableParallelism();
const SIZES = [
  { files: 2000, mb: 50 },
  { files: 8000, mb: 200 },
  ...(process.env.BENCH_LARGE === '1' ? [{ files: 40000, mb: 1000 }] : []),
].filter((s) => process.env.AUDIT_BENCH_MB === undefined || s.mb === Number(process.env.AUDIT_BENCH_MB));

if (!existsSync(CLI)) {
  process.stderr.write('dist/cli/index.js is missing: run `node scripts/build.mjs cli` first\n');
  process.exit(1);
}
const nodeMajor = Number(/^v(\d+)/.exec((await timeProcess(NODE, ['--version'])).stdout)?.[1] ?? 0);
const secretlint = installedSecretlint();
const secretlintSkipped = secretlint.skipped ?? (nodeMajor < 22 ? `secretlint ${secretlint.version} needs Node 22+, the bench runtime is Node ${nodeMajor}` : undefined);

const rc = join(OUT, 'audit-bench-secretlintrc.json');
// The preset's AWS rule reports bare access key ids only when asked to; our built-in rules always do.
writeFileSync(rc, JSON.stringify({
  rules: [{ id: '@secretlint/secretlint-rule-preset-recommend', rules: [{ id: '@secretlint/secretlint-rule-aws', options: { enableIDScanRule: true } }] }],
}));

const ours = (jobs) => ({
  name: 'mcp-secrets audit',
  jobs,
  args: [CLI, 'audit', '--scan', 'files', '--format', 'json', '--fail-on-findings', 'false', '--jobs', String(jobs)],
  ok: (code) => code === 0,
  locations: (stdout) => JSON.parse(stdout).map((f) => ({ file: f.File, line: f.StartLine })),
});
const VARIANTS = [
  ours(1),
  ...(CORES > 1 ? [ours(CORES)] : []),
  ...(secretlintSkipped === undefined
    ? [{
      name: `secretlint ${secretlint.version} (recommend + AWS ids)`,
      jobs: 1,
      // The corpus is under bench/out/, which .gitignore lists: secretlint reads it only when told to.
      // Unix format, as json repeats every file.
      args: [secretlint.bin, '**/*', '--secretlintrc', rc, '--format', 'unix', '--no-gitignore', '--no-color', '--no-terminalLink'],
      ok: (code) => code === 0 || code === 1,
      locations: (stdout, cwd) => [...stdout.matchAll(/^(\/.+?):(\d+):\d+: /gm)].map((m) => ({ file: relative(cwd, m[1]), line: Number(m[2]) })),
    }]
    : []),
];

function recallOf(planted, locations) {
  const hit = (p) => locations.some((l) => l.file === p.file && l.line === p.line);
  const missed = SECRET_KINDS.map((kind) => [kind, planted.filter((p) => p.kind === kind && !hit(p)).length]).filter(([, n]) => n > 0);
  const found = planted.filter(hit).length;
  return `${found}/${planted.length}${missed.length > 0 ? ` (missed ${missed.map(([kind, n]) => `${n} ${kind}`).join(', ')})` : ''}, ${locations.length - found} other`;
}

// Start-up CPU of each variant: the same command on a folder with one small file.
const startupDir = join(OUT, 'audit-startup');
mkdirSync(startupDir, { recursive: true });
writeFileSync(join(startupDir, 'README.md'), 'nothing to see here\n');
const startupCpu = [];
for (const variant of VARIANTS) {
  const cpu = [];
  for (let i = 0; i < RUNS; i++) cpu.push((await measureNode(variant.args, { cwd: startupDir })).cpuMs);
  startupCpu.push(median(cpu));
}

const rows = [['corpus', 'tool', 'jobs', 'wall', 'CPU', 'start-up CPU', 'MB/s', 'MB/s per CPU-s', 'scan MB/s per core', 'files/s', 'peak RSS', 'recall']];
const notes = [];
for (const size of SIZES) {
  const corpus = ensureCorpus({ name: `audit-corpus-${size.mb}mb`, files: size.files, mb: size.mb, kinds: SECRET_KINDS, plantedPerKind: 10 });
  const mb = corpus.bytes / 1_000_000;
  const runs = VARIANTS.map(() => []);
  for (let i = 0; i < RUNS; i++) {
    for (const [v, variant] of VARIANTS.entries()) {
      const run = await measureNode(variant.args, { cwd: corpus.dir });
      if (!variant.ok(run.code)) {
        process.stderr.write(`${variant.name} failed (exit ${run.code}):\n${run.stderr.slice(-4000)}\n`);
        process.exit(1);
      }
      runs[v].push({ ...run, locations: variant.locations(run.stdout, corpus.dir) });
    }
  }
  const medians = VARIANTS.map((variant, v) => {
    const ms = median(runs[v].map((r) => r.ms));
    const cpuMs = median(runs[v].map((r) => r.cpuMs));
    const scanCpuMs = Math.max(1, cpuMs - startupCpu[v]);
    rows.push([`${corpus.files} files, ${mb.toFixed(0)} MB`, variant.name, variant.jobs, `${(ms / 1000).toFixed(2)} s`, `${(cpuMs / 1000).toFixed(2)} s`,
      `${(startupCpu[v] / 1000).toFixed(2)} s`, (mb / (ms / 1000)).toFixed(1), (mb / (cpuMs / 1000)).toFixed(1), (mb / (scanCpuMs / 1000)).toFixed(1),
      Math.round(corpus.files / (ms / 1000)), `${Math.max(...runs[v].map((r) => r.rssMb)).toFixed(0)} MB`, recallOf(corpus.planted, runs[v].at(-1).locations)]);
    return { ms, cpuMs };
  });
  const [one, all] = medians;
  const secretlint = secretlintSkipped === undefined ? medians.at(-1) : undefined;
  if (CORES > 1) notes.push(`${mb.toFixed(0)} MB: ${CORES} jobs are ${(one.ms / all.ms).toFixed(2)}× one job by wall time, at ${(all.cpuMs / one.cpuMs).toFixed(2)}× the CPU time`);
  if (secretlint !== undefined) {
    const best = CORES > 1 ? all : one;
    notes.push(`${mb.toFixed(0)} MB: secretlint / ours (${CORES} jobs): ${(secretlint.ms / best.ms).toFixed(1)}× by wall time, ${(secretlint.cpuMs / best.cpuMs).toFixed(1)}× by CPU time`);
  }
}

table(rows);
for (const line of notes) process.stdout.write(`${line}\n`);

if (process.env.AUDIT_BENCH_HISTORY !== '0') {
  const history = ensureHistory({ name: 'audit-history-10k', commits: 10_000, mb: 20, kinds: SECRET_KINDS });
  const mb = history.bytes / 1_000_000;
  const jobsList = CORES > 1 ? [1, CORES] : [1];
  const runs = jobsList.map(() => []);
  for (let i = 0; i < RUNS; i++) {
    for (const [v, jobs] of jobsList.entries()) {
      const run = await measureNode([CLI, 'audit', '--scan', 'git', '--format', 'json', '--fail-on-findings', 'false', '--jobs', String(jobs)], { cwd: history.dir });
      if (run.code !== 0) {
        process.stderr.write(`audit --scan git failed (exit ${run.code}):\n${run.stderr.slice(-4000)}\n`);
        process.exit(1);
      }
      runs[v].push({ ...run, locations: ours(jobs).locations(run.stdout) });
    }
  }
  const historyRows = [['history', 'jobs', 'wall', 'CPU', 'patch MB/s', 'patch MB per CPU-s', 'peak RSS', 'recall']];
  for (const [v, jobs] of jobsList.entries()) {
    const ms = median(runs[v].map((r) => r.ms));
    const cpuMs = median(runs[v].map((r) => r.cpuMs));
    historyRows.push([`${history.commits} commits, ${mb.toFixed(0)} MB added`, jobs, `${(ms / 1000).toFixed(2)} s`, `${(cpuMs / 1000).toFixed(2)} s`,
      (mb / (ms / 1000)).toFixed(1), (mb / (cpuMs / 1000)).toFixed(1), `${Math.max(...runs[v].map((r) => r.rssMb)).toFixed(0)} MB`,
      recallOf(history.planted, runs[v].at(-1).locations)]);
  }
  process.stdout.write('\n');
  table(historyRows);
}
if (secretlintSkipped !== undefined) process.stdout.write(`secretlint skipped: ${secretlintSkipped}\n`);
process.stdout.write(`(medians of ${RUNS} runs, whole processes incl. start-up, built-in rules; peak RSS is the maximum over runs; node ${nodeMajor}; `
  + `${CORES} cores; load average ${loadavg()[0].toFixed(1)})\n`);
