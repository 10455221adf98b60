// Runs the gitleaks binary on a folder or a repository's history and reads its JSON report.
import { spawn } from 'node:child_process';
import { readFile, rm } from 'node:fs/promises';
import { isAbsolute, relative, resolve } from 'node:path';
import type { Finding, ScanStats } from '@mcp-secrets/scanner';
import { failureReason, loggedFigures, parseGitleaksLog } from './gitleaks-log';
import { parseGitleaksReport, type GitleaksScanMode } from './report';

export interface RunGitleaksOptions {
  /** The gitleaks executable (installGitleaks().binary). */
  binary: string;
  /** files: `gitleaks dir`; git: all history; diff: only `range`/`logOpts` (a pull request or a push). */
  mode: GitleaksScanMode;
  /** The folder to scan (files) or the repository (git, diff). */
  root: string;
  /** Files mode: report paths relative to this folder (the workspace), as the built-in engine does; default root. */
  relativeTo?: string;
  /** gitleaks TOML configuration (`--config`); default: gitleaks' own resolution (.gitleaks.toml, else its defaults). */
  config?: string;
  /** A previous gitleaks JSON report whose findings are ignored (`--baseline-path`). */
  baselinePath?: string;
  /** A .gitleaksignore file (`--gitleaks-ignore-path`). */
  ignorePath?: string;
  /** Revision range, e.g. `base..head`; required in diff mode unless logOpts is given. */
  range?: string;
  /** Raw `git log` options (`--log-opts`), instead of range. */
  logOpts?: string[];
  /** Percentage of each secret gitleaks replaces in its report (`--redact=N`); 0 keeps secrets. */
  redact: number;
  /** Where gitleaks writes its JSON report (overwritten). */
  reportPath: string;
  /** The child's environment; default process.env. */
  env?: NodeJS.ProcessEnv;
  /** Milliseconds clock for durationMs (injectable for tests). */
  now?: () => number;
}

export interface GitleaksRunResult {
  findings: Finding[];
  /** The built-in engine's shape; gitleaks does not report files scanned, skipped or suppressed, so those stay 0. */
  stats: ScanStats;
  /** gitleaks' warnings (WRN/ERR lines) worth passing on to the log. */
  warnings: string[];
  /** The exact arguments gitleaks ran with (after the binary). */
  args: string[];
}

export class GitleaksRunError extends Error {
  constructor(
    message: string,
    readonly exitCode: number | null,
  ) {
    super(message);
    this.name = 'GitleaksRunError';
  }
}

/** Keeps this much of stderr: enough for the figures and the failure reason without unbounded memory. */
const STDERR_LIMIT = 256 * 1024;

export async function runGitleaks(options: RunGitleaksOptions): Promise<GitleaksRunResult> {
  const now = options.now ?? Date.now;
  const startedAt = now();
  const { cwd, args } = gitleaksCommand(options);
  // A stale report from an earlier run must never be read as this run's.
  await rm(options.reportPath, { force: true });
  const { code, signal, stderr } = await execute(options.binary, args, cwd, options.env ?? process.env);
  const log = parseGitleaksLog(stderr);
  if (signal !== null) throw new GitleaksRunError(`gitleaks was stopped by ${signal}: ${failureReason(stderr, log)}`, null);
  if (code === 126) {
    throw new GitleaksRunError(`gitleaks rejected its command line (${failureReason(stderr, log)}); engine: gitleaks needs gitleaks 8.19.0 or newer, check the version input`, code);
  }
  if (code !== 0) {
    throw new GitleaksRunError(`gitleaks failed with exit code ${code}: ${failureReason(stderr, log)}${configHint(options)}`, code);
  }

  let text: string;
  try {
    text = await readFile(options.reportPath, 'utf8');
  } catch {
    throw new GitleaksRunError(`gitleaks exited 0 but wrote no report at ${options.reportPath}: ${failureReason(stderr, log)}`, code);
  }
  const findings = parseGitleaksReport(text, options.reportPath, options.mode);
  const figures = loggedFigures(log);
  const stats: ScanStats = {
    filesScanned: 0,
    bytesScanned: figures.bytesScanned,
    commitsScanned: figures.commitsScanned,
    skipped: { unreadable: 0, symlinks: 0, special: 0, allowlistedPaths: 0 },
    skippedFiles: [],
    binaryFiles: 0,
    suppressed: { allowlist: 0, inline: 0, placeholder: 0, lowEntropy: 0, checksum: 0, ignoreFile: 0, baseline: 0 },
    truncatedWindows: 0,
    findings: findings.length,
    durationMs: Math.max(0, now() - startedAt),
  };
  const warnings = log.filter((l) => l.level === 'WRN' || l.level === 'ERR').map((l) => l.message).filter((m) => !/^leaks found/.test(m));
  return { findings, stats, warnings, args };
}

/** The working directory and arguments for one run (exported for tests and for logging). */
export function gitleaksCommand(options: RunGitleaksOptions): { cwd: string; args: string[] } {
  const root = resolve(options.root);
  let cwd = root;
  let args: string[];
  if (options.mode === 'files') {
    cwd = resolve(options.relativeTo ?? root);
    const rel = relative(cwd, root);
    // gitleaks names files by the path it was given, so a path relative to the workspace gives workspace-relative names.
    const target = rel === '' ? '.' : rel.startsWith('..') || isAbsolute(rel) ? root : rel;
    args = ['dir', target];
  } else {
    args = ['git', root];
    const logOpts = gitLogOpts(options);
    if (logOpts !== undefined) args.push(`--log-opts=${logOpts}`);
  }
  args.push('--report-format', 'json', '--report-path', resolve(options.reportPath), '--exit-code', '0', '--no-banner', '--log-level', 'info');
  if (options.redact > 0) args.push(options.redact >= 100 ? '--redact' : `--redact=${Math.round(options.redact)}`);
  if (options.config !== undefined) args.push('--config', resolve(options.config));
  if (options.baselinePath !== undefined) args.push('--baseline-path', resolve(options.baselinePath));
  if (options.ignorePath !== undefined) args.push('--gitleaks-ignore-path', resolve(options.ignorePath));
  return { cwd, args };
}

function gitLogOpts(options: RunGitleaksOptions): string | undefined {
  const opts = options.logOpts ?? (options.range !== undefined ? [options.range] : []);
  if (options.mode === 'diff' && opts.length === 0) throw new Error('gitleaks diff mode needs a revision range (base..head) or log options');
  // gitleaks splits --log-opts on spaces, so an option holding a space cannot be passed through.
  const spaced = opts.find((o) => /\s/.test(o));
  if (spaced !== undefined) throw new Error(`git log option '${spaced}' contains whitespace, which gitleaks' --log-opts cannot carry`);
  return opts.length === 0 ? undefined : opts.join(' ');
}

function configHint(options: RunGitleaksOptions): string {
  return options.config === undefined ? '' : ` (if the message is about the configuration, check ${options.config})`;
}

interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
  stderr: string;
}

function execute(binary: string, args: string[], cwd: string, env: NodeJS.ProcessEnv): Promise<Exit> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(binary, args, { cwd, env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      stderr = (stderr + chunk).slice(-STDERR_LIMIT);
    });
    child.on('error', (error: NodeJS.ErrnoException) => {
      const why = error.code === 'ENOENT' ? 'not found' : error.code === 'EACCES' ? 'not executable' : error.message;
      reject(new GitleaksRunError(`cannot run gitleaks at ${binary} (${why}); install it with installGitleaks or point the binary at an executable`, null));
    });
    child.on('close', (code, signal) => resolvePromise({ code, signal, stderr }));
  });
}
