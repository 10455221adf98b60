import type { GitPort } from './git';
import type { ControlsOptions } from './options';
import type { RepoFiles } from './repo-files';
import type { VaultPort } from './vault-port';

export type CheckStatus = 'pass' | 'fail' | 'warn' | 'skip';
export type CheckSeverity = 'critical' | 'high' | 'medium' | 'low';

/** A place in the repository; `line` is null when the whole file (or its absence) is the evidence. */
export interface Evidence {
  file: string;
  line: number | null;
}

export interface CheckResult {
  status: CheckStatus;
  details: string;
  evidence: Evidence[];
  /** Overrides the check's generic remediation when the fix is specific (e.g. the block to add). */
  remediation?: string;
}

/** Repository secret names from the GitHub API or an inventory file (see unused-secrets). */
export interface SecretsInventoryPort {
  /** Where the names came from, for the report ("inventory file x", "GitHub API"). */
  readonly source: string;
  listSecretNames(): Promise<Array<{ name: string; evidence?: Evidence }>>;
}

/** Decrypts the SOPS bundle (wired by the caller with an age key); absent when no key is configured. */
export type BundleDecryptor = (content: string, fileName: string) => Promise<Record<string, unknown>>;

export interface Clock {
  now(): Date;
}

export interface CheckContext {
  /** Absolute path of the repository root. */
  root: string;
  files: RepoFiles;
  git: GitPort;
  clock: Clock;
  options: ControlsOptions;
  vault?: VaultPort;
  secretsInventory?: SecretsInventoryPort;
  decryptBundle?: BundleDecryptor;
}

export interface Check {
  id: string;
  title: string;
  /** Why the control matters, one or two sentences. */
  rationale: string;
  /** What to do when it does not pass. */
  remediation: string;
  severity: CheckSeverity;
  run(ctx: CheckContext): Promise<CheckResult>;
}
