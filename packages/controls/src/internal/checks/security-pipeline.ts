import { actionName } from '@mcp-secrets/workflows';
import type { Job, KeyedValue, Step, WorkflowModel } from '@mcp-secrets/workflows';
import { Findings, evidence } from '../findings';
import type { Check, Evidence } from '../types';
import { failParseErrors, isSuiteAction, loadWorkflows } from '../workflow-files';

const GITLEAKS_CLI = /\bgitleaks\s+(?:detect|protect|git|dir|directory|stdin)\b/;
const SUITE_CLI = /\bmcp-secrets\s+audit\b/;
const CONFIG_FLAG = /(?:^|\s)(?:--config|-c)(?:\s|=)/;

interface AuditStep {
  step: Step;
  configPassed: boolean;
}

export const securityPipeline: Check = {
  id: 'security-pipeline',
  title: 'A security job runs the secrets audit on pull requests and pushes',
  rationale: 'A leaked secret is cheapest to fix before it merges; only a scan on every pull request and push catches it there.',
  remediation:
    'Add a workflow on `pull_request` and `push` with a job `security` running `uses: <org>/mcp-secrets/audit@<sha>` with `config: config/gitleaks.toml` (or gitleaks with that config).',
  severity: 'high',
  async run(ctx) {
    const { workflows, parseErrors } = await loadWorkflows(ctx);
    const findings = new Findings();
    failParseErrors(findings, parseErrors, true);
    const covered = new Set<string>();
    const auditEvidence: Evidence[] = [];
    const withoutAudit: Evidence[] = [];
    const withoutConfig: Evidence[] = [];
    for (const workflow of workflows) {
      const events = workflow.triggers.map((trigger) => trigger.event).filter((event) => event === 'push' || event === 'pull_request');
      if (events.length === 0) continue;
      for (const job of workflow.jobs.filter(isSecurityJob)) {
        const audits = auditSteps(workflow, job);
        if (audits.length === 0) {
          withoutAudit.push(evidence(workflow.file, job.idRange.line));
          continue;
        }
        events.forEach((event) => covered.add(event));
        for (const audit of audits) {
          auditEvidence.push(evidence(workflow.file, audit.step.range.line));
          if (!audit.configPassed) withoutConfig.push(evidence(workflow.file, audit.step.range.line));
        }
      }
    }
    if (covered.size === 0) {
      findings.fail('no workflow on push/pull_request has a `security` job running the secrets audit or gitleaks', ...withoutAudit);
    } else {
      for (const event of ['pull_request', 'push'].filter((candidate) => !covered.has(candidate))) {
        findings.warn(`the security job does not run on ${event}`, ...auditEvidence);
      }
      if (withoutConfig.length > 0) findings.warn('the audit does not pass the gitleaks config path', ...withoutConfig);
    }
    return findings.result('a `security` job runs the secrets audit on pull_request and push', auditEvidence);
  },
};

function isSecurityJob(job: Job): boolean {
  return job.id === 'security' || job.name?.trim().toLowerCase() === 'security';
}

function auditSteps(workflow: WorkflowModel, job: Job): AuditStep[] {
  const envHasConfig = (env: KeyedValue[]): boolean => env.some((entry) => entry.key === 'GITLEAKS_CONFIG');
  const inheritedConfig = envHasConfig(workflow.env) || envHasConfig(job.env);
  return job.steps.flatMap((step): AuditStep[] => {
    const withKey = (key: string): boolean => step.with.some((entry) => entry.key === key);
    if (isSuiteAction(step.uses, 'audit')) return [{ step, configPassed: withKey('config') }];
    if (isSuiteAction(step.uses, '')) return [{ step, configPassed: withKey('audit-config') }];
    if (step.uses !== undefined && actionName(step.uses) === 'gitleaks/gitleaks-action') {
      return [{ step, configPassed: inheritedConfig || envHasConfig(step.env) }];
    }
    const script = step.run?.value ?? '';
    if (GITLEAKS_CLI.test(script) || SUITE_CLI.test(script)) {
      return [{ step, configPassed: CONFIG_FLAG.test(script) || inheritedConfig || envHasConfig(step.env) }];
    }
    return [];
  });
}
