// One audit: load the configuration, choose what to scan, scan, then report everywhere at once
// (report files, SARIF, annotations, job summary, artifact, outputs). Nothing is written before
// the scan succeeded, so a configuration error leaves no half-made report behind.
import { dirname, relative, sep } from 'node:path';
import { writeFileAtomic } from '@mcp-secrets/fs-safe';
import type { InstallPorts } from '@mcp-secrets/gitleaks-engine';
import { toError, untrustedText, type ActionPorts } from '@mcp-secrets/ports';
import { buildSarif, omittedAnnotationsNote, planAnnotations, summarySection, type LinkBase, type ReportFinding, type VerdictStatus } from '@mcp-secrets/reporting';
import { cliGit, secretRedactor, toGitleaksReport, type Finding, type GitPort, type ScanProgress, type ScanStats, type SecretRedactor } from '@mcp-secrets/scanner';
import { scanInputChanges, suppressedByPullRequest } from './base-scan-inputs';
import { builtinEngine } from './builtin-engine';
import { gitleaksEngine } from './gitleaks-engine';
import { annotateInlineAllowed, asInlineAllowed, describeInlineAllowed, inlineAllowedSection } from './inline-allowed';
import type { AuditEngine, AuditOptions } from './options';
import { AUDIT_TOOL, toReportFinding } from './report-findings';
import { resolveScanTarget, type ScanTarget } from './scan-target';
import { describeSkipped, reportSkipped, skippedCount, skippedSection } from './skipped-files';
import { statsFacts, statsNotes } from './stats';

export interface AuditDeps {
  git?: GitPort;
  /** Called as the scan advances (at most every 100 ms), e.g. for a terminal progress bar (engine: builtin only). */
  onProgress?(state: ScanProgress): void;
  /** How engine: gitleaks installs gitleaks; default the runner's tool cache, Actions cache and downloads. */
  gitleaksPorts?: InstallPorts;
}

export interface AuditResult {
  engine: AuditEngine;
  /** As found, secrets included: never print these; use reportFindings. */
  findings: Finding[];
  /** Redacted, with absolute file paths. */
  reportFindings: ReportFinding[];
  /** Redacted: what `gitleaks:allow` comments on lines a pull request adds suppressed. */
  inlineAllowed: ReportFinding[];
  /** Redacts every secret the scan found (suppressed ones too) from any text shown, e.g. a source line. */
  redactor: SecretRedactor;
  /** engine: gitleaks leaves at 0 what gitleaks does not report (files, skipped, most suppressions). */
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
  /** What keeps a run without findings from a plain pass: ["1 file not scanned", "2 suppressed inline by this pull request"]. */
  gaps: string[];
  /** "2 secrets found, 1 file not scanned": the summary's headline, and the step's failure message. */
  headline: string;
}

export const AUDIT_SARIF_CATEGORY = 'audit';

export async function runAudit(ports: ActionPorts, options: AuditOptions, deps: AuditDeps = {}): Promise<AuditResult> {
  const git = deps.git ?? cliGit;
  const engine = options.engine === 'gitleaks' ? gitleaksEngine(ports, options, deps.gitleaksPorts) : builtinEngine(ports, options, git, deps.onProgress);
  const target = await resolveScanTarget(options.scan, options.root, ports.env, git, (n) => ports.log[n.level](n.message));
  const { findings, suppressedSecrets, stats, rules, configSource, warnings, inlineAllowed = [], notes: engineNotes = [] } = await engine.scan(target);
  const secrets = new Set([...findings.map((f) => f.Secret), ...suppressedSecrets]);
  // Belt and braces: should anything ever print a secret, the runner shows *** instead.
  for (const secret of secrets) if (secret !== '') ports.mask(secret);
  const redactor = secretRedactor(secrets);
  // A terminal has no masking: the engine's warnings may quote scanned text.
  for (const warning of [...warnings, ...uncheckedChange(options, target)]) ports.log.warning(redactor.redact(warning));

  const base = target.kind === 'files' ? options.workspace : target.repo;
  const level = options.failOnFindings ? 'error' : 'warning';
  const report = (f: Finding, redactPercent?: number): ReportFinding => withPullRequestNote(toReportFinding(f, base, level, redactor, redactPercent), f);
  const reportFindings = findings.map((f) => report(f));
  const allowedInline = asInlineAllowed(inlineAllowed.map((f) => toReportFinding(f, base, 'note', redactor)));
  const skipped = skippedCount(stats);
  const failing = (findings.length > 0 && options.failOnFindings) || (skipped > 0 && options.failOnSkipped);
  // Not scanned, or let through inline by the pull request itself: never a plain "passed".
  const verdict: VerdictStatus = failing ? 'fail' : findings.length > 0 || skipped > 0 || allowedInline.length > 0 ? 'warn' : 'pass';
  const gaps = [...(skipped > 0 ? [describeSkipped(skipped)] : []), ...(allowedInline.length > 0 ? [describeInlineAllowed(allowedInline.length)] : [])];
  const headline = [findings.length === 0 ? 'no secrets found' : `${findings.length} secret${findings.length === 1 ? '' : 's'} found`, ...gaps].join(', ');

  const redact = options.redactPercent;
  // The report redacts Match and Message; the author fields are repository content too.
  const reported = redact <= 0 ? findings : findings.map((f) => ({ ...f, Author: redactor.redact(f.Author, redact), Email: redactor.redact(f.Email, redact) }));
  const reportText = toGitleaksReport(reported, { redact: redact >= 100 ? true : redact <= 0 ? false : redact, redactor });
  const sarifFindings = redact >= 100 ? reportFindings : findings.map((f) => report(f, redact));
  const sarif = buildSarif(AUDIT_TOOL, rules, sarifFindings, { baseDir: options.workspace, category: AUDIT_SARIF_CATEGORY });
  const sarifText = `${JSON.stringify(sarif, null, 2)}\n`;
  // A report holding live secrets is readable by its owner only.
  const mode = redact >= 100 ? 0o644 : 0o600;
  if (options.reportPath !== undefined) writeFileAtomic(options.reportPath, reportText, { mode });
  if (options.sarifPath !== undefined) writeFileAtomic(options.sarifPath, sarifText, { mode });

  const notes = [...engineNotes, ...statsNotes(stats)];
  // Files left unscanned are always said, annotations or not; findings have the warnings left.
  const skippedWarnings = reportSkipped(ports, stats);
  if (options.annotations) {
    notes.push(...annotate(ports, reportFindings, options.workspace, verdict === 'fail', skippedWarnings));
    annotateInlineAllowed(ports, allowedInline, options.workspace);
  }
  const written = [options.reportPath, options.sarifPath].filter((p): p is string => p !== undefined);
  if (options.uploadArtifact && written.length > 0) notes.push(await upload(ports, options.artifactName, written));

  await ports.appendSummary(
    summarySection({
      title: 'Secrets audit',
      verdict,
      headline,
      findings: reportFindings,
      facts: statsFacts(target, stats, configSource, options.engine),
      notes,
      links: linkBase(ports.env),
      baseDir: options.workspace,
      reportName: written.length > 0 ? written.map((p) => displayPath(p, options.workspace)).join(' and ') : 'the log',
    }) +
      skippedSection(stats, options.failOnSkipped) +
      inlineAllowedSection(allowedInline, (file) => displayPath(file, options.workspace)),
  );
  ports.setOutput('findings', String(findings.length));
  ports.setOutput('report-path', options.reportPath ?? '');
  ports.setOutput('sarif-path', options.sarifPath ?? '');
  const { reportPath, sarifPath } = options;
  return { engine: options.engine, findings, reportFindings, inlineAllowed: allowedInline, redactor, stats, target, configSource, reportText, sarifText, reportPath, sarifPath, verdict, gaps, headline };
}

/**
 * engine: gitleaks reads the configuration itself, so what a pull request's change to it hides is
 * not checked (engine: builtin does): said, when the pull request makes such a change.
 */
function uncheckedChange(options: AuditOptions, target: ScanTarget): string[] {
  if (options.engine !== 'gitleaks' || target.pullRequest === undefined) return [];
  let changed: string;
  try {
    changed = scanInputChanges(options, target.pullRequest).changed.map((c) => c.display).join(', ');
  } catch (error) {
    changed = `(cannot tell: ${toError(error).message})`;
  }
  if (changed === '') return [];
  return [`this pull request changes the scan configuration ${untrustedText(changed)}; engine: gitleaks does not check what the change hides (engine: builtin does)`];
}

/** A finding only the base branch's configuration reports says which change of the pull request would hide it. */
function withPullRequestNote(finding: ReportFinding, f: Finding): ReportFinding {
  const file = suppressedByPullRequest(f);
  if (file === undefined) return finding;
  return { ...finding, message: `${finding.message} (suppressed by this pull request's change to ${file}; the base branch's configuration reports it)` };
}

/**
 * Annotations at the exact spans; one error slot is kept for the step's own failure message, and
 * the warnings about files not scanned keep theirs.
 */
function annotate(ports: ActionPorts, findings: ReportFinding[], workspace: string, failing: boolean, skippedWarnings: number): string[] {
  const plan = planAnnotations(findings, { baseDir: workspace, maxPerLevel: { error: failing ? 9 : 10, warning: 10 - skippedWarnings } });
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
