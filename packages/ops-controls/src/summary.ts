import type { CheckStatus, ControlsReport, Evidence } from '@mcp-secrets/controls';
import { escapeMarkdown, markdownTable, mdCode, mdLink, type Cell, type Markdown } from '@mcp-secrets/reporting';
import type { FailOn } from './options';

export const STATUS_ICON: Record<CheckStatus, string> = { pass: '✅', fail: '❌', warn: '⚠️', skip: '⏭️' };

/** Where evidence lines link to: `${serverUrl}/${repository}/blob/${sha}/<file>#L<line>`. */
export interface EvidenceLinks {
  serverUrl: string;
  repository: string;
  sha: string;
}

export interface SummaryInput {
  report: ControlsReport;
  failOn: FailOn;
  failed: boolean;
  /** The report file as the user names it (relative to the workspace). */
  reportFile: string;
  links?: EvidenceLinks;
  notes?: readonly string[];
}

const MAX_EVIDENCE_SHOWN = 5;
const MAX_DETAILS_CHARS = 600;

/** GITHUB_SERVER_URL / GITHUB_REPOSITORY / GITHUB_SHA, when the run has all three. */
export function evidenceLinks(env: NodeJS.ProcessEnv): EvidenceLinks | undefined {
  const { GITHUB_SERVER_URL: serverUrl, GITHUB_REPOSITORY: repository, GITHUB_SHA: sha } = env;
  return serverUrl && repository && sha ? { serverUrl, repository, sha } : undefined;
}

/** The job summary: verdict, counts, then one row per check with its evidence linked to the lines. */
export function opsControlsSummary(input: SummaryInput): string {
  const { report } = input;
  const { pass, fail, warn, skip } = report.summary;
  const verdict = input.failed ? '❌ **Failed**' : fail + warn > 0 ? '⚠️ **Passed with findings**' : '✅ **Passed**';
  const about = [report.repository, report.commit?.slice(0, 12)].filter((part) => part !== null && part !== undefined).join(' @ ');
  const rows: Cell[][] = report.checks.map((check) => [
    `${STATUS_ICON[check.status]} ${check.status}`,
    { markdown: `${mdCode(check.id).markdown}<br>${escapeMarkdown(check.title)}` },
    detailsCell(check.details, check.status === 'fail' || check.status === 'warn' ? check.remediation : undefined),
    evidenceCell(check.evidence, input.links),
  ]);
  return [
    '## Ops controls\n',
    `${verdict} (fail-on: ${escapeMarkdown(input.failOn)})${about !== '' ? ` for ${escapeMarkdown(about)}` : ''}\n`,
    markdownTable(['Pass', 'Fail', 'Warn', 'Skip', 'Report'], [[pass, fail, warn, skip, mdCode(input.reportFile)]]),
    markdownTable(['Status', 'Check', 'Details', 'Evidence'], rows),
    ...(input.notes ?? []).map((note) => `${escapeMarkdown(note)}\n`),
  ].join('\n');
}

function detailsCell(details: string, remediation: string | undefined): Markdown {
  const text = withCodeSpans(truncate(details, MAX_DETAILS_CHARS));
  return { markdown: remediation === undefined ? text : `${text}<br>**Fix:** ${withCodeSpans(truncate(remediation, MAX_DETAILS_CHARS))}` };
}

/** The checks write `code` in backticks: those spans become <code>, everything stays escaped. */
function withCodeSpans(text: string): string {
  return text
    .split(/`([^`\n]+)`/)
    .map((part, index) => (index % 2 === 1 ? mdCode(part).markdown : escapeMarkdown(part)))
    .join('');
}

function evidenceCell(evidence: readonly Evidence[], links: EvidenceLinks | undefined): Markdown {
  const shown = evidence.slice(0, MAX_EVIDENCE_SHOWN).map((item) => {
    const label = item.line === null ? item.file : `${item.file}:${item.line}`;
    return links === undefined ? mdCode(label).markdown : mdLink(mdCode(label), evidenceUrl(links, item)).markdown;
  });
  if (evidence.length > shown.length) shown.push(escapeMarkdown(`and ${evidence.length - shown.length} more (see the report)`));
  return { markdown: shown.join('<br>') };
}

function evidenceUrl(links: EvidenceLinks, item: Evidence): string {
  const path = item.file.split('/').map(encodeURIComponent).join('/');
  const anchor = item.line === null ? '' : `#L${item.line}`;
  return `${links.serverUrl.replace(/\/+$/, '')}/${links.repository}/blob/${encodeURIComponent(links.sha)}/${path}${anchor}`;
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
