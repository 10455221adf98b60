import { join, relative, resolve } from 'node:path';
import { collectEvidence, validateTaskId, type EvidenceResult } from '@mcp-secrets/evidence';
import { readOpsControlsOptions } from '@mcp-secrets/ops-controls';
import { Inputs, type InputSource } from '@mcp-secrets/ports';
import { jsonReport, verdictLine, type VerdictStatus } from '@mcp-secrets/reporting';
import { readAuditOptions } from '@mcp-secrets/audit';
import { scanWorkerEntry } from '@mcp-secrets/scanner';
import { EXIT, readFormat, type Command, type OptionSpec } from '../command';
import { terminalPorts } from '../terminal-ports';

const FORMATS = ['text', 'json'] as const;

export const DEFAULT_EVIDENCE_DIR = 'docs/evidence';

const options: OptionSpec[] = [
  { name: 'task', description: 'the task the evidence is for: letters, digits and dashes, e.g. TASK-OPS-302 (required)' },
  { name: 'output', description: 'folder holding one evidence folder per task, relative to the current folder', default: DEFAULT_EVIDENCE_DIR },
  { name: 'format', description: 'text (what was written and the verdict) or json (the same as data) on stdout', default: 'text' },
];

// Runner-only settings: the evidence folder is the delivery, so no annotations, artifacts or SARIF.
const RUNNER_ONLY: Record<string, string> = { annotations: 'false', 'upload-artifact': 'false', 'sarif-path': '' };
const defaults: InputSource = { get: (name) => RUNNER_ONLY[name] };

export const evidenceCommand: Command = {
  options,
  async run(ctx) {
    // The audit's scan workers re-run the bundle this CLI runs from.
    if (ctx.workerScript !== undefined) scanWorkerEntry(ctx.workerScript);
    const format = readFormat(ctx, FORMATS);
    const task = validateTaskId(typeof ctx.values.task === 'string' ? ctx.values.task : undefined);
    const output = typeof ctx.values.output === 'string' && ctx.values.output.trim() !== '' ? ctx.values.output.trim() : DEFAULT_EVIDENCE_DIR;
    const runEnv = { ...ctx.env, GITHUB_WORKSPACE: ctx.cwd };
    // Every option is read and checked before anything runs: a configuration error writes nothing.
    const audit = readAuditOptions(new Inputs(defaults, ctx.env), (name) => defaults.get(name), runEnv);
    const controls = readOpsControlsOptions(new Inputs(defaults, ctx.env), runEnv);
    // What the two runs log goes to stderr, and only with --verbose; warnings and errors always do.
    const verbose = ctx.values.verbose === true;
    const ports = terminalPorts({ ...ctx.io, out: verbose ? ctx.io.err : () => undefined }, ctx.env, { verbose });
    const folder = join(resolve(ctx.cwd, output), task);
    const result = await collectEvidence(ports, { task, folder, audit, controls });
    ctx.io.out(format === 'json' ? jsonReport(asJson(task, result, ctx.cwd), { sortKeys: false }) : asText(result, ctx.cwd, ctx.io.color));
    return result.failed ? EXIT.findings : EXIT.ok;
  },
};


function shown(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  return rel === '' || rel.startsWith('..') ? path : rel;
}

function asText(result: EvidenceResult, cwd: string, color: boolean): string {
  const { summary } = result.controls.report;
  const secrets = result.audit.findings.length;
  const status: VerdictStatus = result.failed ? 'fail' : secrets + summary.fail + summary.warn > 0 ? 'warn' : 'pass';
  const lines = [
    `Wrote ${shown(result.folder, cwd)}/:`,
    ...result.files.map((file) => `  ${shown(file, cwd)}`),
    `Secrets audit: ${secrets === 0 ? 'no secrets found' : `${secrets} secret${secrets === 1 ? '' : 's'} found`}`,
    `Ops controls: ${summary.pass} passed, ${summary.fail} failed, ${summary.warn} warned, ${summary.skip} skipped`,
    ...(result.runUrl !== undefined ? [`CI run: ${result.runUrl}`] : []),
    '',
    verdictLine(
      { error: (result.audit.verdict === 'fail' ? secrets : 0) + summary.fail, warning: (result.audit.verdict === 'warn' ? secrets : 0) + summary.warn },
      { color, status, detail: `in the evidence for ${shown(result.folder, cwd)}` },
    ),
  ];
  return `${lines.join('\n')}\n`;
}

function asJson(task: string, result: EvidenceResult, cwd: string): unknown {
  const { report } = result.controls;
  return {
    task,
    folder: shown(result.folder, cwd),
    files: result.files.map((file) => shown(file, cwd)),
    repository: report.repository,
    commit: report.commit,
    runUrl: result.runUrl ?? null,
    result: result.failed ? 'fail' : 'pass',
    audit: { verdict: result.audit.verdict, findings: result.audit.findings.length },
    controls: { failed: result.controls.failed, summary: report.summary },
  };
}
