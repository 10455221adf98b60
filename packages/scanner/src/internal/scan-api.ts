// The public scan entry points: one session per call, defaults resolved in one place.
import { compileConfig } from './config/compile';
import type { CompiledConfig } from './config/compiled';
import { builtinConfig } from './config/load-config';
import type { CommitMeta } from './detect/detect';
import { ScanSession, type ScanResult, type SessionOptions } from './scan-session';
import { scanFileTree, type FileListing } from './sources/files';
import { cliGit, type GitPort } from './sources/git-port';
import { scanGitLog } from './sources/git-log';
import type { WindowSizes } from './sources/text-windows';
import type { ThreadPlan } from './parallel/worker-pool';
import { portableConfig } from './parallel/portable-config';
import { registeredWorkerScript } from './parallel/scan-worker';

export interface ScanOptions extends SessionOptions {
  /** Default: the built-in rules. */
  config?: CompiledConfig;
  /** How files and hunks larger than a window are cut (default 4 Mi characters, 64 Ki of overlap). */
  windows?: WindowSizes;
}

export interface ScanTextOptions extends ScanOptions {
  /** The file path the text is reported under (gitleaks' File). */
  path?: string;
  commit?: CommitMeta;
  /** Line number of the text's first line (default 1). */
  firstLine?: number;
}

export interface ScanFilesOptions extends ScanOptions {
  /** `auto` (default): `git ls-files` when root holds a .git, else a directory walk. */
  listing?: FileListing;
  /**
   * Report File relative to this folder instead of root: the repository checkout when root is a
   * subfolder of it, as gitleaks prefixes paths with its --source (allowlist paths, .gitleaksignore
   * and baselines then see the same paths as in a whole-checkout scan).
   */
  relativeTo?: string;
  git?: GitPort;
  /**
   * Threads to detect on (default 1). More need a bundle entry that called scanWorkerEntry and a
   * configuration loaded from TOML or the built-in rules; without them the scan stays on this thread.
   */
  jobs?: number;
}

export interface ScanGitOptions extends ScanOptions {
  /** Revision range, e.g. `base..head` for a pull request or a push; default all history. */
  range?: string;
  /** Exactly these commits (e.g. a push event's list), instead of a range. */
  commits?: string[];
  /** Raw `git log` options (gitleaks' --log-opts), instead of range. */
  logOpts?: string[];
  git?: GitPort;
  /** Threads to detect on (default 1), as for scanFiles: the log is read here, its hunks scanned on all of them. */
  jobs?: number;
}

let builtinCompiled: CompiledConfig | undefined;

/** The built-in rules, compiled once. */
export function defaultConfig(): CompiledConfig {
  builtinCompiled ??= compileConfig(builtinConfig());
  return builtinCompiled;
}

function session(options: ScanOptions): ScanSession {
  return new ScanSession(options.config ?? defaultConfig(), options);
}

/** Scans one text in memory. */
export function scanText(text: string, options: ScanTextOptions = {}): ScanResult {
  const s = session(options);
  s.scan(text, { path: options.path ?? '', commit: options.commit, firstLine: options.firstLine });
  return s.finish();
}

/** Scans the working tree under root. */
export async function scanFiles(root: string, options: ScanFilesOptions = {}): Promise<ScanResult> {
  const s = session(options);
  const threads = await scanFileTree(
    s,
    root,
    { listing: options.listing, relativeTo: options.relativeTo, windows: options.windows, git: options.git ?? cliGit },
    threadPlan(s.config, options),
  );
  const result = { ...s.finish(), threads };
  result.findings.sort((a, b) => (a.File < b.File ? -1 : a.File > b.File ? 1 : a.StartLine - b.StartLine || a.StartColumn - b.StartColumn));
  return result;
}

function threadPlan(config: CompiledConfig, options: ScanOptions & { jobs?: number }): ThreadPlan {
  const threads = Math.max(1, Math.floor(options.jobs ?? 1));
  const script = registeredWorkerScript();
  const portable = threads > 1 && script !== undefined ? portableConfig(config) : undefined;
  if (script === undefined || portable === undefined) return { threads: 1 };
  const { placeholders, maxDecodeDepth, limits, listInlineAllowed } = options;
  return { threads, workers: { script, config: portable, detect: { placeholders, maxDecodeDepth, limits, listInlineAllowed } } };
}

/** Scans git history (all refs, a range, or custom log options); only added lines are scanned. */
export async function scanGit(repoDir: string, options: ScanGitOptions = {}): Promise<ScanResult> {
  const s = session(options);
  const threads = await scanGitLog(
    s,
    repoDir,
    { git: options.git ?? cliGit, range: options.range, commits: options.commits, logOpts: options.logOpts, windows: options.windows },
    threadPlan(s.config, options),
  );
  return { ...s.finish(), threads };
}
