import { existsSync, statSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import { readBoundedText } from '@mcp-secrets/fs-safe';
import { ConfigurationError, Inputs } from '@mcp-secrets/ports';
import { CONFIG_FILE, DEFAULT_CONFIG, DEFAULT_WORKFLOW_PATTERNS, parseWorkflowsConfig, type WorkflowsConfig } from '@mcp-secrets/workflows';

/** Every input of the workflow-permission-check action, named once (action.yml must declare exactly these). */
export const WORKFLOW_CHECK_INPUT_NAMES = ['paths', 'config', 'fail-on', 'sarif-path', 'annotations'] as const;

/** One `paths` entry as written and the globs it stands for (a folder is two). */
export interface RequiredPattern {
  given: string;
  globs: string[];
}

export type WorkflowCheckInputName = (typeof WORKFLOW_CHECK_INPUT_NAMES)[number];
export type FailOn = 'error' | 'warning' | 'never';

export const DEFAULT_SARIF_PATH = 'workflow-permission-check.sarif';

export interface WorkflowCheckOptions {
  /** Absolute repository root: patterns, the config and the SARIF path are relative to it. */
  root: string;
  /** `/`-separated glob patterns relative to `root`; those starting with `!` exclude. */
  patterns: string[];
  /**
   * What the user asked for beyond the defaults, each with the globs it became: one that matches
   * no file is a configuration error (a typo must not pass green on zero files).
   */
  required: RequiredPattern[];
  config: WorkflowsConfig;
  /** The config file read, relative to `root`; undefined when the built-in defaults apply. */
  configFile?: string;
  failOn: FailOn;
  /** Absolute path of the SARIF log, or undefined when none must be written. */
  sarifPath?: string;
  annotations: boolean;
}

/**
 * Parses and validates every input, and reads the config file, before any
 * workflow is read: a configuration error stops the step with nothing written.
 * `raw` tells "not given" (undefined: the default) from "given empty" (no SARIF).
 */
export function readWorkflowCheckOptions(
  inputs: Inputs,
  raw: (name: WorkflowCheckInputName) => string | undefined,
  env: NodeJS.ProcessEnv,
): WorkflowCheckOptions {
  const root = resolve(env.GITHUB_WORKSPACE || process.cwd());
  const given = splitPatterns(inputs.string('paths'));
  const patterns: string[] = [];
  const required: RequiredPattern[] = [];
  for (const pattern of given) {
    const globs = normalisePattern(pattern, root);
    patterns.push(...globs);
    // The defaults (the input's default value) may each match nothing: a repository without .yaml files.
    if (!pattern.startsWith('!') && !DEFAULT_WORKFLOW_PATTERNS.includes(pattern)) required.push({ given: pattern, globs });
  }
  // Only exclusions given: they narrow the default set.
  if (patterns.every((pattern) => pattern.startsWith('!'))) patterns.unshift(...DEFAULT_WORKFLOW_PATTERNS);
  const { config, configFile } = loadConfig(inputs.string('config'), root);
  const sarif = (raw('sarif-path') ?? DEFAULT_SARIF_PATH).trim();
  return {
    root,
    patterns,
    required,
    config,
    ...(configFile !== undefined && { configFile }),
    failOn: inputs.choice('fail-on', ['error', 'warning', 'never'] as const, 'error'),
    ...(sarif !== '' && { sarifPath: resolve(root, sarif) }),
    annotations: inputs.boolean('annotations', true),
  };
}

/**
 * `paths` entries: one per line or comma, except the commas of a brace list (`*.{yml,yaml}`);
 * a `#` starts a comment, as in the other list inputs.
 */
export function splitPatterns(text: string): string[] {
  const out: string[] = [];
  for (const line of text.split('\n')) {
    let depth = 0;
    let start = 0;
    const body = line.replace(/#.*$/, '');
    for (let i = 0; i <= body.length; i++) {
      const c = body[i];
      if (c === '{') depth++;
      else if (c === '}') depth = Math.max(0, depth - 1);
      else if (i === body.length || (c === ',' && depth === 0)) {
        const item = body.slice(start, i).trim();
        if (item !== '') out.push(item);
        start = i + 1;
      }
    }
  }
  return out;
}

/**
 * A pattern as the discovery matches it: relative to the root, `/`-separated; a folder means every
 * YAML file below it; a leading `!` excludes what it matches (e.g. test fixtures with planted findings).
 */
function normalisePattern(pattern: string, root: string): string[] {
  if (pattern.startsWith('!')) return normalisePattern(pattern.slice(1).trim(), root).map((p) => `!${p}`);
  let rel = pattern.replace(/\\/g, '/');
  if (isAbsolute(rel)) {
    rel = relative(root, rel).replace(/\\/g, '/');
    if (rel === '..' || rel.startsWith('../') || isAbsolute(rel)) {
      throw new ConfigurationError(`'${pattern}' is outside the repository root ${root}`, {
        input: 'paths',
        hint: 'give paths relative to the workspace',
      });
    }
  }
  rel = rel.replace(/^(\.\/)+/, '').replace(/\/+$/, '');
  if (rel === '' || rel === '.') return ['**/*.yml', '**/*.yaml'];
  if (!/[*?[{]/.test(rel) && isDirectory(resolve(root, rel))) return [`${rel}/**/*.yml`, `${rel}/**/*.yaml`];
  return [rel];
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** A config of a few rules and allowlists is kilobytes; this is far beyond any real one. */
const CONFIG_MAX_BYTES = 4 * 1024 * 1024;

/** The given config file (which must exist), else `.github/mcp-secrets.yml` when present, else the defaults. */
function loadConfig(given: string, root: string): { config: WorkflowsConfig; configFile?: string } {
  const file = given !== '' ? given : CONFIG_FILE;
  const path = resolve(root, file);
  if (!existsSync(path)) {
    if (given === '') return { config: DEFAULT_CONFIG };
    throw new ConfigurationError(`config file '${given}' does not exist`, {
      input: 'config',
      hint: `create it, or leave the input empty to use ${CONFIG_FILE} when present`,
    });
  }
  // The repository's own config is hostile content on a pull request: read bounded and, unless the
  // user named a file outside the repository, kept inside it (no symlink out, no device).
  const rel = relative(root, path);
  const inRepository = !rel.startsWith('..') && !isAbsolute(rel);
  const text = readBoundedText(path, { what: 'the workflow-permission-check configuration file', maxBytes: CONFIG_MAX_BYTES, root: inRepository ? root : undefined, display: file, input: 'config' });
  // Named relative to the root, as annotations need it.
  const display = relative(root, path).replace(/\\/g, '/') || file;
  return { config: parseWorkflowsConfig(display, text), configFile: display };
}
