import type { Severity } from '../model';

export interface RuleInfo {
  id: string;
  description: string;
  helpUri?: string;
  defaultSeverity: Severity;
}

const ZIZMOR = 'https://docs.zizmor.sh/audits/';
const ACTIONLINT = 'https://github.com/rhysd/actionlint/blob/main/docs/checks.md';

/** Every rule, for configuration checks and SARIF rule metadata. Ids follow zizmor where it has one. */
export const RULES: readonly RuleInfo[] = [
  {
    id: 'parse-error',
    description: 'The file is not valid YAML, so GitHub will not run it and nothing else in it was checked.',
    defaultSeverity: 'error',
  },
  {
    id: 'excessive-permissions',
    description:
      'The GITHUB_TOKEN gets more than the jobs need: no top-level `permissions:`, a job with no block under a workflow with none, `write-all`/`read-all`, a top-level write, or a job-level write no step needs.',
    helpUri: `${ZIZMOR}#excessive-permissions`,
    defaultSeverity: 'error',
  },
  {
    id: 'invalid-permissions',
    description: 'A `permissions:` block names a scope GitHub does not know, or a level the scope does not take.',
    defaultSeverity: 'error',
  },
  {
    id: 'undeclared-permissions',
    description: 'A step uses an action or command that needs a token scope the job does not grant, so it fails at run time.',
    defaultSeverity: 'warning',
  },
  {
    id: 'template-injection',
    description:
      'An attacker-controlled expression (issue or PR title/body, branch name, commit message...) is expanded into a `run:` script or a github-script `script:`, where it can run code.',
    helpUri: `${ZIZMOR}#template-injection`,
    defaultSeverity: 'error',
  },
  {
    id: 'dangerous-triggers',
    description: '`pull_request_target` or `workflow_run` checks out or runs the pull request\'s code with a privileged token and secrets.',
    helpUri: `${ZIZMOR}#dangerous-triggers`,
    defaultSeverity: 'error',
  },
  {
    id: 'unpinned-uses',
    description: 'An action or reusable workflow is referenced by a tag or branch instead of a full commit SHA, so its code can change under you.',
    helpUri: `${ZIZMOR}#unpinned-uses`,
    defaultSeverity: 'error',
  },
  {
    id: 'secrets-inherit',
    description: '`secrets: inherit` hands every secret of the caller to the called workflow instead of the few it needs.',
    helpUri: `${ZIZMOR}#secrets-inherit`,
    defaultSeverity: 'warning',
  },
  {
    id: 'artipacked',
    description:
      '`actions/checkout` leaves the token in .git/config (no `persist-credentials: false`) in a job that later uploads artifacts or runs untrusted code.',
    helpUri: `${ZIZMOR}#artipacked`,
    defaultSeverity: 'warning',
  },
  {
    id: 'secrets-outside-env',
    description: 'A secret is used in a job without a deployment `environment:`, so no environment protection rule guards it.',
    helpUri: `${ZIZMOR}#secrets-outside-env`,
    defaultSeverity: 'note',
  },
  // Structure checks: GitHub refuses the workflow, or a part of it silently does nothing. Ids are actionlint's check names.
  {
    id: 'syntax-check',
    description:
      'A key GitHub\'s workflow syntax does not have (a typo such as `default:` or `Shell:`), a key the job cannot have for its kind (`steps:` in a reusable-workflow call, `with:` without `uses:`), or a job without `runs-on:`/`steps:`: GitHub refuses the workflow.',
    helpUri: `${ACTIONLINT}#check-unexpected-keys`,
    defaultSeverity: 'error',
  },
  {
    id: 'events',
    description: 'An `on:` event GitHub does not know (`pull-request`, `workflow-dispatch`): GitHub refuses the workflow.',
    helpUri: `${ACTIONLINT}#check-webhook-events`,
    defaultSeverity: 'error',
  },
  {
    id: 'job-needs',
    description: '`needs:` names a job the workflow does not have, names one twice, or closes a cycle, so the jobs never start.',
    helpUri: `${ACTIONLINT}#check-job-deps`,
    defaultSeverity: 'error',
  },
  {
    id: 'expression',
    description:
      'A `${{ }}` expression GitHub cannot read (unclosed, bad syntax, an unknown context or function), or `matrix.*`, `steps.*`, `needs.*` naming what the job does not have, which is empty at run time.',
    helpUri: `${ACTIONLINT}#check-syntax-expression`,
    defaultSeverity: 'error',
  },
  {
    id: 'runner-label',
    description: 'A `runs-on:` label one or two edits from a GitHub-hosted label (`ubuntu-lates`): no runner has it, so the job never runs.',
    helpUri: `${ACTIONLINT}#check-runner-labels`,
    defaultSeverity: 'warning',
  },
];

export const RULE_IDS: ReadonlySet<string> = new Set(RULES.map((r) => r.id));
