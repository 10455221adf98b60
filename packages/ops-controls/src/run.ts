import { dirname, relative } from 'node:path';
import { runControls, type CheckStatus, type Clock, type ControlsReport, type ReportedCheck } from '@mcp-secrets/controls';
import { writeFileAtomic } from '@mcp-secrets/fs-safe';
import { toError, type ActionPorts } from '@mcp-secrets/ports';
import { GITHUB_ANNOTATIONS_PER_LEVEL, jsonReport, planAnnotations, type ReportFinding } from '@mcp-secrets/reporting';
import { bundleDecryptor } from './bundle-decryptor';
import type { FailOn, OpsControlsOptions } from './options';
import { STATUS_ICON, evidenceLinks, opsControlsSummary } from './summary';
import { openVaultSession } from './vault-port';

export interface OpsControlsDeps {
  /** The time the rotation checks judge ages against (tests); now by default. */
  clock?: Clock;
}

export interface OpsControlsResult {
  report: ControlsReport;
  /** Absolute path of the report written. */
  reportPath: string;
  /** The fail-on policy says the step fails. */
  failed: boolean;
}

/**
 * Runs the checks and publishes the result everywhere a reviewer looks: the
 * report file (atomically), the log, annotations at the evidence, the job
 * summary, the artifact and the outputs. Never throws for a failing check; the
 * caller fails the step when `failed` is set.
 */
export async function runOpsControls(ports: ActionPorts, options: OpsControlsOptions, deps: OpsControlsDeps = {}): Promise<OpsControlsResult> {
  if (options.vaultNotice !== undefined) ports.log.notice(options.vaultNotice, { title: 'ops-controls' });
  const session = options.vault !== undefined ? openVaultSession(options.vault, ports) : undefined;
  const decryptBundle = bundleDecryptor(options.ageKey, options.ageKeyFile, ports);
  let report: ControlsReport;
  try {
    report = await runControls({
      root: options.root,
      checks: options.checks,
      options: options.controls,
      ...(ports.env.GITHUB_REPOSITORY && { repository: ports.env.GITHUB_REPOSITORY }),
      ...(ports.env.GITHUB_SHA && { commit: ports.env.GITHUB_SHA }),
      ...(session !== undefined && { vault: session.port }),
      ...(decryptBundle !== undefined && { decryptBundle }),
      ...(deps.clock !== undefined && { clock: deps.clock }),
    });
  } finally {
    await session?.close();
  }
  writeFileAtomic(options.reportPath, jsonReport(report, { sortKeys: false }));
  const failed = failsUnder(options.failOn, report.summary);
  const reportFile = displayPath(options.root, options.reportPath);

  for (const check of report.checks) ports.log.info(`${STATUS_ICON[check.status]} ${check.status.padEnd(4)} ${check.id}: ${check.details}`);
  ports.log.info(`${describeSummary(report.summary)}; report in ${reportFile}.`);
  const notes: string[] = [];
  if (options.annotations) notes.push(...annotate(ports, report.checks, failed));
  if (options.uploadArtifact) notes.push(await upload(ports, options.artifactName, options.reportPath));
  await ports.appendSummary(
    opsControlsSummary({ report, failOn: options.failOn, failed, reportFile, links: evidenceLinks(ports.env), notes }),
  );

  ports.setOutput('passed', String(report.summary.pass));
  ports.setOutput('failed', String(report.summary.fail));
  ports.setOutput('warned', String(report.summary.warn));
  ports.setOutput('skipped', String(report.summary.skip));
  ports.setOutput('report-path', options.reportPath);
  return { report, reportPath: options.reportPath, failed };
}

/** `fail`: any failing check fails the step; `warn`: any failing or warning check; `never`: nothing does. */
export function failsUnder(failOn: FailOn, summary: Record<CheckStatus, number>): boolean {
  if (failOn === 'never') return false;
  return summary.fail > 0 || (failOn === 'warn' && summary.warn > 0);
}

export function describeSummary(summary: Record<CheckStatus, number>): string {
  return `${summary.pass} passed, ${summary.fail} failed, ${summary.warn} warned, ${summary.skip} skipped`;
}

/**
 * One annotation per failing or warning check, at its first evidence line (checks without a file
 * annotate the run), within GitHub's per-level limits; one error slot is kept for the step's own
 * failure message.
 */
function annotate(ports: ActionPorts, checks: readonly ReportedCheck[], failed: boolean): string[] {
  const findings: ReportFinding[] = [];
  const unplaced: ReportFinding[] = [];
  for (const check of checks) {
    if (check.status !== 'fail' && check.status !== 'warn') continue;
    const where = check.evidence[0];
    const finding: ReportFinding = {
      ruleId: check.id,
      level: check.status === 'fail' ? 'error' : 'warning',
      message: `${check.title}: ${check.details}\nFix: ${check.remediation}`,
      file: where?.file ?? '',
      line: where?.line ?? 1,
    };
    (where === undefined ? unplaced : findings).push(finding);
  }
  const cap = { error: failed ? GITHUB_ANNOTATIONS_PER_LEVEL - 1 : GITHUB_ANNOTATIONS_PER_LEVEL, warning: GITHUB_ANNOTATIONS_PER_LEVEL };
  const title = (finding: ReportFinding): string => `ops-controls: ${finding.ruleId}`;
  // Checks pointing at a line first: they say the most; the rest annotate the run with what is left.
  const plan = planAnnotations(findings, { title, maxPerLevel: cap });
  for (const { level, message, properties } of plan.annotations) {
    cap[level === 'error' ? 'error' : 'warning'] -= 1;
    ports.log[level === 'note' ? 'notice' : level](message, properties);
  }
  let emitted = plan.annotations.length;
  for (const finding of unplaced) {
    const level = finding.level === 'error' ? 'error' : 'warning';
    if (cap[level] <= 0) continue;
    cap[level] -= 1;
    emitted += 1;
    ports.log[level](finding.message, { title: title(finding) });
  }
  const leftOut = unplaced.length + findings.length - emitted;
  if (leftOut === 0) return [];
  const note = `${leftOut} more failing or warning check${leftOut === 1 ? '' : 's'} not annotated (GitHub's limit); see the job summary.`;
  ports.log.notice(note);
  return [note];
}

/** The artifact is a copy of the report on disk: a failed upload warns, and the checks alone decide the step. */
async function upload(ports: ActionPorts, name: string, reportPath: string): Promise<string> {
  let result: { uploaded: boolean; reason?: string };
  try {
    result = await ports.uploadArtifact(name, [reportPath], dirname(reportPath));
  } catch (thrown) {
    const message = `Artifact '${name}' not uploaded: the upload failed (${toError(thrown).message}).`;
    ports.log.warning(message, { title: 'ops-controls: artifact' });
    return message;
  }
  const message = result.uploaded
    ? `Uploaded the report as artifact '${name}'${result.reason ? ` (${result.reason})` : ''}.`
    : `Artifact '${name}' not uploaded: ${result.reason ?? 'no reason given'}.`;
  if (result.uploaded) ports.log.info(message);
  else ports.log.notice(message);
  return message;
}

function displayPath(root: string, path: string): string {
  const rel = relative(root, path);
  return rel === '' || rel.startsWith('..') ? path : rel;
}
