// One audit: load the configuration, choose what to scan, scan, then report everywhere at once
// (report files, SARIF, annotations, job summary, artifact, outputs). Nothing is written before
// the scan succeeded, so a configuration error leaves no half-made report behind.
import { dirname, relative, sep } from 'node:path';
import { writeFileAtomic } from '@mcp-secrets/fs-safe';
import { toError, type ActionPorts } from '@mcp-secrets/ports';
import { buildSarif, omittedAnnotationsNote, planAnnotations, summarySection, type LinkBase, type ReportFinding, type VerdictStatus } from '@mcp-secrets/reporting';
import { cliGit, scanFiles, scanGit, toGitleaksReport, type Finding, type GitPort, type ScanProgress, type ScanStats } from '@mcp-secrets/scanner';
import { loadAuditInputs } from './config';
import type { AuditOptions } from './options';
import { AUDIT_TOOL, reportRules, toReportFinding } from './report-findings';
import { resolveScanTarget, type ScanTarget } from './scan-target';
import { statsFacts, statsNotes } from './stats';

export interface AuditDeps {
  git?: GitPort;
  /** Called as the scan advances (at most every 100 ms), e.g. for a terminal progress bar. */
  onProgress?(state: ScanProgress): void;
}

export interface AuditResult {
  /** As found, secrets included: never print these; use reportFindings. */
  findings: Finding[];
  /** Redacted, with absolute file paths. */
  reportFindings: ReportFinding[];
  stats: ScanStats;
  target: ScanTarget;
  configSource: string;
  /** gitleaks' JSON report and the SARIF log, redacted as `redact` says. */
  reportText: string;
  sarifText: string;
  /** Absolute paths of the files written. */
  reportPath?: string;
  sarifPath?: string;
  verdict: VerdictStatus;
}

export const AUDIT_SARIF_CATEGORY = 'audit';

export async function runAudit(ports: ActionPorts, options: AuditOptions, deps: AuditDeps = {}): Promise<AuditResult> {
  const inputs = loadAuditInputs(options);
  for (const warning of inputs.config.warnings) ports.log.warning(warning);
  const git = deps.git ?? cliGit;
  const target = await resolveScanTarget(options.scan, options.root, ports.env, git, (n) => ports.log[n.level](n.message));
  const rules = inputs.config.rules.length;
  ports.log.info(`Scanning the ${target.description} with ${inputs.configSource} (${rules} rule${rules === 1 ? '' : 's'})`);

  const scanOptions = { config: inputs.config, ignore: inputs.ignore, baseline: inputs.baseline, onProgress: deps.onProgress };
  // A subfolder's findings are named from the workspace, as gitleaks names them under --source,
  // so that annotations land on the right file and allowlist paths mean the same everywhere.
  const { findings, stats } =
    target.kind === 'files'
      ? await scanFiles(target.root, { ...scanOptions, relativeTo: options.workspace, git })
      : await scanGit(target.repo, { ...scanOptions, range: target.range, logOpts: target.logOpts, git });
  // Belt and braces: should anything ever print a secret, the runner shows *** instead.
  for (const secret of new Set(findings.map((f) => f.Secret))) if (secret !== '') ports.mask(secret);

  const base = target.kind === 'files' ? options.workspace : target.repo;
  const level = options.failOnFindings ? 'error' : 'warning';
  const reportFindings = findings.map((f) => toReportFinding(f, base, level));
  const verdict: VerdictStatus = findings.length === 0 ? 'pass' : options.failOnFindings ? 'fail' : 'warn';

  const redact = options.redactPercent;
  const reportText = toGitleaksReport(findings, { redact: redact >= 100 ? true : redact <= 0 ? false : redact });
  const sarifFindings = redact >= 100 ? reportFindings : findings.map((f) => toReportFinding(f, base, level, redact));
  const sarif = buildSarif(AUDIT_TOOL, reportRules(inputs.config), sarifFindings, { baseDir: options.workspace, category: AUDIT_SARIF_CATEGORY });
  const sarifText = `${JSON.stringify(sarif, null, 2)}\n`;
  // A report holding live secrets is readable by its owner only.
  const mode = redact >= 100 ? 0o644 : 0o600;
  if (options.reportPath !== undefined) writeFileAtomic(options.reportPath, reportText, { mode });
  if (options.sarifPath !== undefined) writeFileAtomic(options.sarifPath, sarifText, { mode });

  const notes = statsNotes(stats);
  if (options.annotations) notes.push(...annotate(ports, reportFindings, options.workspace, verdict === 'fail'));
  const written = [options.reportPath, options.sarifPath].filter((p): p is string => p !== undefined);
  if (options.uploadArtifact && written.length > 0) notes.push(await upload(ports, options.artifactName, written));

  await ports.appendSummary(
    summarySection({
      title: 'Secrets audit',
      verdict,
      headline: findings.length === 0 ? 'no secrets found' : `${findings.length} secret${findings.length === 1 ? '' : 's'} found`,
      findings: reportFindings,
      facts: statsFacts(target, stats, inputs.configSource),
      notes,
      links: linkBase(ports.env),
      baseDir: options.workspace,
      reportName: written.length > 0 ? written.map((p) => displayPath(p, options.workspace)).join(' and ') : 'the log',
    }),
  );
  ports.setOutput('findings', String(findings.length));
  ports.setOutput('report-path', options.reportPath ?? '');
  ports.setOutput('sarif-path', options.sarifPath ?? '');
  const { reportPath, sarifPath } = options;
  return { findings, reportFindings, stats, target, configSource: inputs.configSource, reportText, sarifText, reportPath, sarifPath, verdict };
}

/** Annotations at the exact spans; one error slot is kept for the step's own failure message. */
function annotate(ports: ActionPorts, findings: ReportFinding[], workspace: string, failing: boolean): string[] {
  const plan = planAnnotations(findings, { baseDir: workspace, ...(failing && { maxPerLevel: { error: 9 } }) });
  for (const a of plan.annotations) ports.log[a.level === 'note' ? 'notice' : a.level](a.message, a.properties);
  const note = omittedAnnotationsNote(plan);
  if (note === undefined) return [];
  ports.log.notice(note);
  return [note];
}

/** The reports are on disk and in the summary already: a failed upload warns, it does not fail the audit. */
async function upload(ports: ActionPorts, name: string, files: string[]): Promise<string> {
  let result: { uploaded: boolean; reason?: string };
  try {
    result = await ports.uploadArtifact(name, files, commonFolder(files));
  } catch (error) {
    const message = `Artifact '${name}' could not be uploaded: ${toError(error).message}`;
    ports.log.warning(message);
    return message;
  }
  const message = result.uploaded
    ? `Uploaded the reports as artifact '${name}'${result.reason ? ` (${result.reason})` : ''}.`
    : `Artifact '${name}' not uploaded: ${result.reason ?? 'no reason given'}.`;
  if (result.uploaded) ports.log.info(message);
  else ports.log.notice(message);
  return message;
}

function commonFolder(files: string[]): string {
  let folder = dirname(files[0] ?? '.');
  while (!files.every((f) => f.startsWith(folder.endsWith(sep) ? folder : folder + sep)) && dirname(folder) !== folder) folder = dirname(folder);
  return folder;
}

function linkBase(env: NodeJS.ProcessEnv): LinkBase | undefined {
  const { GITHUB_SERVER_URL: serverUrl, GITHUB_REPOSITORY: repository, GITHUB_SHA: ref } = env;
  return serverUrl && repository && ref ? { serverUrl, repository, ref } : undefined;
}

export function displayPath(path: string, workspace: string): string {
  const rel = relative(workspace, path);
  return rel === '' || rel.startsWith('..') ? path : rel;
}
