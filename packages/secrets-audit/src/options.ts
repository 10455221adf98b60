import { existsSync, lstatSync, statSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { DEFAULT_GITLEAKS_VERSION, gitleaksRelease } from '@mcp-secrets/gitleaks-engine';
import { ConfigurationError, Inputs } from '@mcp-secrets/ports';

/** Every input of the audit action, named once (action.yml must declare exactly these). */
export const AUDIT_INPUT_NAMES = [
  'path', 'engine', 'gitleaks-version', 'config', 'baseline', 'ignore-file', 'scan', 'redact',
  'report-path', 'sarif-path', 'upload-artifact', 'artifact-name', 'fail-on-findings', 'fail-on-skipped', 'annotations',
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
}

export interface AuditOptions {
  /** The repository checkout; relative inputs resolve against it and reports name paths relative to it. */
  workspace: string;
  /** Absolute folder to scan. */
  root: string;
  engine: AuditEngine;
  /** The gitleaks release engine: gitleaks installs (validated, without a leading v). */
  gitleaksVersion: string;
  /** gitleaks-format configuration; undefined = the built-in rules (gitleaks' own defaults for engine: gitleaks). */
  config?: InputFile;
  baseline?: InputFile;
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
}

export const AUDIT_DEFAULTS = {
  config: 'config/gitleaks.toml',
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
  return {
    workspace,
    root,
    engine,
    gitleaksVersion: gitleaksVersion(engine, inputs.string('gitleaks-version', { default: DEFAULT_GITLEAKS_VERSION })),
    config: inputFile('config', inputs.string('config'), AUDIT_DEFAULTS.config, [workspace]),
    baseline: inputFile('baseline', inputs.string('baseline'), AUDIT_DEFAULTS.baseline, [workspace]),
    // gitleaks reads .gitleaksignore from the scanned folder; the checkout root is the fallback.
    ignoreFile: inputFile('ignore-file', inputs.string('ignore-file'), AUDIT_DEFAULTS.ignoreFile, [root, workspace]),
    scan: inputs.choice('scan', SCAN_MODES, 'auto'),
    redactPercent: redactPercent(inputs.string('redact')),
    reportPath: outputPath(raw('report-path'), AUDIT_DEFAULTS.reportPath, workspace),
    sarifPath: outputPath(raw('sarif-path'), AUDIT_DEFAULTS.sarifPath, workspace),
    uploadArtifact: inputs.boolean('upload-artifact', true),
    artifactName,
    failOnFindings: inputs.boolean('fail-on-findings', true),
    failOnSkipped: inputs.boolean('fail-on-skipped', false),
    annotations: inputs.boolean('annotations', true),
  };
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
 * An input naming a file: when left empty, the default is used if it exists (and skipped otherwise);
 * a file named explicitly must exist. A value equal to the default counts as left empty, because
 * the runner passes action.yml defaults as if they were given.
 */
function inputFile(input: AuditInputName, given: string, defaultPath: string, bases: string[]): InputFile | undefined {
  const workspace = bases[bases.length - 1] ?? '.';
  if (given === '' || given === defaultPath) {
    for (const base of bases) {
      const file = resolve(base, defaultPath);
      if (existsSync(file)) return { file, display: displayPath(file, workspace), root: workspace };
    }
    return undefined;
  }
  const file = resolve(workspace, given);
  // lstat, not exists: a symlink to nowhere is still the repository's file, refused when read.
  if (!lexists(file)) {
    throw new ConfigurationError(`'${given}' does not exist`, { input, file: given, hint: 'fix the path (relative to the workspace) or leave the input empty' });
  }
  return { file, display: given, root: isInside(file, workspace) ? workspace : undefined };
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
