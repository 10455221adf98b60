import type { Expression, Finding, KeyedValue, LocatedString, Step } from '../../model';
import { actionName } from '../parse-uses';
import { finding } from './rule-context';

const RULE = 'template-injection';

/**
 * Contexts an outsider controls (GitHub Security Lab's list, as zizmor uses it);
 * `*` stands for any one segment (array index or `*`).
 */
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

// Not `secrets.github_pat` nor `steps.github.outputs`: the context must stand alone. An index
// holds no `[`: an unclosed one then costs up to the next `[`, not a scan to the end of the
// expression from each `github[` (a long expression of them took minutes).
const CONTEXT_PATH = /(?<![\w.-])github(?![\w-])(?:\.[A-Za-z_][\w-]*|\.\*|\[[^\][]*\])*/g;

/** `github.event['pull_request'].commits[0]` → ['github','event','pull_request','commits','*']. */
function contextPaths(expression: string): string[][] {
  const paths: string[][] = [];
  for (const match of expression.matchAll(CONTEXT_PATH)) {
    const normalised = match[0]
      .replace(/\[\s*['"]([^'"\]]+)['"]\s*\]/g, '.$1')
      .replace(/\[[^\]]*\]/g, '.*');
    paths.push(normalised.split('.'));
  }
  return paths;
}

/** The untrusted path an expression reads, also when it reads a whole object holding one (`toJSON(github.event)`). */
export function untrustedContext(expression: string): string | undefined {
  for (const path of contextPaths(expression)) {
    const hit = UNTRUSTED_PATHS.some((untrusted) => path.length <= untrusted.length && path.every((seg, i) => untrusted[i] === '*' || seg === '*' || seg === untrusted[i]));
    if (hit) return path.join('.');
  }
  return undefined;
}

/**
 * Expressions in `run:` scripts and github-script `script:` inputs that expand
 * attacker-controlled text, directly or through an `env.X` set from it.
 * `envs` are the workflow's and job's `env:` maps, outermost first.
 */
export function templateInjection(file: string, steps: readonly Step[], envs: readonly (readonly KeyedValue[])[] = []): Finding[] {
  const out: Finding[] = [];
  // The outer maps are the same for every step: grade them once.
  const outer = taintedEnv(envs);
  for (const step of steps) {
    const tainted = taintedEnv([step.env], new Map(outer));
    if (step.run) out.push(...inScript(file, step.run, 'shell', tainted));
    const script = step.uses && actionName(step.uses) === 'actions/github-script' ? step.with.find((w) => w.key === 'script') : undefined;
    if (script) out.push(...inScript(file, script, 'js', tainted));
  }
  return out;
}

/** `env:` names whose value expands an untrusted context (inner maps override outer ones). */
function taintedEnv(envs: readonly (readonly KeyedValue[])[], tainted = new Map<string, string>()): Map<string, string> {
  for (const env of envs) {
    for (const entry of env) {
      const context = entry.expressions.map((e) => untrustedContext(e.text)).find((c) => c !== undefined);
      if (context !== undefined) tainted.set(entry.key, context);
      else tainted.delete(entry.key);
    }
  }
  return tainted;
}

const ENV_READ = /(?<![\w.-])env\.([A-Za-z_][\w-]*)/g;

function inScript(file: string, script: LocatedString, kind: 'shell' | 'js', tainted: ReadonlyMap<string, string>): Finding[] {
  return script.expressions.flatMap((expression) => {
    const context = untrustedContext(expression.text);
    if (context !== undefined) return [report(file, expression, context, kind)];
    const viaEnv = [...expression.text.matchAll(ENV_READ)].find((m) => tainted.has(m[1]));
    return viaEnv ? [report(file, expression, `env.${viaEnv[1]} (from ${tainted.get(viaEnv[1])})`, kind, viaEnv[1])] : [];
  });
}

function report(file: string, expression: Expression, context: string, kind: 'shell' | 'js', existing?: string): Finding {
  const variable = existing ?? envName(context);
  const use = kind === 'shell' ? `"$${variable}"` : `process.env.${variable}`;
  const where = kind === 'shell' ? '`run:` script' : 'github-script `script:`';
  return finding(
    RULE,
    'error',
    file,
    expression.range,
    existing === undefined
      ? `${context} is controlled by whoever opens the issue, pull request or commit, and \${{ }} pastes it into the ${where} before it runs: pass it through env: and use ${use}`
      : `${context} is controlled by whoever opens the issue, pull request or commit, and \${{ }} pastes it into the ${where} before it runs: use ${use} instead`,
    existing === undefined ? `env:\n  ${variable}: \${{ ${expression.text} }}` : undefined,
  );
}

function envName(context: string): string {
  const parts = context.split('.').filter((p) => p !== 'github' && p !== 'event' && p !== '*');
  return (parts.length > 0 ? parts.join('_') : 'GITHUB_CONTEXT').toUpperCase().replace(/[^A-Z0-9_]/g, '_');
}
