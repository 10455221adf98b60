import { basename, resolve } from 'node:path';
import { ConfigurationError, PRODUCT_VERSION, toError } from '@mcp-secrets/ports';
import { ALL_CHECKS } from './checks/registry';
import { inventoryFromFile } from './checks/unused-secrets';
import { createGitCli } from './git';
import type { GitPort } from './git';
import { CONTROLS_CONFIG_FILE, parseControlsConfig } from './config-file';
import { mergeOptionInputs, resolveControlsOptions } from './options';
import type { ControlsOptionsInput } from './options';
import { repositoryFromRemote, summarize } from './report';
import type { ControlsReport, ReportedCheck } from './report';
import { createRepoFiles } from './repo-files';
import type { RepoFiles } from './repo-files';
import type { BundleDecryptor, Check, CheckContext, CheckResult, Clock, SecretsInventoryPort } from './types';
import type { VaultPort } from './vault-port';

export interface RunControlsParams {
  /** Repository root (the workspace). */
  root: string;
  /** Ids to run, in any order; all checks when absent or empty. */
  checks?: string[];
  /** Wins over the `controls:` section of the config file. */
  options?: ControlsOptionsInput;
  /** The suite's config file, relative to the root (default `.github/mcp-secrets.yml`); false to ignore it. */
  configFile?: string | false;
  /** `owner/name`; derived from the origin remote, else the folder name, when absent. */
  repository?: string;
  /** Commit the report is about; HEAD when absent. */
  commit?: string;
  tool?: { name: string; version: string };
  git?: GitPort;
  files?: RepoFiles;
  clock?: Clock;
  vault?: VaultPort;
  secretsInventory?: SecretsInventoryPort;
  decryptBundle?: BundleDecryptor;
  /** The catalogue to choose from (tests); every built-in check by default. */
  catalogue?: readonly Check[];
}

export const DEFAULT_TOOL = { name: 'mcp-secrets ops-controls', version: PRODUCT_VERSION } as const;

/** Runs the selected checks and returns the report; a check that throws is reported as `fail`. */
export async function runControls(params: RunControlsParams): Promise<ControlsReport> {
  const root = resolve(params.root);
  const catalogue = params.catalogue ?? ALL_CHECKS;
  const selected = selectChecks(catalogue, params.checks ?? []);
  const clock = params.clock ?? { now: () => new Date() };
  const git = memoizeLsFiles(params.git ?? createGitCli(root));
  const files = params.files ?? createRepoFiles(root);
  const options = resolveControlsOptions(mergeOptionInputs(configFileOptions(files, params.configFile), params.options ?? {}));
  const ctx: CheckContext = {
    root,
    files,
    git,
    clock,
    options,
    vault: params.vault,
    // Read before any check runs: a missing or malformed inventory is a configuration error.
    secretsInventory: params.secretsInventory ?? (options.secretsInventoryPath ? inventoryFromFile(files, options.secretsInventoryPath) : undefined),
    decryptBundle: params.decryptBundle,
  };
  const [checks, commit, repository] = await Promise.all([
    Promise.all(selected.map((check) => runOne(check, ctx))),
    params.commit ?? git.headCommit().catch(() => undefined),
    params.repository ?? deriveRepository(git, root),
  ]);
  return {
    schema: 1,
    tool: { ...(params.tool ?? DEFAULT_TOOL) },
    generated_at: clock.now().toISOString(),
    repository: repository ?? null,
    commit: commit ?? null,
    summary: summarize(checks),
    checks,
  };
}

/** The selected checks in catalogue order; an unknown id is the user's error, named with the valid ones. */
export function selectChecks(catalogue: readonly Check[], ids: string[]): Check[] {
  const wanted = ids.map((id) => id.trim()).filter((id) => id !== '');
  if (wanted.length === 0) return [...catalogue];
  const known = new Set(catalogue.map((check) => check.id));
  const unknown = wanted.filter((id) => !known.has(id));
  if (unknown.length > 0) {
    throw new ConfigurationError(`unknown check id${unknown.length > 1 ? 's' : ''} ${unknown.map((id) => `'${id}'`).join(', ')}`, {
      input: 'checks',
      hint: `valid ids: ${catalogue.map((check) => check.id).join(', ')}`,
    });
  }
  return catalogue.filter((check) => wanted.includes(check.id));
}

async function runOne(check: Check, ctx: CheckContext): Promise<ReportedCheck> {
  let result: CheckResult;
  try {
    result = await check.run(ctx);
  } catch (thrown) {
    result = { status: 'fail', details: `the check could not complete: ${toError(thrown).message}`, evidence: [] };
  }
  return {
    id: check.id,
    title: check.title,
    status: result.status,
    severity: check.severity,
    details: result.details,
    evidence: result.evidence,
    remediation: result.remediation ?? check.remediation,
  };
}

function configFileOptions(files: RepoFiles, configFile: string | false | undefined): ControlsOptionsInput {
  if (configFile === false) return {};
  const path = configFile ?? CONTROLS_CONFIG_FILE;
  const text = files.readText(path);
  if (text === undefined && configFile !== undefined) {
    throw new ConfigurationError('config file not found', { file: path, hint: 'give a path relative to the repository root, or leave it empty' });
  }
  return text === undefined ? {} : parseControlsConfig(path, text);
}

async function deriveRepository(git: GitPort, root: string): Promise<string> {
  const url = await git.originUrl().catch(() => undefined);
  return (url !== undefined ? repositoryFromRemote(url) : undefined) ?? basename(root);
}

/** Several checks walk the tracked files: list them once per report. */
function memoizeLsFiles(git: GitPort): GitPort {
  let tracked: Promise<string[]> | undefined;
  return {
    headCommit: () => git.headCommit(),
    originUrl: () => git.originUrl(),
    lsFiles: () => (tracked ??= git.lsFiles()),
    checkIgnore: (paths) => git.checkIgnore(paths),
    logForPath: (path) => git.logForPath(path),
    showFile: (commit, path) => git.showFile(commit, path),
  };
}
