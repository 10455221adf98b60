// What runAudit needs from a scanning engine (the built-in scanner or the gitleaks binary), so
// that everything after the scan (masking, reports, SARIF, annotations, summary) is one code path.
import type { ReportRule } from '@mcp-secrets/reporting';
import type { Finding, ScanStats } from '@mcp-secrets/scanner';
import type { ScanTarget } from './scan-target';

export interface EngineScan {
  /** As found, secrets included, after every suppression. */
  findings: Finding[];
  /** Secrets the baseline or ignore file suppressed: redacted wherever a line is shown, like the findings'. */
  suppressedSecrets: string[];
  stats: ScanStats;
  /** SARIF rule descriptors. */
  rules: ReportRule[];
  /** Where the rules came from, for the summary ("config/gitleaks.toml", "gitleaks 8.30.1 default rules"). */
  configSource: string;
  /** For the log once the secrets are masked: they may quote scanned text. */
  warnings: string[];
  /** On a pull request's own commits: what `gitleaks:allow` comments suppressed (secrets included). */
  inlineAllowed?: Finding[];
  /** For the summary: what the engine compared or left out (e.g. a pull request's change to the configuration). */
  notes?: string[];
}

/** An engine whose inputs are loaded and checked; `scan` runs once the target is known. */
export interface PreparedEngine {
  scan(target: ScanTarget): Promise<EngineScan>;
}
