import type { Severity } from '../model';

export interface RuleInfo {
  id: string;
  description: string;
  helpUri?: string;
  defaultSeverity: Severity;
}

const ZIZMOR = 'https://docs.zizmor.sh/audits/';

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
];

export const RULE_IDS: ReadonlySet<string> = new Set(RULES.map((r) => r.id));
