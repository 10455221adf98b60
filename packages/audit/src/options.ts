import { lstatSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { DEFAULT_GITLEAKS_VERSION, gitleaksRelease } from '@mcp-secrets/gitleaks-engine';
import { ConfigurationError, Inputs } from '@mcp-secrets/ports';

/** Every input of the audit action, named once (action.yml must declare exactly these). */
export const AUDIT_INPUT_NAMES = [
  'path', 'engine', 'gitleaks-version', 'config', 'baseline', 'baseline-path', 'ignore-file', 'scan', 'redact',
  'report-path', 'sarif-path', 'upload-artifact', 'artifact-name', 'fail-on-findings', 'fail-on-skipped', 'annotations', 'jobs',
] as const;

export type AuditInputName = (typeof AUDIT_INPUT_NAMES)[number];
export type ScanMode = 'auto' | 'files' | 'git' | 'diff';
export const SCAN_MODES: readonly ScanMode[] = ['auto', 'files', 'git', 'diff'];
/** builtin: the in-process scanner; gitleaks: the real gitleaks binary (@mcp-secrets/gitleaks-engine). */
export type AuditEngine = 'builtin' | 'gitleaks';
export const AUDIT_ENGINES: readonly AuditEngine[] = ['builtin', 'gitleaks'];

/** A file the audit reads: where it is, and how to name it to the user. */
export interface InputFile {
  file: string;
  display: string;
  /**
   * The folder the file must stay inside: the workspace for repository content (a default file,
   * or a path inside the checkout), so a committed symlink cannot lead out of it. Undefined for
   * a file the user named outside the workspace (their own, e.g. an organisation-wide config).
   */
  root?: string;
  /** Found under a default name rather than named by an input: at a pull request's base, the base's own choice is compared. */
  byDefault?: boolean;
}

/**
 * How the configuration in use was chosen, in gitleaks' order of precedence: the `config` input
 * (gitleaks' --config), the GITLEAKS_CONFIG environment variable (a path), GITLEAKS_CONFIG_TOML
 * (the configuration itself), then a default file of the repository.
 */
export type ConfigOrigin = 'input' | 'GITLEAKS_CONFIG' | 'GITLEAKS_CONFIG_TOML' | 'default';

export interface ConfigFile extends InputFile {
  origin: Exclude<ConfigOrigin, 'GITLEAKS_CONFIG_TOML'>;
}

export interface AuditOptions {
  /** The repository checkout; relative inputs resolve against it and reports name paths relative to it. */
  workspace: string;
  /** Absolute folder to scan. */
  root: string;
  /**
   * The top of the repository holding the scanned folder (the workspace outside a repository):
   * where `.gitleaks.toml` and the other default files are looked for, wherever the command runs.
   */
  repoRoot: string;
  engine: AuditEngine;
  /** The gitleaks release engine: gitleaks installs (validated, without a leading v). */
  gitleaksVersion: string;
  /**
   * gitleaks-format configuration file; undefined, with no `configToml` either, = the built-in rules
   * (gitleaks' own defaults for engine: gitleaks).
   */
  config?: ConfigFile;
  /** The configuration's text from GITLEAKS_CONFIG_TOML, when no input or GITLEAKS_CONFIG names a file. */
  configToml?: string;
  /** detect-secrets baseline. */
  baseline?: InputFile;
  /** A gitleaks JSON report whose findings are not reported again (gitleaks' --baseline-path). */
  reportBaseline?: InputFile;
  ignoreFile?: InputFile;
  scan: ScanMode;
  /** Percentage of each secret replaced in the report files (gitleaks --redact=N); 100 = all, 0 = none. */
  redactPercent: number;
  /** Absolute paths, or undefined when the file must not be written. */
  reportPath?: string;
  sarifPath?: string;
  uploadArtifact: boolean;
  artifactName: string;
  failOnFindings: boolean;
  /** Fail when a file could not be scanned (unreadable, a symlink out of the folder, not a regular file). */
  failOnSkipped: boolean;
  annotations: boolean;
  /** Threads the built-in engine scans the working tree on: the `jobs` input, default one per core. */
  jobs: number;
}

/** More threads than this is a typo (each holds a copy of the compiled rules). */
const MAX_JOBS = 256;

export const AUDIT_DEFAULTS = {
  /** Looked for in this order at the repository's top (gitleaks' own name first, then the runbooks'). */
  configs: ['.gitleaks.toml', 'config/gitleaks.toml'],
  /** detect-secrets' default name first, then the runbooks'. */
  baselines: ['.secrets.baseline', 'config/detect-secrets.baseline'],
  /** Where `--write-baseline` writes when the repository has no baseline yet. */
  baseline: 'config/detect-secrets.baseline',
  ignoreFile: '.gitleaksignore',
  reportPath: 'gitleaks-report.json',
  sarifPath: 'gitleaks-report.sarif',
  artifactName: 'gitleaks-report',
} as const;

/**
 * Parses and validates every audit input before anything is scanned. `raw` tells an input left
 * unset (undefined: use the default) from one set empty (do not write that report).
 */
export function readAuditOptions(inputs: Inputs, raw: (name: AuditInputName) => string | undefined, env: NodeJS.ProcessEnv): AuditOptions {
  const workspace = resolve(env.GITHUB_WORKSPACE || process.cwd());
  const root = scanRoot(inputs.string('path'), workspace);
  const artifactName = inputs.string('artifact-name', { default: AUDIT_DEFAULTS.artifactName });
  if (/["<>|*?:\r\n\\/]/.test(artifactName)) {
    throw new ConfigurationError(`'${artifactName}' is not a valid artifact name`, { input: 'artifact-name', hint: 'leave out " : < > | * ? \\ / and newlines' });
  }
  const engine = inputs.choice('engine', AUDIT_ENGINES, 'builtin');
  const repoRoot = repositoryTop(root) ?? workspace;
  const candidates = defaultCandidates({ root, repoRoot });
  const { config, configToml } = chooseConfig(inputs.string('config'), env, workspace, candidates.configs);
  const ignoreGiven = inputs.string('ignore-file');
  return {
    workspace,
    root,
    repoRoot,
    engine,
    gitleaksVersion: gitleaksVersion(engine, inputs.string('gitleaks-version', { default: DEFAULT_GITLEAKS_VERSION })),
    config,
    ...(configToml !== undefined && { configToml }),
    baseline: namedFile('baseline', inputs.string('baseline'), workspace) ?? defaultFile(candidates.baselines, workspace),
    reportBaseline: namedFile('baseline-path', inputs.string('baseline-path'), workspace),
    // The runner passes action.yml's default as if given: the default name means "look for it".
    ignoreFile:
      (ignoreGiven === AUDIT_DEFAULTS.ignoreFile ? undefined : namedFile('ignore-file', ignoreGiven, workspace)) ??
      defaultFile(candidates.ignoreFiles, workspace),
    scan: inputs.choice('scan', SCAN_MODES, 'auto'),
    redactPercent: redactPercent(inputs.string('redact')),
    reportPath: outputPath(raw('report-path'), AUDIT_DEFAULTS.reportPath, workspace),
    sarifPath: outputPath(raw('sarif-path'), AUDIT_DEFAULTS.sarifPath, workspace),
    uploadArtifact: inputs.boolean('upload-artifact', true),
    artifactName,
    failOnFindings: inputs.boolean('fail-on-findings', true),
    failOnSkipped: inputs.boolean('fail-on-skipped', false),
    annotations: inputs.boolean('annotations', true),
    jobs: scanJobs(inputs.string('jobs')),
  };
}

/** Whole numbers only: a thread count of `2.5` or `auto` is a typo, not a request. */
function scanJobs(given: string): number {
  if (given === '') return availableParallelism();
  const jobs = /^[0-9]{1,4}$/.test(given) ? Number(given) : 0;
  if (jobs < 1 || jobs > MAX_JOBS) {
    throw new ConfigurationError(`expected a number of threads from 1 to ${MAX_JOBS}, got '${given}'`, {
      input: 'jobs',
      hint: `leave it empty to use every core (${availableParallelism()} here)`,
    });
  }
  return jobs;
}

/** Checked now (format, minimum version, a release for this runner) so a bad value fails before anything is scanned. */
function gitleaksVersion(engine: AuditEngine, given: string): string {
  if (engine !== 'gitleaks') return given;
  return gitleaksRelease(given, process.platform, process.arch, 'gitleaks-version').version;
}

function scanRoot(given: string, workspace: string): string {
  const root = resolve(workspace, given === '' ? '.' : given);
  let isDir = false;
  try {
    isDir = statSync(root).isDirectory();
  } catch {
    throw new ConfigurationError(`'${given}' does not exist`, { input: 'path', hint: 'give a folder, relative to the workspace' });
  }
  if (!isDir) throw new ConfigurationError(`'${given}' is not a folder`, { input: 'path', hint: 'give the folder to scan' });
  return root;
}

/**
 * The configuration, as gitleaks chooses it: the `config` input (--config), else GITLEAKS_CONFIG (a
 * path), else GITLEAKS_CONFIG_TOML (the configuration itself), else `.gitleaks.toml` in the scanned
 * folder or at the repository's top, else `config/gitleaks.toml` there; none: the built-in rules.
 * An empty variable counts as unset, as in gitleaks.
 */
function chooseConfig(given: string, env: NodeJS.ProcessEnv, workspace: string, candidates: readonly string[]): { config?: ConfigFile; configToml?: string } {
  const named = namedFile('config', given, workspace);
  if (named !== undefined) return { config: { ...named, origin: 'input' } };
  const fromEnv = env.GITLEAKS_CONFIG ?? '';
  if (fromEnv !== '') {
    const file = resolve(workspace, fromEnv);
    if (!lexists(file)) {
      throw new ConfigurationError(`GITLEAKS_CONFIG names '${fromEnv}', which does not exist`, { hint: 'fix the path (relative to the workspace) or unset GITLEAKS_CONFIG' });
    }
    return { config: { file, display: `${displayPath(file, workspace)} (GITLEAKS_CONFIG)`, root: isInside(file, workspace) ? workspace : undefined, origin: 'GITLEAKS_CONFIG' } };
  }
  const toml = env.GITLEAKS_CONFIG_TOML ?? '';
  if (toml !== '') return { configToml: toml };
  const found = defaultFile(candidates, workspace);
  return found === undefined ? {} : { config: { ...found, origin: 'default' } };
}

/**
 * Where each default file is looked for, in order (absolute paths): what a pull request's base
 * would have chosen is the first of them it has.
 */
export function defaultCandidates(options: Pick<AuditOptions, 'root' | 'repoRoot'>): { configs: string[]; baselines: string[]; ignoreFiles: string[] } {
  const folders = options.root === options.repoRoot ? [options.repoRoot] : [options.root, options.repoRoot];
  const [gitleaksName, ...others] = AUDIT_DEFAULTS.configs;
  return {
    configs: [...folders.map((f) => resolve(f, gitleaksName as string)), ...others.map((name) => resolve(options.repoRoot, name))],
    baselines: AUDIT_DEFAULTS.baselines.map((name) => resolve(options.repoRoot, name)),
    ignoreFiles: folders.map((f) => resolve(f, AUDIT_DEFAULTS.ignoreFile)),
  };
}

/** A file an input names (relative to the workspace): it must exist. Empty: undefined. */
function namedFile(input: AuditInputName, given: string, workspace: string): InputFile | undefined {
  if (given === '') return undefined;
  const file = resolve(workspace, given);
  // lstat, not exists: a symlink to nowhere is still the repository's file, refused when read.
  if (!lexists(file)) {
    throw new ConfigurationError(`'${given}' does not exist`, { input, file: given, hint: 'fix the path (relative to the workspace) or leave the input empty' });
  }
  return { file, display: given, root: isInside(file, workspace) ? workspace : undefined };
}

/**
 * The first of `candidates` (absolute paths) that exists, or undefined. Repository content: read
 * inside the repository (its top, or the workspace outside one).
 */
function defaultFile(candidates: readonly string[], workspace: string): InputFile | undefined {
  const file = candidates.find(lexists);
  if (file === undefined) return undefined;
  return { file, display: displayPath(file, workspace), root: repositoryTop(dirname(file)) ?? workspace, byDefault: true };
}

/** The nearest folder at or above `folder` holding `.git` (a folder, or a worktree's file). */
export function repositoryTop(folder: string): string | undefined {
  for (let dir = resolve(folder); ; dir = dirname(dir)) {
    if (lexists(join(dir, '.git'))) return dir;
    if (dirname(dir) === dir) return undefined;
  }
}

function lexists(file: string): boolean {
  try {
    lstatSync(file);
    return true;
  } catch {
    return false;
  }
}

function isInside(file: string, folder: string): boolean {
  const rel = relative(folder, file);
  return rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
}

function displayPath(file: string, base: string): string {
  return isInside(file, base) && file !== base ? relative(base, file) : file;
}

function redactPercent(value: string): number {
  const v = value.toLowerCase();
  if (v === '' || v === 'true') return 100;
  if (v === 'false') return 0;
  if (/^\d{1,3}$/.test(v) && Number(v) <= 100) return Number(v);
  throw new ConfigurationError(`expected true, false or a percentage 0-100, got '${value}'`, { input: 'redact' });
}

/** Not given: the default. Given empty: do not write. Relative paths are in the workspace. */
function outputPath(given: string | undefined, defaultPath: string, workspace: string): string | undefined {
  const value = given === undefined ? defaultPath : given.trim();
  return value === '' ? undefined : resolve(workspace, value);
}
