import { suggestedTopLevelPermissions } from '@mcp-secrets/workflows';
import type { WorkflowModel } from '@mcp-secrets/workflows';
import { Findings, evidence } from '../findings';
import type { Check } from '../types';
import { NOTHING_TO_CHECK, failParseErrors, loadWorkflows } from '../workflow-files';

const REMEDIATION =
  'Declare a top-level `permissions:` block in every workflow with `contents: read` (or `{}`), and grant writes only on the jobs that need them.';

export const workflowPermissions: Check = {
  id: 'workflow-permissions',
  title: 'Workflows declare least-privilege token permissions',
  rationale:
    'Without a top-level `permissions:` block every job gets the repository default, often write-all: one compromised step can push code or releases.',
  remediation: REMEDIATION,
  severity: 'high',
  async run(ctx) {
    const { workflows, parseErrors, config } = await loadWorkflows(ctx);
    if (workflows.length === 0 && parseErrors.length === 0) return NOTHING_TO_CHECK;
    const findings = new Findings();
    failParseErrors(findings, parseErrors, true);
    let suggestion: string | undefined;
    for (const workflow of workflows) {
      const failed = judgeTopLevel(workflow, findings);
      const fix = failed && suggestion === undefined ? suggestedTopLevelPermissions(workflow, config) : undefined;
      if (fix !== undefined) suggestion = `${REMEDIATION} Suggested block for ${workflow.file}:\n${fix}`;
    }
    return findings.result(`${workflows.length} workflow(s) declare read-only top-level permissions`, [], suggestion);
  },
};

/** Records the workflow's top-level verdict; true when it failed. */
function judgeTopLevel(workflow: WorkflowModel, findings: Findings): boolean {
  const file = workflow.file;
  const block = workflow.permissions;
  if (block === undefined) {
    // A reusable workflow runs with its caller's token unless it narrows it.
    const onlyCalled = workflow.triggers.length > 0 && workflow.triggers.every((trigger) => trigger.event === 'workflow_call');
    if (onlyCalled) {
      findings.warn(`${file} (workflow_call only) has no top-level permissions: it inherits the caller's`, evidence(file, workflow.onRange.line));
      return false;
    }
    findings.fail(`${file} has no top-level permissions`, evidence(file));
    return true;
  }
  if (block.kind !== 'map') {
    const what = block.kind === 'invalid' ? 'has an invalid top-level `permissions:` value' : `uses \`permissions: ${block.kind}\``;
    findings.fail(`${file} ${what}`, evidence(file, block.valueRange.line));
    return true;
  }
  const excessive = block.entries.filter((entry) => entry.level !== 'read' && entry.level !== 'none');
  for (const entry of excessive) {
    const what = entry.level === 'write' ? 'grants' : 'has an invalid level for';
    findings.fail(`${file} ${what} \`${entry.scope}: ${entry.level}\` at the top level`, evidence(file, entry.keyRange.line));
  }
  return excessive.length > 0;
}

