/** Severity of a finding, spelled as SARIF and GitHub annotations spell it. */
export type Level = 'error' | 'warning' | 'note';

/** Every level, most severe first. */
export const LEVELS: readonly Level[] = ['error', 'warning', 'note'];

/**
 * One finding, whatever produced it (secret scanner, workflow rules, controls).
 * Lines and columns are 1-based; `endColumn` is exclusive (one past the last character), as in SARIF.
 * Columns count UTF-16 code units, as JavaScript strings do.
 */
export interface ReportFinding {
  ruleId: string;
  level: Level;
  message: string;
  /** Path relative to the repository root (or absolute, relativised against `baseDir` where offered). */
  file: string;
  line: number;
  column?: number;
  endLine?: number;
  endColumn?: number;
  /** Source text at the finding, already redacted by the producer. */
  snippet?: string;
  /** How to fix it, in plain text (e.g. the `permissions:` block to add). */
  fix?: string;
  /** Producer's stable identity of the finding (e.g. a hash of the secret), used for SARIF fingerprints. */
  fingerprint?: string;
  /**
   * The entry that suppresses this finding in the producer's ignore file (the audit: gitleaks'
   * Fingerprint, the line `.gitleaksignore` takes), shown with the finding. Redacted by the producer.
   */
  ignoreEntry?: string;
  /** The commit that added it (history and diff scans). Repository content: redacted by the producer. */
  commit?: CommitInfo;
  properties?: Record<string, unknown>;
}

/** Who committed a finding, when and why, as git records it. */
export interface CommitInfo {
  sha: string;
  author: string;
  email: string;
  /** As the producer has it (the audit: RFC 3339, UTC). */
  date: string;
  /** The whole commit message; renderers show its first line. */
  message: string;
}

export interface ReportRule {
  id: string;
  /** PascalCase-ish display name; SARIF wants it free of spaces (derived from `id` when absent). */
  name?: string;
  description: string;
  helpUri?: string;
  /** Longer help in Markdown; falls back to `description`. */
  help?: string;
  defaultLevel: Level;
  tags?: string[];
  /** 0.0–10.0, as GitHub code scanning grades security alerts. */
  securitySeverity?: number;
}

export interface ToolInfo {
  name: string;
  version: string;
  informationUri: string;
}

export type LevelCounts = Record<Level, number>;

/** Outcome shown to people; the caller decides it from its `fail-on` policy. */
export type VerdictStatus = 'pass' | 'warn' | 'fail';
