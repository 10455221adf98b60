import type { Job } from '@mcp-secrets/workflows';
import { Findings, evidence } from '../findings';
import type { Check, Evidence } from '../types';
import { failParseErrors, isSuiteAction, loadWorkflows } from '../workflow-files';

const SYNC_STEP_NAME = 'sync secure secrets';

export const secretsSyncStep: Check = {
  id: 'secrets-sync-step',
  title: 'Lint, test and smoke jobs get their secrets from the sync action',
  rationale:
    'The sync action exports only the keys a job needs, masks them and removes its files afterwards; jobs wiring `secrets.*` by hand skip all of that.',
  remediation:
    'Add `- name: Sync secure secrets` with `uses: <org>/mcp-secrets/sync@<sha>` as the first step after checkout of each lint/test/smoke job (job names in `.github/mcp-secrets.yml` controls.sync-jobs).',
  severity: 'medium',
  async run(ctx) {
    const { workflows, parseErrors } = await loadWorkflows(ctx);
    const findings = new Findings();
    failParseErrors(findings, parseErrors, true);
    const wanted = new Set(ctx.options.syncJobs);
    const syncing: Evidence[] = [];
    let seen = 0;
    for (const workflow of workflows) {
      // A reusable-workflow call has no steps here; the called file is judged on its own.
      for (const job of workflow.jobs.filter((candidate) => wanted.has(candidate.id) && candidate.uses === undefined)) {
        seen += 1;
        const step = syncStep(job);
        if (step === undefined) findings.fail(`job \`${job.id}\` in ${workflow.file} does not sync secrets`, evidence(workflow.file, job.idRange.line));
        else syncing.push(evidence(workflow.file, step.range.line));
      }
    }
    if (seen === 0 && !findings.failed) {
      return { status: 'skip', details: `no job named ${ctx.options.syncJobs.join(', ')} in any workflow`, evidence: [] };
    }
    return findings.result(`${seen} job(s) sync their secrets with this suite`, syncing);
  },
};

function syncStep(job: Job): Job['steps'][number] | undefined {
  return job.steps.find((step) => isSuiteAction(step.uses, 'sync') || step.name?.trim().toLowerCase() === SYNC_STEP_NAME);
}
