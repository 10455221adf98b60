import { resolve } from 'node:path';
import { readBoundedText } from '@mcp-secrets/fs-safe';
import { ConfigurationError, Inputs, type InputSource } from '@mcp-secrets/ports';
import { ProgressBar, renderText, verdictLine } from '@mcp-secrets/reporting';
import {
  AUDIT_DEFAULTS,
  NOT_REPORTED_BY_GITLEAKS,
  describeSuppressed,
  formatMegabytes,
  formatSeconds,
  readAuditOptions,
  runAudit,
  writeBaseline,
  type AuditDeps,
  type AuditResult,
} from '@mcp-secrets/audit';
import { scanWorkerEntry } from '@mcp-secrets/scanner';
import { EXIT, optionsAsInputs, type Command, type CommandContext, type OptionSpec } from '../command';
import { ACTION_INPUTS } from '../generated/action-inputs';
import { terminalPorts } from '../terminal-ports';
import { runTriage } from './audit-triage';

const FORMATS = ['text', 'json', 'sarif'] as const;
/** Larger scanned files are scanned in windows; their findings show the redacted snippet, not the line. */
const SOURCE_MAX_BYTES = 16 * 1024 * 1024;
type Format = (typeof FORMATS)[number];

// Annotations and artifacts exist only on a runner; a laptop run writes report files only when asked.
const RUNNER_ONLY = new Set(['annotations', 'upload-artifact', 'artifact-name']);
const ALSO_WRITE: Record<string, string> = {
  'report-path': 'also write the gitleaks JSON report to this file',
  'sarif-path': 'also write the SARIF 2.1.0 log to this file',
};
const options: OptionSpec[] = [
  ...ACTION_INPUTS.audit
    .filter((input) => !RUNNER_ONLY.has(input.name))
    .map((input) => (ALSO_WRITE[input.name] !== undefined ? { name: input.name, description: ALSO_WRITE[input.name] } : input)),
  { name: 'format', description: 'text (findings by file, redacted source line and caret), json (gitleaks report) or sarif on stdout', default: 'text' },
  { name: 'write-baseline', description: 'write (or update) the detect-secrets baseline (--baseline, default config/detect-secrets.baseline) with every current finding', flag: true },
  { name: 'triage', description: "mark each baseline entry not audited yet a secret or not, on a terminal (detect-secrets' audit)", flag: true },
];

export const auditCommand: Command = {
  options,
  positional: { option: 'path', description: 'the folder to scan, as --path' },
  async run(ctx) {
    // Scan workers (--jobs) re-run the bundle this CLI runs from.
    if (ctx.workerScript !== undefined) scanWorkerEntry(ctx.workerScript);
    const format = readFormat(ctx);
    const source = cliInputs(optionsAsInputs(ctx));
    const auditOptions = readAuditOptions(new Inputs(source, ctx.env), (name) => source.get(name), { ...ctx.env, GITHUB_WORKSPACE: ctx.cwd });
    // A progress line on a terminal's stderr (drawn once the scan has run for a second); any log
    // line clears it first, so the two never share a line.
    const bar = new ProgressBar({ stream: { write: ctx.io.err, isTTY: ctx.io.isTTY } });
    const toStderr = (text: string): void => {
      bar.done();
      ctx.io.err(text);
    };
    // stdout carries only the report; what the audit logs goes to stderr.
    const ports = terminalPorts({ ...ctx.io, out: toStderr, err: toStderr }, ctx.env, { verbose: ctx.values.verbose === true });
    const deps: AuditDeps = { onProgress: (state) => bar.update(state) };
    const audit = async (options: typeof auditOptions): Promise<AuditResult> => {
      try {
        return await runAudit(ports, options, deps);
      } finally {
        bar.done();
      }
    };
    const target = auditOptions.baseline ?? { file: resolve(auditOptions.repoRoot, AUDIT_DEFAULTS.baseline), display: AUDIT_DEFAULTS.baseline };
    if (ctx.values.triage === true) {
      return runTriage({ ctx, target, scan: () => audit({ ...auditOptions, baseline: undefined }), workspace: auditOptions.workspace, stdin: process.stdin });
    }
    if (ctx.values['write-baseline'] === true) {
      // Scanned without the old baseline, so every current finding is listed (its verdicts are kept).
      const result = await audit({ ...auditOptions, baseline: undefined });
      const entries = writeBaseline(target.file, result.findings, target.display);
      ctx.io.out(`Wrote ${target.display}: ${entries} entr${entries === 1 ? 'y' : 'ies'} from ${result.findings.length} finding${result.findings.length === 1 ? '' : 's'}.\n`);
      return EXIT.ok;
    }
    const result = await audit(auditOptions);
    ctx.io.out(render(format, result, auditOptions.workspace, ctx.io.color));
    return result.verdict === 'fail' ? EXIT.findings : EXIT.ok;
  },
};

function readFormat(ctx: CommandContext): Format {
  const value = ctx.values.format;
  if (value === undefined) return 'text';
  if (typeof value === 'string' && (FORMATS as readonly string[]).includes(value)) return value as Format;
  throw new ConfigurationError(`unknown format '${String(value)}'`, { input: 'format', hint: `use one of: ${FORMATS.join(', ')}` });
}

function cliInputs(given: InputSource): InputSource {
  return {
    get: (name) => {
      if (name === 'annotations' || name === 'upload-artifact') return 'false';
      if (name === 'report-path' || name === 'sarif-path') return given.get(name) ?? '';
      return given.get(name);
    },
  };
}

/** `workspace`: working-tree findings are named from it (a subfolder scan included). */
function render(format: Format, result: AuditResult, workspace: string, color: boolean): string {
  if (format === 'json') return result.reportText;
  if (format === 'sarif') return result.sarifText;
  // History findings may no longer match the file on disk: those show the redacted snippet instead.
  const onDisk = result.target.kind === 'files';
  const text = renderText(result.reportFindings, {
    color,
    baseDir: result.target.kind === 'files' ? workspace : result.target.repo,
    ...(onDisk && { source: { read: readSource, redact: (text: string) => result.redactor.redact(text) } }),
  });
  const { stats } = result;
  const files = result.engine === 'gitleaks' ? `files ${NOT_REPORTED_BY_GITLEAKS}` : `${stats.filesScanned} files`;
  const scanned = result.target.kind === 'files' ? files : `${stats.commitsScanned} commits`;
  // The configuration is named as gitleaks users look for it: which file (or variable) was used.
  const detail = `in ${scanned} (${formatMegabytes(stats.bytesScanned)}, ${formatSeconds(stats.durationMs)}; rules: ${result.configSource}; suppressed: ${describeSuppressed(stats, result.engine)})`;
  const count = result.findings.length;
  const headline = verdictLine({ [result.verdict === 'fail' ? 'error' : 'warning']: count }, { color, status: result.verdict, detail });
  const verdict = count === 0 ? headline.replace('No findings', 'No secrets found') : headline.replace(/\d+ (errors?|warnings?)/, `${count} secret${count === 1 ? '' : 's'}`);
  // Files not scanned (listed above on stderr) and inline suppressions are said with the verdict.
  const gaps = result.gaps.length === 0 ? '' : `; ${result.gaps.join(', ')}`;
  return `${text}${text === '' ? '' : '\n'}${verdict}${gaps}\n`;
}

/**
 * A file's text to show its finding's line; undefined (the snippet is shown instead) for a file too
 * large to hold whole, or one gone or changed into something that is not a file since the scan.
 */
function readSource(file: string): string | undefined {
  try {
    return readBoundedText(file, { what: 'the scanned file', maxBytes: SOURCE_MAX_BYTES });
  } catch {
    return undefined;
  }
}
