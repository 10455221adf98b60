// The scan's figures as the summary and the terminal show them.
import type { ScanStats } from '@mcp-secrets/scanner';
import type { AuditEngine } from './options';
import type { ScanTarget } from './scan-target';

export function formatMegabytes(bytes: number): string {
  return `${(bytes / 1_000_000).toFixed(1)} MB`;
}

export function formatSeconds(ms: number): string {
  return `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)} s`;
}

/** What gitleaks does not report (ScanStats keeps 0 there), shown instead of a misleading 0. */
export const NOT_REPORTED_BY_GITLEAKS = 'n/a (gitleaks)';

/**
 * "3 allowlist, 1 .gitleaksignore, 0 baseline, 2 gitleaks:allow". gitleaks applies its allowlists,
 * ignore file and inline comments without counting them; only the baseline is applied here.
 */
export function describeSuppressed(stats: ScanStats, engine: AuditEngine = 'builtin'): string {
  const s = stats.suppressed;
  if (engine === 'gitleaks') return `${s.baseline} baseline; allowlist, .gitleaksignore and gitleaks:allow ${NOT_REPORTED_BY_GITLEAKS}`;
  return `${s.allowlist} allowlist, ${s.ignoreFile} .gitleaksignore, ${s.baseline} baseline, ${s.inline} gitleaks:allow`;
}

export function statsFacts(target: ScanTarget, stats: ScanStats, configSource: string, engine: AuditEngine = 'builtin'): Array<[string, string | number]> {
  const files = engine === 'gitleaks' ? NOT_REPORTED_BY_GITLEAKS : stats.filesScanned;
  return [
    ['Scanned', target.description],
    target.kind === 'files' ? ['Files', files] : ['Commits', stats.commitsScanned],
    ['Size', formatMegabytes(stats.bytesScanned)],
    ['Time', formatSeconds(stats.durationMs)],
    ['Rules', configSource],
    ['Suppressed', describeSuppressed(stats, engine)],
  ];
}

/** What the scan read only in part, or left out by choice, so a clean result is not mistaken for a complete one. */
export function statsNotes(stats: ScanStats): string[] {
  const notes: string[] = [];
  if (stats.skipped.allowlistedPaths > 0) notes.push(`${stats.skipped.allowlistedPaths} path(s) not scanned: the configuration's allowlist excludes them.`);
  if (stats.binaryFiles > 0) {
    notes.push(
      `${stats.binaryFiles} binary file${stats.binaryFiles === 1 ? '' : 's'} scanned as its text (runs of 8+ ASCII, UTF-8 or UTF-16LE characters, at their lines); compressed or encrypted content cannot be seen.`,
    );
  }
  if (stats.truncatedWindows > 0) {
    notes.push(`${stats.truncatedWindows} over-long line(s) were scanned in bounded windows; a match spanning a cut may be missed.`);
  }
  return notes;
}
