import { existsSync, statSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import { readBoundedText } from '@mcp-secrets/fs-safe';
import { ConfigurationError, Inputs } from '@mcp-secrets/ports';
import { CONFIG_FILE, DEFAULT_CONFIG, DEFAULT_WORKFLOW_PATTERNS, parseWorkflowsConfig, type WorkflowsConfig } from '@mcp-secrets/workflows';

/** Every input of the workflow-permission-check action, named once (action.yml must declare exactly these). */
export const WORKFLOW_CHECK_INPUT_NAMES = ['paths', 'config', 'fail-on', 'sarif-path', 'annotations'] as const;

export type WorkflowCheckInputName = (typeof WORKFLOW_CHECK_INPUT_NAMES)[number];
export type FailOn = 'error' | 'warning' | 'never';

export const DEFAULT_SARIF_PATH = 'workflow-permission-check.sarif';

export interface WorkflowCheckOptions {
  /** Absolute repository root: patterns, the config and the SARIF path are relative to it. */
  root: string;
  /** `/`-separated glob patterns relative to `root`; those starting with `!` exclude. */
  patterns: string[];
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
  const given = inputs.list('paths');
  const patterns = given.flatMap((pattern) => normalisePattern(pattern, root));
  // Only exclusions given: they narrow the default set.
  if (patterns.every((pattern) => pattern.startsWith('!'))) patterns.unshift(...DEFAULT_WORKFLOW_PATTERNS);
  const { config, configFile } = loadConfig(inputs.string('config'), root);
  const sarif = (raw('sarif-path') ?? DEFAULT_SARIF_PATH).trim();
  return {
    root,
    patterns,
    config,
    ...(configFile !== undefined && { configFile }),
    failOn: inputs.choice('fail-on', ['error', 'warning', 'never'] as const, 'error'),
    ...(sarif !== '' && { sarifPath: resolve(root, sarif) }),
    annotations: inputs.boolean('annotations', true),
  };
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
  if (!/[*?]/.test(rel) && isDirectory(resolve(root, rel))) return [`${rel}/**/*.yml`, `${rel}/**/*.yaml`];
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
  const text = readBoundedText(path, { what: 'the workflow-check config file', maxBytes: CONFIG_MAX_BYTES, root: inRepository ? root : undefined, display: file, input: 'config' });
  // Named relative to the root, as annotations need it.
  const display = relative(root, path).replace(/\\/g, '/') || file;
  return { config: parseWorkflowsConfig(display, text), configFile: display };
}
