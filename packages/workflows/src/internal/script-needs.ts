import type { PermissionLevel } from '../model';
import { withoutExpressions } from './expression-spans';
import type { ScopeNeeds } from './knowledge-base';

/** What a script needs from the token, and whether it also does things we cannot grade. */
export interface ScriptNeeds {
  needs: Record<string, PermissionLevel>;
  /** A reason when the script uses the token in a way the knowledge base cannot grade (e.g. `gh api`). */
  unknown?: string;
}

function add(into: Record<string, PermissionLevel>, needs: ScopeNeeds): void {
  for (const [scope, level] of Object.entries(needs)) {
    if (into[scope] !== 'write') into[scope] = level;
  }
}

const READ_VERBS = /^(view|list|status|diff|checks|download|watch|checkout)$/;

/** `gh <group> <verb>` → scope; the verb decides read or write. */
const GH_GROUPS: Readonly<Record<string, string>> = {
  pr: 'pull-requests',
  issue: 'issues',
  release: 'contents',
  run: 'actions',
  workflow: 'actions',
  cache: 'actions',
  label: 'issues',
};

const GH_COMMAND = /(?:^|[\s;&|(`$])gh\s+([a-z-]+)(?:\s+([a-z-]+))?/gm;

/**
 * Permissions a shell script needs from the token in GH_TOKEN: `gh pr comment`,
 * `gh release create`... `git push` is graded by the caller (it depends on checkout).
 */
export function ghCliNeeds(script: string): ScriptNeeds {
  const result: ScriptNeeds = { needs: {} };
  if (!script.includes('gh ')) return result;
  for (const match of script.matchAll(GH_COMMAND)) {
    const [, group, verb = ''] = match;
    if (group === 'api' || group === 'graphql') {
      result.unknown = '`gh api` calls';
      continue;
    }
    const scope = GH_GROUPS[group];
    if (scope === undefined) continue;
    const level: PermissionLevel = READ_VERBS.test(verb) ? 'read' : 'write';
    add(result.needs, { [scope]: level });
    if (group === 'pr' && verb === 'merge') add(result.needs, { contents: 'write' });
  }
  return result;
}

/** Octokit namespaces (`github.rest.<ns>.<method>`) → the scope their endpoints need. */
const OCTOKIT_SCOPES: Readonly<Record<string, string | null>> = {
  issues: 'issues',
  pulls: 'pull-requests',
  repos: 'contents',
  git: 'contents',
  checks: 'checks',
  actions: 'actions',
  reactions: 'issues',
  projects: 'repository-projects',
  packages: 'packages',
  codeScanning: 'security-events',
  dependabot: 'vulnerability-alerts',
  search: null,
  users: null,
  orgs: null,
  teams: null,
  meta: null,
  rateLimit: null,
  apps: null,
};

/** `repos` methods that need another scope than contents. */
const REPOS_METHOD_SCOPES: ReadonlyArray<[RegExp, string]> = [
  [/CommitStatus|StatusForRef|Statuses/i, 'statuses'],
  [/Deployment/i, 'deployments'],
  [/Pages/i, 'pages'],
];

// Also matches the method passed to `github.paginate(github.rest.issues.listComments, ...)`.
const OCTOKIT_CALL = /\bgithub\.(?:rest\.)?([a-zA-Z]+)\.([a-zA-Z]+)\b(?!\.)/g;
const READ_METHOD = /^(get|list|check|compare|download|search)/;

/** Permissions an `actions/github-script` script needs from its token. */
export function githubScriptNeeds(script: string): ScriptNeeds {
  const result: ScriptNeeds = { needs: {} };
  if (/\bcore\.getIDToken\s*\(/.test(script)) add(result.needs, { 'id-token': 'write' });
  // `${{ github.event.x }}` inside the script is an expression, not an Octokit call.
  const code = withoutExpressions(script);
  if (/\bgithub\.(graphql|request)\s*\(/.test(code)) result.unknown = '`github.graphql`/`github.request` calls';
  for (const match of code.matchAll(OCTOKIT_CALL)) {
    const [, namespace, method] = match;
    let scope = Object.hasOwn(OCTOKIT_SCOPES, namespace) ? OCTOKIT_SCOPES[namespace] : undefined;
    if (scope === undefined || scope === null) continue;
    if (namespace === 'repos') scope = REPOS_METHOD_SCOPES.find(([re]) => re.test(method))?.[1] ?? scope;
    add(result.needs, { [scope]: READ_METHOD.test(method) ? 'read' : 'write' });
  }
  return result;
}
