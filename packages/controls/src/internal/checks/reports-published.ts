import { actionName } from '@mcp-secrets/workflows';
import type { Step } from '@mcp-secrets/workflows';
import { Findings, evidence } from '../findings';
import type { Check, Evidence } from '../types';
import { failParseErrors, isSuiteAction, loadWorkflows } from '../workflow-files';

interface Publication {
  report: string;
  /** The suite's actions that upload it by default: subfolder and the gate's input prefix. */
  suite: { sub: string; prefix: string };
}

const REPORTS: Publication[] = [
  { report: 'gitleaks-report', suite: { sub: 'audit', prefix: 'audit-' } },
  { report: 'ops-controls-report', suite: { sub: 'ops-controls', prefix: 'controls-' } },
];

type Verdict = { kind: 'published' } | { kind: 'doubtful'; why: string } | { kind: 'none' };

export const reportsPublished: Check = {
  id: 'reports-published',
  title: 'CI publishes the gitleaks-report and ops-controls-report artifacts',
  rationale: 'The runbooks close incidents and rotations with these reports as evidence; a run that does not publish them leaves nothing to audit.',
  remediation:
    'Publish both on every run: this suite\'s audit and ops-controls actions upload them by default (`upload-artifact: true`), or add `actions/upload-artifact` steps with `name: gitleaks-report` / `name: ops-controls-report` and `if: always()`.',
  severity: 'medium',
  async run(ctx) {
    const { workflows, parseErrors } = await loadWorkflows(ctx);
    const findings = new Findings();
    failParseErrors(findings, parseErrors, true);
    const passEvidence: Evidence[] = [];
    for (const publication of REPORTS) {
      const doubts: Array<{ why: string; where: Evidence }> = [];
      let published = false;
      for (const workflow of workflows) {
        for (const step of workflow.jobs.flatMap((job) => job.steps)) {
          const verdict = judgeStep(step, publication);
          const where = evidence(workflow.file, step.range.line);
          if (verdict.kind === 'published') {
            published = true;
            passEvidence.push(where);
          } else if (verdict.kind === 'doubtful') doubts.push({ why: verdict.why, where });
        }
      }
      if (published) continue;
      if (doubts.length === 0) findings.fail(`\`${publication.report}\` is never published`);
      for (const doubt of doubts) findings.warn(`\`${publication.report}\`: ${doubt.why}`, doubt.where);
    }
    return findings.result('both reports are published on every run', passEvidence);
  },
};

function judgeStep(step: Step, { report, suite }: Publication): Verdict {
  const input = (key: string): string | undefined => step.with.find((entry) => entry.key === key)?.value;
  const onlyOnFailure = step.if !== undefined && /^\s*(?:\$\{\{\s*)?failure\(\)\s*(?:\}\})?\s*$/.test(step.if.value);
  let named: Verdict;
  if (step.uses !== undefined && actionName(step.uses) === 'actions/upload-artifact') {
    const name = step.with.find((entry) => entry.key === 'name');
    if (name === undefined) return { kind: 'none' };
    if (name.value === report) named = { kind: 'published' };
    else if (mayEvaluateTo(name.value, report)) named = { kind: 'doubtful', why: `the upload name \`${name.value}\` is an expression` };
    else return { kind: 'none' };
  } else {
    const prefix = isSuiteAction(step.uses, suite.sub) ? '' : isSuiteAction(step.uses, '') ? suite.prefix : undefined;
    if (prefix === undefined) return { kind: 'none' };
    if (input(`${prefix}upload-artifact`)?.trim() === 'false') return { kind: 'none' };
    const artifactName = input(`${prefix}artifact-name`);
    if (artifactName !== undefined && artifactName !== report) {
      return mayEvaluateTo(artifactName, report) ? { kind: 'doubtful', why: `the artifact name \`${artifactName}\` is an expression` } : { kind: 'none' };
    }
    named = { kind: 'published' };
  }
  if (named.kind === 'published' && onlyOnFailure) return { kind: 'doubtful', why: 'uploaded only `if: failure()`' };
  return named;
}

/** An expression name that may be the report's: it keeps the report's name around the expression, or is all expression. */
function mayEvaluateTo(name: string, report: string): boolean {
  if (!name.includes('${{')) return false;
  const literal = name.replace(/\$\{\{[^}]*\}\}/g, '');
  return literal.includes(report) || literal.replace(/[-_.\s]/g, '') === '';
}
