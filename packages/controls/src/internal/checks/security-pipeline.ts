import { actionName } from '@mcp-secrets/workflows';
import type { Job, KeyedValue, Step, WorkflowModel } from '@mcp-secrets/workflows';
import { Findings, evidence } from '../findings';
import type { Check, CheckContext, Evidence } from '../types';
import { failParseErrors, isSuiteAction, loadWorkflows } from '../workflow-files';

const GITLEAKS_CLI = /\bgitleaks\s+(?:detect|protect|git|dir|directory|stdin)\b/;
const SUITE_CLI = /\bmcp-secrets\s+audit\b/;
const CONFIG_FLAG = /(?:^|\s)(?:--config|-c)(?:\s|=)/;

/**
 * The files each scanner reads when no configuration is named, first found wins: gitleaks reads
 * `.gitleaks.toml`; this suite's audit (and the gate) then `config/gitleaks.toml` (AUDIT_DEFAULTS.configs).
 */
const DEFAULT_CONFIGS = {
  gitleaks: ['.gitleaks.toml'],
  suite: ['.gitleaks.toml', 'config/gitleaks.toml'],
} as const;

/** The job name the runbooks use; another name is said, not failed. */
const RUNBOOK_JOB = 'security';

interface AuditStep {
  step: Step;
  /** The configuration the step names (an input, a flag or GITLEAKS_CONFIG), or the scanner's own defaults. */
  config: 'named' | keyof typeof DEFAULT_CONFIGS;
}

interface AuditJob {
  workflow: WorkflowModel;
  job: Job;
  events: string[];
  audits: AuditStep[];
}

export const securityPipeline: Check = {
  id: 'security-pipeline',
  title: 'The secrets audit runs on pull requests and pushes',
  rationale: 'A leaked secret is cheapest to fix before it merges; only a scan on every pull request and push catches it there.',
  remediation:
    'Run this suite\'s audit (`uses: <org>/mcp-secrets/audit@<sha>`, or the gate `<org>/mcp-secrets@<sha>`) or gitleaks in a job of a workflow on `pull_request` and `push` (the runbooks name the job `security`), reading `config/gitleaks.toml`.',
  severity: 'high',
  async run(ctx) {
    const { workflows, parseErrors } = await loadWorkflows(ctx);
    const findings = new Findings();
    failParseErrors(findings, parseErrors, true);
    const jobs = auditJobs(workflows);
    const where = (job: AuditJob): Evidence[] => job.audits.map((audit) => evidence(job.workflow.file, audit.step.range.line));
    const onPullRequests = jobs.filter((job) => job.events.includes('pull_request'));
    if (onPullRequests.length === 0) {
      const elsewhere = jobs.length === 0 ? '' : ` (it runs on ${[...new Set(jobs.flatMap((job) => job.events))].join(', ')} only)`;
      findings.fail(`no job runs the secrets audit or gitleaks on pull_request${elsewhere}`, ...jobs.flatMap(where));
      return findings.result('');
    }
    if (!jobs.some((job) => job.events.includes('push'))) findings.warn('the secrets audit does not run on push', ...onPullRequests.flatMap(where));
    const checked = ctx.options.gitleaksConfigPath;
    const unconfigured = jobs.flatMap((job) => job.audits.filter((audit) => !readsConfig(ctx, audit)).map((audit) => evidence(job.workflow.file, audit.step.range.line)));
    if (unconfigured.length > 0) findings.warn(`the audit does not read ${checked} (pass it as its config)`, ...unconfigured);
    if (!jobs.some((job) => isRunbookJob(job.job))) {
      findings.note(`the runbooks name the job \`${RUNBOOK_JOB}\`; here: ${[...new Set(jobs.map((job) => `\`${job.job.id}\``))].join(', ')}`);
    }
    const events = ['pull_request', 'push'].filter((event) => jobs.some((job) => job.events.includes(event)));
    return findings.result(`the secrets audit runs on ${events.join(' and ')}, reading ${checked}`, jobs.flatMap(where));
  },
};

/** Every job of a workflow on push or pull_request that runs an audit, whatever its name. */
function auditJobs(workflows: WorkflowModel[]): AuditJob[] {
  return workflows.flatMap((workflow) => {
    const events = [...new Set(workflow.triggers.map((trigger) => trigger.event).filter((event) => event === 'push' || event === 'pull_request'))];
    if (events.length === 0) return [];
    return workflow.jobs.flatMap((job) => {
      const audits = auditSteps(workflow, job);
      return audits.length === 0 ? [] : [{ workflow, job, events, audits }];
    });
  });
}

function isRunbookJob(job: Job): boolean {
  return job.id === RUNBOOK_JOB || job.name?.trim().toLowerCase() === RUNBOOK_JOB;
}

/** A step names its configuration, or the scanner reads its default file: the one gitleaks-config checks? */
function readsConfig(ctx: CheckContext, audit: AuditStep): boolean {
  if (audit.config === 'named') return true;
  const chosen = DEFAULT_CONFIGS[audit.config].find((path) => ctx.files.readText(path) !== undefined);
  return chosen === ctx.options.gitleaksConfigPath;
}

function auditSteps(workflow: WorkflowModel, job: Job): AuditStep[] {
  const envHasConfig = (env: KeyedValue[]): boolean => env.some((entry) => entry.key === 'GITLEAKS_CONFIG');
  const inheritedConfig = envHasConfig(workflow.env) || envHasConfig(job.env);
  return job.steps.flatMap((step): AuditStep[] => {
    const envConfig = inheritedConfig || envHasConfig(step.env);
    const input = (key: string): boolean => envConfig || step.with.some((entry) => entry.key === key && entry.value.trim() !== '');
    const audit = (named: boolean, scanner: keyof typeof DEFAULT_CONFIGS): AuditStep[] => [{ step, config: named ? 'named' : scanner }];
    if (isSuiteAction(step.uses, 'audit')) return audit(input('config'), 'suite');
    // The gate runs the audit whatever its other inputs say.
    if (isSuiteAction(step.uses, '')) return audit(input('audit-config'), 'suite');
    if (step.uses !== undefined && actionName(step.uses) === 'gitleaks/gitleaks-action') return audit(envConfig, 'gitleaks');
    const script = step.run?.value ?? '';
    if (SUITE_CLI.test(script)) return audit(envConfig || CONFIG_FLAG.test(script), 'suite');
    if (GITLEAKS_CLI.test(script)) return audit(envConfig || CONFIG_FLAG.test(script), 'gitleaks');
    return [];
  });
}
