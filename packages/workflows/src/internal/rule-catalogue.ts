import type { Severity } from '../model';

export interface RuleInfo {
  id: string;
  description: string;
  helpUri?: string;
  defaultSeverity: Severity;
  /** The workflow is broken rather than unsafe (GitHub refuses it, or a part does nothing): not a security alert. */
  correctness?: true;
}

const ZIZMOR = 'https://docs.zizmor.sh/audits/';
const ACTIONLINT = 'https://github.com/rhysd/actionlint/blob/main/docs/checks.md';

/** Every rule, for configuration checks and SARIF rule metadata. Ids follow zizmor where it has one. */
export const RULES: readonly RuleInfo[] = [
  {
    id: 'parse-error',
    description: 'The file is not valid YAML, so GitHub will not run it and nothing else in it was checked.',
    defaultSeverity: 'error',
    correctness: true,
  },
  {
    id: 'excessive-permissions',
    description:
      'As zizmor: the default token (no `permissions:` anywhere: at the document when several jobs inherit it, and at each job), `write-all`/`read-all` at their key, and each top-level write at its scope, graded as zizmor grades the scope (a note when every inheriting job may need it: the knowledge base cannot tell).',
    helpUri: `${ZIZMOR}#excessive-permissions`,
    defaultSeverity: 'error',
  },
  {
    id: 'unneeded-permissions',
    description:
      'A write granted to a job (or, for a single job, at the top level) that no step needs per the knowledge base of actions and commands: a warning with the block that drops it when every step is understood, else a note that we cannot tell.',
    defaultSeverity: 'warning',
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
      'A `${{ }}` in a `run:` script or a code input of a known action (github-script `script:`, azure/cli `inlineScript:`...) expands a value an outsider can shape: issue or PR text, branch names, string inputs (error); URLs, dynamic matrix values (warning); env values set at run time, step and job outputs (note, error when set from attacker data).',
    helpUri: `${ZIZMOR}#template-injection`,
    defaultSeverity: 'error',
  },
  {
    id: 'dangerous-triggers',
    description:
      'Every `pull_request_target` / `workflow_run` trigger, at the `on:` key as zizmor: it runs with the base repository\'s write token and secrets on events outsiders cause (error when a job checks out the pull request\'s code, warning otherwise).',
    helpUri: `${ZIZMOR}#dangerous-triggers`,
    defaultSeverity: 'error',
  },
  {
    id: 'unpinned-uses',
    description:
      'An action or reusable workflow is referenced by a tag or branch instead of a full commit SHA, so its code can change under you (zizmor\'s default policy since 1.20: every action, first-party ones too; an image needs a tag or digest).',
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
      '`actions/checkout` without `persist-credentials: false` leaves the token on disk for every later step: error once per later upload of the workspace or when the job runs untrusted code, warning otherwise (one grade lower for checkout v6+, which keeps it under RUNNER_TEMP).',
    helpUri: `${ZIZMOR}#artipacked`,
    defaultSeverity: 'warning',
  },
  {
    id: 'secrets-outside-env',
    description:
      'A secret is used in a job without a deployment `environment:`, so no environment protection rule guards it (GITHUB_TOKEN and a configured allowlist excepted; a job calling a reusable workflow is not asked, as it cannot set one).',
    helpUri: `${ZIZMOR}#secrets-outside-env`,
    defaultSeverity: 'warning',
  },
  // zizmor's other audits, same ids; severities from zizmor's (high error, medium warning, low/informational note).
  {
    id: 'untrusted-checkout',
    description:
      'A `pull_request_target` or `workflow_run` workflow checks out or fetches the pull request\'s code (a `ref:` of its head, `gh pr checkout`, `git fetch` of `refs/pull/`), so its build scripts run with the base repository\'s write token and secrets.',
    defaultSeverity: 'error',
  },
  {
    id: 'cache-poisoning',
    description:
      'A step restores a GitHub Actions cache (actions/cache, setup-* with caching, rust-cache...) in a job that publishes (`release` or tag-push workflow, or a publishing action): any workflow of the repository can write that cache, and the release builds from it.',
    helpUri: `${ZIZMOR}#cache-poisoning`,
    defaultSeverity: 'warning',
  },
  {
    id: 'use-trusted-publishing',
    description:
      'Publishing to PyPI, RubyGems, npm or crates.io with a stored token (pypi-publish `password:`, `npm publish`, `cargo publish`... without `id-token: write`) where the index supports Trusted Publishing, which needs no long-lived credential.',
    helpUri: `${ZIZMOR}#use-trusted-publishing`,
    defaultSeverity: 'note',
  },
  {
    id: 'unpinned-images',
    description:
      'A job container, service or `docker://` image with no tag or `latest`, so the registry decides what runs; `${{ matrix.x }}` images are checked for each matrix value.',
    helpUri: `${ZIZMOR}#unpinned-images`,
    defaultSeverity: 'error',
  },
  {
    id: 'hardcoded-container-credentials',
    description:
      'A container registry password written into `container.credentials` or a service\'s `credentials:` instead of a secret.',
    helpUri: `${ZIZMOR}#hardcoded-container-credentials`,
    defaultSeverity: 'error',
  },
  {
    id: 'insecure-commands',
    description:
      '`ACTIONS_ALLOW_UNSECURE_COMMANDS` re-enables `::set-env` / `::add-path`, so anything a step prints can set variables or PATH for later steps.',
    helpUri: `${ZIZMOR}#insecure-commands`,
    defaultSeverity: 'error',
  },
  {
    id: 'github-env',
    description:
      'A `run:` step writes `GITHUB_ENV` / `GITHUB_PATH` in a `pull_request_target` / `workflow_run` workflow or a composite action: data from the event can set LD_PRELOAD, NODE_OPTIONS or PATH for every later step.',
    helpUri: `${ZIZMOR}#github-env`,
    defaultSeverity: 'error',
  },
  {
    id: 'overprovisioned-secrets',
    description:
      '`toJSON(secrets)` or `secrets[<computed>]` hands every secret of the repository to the job instead of the few it names.',
    helpUri: `${ZIZMOR}#overprovisioned-secrets`,
    defaultSeverity: 'warning',
  },
  {
    id: 'unredacted-secrets',
    description:
      '`fromJSON(secrets.X)`: fields parsed out of a secret are not masked in the logs.',
    helpUri: `${ZIZMOR}#unredacted-secrets`,
    defaultSeverity: 'warning',
  },
  {
    id: 'bot-conditions',
    description:
      'An `if:` of a `pull_request_target` workflow trusts `github.actor == \'...[bot]\'`, which whoever pushed last satisfies; check `github.event.pull_request.user.login`.',
    helpUri: `${ZIZMOR}#bot-conditions`,
    defaultSeverity: 'error',
  },
  {
    id: 'unsound-contains',
    description:
      '`contains(\'main develop\', github.ref)` in an `if:` is a substring test: a branch named `mai` passes.',
    helpUri: `${ZIZMOR}#unsound-contains`,
    defaultSeverity: 'error',
  },
  {
    id: 'unsound-condition',
    description:
      'An `if:` whose `${{ }}` does not span the whole value (`if: |` keeps a trailing newline) is a non-empty string, so always true.',
    helpUri: `${ZIZMOR}#unsound-condition`,
    defaultSeverity: 'error',
  },
  {
    id: 'self-hosted-runner',
    description:
      'A job runs on a self-hosted runner (label `self-hosted`, a runner group, or an expression): untrusted code can persist on it unless it is ephemeral.',
    helpUri: `${ZIZMOR}#self-hosted-runner`,
    defaultSeverity: 'note',
  },
  {
    id: 'obfuscation',
    description:
      'An expression that only computes a constant (`format(\'{0}\', \'x\')`), or a `uses:` path with `.`, `..` or empty segments: it hides what runs from review and from the other checks.',
    helpUri: `${ZIZMOR}#obfuscation`,
    defaultSeverity: 'note',
  },
  {
    id: 'known-vulnerable-actions',
    description:
      'An action used at a version a GitHub security advisory lists as vulnerable (the dated snapshot in the repository; exact version refs only, offline).',
    helpUri: `${ZIZMOR}#known-vulnerable-actions`,
    defaultSeverity: 'error',
  },
  // Structure checks: GitHub refuses the workflow, or a part of it silently does nothing. Ids are actionlint's check names.
  {
    id: 'syntax-check',
    description:
      'A key GitHub\'s workflow syntax does not have (a typo such as `default:` or `Shell:`), a key the job cannot have for its kind (`steps:` in a reusable-workflow call, `with:` without `uses:`), or a job without `runs-on:`/`steps:`: GitHub refuses the workflow.',
    helpUri: `${ACTIONLINT}#check-unexpected-keys`,
    defaultSeverity: 'error',
    correctness: true,
  },
  {
    id: 'events',
    description: 'An `on:` event GitHub does not know (`pull-request`, `workflow-dispatch`): GitHub refuses the workflow.',
    helpUri: `${ACTIONLINT}#check-webhook-events`,
    defaultSeverity: 'error',
    correctness: true,
  },
  {
    id: 'job-needs',
    description: '`needs:` names a job the workflow does not have, names one twice, or closes a cycle, so the jobs never start.',
    helpUri: `${ACTIONLINT}#check-job-deps`,
    defaultSeverity: 'error',
    correctness: true,
  },
  {
    id: 'expression',
    description:
      'A `${{ }}` expression GitHub cannot read (unclosed, bad syntax, an unknown context or function), or `matrix.*`, `steps.*`, `needs.*` naming what the job does not have, which is empty at run time.',
    helpUri: `${ACTIONLINT}#check-syntax-expression`,
    defaultSeverity: 'error',
    correctness: true,
  },
  {
    id: 'runner-label',
    description: 'A `runs-on:` label one or two edits from a GitHub-hosted label (`ubuntu-lates`): no runner has it, so the job never runs.',
    helpUri: `${ACTIONLINT}#check-runner-labels`,
    defaultSeverity: 'warning',
    correctness: true,
  },
];

export const RULE_IDS: ReadonlySet<string> = new Set(RULES.map((r) => r.id));
