/**
 * How much of a `github` context an outsider controls, after GitHub's webhook payloads as
 * zizmor classifies them: `fixed` (numbers, booleans, timestamps, SHAs the platform makes,
 * names an outsider cannot choose), `structured` (URLs: constrained but attacker-shaped),
 * `arbitrary` (free text: titles, bodies, branch names, logins, messages).
 */
export type Capability = 'arbitrary' | 'structured' | 'fixed';

/** Top-level `github.*` and `runner.*` values the platform fixes (anything else under `github` is outsider-influenced). */
const FIXED_CONTEXTS = new Set([
  'github.action_path',
  'github.event_name',
  'github.event_path',
  'github.job',
  'github.repository',
  'github.repository_id',
  'github.repository_owner',
  'github.repository_owner_id',
  'github.repositoryurl',
  'github.run_attempt',
  'github.run_id',
  'github.run_number',
  'github.server_url',
  'github.api_url',
  'github.graphql_url',
  'github.sha',
  'github.token',
  'github.workspace',
  'github.retention_days',
  'github.event.after',
  'github.event.before',
  'github.event.number',
  'runner.arch',
  'runner.debug',
  'runner.os',
  'runner.temp',
  'runner.tool_cache',
  'runner.environment',
]);

/** Payload fields whose values the platform fixes, by their last segment. */
const FIXED_FIELDS =
  /^(id|number|size|comments|commits|additions|deletions|changed_files|review_comments|run_attempt|run_number|workflow_id|check_suite_id|installation_id|repository_id|discussion_id|parent_id|pull_request_id|total_count|forks|forks_count|stargazers_count|watchers|watchers_count|open_issues|open_issues_count|deleted|site_admin|locked|draft|merged|mergeable|rebaseable|private|fork|archived|disabled|default|protected|is_template|is_answerable|maintainer_can_modify|author_association|state|status|conclusion|type|[+-]1|confused|eyes|heart|hooray|laugh|rocket|visibility|active|created|forced|sha)$|_at$|_sha$|^has_|^is_|^allow_|^delete_branch_on_merge$|^web_commit_signoff_required$/;

/** Outsider-controlled payload fields whose text a template pastes as is (GitHub Security Lab's list). */
const UNTRUSTED_PATHS: readonly string[][] = [
  'github.head_ref',
  'github.event.issue.title',
  'github.event.issue.body',
  'github.event.pull_request.title',
  'github.event.pull_request.body',
  'github.event.pull_request.head.ref',
  'github.event.pull_request.head.label',
  'github.event.pull_request.head.repo.default_branch',
  'github.event.pull_request.head.repo.description',
  'github.event.pull_request.head.repo.homepage',
  'github.event.comment.body',
  'github.event.review.body',
  'github.event.review_comment.body',
  'github.event.discussion.title',
  'github.event.discussion.body',
  'github.event.pages.*.page_name',
  'github.event.commits.*.message',
  'github.event.commits.*.author.name',
  'github.event.commits.*.author.email',
  'github.event.commits.*.committer.name',
  'github.event.commits.*.committer.email',
  'github.event.head_commit.message',
  'github.event.head_commit.author.name',
  'github.event.head_commit.author.email',
  'github.event.head_commit.committer.name',
  'github.event.head_commit.committer.email',
  'github.event.workflow_run.head_branch',
  'github.event.workflow_run.display_title',
  'github.event.workflow_run.head_commit.message',
  'github.event.workflow_run.head_commit.author.name',
  'github.event.workflow_run.head_commit.author.email',
  'github.event.workflow_run.pull_requests.*.head.ref',
  'github.event.merge_group.head_commit.message',
  'github.event.check_suite.head_branch',
  'github.event.check_run.check_suite.head_branch',
].map((path) => path.split('.'));

/**
 * The capability of a lower-case context pattern under `github` or `runner`; undefined for
 * other contexts (their audits decide) and for `github` paths no payload schema lists.
 */
export function githubCapability(pattern: string): Capability | undefined {
  if (FIXED_CONTEXTS.has(pattern)) return 'fixed';
  if (!pattern.startsWith('github.event.')) return pattern.startsWith('runner.') ? 'fixed' : undefined;
  const last = pattern.slice(pattern.lastIndexOf('.') + 1);
  if (pattern.split('.').length <= 3) return undefined;
  if (last === 'node_id' || last === 'gravatar_id') return 'arbitrary';
  if (FIXED_FIELDS.test(last)) return 'fixed';
  if (last === 'url' || last.endsWith('_url')) return 'structured';
  return 'arbitrary';
}

/** The untrusted path an expression reads, also when it reads a whole object holding one (`toJSON(github.event)`). */
export function untrustedContext(expression: string): string | undefined {
  for (const path of contextPaths(expression)) {
    const hit = UNTRUSTED_PATHS.some((untrusted) => path.length <= untrusted.length && path.every((seg, i) => untrusted[i] === '*' || seg === '*' || seg === untrusted[i]));
    if (hit) return path.join('.');
  }
  return undefined;
}

// Not `secrets.github_pat` nor `steps.github.outputs`: the context must stand alone. An index
// holds no `[`: an unclosed one then costs up to the next `[`, not a scan to the end of the
// expression from each `github[` (a long expression of them took minutes).
const CONTEXT_PATH = /(?<![\w.-])github(?![\w-])(?:\.[A-Za-z_][\w-]*|\.\*|\[[^\][]*\])*/gi;

/** `github.event['pull_request'].commits[0]` → ['github','event','pull_request','commits','*']. */
function contextPaths(expression: string): string[][] {
  const paths: string[][] = [];
  for (const match of expression.matchAll(CONTEXT_PATH)) {
    const normalised = match[0]
      .toLowerCase()
      .replace(/\[\s*['"]([^'"\]]+)['"]\s*\]/g, '.$1')
      .replace(/\[[^\]]*\]/g, '.*');
    paths.push(normalised.split('.'));
  }
  return paths;
}
