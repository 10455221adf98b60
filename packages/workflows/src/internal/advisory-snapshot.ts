// Written by scripts/refresh-advisories.mjs (GitHub's reviewed advisories, ecosystem "actions").
// Tests and users read only this file: the check never goes to the network.

export interface ActionAdvisory {
  ghsa: string;
  /** `owner/repo[/path]` in lower case. */
  action: string;
  severity: 'low' | 'medium' | 'high' | 'critical';
  /** Vulnerable ranges: from `introduced` (inclusive, `0` for all) to `fixed` (exclusive, none: unfixed). */
  ranges: { introduced: string; fixed?: string }[];
  summary: string;
}

export const ADVISORY_SNAPSHOT: { date: string; source: string; advisories: readonly ActionAdvisory[] } = {
  date: '2026-08-22',
  source: 'hand-seeded from GitHub advisories (github.com/advisories, ecosystem: actions); run scripts/refresh-advisories.mjs for the full list',
  advisories: [
    { ghsa: 'GHSA-mrrh-fwg8-r2c3', action: 'tj-actions/changed-files', severity: 'high', ranges: [{ introduced: '0', fixed: '46.0.1' }], summary: 'tj-actions/changed-files was compromised and leaked CI secrets to the logs' },
    { ghsa: 'GHSA-mcph-m25j-8j63', action: 'tj-actions/changed-files', severity: 'high', ranges: [{ introduced: '0', fixed: '41.0.0' }], summary: 'command injection through file names in tj-actions/changed-files outputs' },
    { ghsa: 'GHSA-8v8w-v8xg-79rf', action: 'tj-actions/branch-names', severity: 'critical', ranges: [{ introduced: '0', fixed: '7.0.7' }], summary: 'command injection through branch names in tj-actions/branch-names outputs' },
    { ghsa: 'GHSA-cxww-7g56-2vh6', action: 'actions/download-artifact', severity: 'high', ranges: [{ introduced: '4.0.0', fixed: '4.1.3' }], summary: 'actions/download-artifact extracts archives outside the target path (arbitrary file write)' },
    { ghsa: 'GHSA-6q4m-7476-932w', action: 'rlespinasse/github-slug-action', severity: 'high', ranges: [{ introduced: '4.0.0', fixed: '4.4.1' }], summary: 'code injection through branch names in github-slug-action' },
    { ghsa: 'GHSA-4xqx-pqpj-9fqw', action: 'atlassian/gajira-create', severity: 'critical', ranges: [{ introduced: '0', fixed: '2.0.1' }], summary: 'code injection through issue fields in gajira-create' },
  ],
};
