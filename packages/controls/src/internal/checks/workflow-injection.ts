import { checkParsedFile } from '@mcp-secrets/workflows';
import { Findings, evidence } from '../findings';
import type { Check } from '../types';
import { NOTHING_TO_CHECK, failParseErrors, loadWorkflows } from '../workflow-files';

const PRIVILEGED = new Set(['pull_request_target', 'workflow_run']);

export const workflowInjection: Check = {
  id: 'workflow-injection',
  title: 'No dangerous trigger runs PR code and no template injection',
  rationale:
    '`pull_request_target`/`workflow_run` jobs hold secrets and a write token; checking out the PR head or expanding attacker-controlled text into a script hands both to the attacker.',
  remediation:
    'Pass untrusted values through `env:` and quote them in the script (`"$TITLE"`), never `${{ }}` inside `run:`; use `pull_request` for PR code, or keep `pull_request_target` jobs away from the PR head.',
  severity: 'critical',
  async run(ctx) {
    const { workflows, actions, parseErrors, config } = await loadWorkflows(ctx);
    if (workflows.length + actions.length + parseErrors.length === 0) return NOTHING_TO_CHECK;
    const findings = new Findings();
    failParseErrors(findings, parseErrors);
    for (const parsed of [...workflows, ...actions]) {
      for (const finding of checkParsedFile(parsed, config, ['template-injection', 'untrusted-checkout', 'dangerous-triggers'])) {
        // Graded as the workflow check grades them: an error fails, a warning warns, a note (a value
        // a step computes, which nobody outside may control) is the workflow check's to show. A
        // privileged trigger on its own is the warning below.
        const message = `${finding.file}:${finding.line}: ${finding.message}`;
        if (finding.severity === 'error') findings.fail(message, evidence(finding.file, finding.line));
        else if (finding.severity === 'warning' && finding.ruleId !== 'dangerous-triggers') findings.warn(message, evidence(finding.file, finding.line));
      }
    }
    for (const workflow of workflows) {
      for (const trigger of workflow.triggers.filter((candidate) => PRIVILEGED.has(candidate.event))) {
        findings.warn(
          `${workflow.file} runs on ${trigger.event} (privileged: secrets and a write token on events outsiders cause)`,
          evidence(workflow.file, trigger.range.line),
        );
      }
    }
    return findings.result(`${workflows.length} workflow(s) and ${actions.length} action(s): no dangerous trigger or template injection`);
  },
};
