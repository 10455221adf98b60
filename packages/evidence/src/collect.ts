import { mkdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { writeFileAtomic } from '@mcp-secrets/fs-safe';
import { runOpsControls, type OpsControlsDeps, type OpsControlsOptions, type OpsControlsResult } from '@mcp-secrets/ops-controls';
import type { ActionPorts } from '@mcp-secrets/ports';
import { runAudit, type AuditDeps, type AuditOptions, type AuditResult } from '@mcp-secrets/audit';
import { renderChecklist } from './checklist';
import { replaceFolder, stagingFolder } from './write-folder';

export const EVIDENCE_FILES = {
  auditReport: 'gitleaks-report.json',
  controlsReport: 'ops-controls-report.json',
  checklist: 'runbooks-activation.md',
} as const;

export interface EvidenceOptions {
  /** A validated task id (validateTaskId). */
  task: string;
  /** Absolute folder the evidence replaces: `<output>/<task>`. */
  folder: string;
  audit: AuditOptions;
  controls: OpsControlsOptions;
}

export interface EvidenceDeps {
  now?: () => Date;
  audit?: AuditDeps;
  controls?: OpsControlsDeps;
}

export interface EvidenceResult {
  folder: string;
  /** Absolute paths of the files written. */
  files: string[];
  audit: AuditResult;
  controls: OpsControlsResult;
  runUrl?: string;
  /** Either part failed under its own policy (the evidence is written all the same). */
  failed: boolean;
}

/**
 * Runs the audit and the ops controls (the actions' own code) and writes the evidence folder in one
 * go: both reports and the filled checklist are built in a staging folder beside it, which then
 * replaces it. Any error leaves the previous evidence as it was and no staging folder behind.
 */
export async function collectEvidence(ports: ActionPorts, options: EvidenceOptions, deps: EvidenceDeps = {}): Promise<EvidenceResult> {
  const now = deps.now ?? (() => new Date());
  // The first folder this run creates (if any): an error removes it again, so nothing is left behind.
  const created = mkdirSync(dirname(options.folder), { recursive: true });
  const staging = stagingFolder(options.folder);
  let written = false;
  try {
    const startedAt = now();
    const audit = await runAudit(
      ports,
      { ...options.audit, reportPath: join(staging, EVIDENCE_FILES.auditReport), sarifPath: undefined, uploadArtifact: false, annotations: false },
      deps.audit,
    );
    const auditDone = now();
    const controls = await runOpsControls(
      ports,
      { ...options.controls, reportPath: join(staging, EVIDENCE_FILES.controlsReport), uploadArtifact: false, annotations: false },
      deps.controls,
    );
    const finishedAt = now();
    const runUrl = ciRunUrl(ports.env);
    const count = audit.findings.length;
    const checklist = renderChecklist({
      task: options.task,
      repository: controls.report.repository,
      commit: controls.report.commit,
      ...(runUrl !== undefined && { runUrl }),
      startedAt,
      finishedAt,
      audit: {
        passed: audit.verdict !== 'fail',
        headline: count === 0 ? 'no secrets found' : `${count} secret${count === 1 ? '' : 's'} found`,
        scanned: audit.target.description,
        config: audit.configSource,
        finishedAt: auditDone,
      },
      controls: { passed: !controls.failed, report: controls.report, failOn: options.controls.failOn, finishedAt },
      files: { auditReport: EVIDENCE_FILES.auditReport, controlsReport: EVIDENCE_FILES.controlsReport },
    });
    writeFileAtomic(join(staging, EVIDENCE_FILES.checklist), checklist);
    replaceFolder(staging, options.folder);
    written = true;
    return {
      folder: options.folder,
      files: Object.values(EVIDENCE_FILES).map((file) => join(options.folder, file)),
      audit,
      controls: { ...controls, reportPath: join(options.folder, EVIDENCE_FILES.controlsReport) },
      ...(runUrl !== undefined && { runUrl }),
      failed: audit.verdict === 'fail' || controls.failed,
    };
  } finally {
    rmSync(staging, { recursive: true, force: true });
    if (!written && created !== undefined) rmSync(created, { recursive: true, force: true });
  }
}

/** The Actions run this ran in, from the variables every job has. */
export function ciRunUrl(env: NodeJS.ProcessEnv): string | undefined {
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repository, GITHUB_RUN_ID: runId } = env;
  if (!server || !repository || !runId) return undefined;
  return `${server.replace(/\/+$/, '')}/${repository}/actions/runs/${runId}`;
}
