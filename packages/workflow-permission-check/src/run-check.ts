import { isAbsolute, join, relative } from 'node:path';
import type { Log } from 'sarif';
import { BoundedReadError, readBoundedText, writeFileAtomic } from '@mcp-secrets/fs-safe';
import { ConfigurationError, type ActionPorts, type AnnotationPlace } from '@mcp-secrets/ports';
import {
  buildSarif,
  compareByLocation,
  countByLevel,
  describeCounts,
  jsonReport,
  omittedAnnotationsNote,
  planAnnotations,
  type LevelCounts,
  type ReportFinding,
  type VerdictStatus,
} from '@mcp-secrets/reporting';
import { analyzeWorkflows, discoverWorkflowFiles, findWorkflowFiles, MAX_WORKFLOW_FILE_CHARS, type WorkflowInput } from '@mcp-secrets/workflows';
import type { FailOn, WorkflowCheckOptions } from './options';
import { REPORT_RULES, SARIF_CATEGORY, TOOL, toReportFinding } from './report';
import { checkSummary } from './summary';

/** A UTF-8 character takes up to 4 bytes: a file within the character limit is always read whole. */
const MAX_READ_BYTES = 4 * MAX_WORKFLOW_FILE_CHARS;

export interface WorkflowCheckResult {
  /** Every finding, in reading order (file, line, column). */
  findings: ReportFinding[];
  counts: LevelCounts;
  /** Files matching the patterns (YAML that is neither a workflow nor action metadata included). */
  filesFound: number;
  /** Workflows, action metadata and unparsable files. */
  filesChecked: number;
  verdict: VerdictStatus;
  /** The fail-on policy says the step fails. */
  failed: boolean;
  sarif: Log;
  /** Absolute path of the SARIF log written, when one was. */
  sarifPath?: string;
  /** The text of each file read, by root-relative path, to show source lines. */
  sources: ReadonlyMap<string, string>;
}

/**
 * Checks every workflow and action metadata file the patterns match: SARIF log,
 * annotations at the line and column at fault, job summary with the fix blocks,
 * and the outputs. Never throws for a bad workflow (that is a parse-error
 * finding); the caller fails the step when `failed` is set.
 */
export async function runWorkflowCheck(ports: ActionPorts, options: WorkflowCheckOptions): Promise<WorkflowCheckResult> {
  const { paths, inputs, sources } = await readWorkflowSources(ports, options);
  const analysis = analyzeWorkflows({ files: inputs, config: options.config });
  const findings = analysis.findings.map(toReportFinding).sort(compareByLocation);
  const counts = countByLevel(findings);
  const failed = failsUnder(options.failOn, counts);
  const verdict = verdictOf(failed, counts);

  const sarif = buildSarif(TOOL, REPORT_RULES, findings, { baseDir: options.root, category: SARIF_CATEGORY });
  if (options.sarifPath !== undefined) writeFileAtomic(options.sarifPath, jsonReport(sarif, { sortKeys: false }));
  const sarifFile = options.sarifPath !== undefined ? displayPath(options.root, options.sarifPath) : undefined;

  const notes = options.annotations ? annotate(ports, findings, failed) : logFindings(ports, findings);
  ports.log.info(
    `Checked ${analysis.filesChecked} workflow and action files (${paths.length} matched): ${describeCounts(counts)}` +
      `${sarifFile !== undefined ? `; SARIF in ${sarifFile}` : ''}.`,
  );
  await ports.appendSummary(
    checkSummary({ verdict, findings, filesChecked: analysis.filesChecked, configFile: options.configFile, sarifFile, notes }),
  );

  ports.setOutput('findings', String(findings.length));
  ports.setOutput('errors', String(counts.error));
  ports.setOutput('warnings', String(counts.warning));
  ports.setOutput('sarif-path', options.sarifPath ?? '');
  return {
    findings,
    counts,
    filesFound: paths.length,
    filesChecked: analysis.filesChecked,
    verdict,
    failed,
    sarif,
    ...(options.sarifPath !== undefined && { sarifPath: options.sarifPath }),
    sources,
  };
}

/** The files the check reads, what they hold: the check's first half, for a caller that fixes them before checking. */
export interface WorkflowSources {
  /** Files matching the patterns, root-relative. */
  paths: string[];
  /** Each file's text, or why it was too large to read whole. */
  inputs: WorkflowInput[];
  /** The text of each file read, by root-relative path. */
  sources: Map<string, string>;
}

/** The files the patterns match, read bounded (see runWorkflowCheck; the same configuration errors), nothing analysed. */
export async function readWorkflowSources(ports: ActionPorts, options: WorkflowCheckOptions): Promise<WorkflowSources> {
  const paths = await matchingFiles(options);
  return { paths, ...readWorkflowFiles(ports, options.root, paths) };
}

/**
 * Files matching any pattern and no `!` pattern. A pattern the user gave that matches no file, or
 * no file at all to check, is a configuration error: a typo in `paths` (or a job that did not check
 * out the repository) must fail, not pass green on zero files.
 */
async function matchingFiles(options: WorkflowCheckOptions): Promise<string[]> {
  const { root, patterns } = options;
  const include = patterns.filter((p) => !p.startsWith('!'));
  const exclude = patterns.filter((p) => p.startsWith('!')).map((p) => p.slice(1));
  const found = await findWorkflowFiles(root, include);
  const unmatched = new Set(found.unmatched);
  const missing = options.required.filter((r) => r.globs.every((glob) => unmatched.has(glob)));
  if (missing.length > 0) {
    throw new ConfigurationError(`${missing.map((r) => `'${r.given}'`).join(', ')} match${missing.length === 1 ? 'es' : ''} no file under ${root}`, {
      input: 'paths',
      hint: 'patterns are globs relative to the workspace (`**`, `*`, `?`, `{yml,yaml}`, `[abc]`); check the spelling, or that the job checked out the repository',
    });
  }
  const excluded = exclude.length === 0 ? new Set<string>() : new Set(await discoverWorkflowFiles(root, exclude));
  const files = found.files.filter((path) => !excluded.has(path));
  if (files.length === 0) {
    throw new ConfigurationError(`no workflow or action file matches ${patterns.join(', ')} under ${root}`, {
      input: 'paths',
      hint: 'check out the repository before this step, or name the files to check',
    });
  }
  return files;
}

/** Whether the step fails: `error` on any error, `warning` on any error or warning, `never` never. */
export function failsUnder(failOn: FailOn, counts: LevelCounts): boolean {
  if (failOn === 'never') return false;
  return counts.error > 0 || (failOn === 'warning' && counts.warning > 0);
}

function verdictOf(failed: boolean, counts: LevelCounts): VerdictStatus {
  if (failed) return 'fail';
  return counts.error > 0 || counts.warning > 0 ? 'warn' : 'pass';
}

/**
 * Each file's text, read bounded: a workflow is repository content, so a symlink to /dev/zero, a
 * FIFO or a file of gigabytes must not hang or exhaust the check. A file over the read cap is a
 * parse-error finding (too large to check); one that cannot be read at all is a warning, and the
 * others are still checked.
 */
function readWorkflowFiles(ports: ActionPorts, root: string, paths: readonly string[]): { inputs: WorkflowInput[]; sources: Map<string, string> } {
  const inputs: WorkflowInput[] = [];
  const sources = new Map<string, string>();
  for (const path of paths) {
    try {
      const text = readBoundedText(join(root, path), { what: 'the workflow file', maxBytes: MAX_READ_BYTES, root, display: path });
      inputs.push({ path, text });
      sources.set(path, text);
    } catch (error) {
      if (error instanceof BoundedReadError && error.reason === 'too-large') inputs.push({ path, oversize: `over ${MAX_READ_BYTES} bytes` });
      else ports.log.warning(`cannot read ${path}: ${error instanceof BoundedReadError ? error.detail : ((error as NodeJS.ErrnoException).code ?? String(error))}`, { file: path });
    }
  }
  return { inputs, sources };
}

/** Relative to the root when inside it, absolute otherwise. */
function displayPath(root: string, path: string): string {
  const rel = relative(root, path).replace(/\\/g, '/');
  return rel === '' || rel === '..' || rel.startsWith('../') || isAbsolute(rel) ? path : rel;
}

const LOG_LEVEL = { error: 'error', warning: 'warning', note: 'notice' } as const;

/** Annotations within GitHub's limits, most severe first; returns the note about those left out. */
function annotate(ports: ActionPorts, findings: readonly ReportFinding[], failed: boolean): string[] {
  // When the step fails, its own failure message is one more error annotation: keep a slot for it.
  const plan = planAnnotations(findings, failed ? { maxPerLevel: { error: 9 } } : {});
  for (const { level, message, properties } of plan.annotations) {
    const place: AnnotationPlace = { ...properties };
    ports.log[LOG_LEVEL[level]](message, place);
  }
  const note = omittedAnnotationsNote(plan, 'the job summary');
  if (note === undefined) return [];
  ports.log.info(note);
  return [note];
}

/** Without annotations, the log still lists every finding. */
function logFindings(ports: ActionPorts, findings: readonly ReportFinding[]): string[] {
  for (const f of findings) {
    ports.log.info(`${f.file}:${f.line}:${f.column ?? 1}: ${f.level} [${f.ruleId}] ${f.message}${f.fix !== undefined ? `\nFix:\n${f.fix}` : ''}`);
  }
  return [];
}
