import type { KeyedValue, PermissionLevel, Step } from '../model';
import { actionPatternMatcher } from './action-pattern';

/**
 * What well-known actions need from the job's GITHUB_TOKEN, from their READMEs.
 * `unknown` means the needs depend on what the step does with the token
 * (the caller then treats the step as an unknown consumer).
 */
export type ScopeNeeds = Readonly<Record<string, PermissionLevel>>;
export type StepNeeds = ScopeNeeds | 'unknown';

interface ActionEntry {
  /** Lower-case `owner/repo[/path]`; a trailing `/*` matches every path and the bare repository. */
  action: string;
  needs: ScopeNeeds | ((inputs: StepInputs) => StepNeeds);
}

/** A step's `with:` inputs by name, for conditions such as "OIDC when no key is given". */
export type StepInputs = ReadonlyMap<string, string>;

const NONE: ScopeNeeds = {};
const OIDC: ScopeNeeds = { 'id-token': 'write' };

const GITHUB_TOKEN = /\b(github\.token|secrets\.github_token)\b/i;

/** True when a string hands the job's own token over (`${{ github.token }}`, `${{ secrets.GITHUB_TOKEN }}`). */
export function mentionsGithubToken(value: string): boolean {
  return GITHUB_TOKEN.test(value);
}

const ACTIONS: readonly ActionEntry[] = [
  { action: 'actions/checkout', needs: { contents: 'read' } },
  { action: 'actions/setup-node', needs: NONE },
  { action: 'actions/setup-python', needs: NONE },
  { action: 'actions/setup-go', needs: NONE },
  { action: 'actions/setup-java', needs: NONE },
  { action: 'actions/setup-dotnet', needs: NONE },
  { action: 'actions/cache/*', needs: NONE },
  { action: 'actions/upload-artifact/*', needs: NONE },
  // Downloading from another run goes through the API with the token.
  { action: 'actions/download-artifact', needs: (w) => (w.has('run-id') ? { actions: 'read' } : NONE) },
  { action: 'actions/upload-pages-artifact', needs: NONE },
  { action: 'actions/configure-pages', needs: { pages: 'read' } },
  { action: 'actions/deploy-pages', needs: { pages: 'write', 'id-token': 'write' } },
  { action: 'actions/attest-build-provenance', needs: { 'id-token': 'write', attestations: 'write' } },
  { action: 'actions/attest-sbom', needs: { 'id-token': 'write', attestations: 'write' } },
  { action: 'actions/attest', needs: { 'id-token': 'write', attestations: 'write' } },
  { action: 'actions/create-github-app-token', needs: NONE },
  { action: 'actions/labeler', needs: { contents: 'read', 'pull-requests': 'write' } },
  { action: 'actions/stale', needs: { issues: 'write', 'pull-requests': 'write' } },
  { action: 'actions/first-interaction', needs: { issues: 'write', 'pull-requests': 'write' } },
  { action: 'actions/dependency-review-action', needs: (w): ScopeNeeds => (w.get('comment-summary-in-pr') ? { contents: 'read', 'pull-requests': 'write' } : { contents: 'read' }) },
  { action: 'github/codeql-action/init', needs: NONE },
  { action: 'github/codeql-action/autobuild', needs: NONE },
  { action: 'github/codeql-action/analyze', needs: { 'security-events': 'write' } },
  { action: 'github/codeql-action/upload-sarif', needs: { 'security-events': 'write' } },
  { action: 'ossf/scorecard-action', needs: (w) => (w.get('publish_results') === 'true' ? OIDC : NONE) },
  { action: 'peter-evans/create-pull-request', needs: { contents: 'write', 'pull-requests': 'write' } },
  { action: 'peter-evans/create-or-update-comment', needs: { issues: 'write', 'pull-requests': 'write' } },
  { action: 'peter-evans/find-comment', needs: { issues: 'read', 'pull-requests': 'read' } },
  { action: 'marocchino/sticky-pull-request-comment', needs: { 'pull-requests': 'write' } },
  { action: 'thollander/actions-comment-pull-request', needs: { 'pull-requests': 'write' } },
  { action: 'softprops/action-gh-release', needs: { contents: 'write' } },
  { action: 'ncipollo/release-action', needs: { contents: 'write' } },
  { action: 'release-drafter/release-drafter', needs: { contents: 'write', 'pull-requests': 'read' } },
  { action: 'googleapis/release-please-action', needs: { contents: 'write', 'pull-requests': 'write', issues: 'write' } },
  { action: 'changesets/action', needs: { contents: 'write', 'pull-requests': 'write' } },
  { action: 'stefanzweifel/git-auto-commit-action', needs: { contents: 'write' } },
  { action: 'endbug/add-and-commit', needs: { contents: 'write' } },
  { action: 'jamesives/github-pages-deploy-action', needs: { contents: 'write' } },
  { action: 'peaceiris/actions-gh-pages', needs: { contents: 'write' } },
  { action: 'amannn/action-semantic-pull-request', needs: { 'pull-requests': 'read' } },
  { action: 'dorny/paths-filter', needs: { contents: 'read', 'pull-requests': 'read' } },
  { action: 'docker/setup-buildx-action', needs: NONE },
  { action: 'docker/setup-qemu-action', needs: NONE },
  { action: 'docker/metadata-action', needs: NONE },
  { action: 'docker/build-push-action', needs: NONE },
  { action: 'docker/bake-action', needs: NONE },
  // Pushing to ghcr.io with the job's own token needs packages: write; other registries use their own secrets.
  {
    action: 'docker/login-action',
    needs: (w) => ((w.get('registry') ?? '').startsWith('ghcr.io') && mentionsGithubToken(w.get('password') ?? '') ? { packages: 'write' } : NONE),
  },
  { action: 'aws-actions/configure-aws-credentials', needs: (w) => (w.has('role-to-assume') && !w.has('aws-access-key-id') && !w.has('web-identity-token-file') ? OIDC : NONE) },
  { action: 'google-github-actions/auth', needs: (w) => (w.has('workload_identity_provider') && !w.has('credentials_json') ? OIDC : NONE) },
  { action: 'azure/login', needs: (w) => (w.has('client-id') && !w.has('creds') ? OIDC : NONE) },
  { action: 'hashicorp/vault-action', needs: (w) => ((w.get('method') ?? '').toLowerCase() === 'jwt' && !w.has('jwtPrivateKey') ? OIDC : NONE) },
  { action: 'pypa/gh-action-pypi-publish', needs: (w) => (w.has('password') ? NONE : OIDC) },
  { action: 'sigstore/gh-action-sigstore-python', needs: OIDC },
  { action: 'sigstore/cosign-installer', needs: NONE },
  { action: 'codecov/codecov-action', needs: (w) => (w.get('use_oidc') === 'true' ? OIDC : NONE) },
  { action: 'rust-lang/crates-io-auth-action', needs: OIDC },
  { action: 'dtolnay/rust-toolchain', needs: NONE },
  { action: 'swatinem/rust-cache', needs: NONE },
  { action: 'pnpm/action-setup', needs: NONE },
  { action: 'astral-sh/setup-uv', needs: NONE },
  { action: 'oven-sh/setup-bun', needs: NONE },
  { action: 'denoland/setup-deno', needs: NONE },
  { action: 'ruby/setup-ruby', needs: NONE },
  { action: 'actions-rust-lang/setup-rust-toolchain', needs: NONE },
  { action: 'taiki-e/install-action', needs: NONE },
  { action: 'hashicorp/setup-terraform', needs: NONE },
];

// Every `uses:` step is looked up: prepare the patterns once.
const ACTION_MATCHERS = ACTIONS.map((entry) => ({ matches: actionPatternMatcher(entry.action), needs: entry.needs }));

/** This suite's own actions, by their subfolder (`org/mcp-secrets/<id>` or `./<id>` in its own repository). */
const SUITE_ACTIONS: Readonly<Record<string, (w: StepInputs) => StepNeeds>> = {
  sync: (w) => (isSuiteJwtLogin(w) ? OIDC : NONE),
  audit: () => ({ contents: 'read' }),
  'workflow-permission-check': () => ({ contents: 'read' }),
  'ops-controls': (w): ScopeNeeds => (isSuiteJwtLogin(w) ? { contents: 'read', 'id-token': 'write' } : { contents: 'read' }),
};

function isSuiteJwtLogin(w: StepInputs): boolean {
  const method = (w.get('vault-auth-method') ?? 'auto').toLowerCase();
  if (method === 'jwt') return true;
  return method === 'auto' && w.has('vault-role') && !w.has('vault-role-id') && !w.has('vault-token');
}

export function stepInputs(values: readonly KeyedValue[]): StepInputs {
  return new Map(values.map((v) => [v.key, v.value]));
}

/** Needs of a `uses:` step by its action name, or undefined when the knowledge base does not know it. */
export function knownActionNeeds(name: string, step: Step): StepNeeds | undefined {
  const suite = suiteActionId(name);
  if (suite !== undefined) return SUITE_ACTIONS[suite](stepInputs(step.with));
  const entry = ACTION_MATCHERS.find((e) => e.matches(name));
  if (entry === undefined) return undefined;
  return typeof entry.needs === 'function' ? entry.needs(stepInputs(step.with)) : entry.needs;
}

/** `./sync` in this repository, or `<owner>/mcp-secrets/sync` anywhere else. */
function suiteActionId(name: string): string | undefined {
  const id = (/^\.\/([\w-]+)$/.exec(name) ?? /^[^/]+\/mcp-secrets\/([\w-]+)$/.exec(name))?.[1];
  return id !== undefined && Object.hasOwn(SUITE_ACTIONS, id) ? id : undefined;
}
