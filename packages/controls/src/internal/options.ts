import type { RotationEntry } from './rotation-config';

/** Per-check configuration; defaults are the runbooks' paths and thresholds. */
export interface ControlsOptions {
  bundlePath: string;
  sopsConfigPath: string;
  gitleaksConfigPath: string;
  baselinePath: string;
  /** Rotation policy per source, in days; warn past 80 %, fail past it. */
  rotationDays: { sops: number; vault: number };
  /** Jobs that must sync secrets with this suite (secrets-sync-step). */
  syncJobs: string[];
  /** Glob patterns of tracked files allowed to hold private keys (test fixtures). */
  privateKeyAllowlist: string[];
  /** Non-age SOPS key types tolerated by sops-policy (pgp, kms, gcp_kms, azure_keyvault, hc_vault). */
  allowedSopsKeyTypes: string[];
  /** A file listing the repository's secret names (unused-secrets), relative to the root. */
  secretsInventoryPath?: string;
  /** Vault KV path whose current version's age secrets-rotation-age checks, e.g. `secret/mcp/ci`. */
  vaultSecretPath?: string;
  /** AppRole name to read; defaults to the `role_name` in the token's metadata. */
  vaultApproleName?: string;
  /** Vault AppRole limits, in seconds. */
  approleLimits: { tokenTtl: number; tokenMaxTtl: number; secretIdTtl: number };
  /** The sync role only reads: write capabilities on its policies are a warning. */
  vaultReadOnlyRole: boolean;
  /** The `rotation:` entries of the config file (rotation-schedule); none: that check skips. */
  rotationSchedule: RotationEntry[];
}

export type ControlsOptionsInput = Partial<Omit<ControlsOptions, 'rotationDays' | 'approleLimits'>> & {
  rotationDays?: Partial<ControlsOptions['rotationDays']>;
  approleLimits?: Partial<ControlsOptions['approleLimits']>;
};

export const DEFAULT_CONTROLS_OPTIONS: ControlsOptions = {
  bundlePath: 'config/secrets.enc.yaml',
  sopsConfigPath: '.sops.yaml',
  gitleaksConfigPath: 'config/gitleaks.toml',
  baselinePath: 'config/detect-secrets.baseline',
  rotationDays: { sops: 90, vault: 90 },
  syncJobs: ['lint', 'test', 'smoke'],
  privateKeyAllowlist: [],
  allowedSopsKeyTypes: [],
  approleLimits: { tokenTtl: 3600, tokenMaxTtl: 86400, secretIdTtl: 720 * 3600 },
  vaultReadOnlyRole: true,
  rotationSchedule: [],
};

export function resolveControlsOptions(input: ControlsOptionsInput = {}): ControlsOptions {
  const defined = Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined));
  return {
    ...DEFAULT_CONTROLS_OPTIONS,
    ...defined,
    rotationDays: { ...DEFAULT_CONTROLS_OPTIONS.rotationDays, ...stripUndefined(input.rotationDays) },
    approleLimits: { ...DEFAULT_CONTROLS_OPTIONS.approleLimits, ...stripUndefined(input.approleLimits) },
  };
}

function stripUndefined<T extends object>(value: T | undefined): Partial<T> {
  if (value === undefined) return {};
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** `override`'s settings win over `base`'s, field by field for the nested ones (an input over the config file). */
export function mergeOptionInputs(base: ControlsOptionsInput, override: ControlsOptionsInput): ControlsOptionsInput {
  return {
    ...base,
    ...stripUndefined(override),
    rotationDays: { ...base.rotationDays, ...stripUndefined(override.rotationDays) },
    approleLimits: { ...base.approleLimits, ...stripUndefined(override.approleLimits) },
  };
}
