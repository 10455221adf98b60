import { Inputs, type ActionPorts, type InputSource } from '@mcp-secrets/ports';
import { describeCounts, type VerdictStatus } from '@mcp-secrets/reporting';
import { describeSummary, OPS_CONTROLS_INPUT_NAMES, readOpsControlsOptions, runOpsControls, type OpsControlsDeps } from '@mcp-secrets/ops-controls';
import { AUDIT_INPUT_NAMES, readAuditOptions, runAudit, type AuditDeps } from '@mcp-secrets/audit';
import { readWorkflowCheckOptions, runWorkflowCheck, WORKFLOW_CHECK_INPUT_NAMES } from '@mcp-secrets/workflow-permission-check';

export type GatePartId = 'audit' | 'workflows' | 'controls';

export interface GateDeps {
  audit?: AuditDeps;
  controls?: OpsControlsDeps;
}

/** What a part reports to the gate once it has run (its own summary, outputs and files are written by then). */
export interface PartVerdict {
  status: VerdictStatus;
  /** One line for the totals table, e.g. "3 secrets found". */
  headline: string;
}

export interface GatePart {
  id: GatePartId;
  /** Prefix of the gate's inputs and outputs for this part (`audit-path`, `audit-findings`). */
  prefix: string;
  /** The standalone action's id, named in annotations and errors. */
  action: string;
  title: string;
  inputNames: readonly string[];
  run(ports: ActionPorts, source: InputSource, deps: GateDeps): Promise<PartVerdict>;
}

const plural = (n: number, noun: string): string => `${n} ${noun}${n === 1 ? '' : 's'}`;

/** The three actions the gate combines, in the order they run and are summarised. */
export const GATE_PARTS: readonly GatePart[] = [
  {
    id: 'audit',
    prefix: 'audit-',
    action: 'audit',
    title: 'Secrets audit',
    inputNames: AUDIT_INPUT_NAMES,
    async run(ports, source, deps) {
      const options = readAuditOptions(new Inputs(source, ports.env), (name) => source.get(name), ports.env);
      const result = await runAudit(ports, options, deps.audit);
      return { status: result.verdict, headline: result.headline };
    },
  },
  {
    id: 'workflows',
    prefix: 'workflows-',
    action: 'workflow-permission-check',
    title: 'Workflow permission check',
    inputNames: WORKFLOW_CHECK_INPUT_NAMES,
    async run(ports, source) {
      const options = readWorkflowCheckOptions(new Inputs(source, ports.env), (name) => source.get(name), ports.env);
      const result = await runWorkflowCheck(ports, options);
      return { status: result.verdict, headline: `${describeCounts(result.counts)} in ${plural(result.filesChecked, 'file')} (fail-on: ${options.failOn})` };
    },
  },
  {
    id: 'controls',
    prefix: 'controls-',
    action: 'ops-controls',
    title: 'Ops controls',
    inputNames: OPS_CONTROLS_INPUT_NAMES,
    async run(ports, source, deps) {
      const options = readOpsControlsOptions(new Inputs(source, ports.env), ports.env);
      const { report, failed } = await runOpsControls(ports, options, deps.controls);
      const findings = report.summary.fail + report.summary.warn;
      return { status: failed ? 'fail' : findings > 0 ? 'warn' : 'pass', headline: `${describeSummary(report.summary)} (fail-on: ${options.failOn})` };
    },
  },
];

/** Every input of the gate: each part's inputs under its prefix, named once. */
export const GATE_INPUT_NAMES: readonly string[] = GATE_PARTS.flatMap((part) => part.inputNames.map((name) => `${part.prefix}${name}`));

/** The part's view of the gate's inputs: `path` reads the gate's `audit-path`. */
export function prefixedSource(source: InputSource, prefix: string): InputSource {
  return { get: (name) => source.get(`${prefix}${name}`) };
}
