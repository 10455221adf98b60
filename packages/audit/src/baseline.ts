// `mcp-secrets audit --write-baseline`: today's findings become the detect-secrets baseline, keeping
// the audit verdicts (`is_secret`) of an existing one for the entries still found.
import { writeFileAtomic } from '@mcp-secrets/fs-safe';
import { readDetectSecretsBaseline, toDetectSecretsBaseline, type DetectSecretsBaselineFile, type Finding } from '@mcp-secrets/scanner';

/** Writes the baseline and returns how many entries it holds. */
export function writeBaseline(path: string, findings: readonly Finding[], display = path, now = new Date()): number {
  const previous = readDetectSecretsBaseline(path, { display })?.file;
  const baseline = toDetectSecretsBaseline(findings, previous, now);
  saveBaseline(path, baseline);
  return Object.values(baseline.results).reduce((n, entries) => n + entries.length, 0);
}

/** The baseline as detect-secrets writes it (two-space JSON), replacing the file whole (temp + rename). */
export function saveBaseline(path: string, baseline: DetectSecretsBaselineFile): void {
  writeFileAtomic(path, `${JSON.stringify(baseline, null, 2)}\n`);
}
