import { statSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { ALL_CHECKS, selectChecks, type ControlsOptionsInput } from '@mcp-secrets/controls';
import { ConfigurationError, Inputs, showUntrusted } from '@mcp-secrets/ports';
import { readSyncOptions, type SyncInputName, type SyncOptions } from '@mcp-secrets/sync';

/** The sync inputs ops-controls shares (same names, same env fallbacks, same validation). */
const SHARED_SYNC_INPUTS = [
  'vault-addr', 'vault-namespace', 'vault-token', 'vault-role-id', 'vault-secret-id', 'vault-auth-path',
  'vault-ca-cert', 'vault-secret-path', 'vault-timeout-seconds', 'sops-file', 'sops-age-key',
] as const satisfies readonly SyncInputName[];

/** Every input of the ops-controls action, named once (action.yml must declare exactly these). */
export const OPS_CONTROLS_INPUT_NAMES = [
  'output', 'checks', 'fail-on', 'upload-artifact', 'artifact-name',
  ...SHARED_SYNC_INPUTS,
  'vault-approle-name', 'sops-rotation-days', 'vault-rotation-days', 'sync-jobs', 'private-key-allowlist',
  'allowed-sops-key-types', 'secrets-inventory',
] as const;

export type OpsControlsInputName = (typeof OPS_CONTROLS_INPUT_NAMES)[number];
export type FailOn = 'fail' | 'warn' | 'never';

export const DEFAULT_REPORT_PATH = 'ops-controls-report.json';
export const DEFAULT_ARTIFACT_NAME = 'ops-controls-report';

/** How the checks that read Vault log in; absent when Vault is not configured (those checks skip). */
export type VaultAccess = {
  address: string;
  namespace: string;
  caCert: string;
  timeoutSeconds: number;
} & ({ method: 'token'; token: string } | { method: 'approle'; roleId: string; secretId: string; mountPath: string });

export interface OpsControlsOptions {
  /** Absolute repository root (the workspace). */
  root: string;
  /** Absolute path of the report file. */
  reportPath: string;
  /** Check ids to run (validated); empty = all. */
  checks: string[];
  failOn: FailOn;
  uploadArtifact: boolean;
  artifactName: string;
  /** Annotations on the runner; the CLI prints its own table instead. */
  annotations: boolean;
  controls: ControlsOptionsInput;
  vault?: VaultAccess;
  /** Why Vault is not used, when `vault-addr` is set but no credentials are (said once in the log). */
  vaultNotice?: string;
  /** age identities (text) to decrypt the bundle for version comparisons, or ''. */
  ageKey: string;
  ageKeyFile: string;
}

/**
 * Parses and validates every input before any check runs: a configuration error
 * stops the step with no report written. The Vault and SOPS inputs go through
 * the sync action's own parser, so both actions read them the same way.
 */
export function readOpsControlsOptions(inputs: Inputs, env: NodeJS.ProcessEnv): OpsControlsOptions {
  const root = resolve(env.GITHUB_WORKSPACE || process.cwd());
  // `raw` only matters to sync's env-file and console-secrets-file, which ops-controls does not have.
  const sync = readSyncOptions(inputs, () => undefined, { ...env, GITHUB_WORKSPACE: root });
  const checks = inputs.list('checks');
  selectChecks(ALL_CHECKS, checks);
  const output = inputs.string('output', { default: DEFAULT_REPORT_PATH });
  const vault = vaultAccess(sync);
  return {
    root,
    reportPath: isAbsolute(output) ? output : resolve(root, output),
    checks,
    failOn: inputs.choice('fail-on', ['fail', 'warn', 'never'] as const, 'fail'),
    uploadArtifact: inputs.boolean('upload-artifact', true),
    artifactName: inputs.string('artifact-name', { default: DEFAULT_ARTIFACT_NAME }),
    annotations: true,
    controls: controlsOptions(inputs, sync, root),
    ...(vault !== undefined && { vault }),
    ...(vault === undefined && sync.vault.address !== '' && {
      vaultNotice: `vault-addr is set but neither vault-token nor vault-role-id + vault-secret-id is: the Vault checks judge the repository only`,
    }),
    ageKey: sync.sops.ageKey,
    ageKeyFile: sync.sops.ageKeyFile,
  };
}

function controlsOptions(inputs: Inputs, sync: SyncOptions, root: string): ControlsOptionsInput {
  const list = (name: OpsControlsInputName): string[] | undefined => {
    const items = inputs.list(name);
    return items.length > 0 ? items : undefined;
  };
  const optionalDays = (name: OpsControlsInputName): number | undefined => (inputs.string(name) === '' ? undefined : inputs.positiveInt(name, 1));
  const inventory = inputs.string('secrets-inventory');
  const approleName = inputs.string('vault-approle-name');
  // Only what is given here: the rest comes from `controls:` in .github/mcp-secrets.yml, then the defaults.
  const sopsFile = inputs.string('sops-file');
  return {
    ...(sopsFile !== '' && { bundlePath: repoFile(sopsFile, sync.sops.file, root, 'sops-file') }),
    rotationDays: { sops: optionalDays('sops-rotation-days'), vault: optionalDays('vault-rotation-days') },
    syncJobs: list('sync-jobs'),
    privateKeyAllowlist: list('private-key-allowlist'),
    allowedSopsKeyTypes: sopsKeyTypes(list('allowed-sops-key-types')),
    ...(inventory !== '' && { secretsInventoryPath: repoFile(inventory, resolve(root, inventory), root, 'secrets-inventory') }),
    ...(sync.vault.secretPath !== '' && { vaultSecretPath: sync.vault.secretPath }),
    ...(approleName !== '' && { vaultApproleName: approleName }),
  };
}

const SOPS_KEY_TYPES = ['pgp', 'kms', 'gcp_kms', 'azure_keyvault', 'hc_vault'];

function sopsKeyTypes(types: string[] | undefined): string[] | undefined {
  const unknown = types?.find((type) => !SOPS_KEY_TYPES.includes(type));
  if (unknown !== undefined) {
    throw new ConfigurationError(`unknown SOPS key type '${unknown}'`, { input: 'allowed-sops-key-types', hint: `use any of: ${SOPS_KEY_TYPES.join(', ')}` });
  }
  return types;
}

/**
 * A file the user names, relative to the repository root: the checks read the working tree through
 * the root, so it must lie inside it, and it must be there and be a file - the checks would take a
 * missing or folder bundle for a repository that does not use SOPS, and report nothing wrong.
 */
function repoFile(given: string, absolute: string, root: string, input: OpsControlsInputName): string {
  const rel = absolute.startsWith(`${root}/`) ? absolute.slice(root.length + 1) : undefined;
  if (rel === undefined || rel === '') {
    throw new ConfigurationError(`'${absolute}' is outside the repository ${root}`, { input, hint: 'give a path relative to the workspace' });
  }
  const shown = showUntrusted(given, 200);
  const hint = 'give the path of a file, relative to the workspace';
  let stats;
  try {
    stats = statSync(absolute);
  } catch {
    throw new ConfigurationError(`'${shown}' does not exist`, { input, hint });
  }
  if (!stats.isFile()) throw new ConfigurationError(`'${shown}' is ${stats.isDirectory() ? 'a folder' : 'not a regular file'}, not a file`, { input, hint });
  return rel;
}

/** Token first, then AppRole, as the sync action's `auto` does; GitHub OIDC (JWT) login is not offered here. */
function vaultAccess(sync: SyncOptions): VaultAccess | undefined {
  const v = sync.vault;
  if (v.address === '') return undefined;
  const common = { address: v.address, namespace: v.namespace, caCert: v.caCert, timeoutSeconds: v.timeoutSeconds };
  if (v.token !== '') return { ...common, method: 'token', token: v.token };
  if (v.roleId !== '' && v.secretId !== '') {
    return { ...common, method: 'approle', roleId: v.roleId, secretId: v.secretId, mountPath: v.authPath || 'approle' };
  }
  return undefined;
}
