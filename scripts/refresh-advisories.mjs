#!/usr/bin/env node
// Refreshes packages/workflows/src/internal/advisory-snapshot.ts from GitHub's reviewed security
// advisories for GitHub Actions (REST: GET /advisories?ecosystem=actions). Run by a maintainer
// (GITHUB_TOKEN optional, raises the rate limit); commit the result. Tests and CI never fetch.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const OUT = fileURLToPath(new URL('../packages/workflows/src/internal/advisory-snapshot.ts', import.meta.url));
const API = 'https://api.github.com/advisories?ecosystem=actions&type=reviewed&per_page=100';
const MAX_PAGES = 50;

async function fetchAll() {
  const headers = { Accept: 'application/vnd.github+json', 'X-GitHub-Api-Version': '2022-11-28' };
  if (process.env.GITHUB_TOKEN) headers.Authorization = `Bearer ${process.env.GITHUB_TOKEN}`;
  const all = [];
  let url = API;
  for (let page = 0; url && page < MAX_PAGES; page++) {
    const response = await fetch(url, { headers, signal: AbortSignal.timeout(30_000) });
    if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
    all.push(...(await response.json()));
    url = /<([^>]+)>;\s*rel="next"/.exec(response.headers.get('link') ?? '')?.[1];
  }
  return all;
}

/** `>= 4.0.0, < 4.1.3` / `< 46.0.1` / `<= 1.2.0` → { introduced, fixed }. */
function toRange(vulnerable, patched) {
  const lower = /(?:>=|>)\s*v?([\d.]+)/.exec(vulnerable ?? '')?.[1] ?? '0';
  const upper = patched ?? /<\s*v?([\d.]+)/.exec(vulnerable ?? '')?.[1];
  return upper ? { introduced: lower, fixed: upper } : { introduced: lower };
}

const advisories = (await fetchAll())
  .filter((a) => !a.withdrawn_at)
  .flatMap((a) =>
    (a.vulnerabilities ?? [])
      .filter((v) => v.package?.ecosystem === 'actions' && v.package.name)
      .map((v) => ({
        ghsa: a.ghsa_id,
        action: v.package.name.toLowerCase(),
        severity: ['low', 'medium', 'high', 'critical'].includes(a.severity) ? a.severity : 'medium',
        ranges: [toRange(v.vulnerable_version_range, v.first_patched_version)],
        summary: String(a.summary ?? '').replace(/\s+/g, ' ').slice(0, 200),
      })),
  )
  .sort((x, y) => x.action.localeCompare(y.action) || x.ghsa.localeCompare(y.ghsa));

const date = new Date().toISOString().slice(0, 10);
const body = advisories.map((a) => `    ${JSON.stringify(a)},`).join('\n');
const text = `// Written by scripts/refresh-advisories.mjs (GitHub's reviewed advisories, ecosystem "actions").
// Tests and users read only this file: the check never goes to the network.

export interface ActionAdvisory {
  ghsa: string;
  /** \`owner/repo[/path]\` in lower case. */
  action: string;
  severity: 'low' | 'medium' | 'high' | 'critical';
  /** Vulnerable ranges: from \`introduced\` (inclusive, \`0\` for all) to \`fixed\` (exclusive, none: unfixed). */
  ranges: { introduced: string; fixed?: string }[];
  summary: string;
}

export const ADVISORY_SNAPSHOT: { date: string; source: string; advisories: readonly ActionAdvisory[] } = {
  date: '${date}',
  source: 'GitHub reviewed advisories, ecosystem actions (${advisories.length} entries)',
  advisories: [
${body}
  ],
};
`;
writeFileSync(OUT, text);
console.log(`${OUT}: ${advisories.length} advisories as of ${date}`);
