import type { PermissionLevel } from '../model';

/**
 * What widely used actions need from the job's GITHUB_TOKEN, each from the permissions its own
 * README or action.yml documents (`source`: where). Chosen from the actions most used on GitHub and
 * in the real-world corpus. An action not listed is unknown: the job it runs in is "not fully known".
 * `{}` means the action does not use the job token beyond reading public data (tool downloads,
 * release lookups), which any token may do.
 */
export type ScopeNeeds = Readonly<Record<string, PermissionLevel>>;
/** `unknown`: what the step needs depends on what it does with the token (a script input...). */
export type StepNeeds = ScopeNeeds | 'unknown';
/** A step's `with:` inputs by name, for conditions such as "OIDC when no key is given". */
export type StepInputs = ReadonlyMap<string, string>;

export interface KnownAction {
  /** Lower-case `owner/repo[/path]`; a trailing `/*` matches every path and the bare repository. */
  action: string;
  needs: ScopeNeeds | ((inputs: StepInputs) => StepNeeds);
  /** Where the needs are documented. */
  source: string;
}

export const NONE: ScopeNeeds = {};
export const OIDC: ScopeNeeds = { 'id-token': 'write' };
const READ: ScopeNeeds = { contents: 'read' };
const RELEASE: ScopeNeeds = { contents: 'write' };
const COMMENT: ScopeNeeds = { issues: 'write', 'pull-requests': 'write' };

const GITHUB_TOKEN = /\b(github\.token|secrets\.github_token)\b/i;

/** True when a string hands the job's own token over (`${{ github.token }}`, `${{ secrets.GITHUB_TOKEN }}`). */
export function mentionsGithubToken(value: string): boolean {
  return GITHUB_TOKEN.test(value);
}

/** lock-threads' `process-only: 'issues, prs'`; all three kinds when empty. */
function threadScopes(processOnly = ''): ScopeNeeds {
  const kinds = processOnly.split(/[\s,]+/).filter((k) => k !== '');
  const all = kinds.length === 0;
  const out: Record<string, PermissionLevel> = {};
  if (all || kinds.includes('issues')) out.issues = 'write';
  if (all || kinds.includes('prs')) out['pull-requests'] = 'write';
  if (all || kinds.includes('discussions')) out.discussions = 'write';
  return out;
}

const on = (w: StepInputs, key: string): boolean => (w.get(key) ?? '').toLowerCase() === 'true';
const gh = (repo: string): string => `https://github.com/${repo}`;

/** Installs a tool, a language or a cache; any token only reads public releases. */
function setup(action: string): KnownAction {
  return { action, needs: NONE, source: `${gh(repoOf(action))} action.yml (token only to read public releases, if any)` };
}

/** Needs neither token nor scope: works on the workspace or with credentials of another service. */
function tokenless(action: string): KnownAction {
  return { action, needs: NONE, source: `${gh(repoOf(action))} action.yml (no GitHub token used)` };
}

/** Needs the permissions its README asks the workflow to grant (conditions: the inputs that change them). */
function documented(action: string, needs: KnownAction['needs']): KnownAction {
  return { action, needs, source: `${gh(repoOf(action))} README (permissions it asks for)` };
}

function repoOf(action: string): string {
  return action.replace(/\/\*$/, '').split('/').slice(0, 2).join('/');
}

export const KNOWN_ACTIONS: readonly KnownAction[] = [
  // actions/*
  documented('actions/checkout', READ),
  setup('actions/setup-node'),
  setup('actions/setup-python'),
  setup('actions/setup-go'),
  setup('actions/setup-java'),
  setup('actions/setup-dotnet'),
  tokenless('actions/cache/*'),
  tokenless('actions/upload-artifact/*'),
  // Downloading from another run goes through the API with the token.
  documented('actions/download-artifact', (w) => (w.has('run-id') ? { actions: 'read' } : NONE)),
  tokenless('actions/upload-pages-artifact'),
  tokenless('actions/jekyll-build-pages'),
  documented('actions/configure-pages', { pages: 'read' }),
  documented('actions/deploy-pages', { pages: 'write', 'id-token': 'write' }),
  documented('actions/attest-build-provenance', { 'id-token': 'write', attestations: 'write' }),
  documented('actions/attest-sbom', { 'id-token': 'write', attestations: 'write' }),
  documented('actions/attest', { 'id-token': 'write', attestations: 'write' }),
  tokenless('actions/create-github-app-token'),
  documented('actions/labeler', { contents: 'read', 'pull-requests': 'write' }),
  // delete-branch deletes the stale pull request's branch.
  documented('actions/stale', (w) => (on(w, 'delete-branch') ? { ...COMMENT, contents: 'write' } : COMMENT)),
  documented('actions/first-interaction', COMMENT),
  documented('actions/dependency-review-action', (w): ScopeNeeds => (w.get('comment-summary-in-pr') ? { contents: 'read', 'pull-requests': 'write' } : READ)),
  documented('actions/create-release', RELEASE),
  documented('actions/upload-release-asset', RELEASE),
  documented('actions/delete-package-versions', { packages: 'write' }),
  documented('actions/publish-immutable-action', { contents: 'read', packages: 'write', 'id-token': 'write' }),
  documented('actions/go-dependency-submission', RELEASE),
  documented('actions/ai-inference', { models: 'read' }),
  // Projects (v2) cannot be reached with the job token: the action takes a PAT or an app token.
  { action: 'actions/add-to-project', needs: NONE, source: `${gh('actions/add-to-project')} README (github-token must be a PAT or app token)` },
  // github/*
  tokenless('github/codeql-action/init'),
  tokenless('github/codeql-action/autobuild'),
  tokenless('github/codeql-action/resolve-environment'),
  documented('github/codeql-action/analyze', { 'security-events': 'write' }),
  documented('github/codeql-action/upload-sarif', { 'security-events': 'write' }),
  documented('github/issue-labeler', { contents: 'read', issues: 'write' }),
  documented('github/super-linter/*', { contents: 'read', packages: 'read', statuses: 'write' }),
  documented('super-linter/super-linter/*', { contents: 'read', packages: 'read', statuses: 'write' }),
  // Scorecard publishes its results with an OIDC token.
  documented('ossf/scorecard-action', (w) => (w.get('publish_results') === 'true' ? OIDC : NONE)),
  // Pull requests, comments, labels, releases
  documented('peter-evans/create-pull-request', { contents: 'write', 'pull-requests': 'write' }),
  documented('peter-evans/create-or-update-comment', COMMENT),
  documented('peter-evans/find-comment', { issues: 'read', 'pull-requests': 'read' }),
  // A repository_dispatch to this repository with the job token needs contents: write.
  documented('peter-evans/repository-dispatch', RELEASE),
  documented('peter-evans/create-issue-from-file', { issues: 'write' }),
  documented('peter-evans/enable-pull-request-automerge', { contents: 'write', 'pull-requests': 'write' }),
  documented('peter-evans/close-issue', { issues: 'write' }),
  documented('peter-evans/close-pull', { 'pull-requests': 'write' }),
  tokenless('peter-evans/dockerhub-description'),
  documented('marocchino/sticky-pull-request-comment', { 'pull-requests': 'write' }),
  documented('thollander/actions-comment-pull-request', { 'pull-requests': 'write' }),
  documented('mshick/add-pr-comment', COMMENT),
  documented('actions-ecosystem/action-add-labels', COMMENT),
  documented('actions-ecosystem/action-remove-labels', COMMENT),
  documented('actions-ecosystem/action-create-comment', COMMENT),
  tokenless('actions-ecosystem/action-get-latest-tag'),
  documented('andymckay/labeler', COMMENT),
  documented('dessant/lock-threads', (w) => threadScopes(w.get('process-only'))),
  documented('dessant/label-actions', { contents: 'read', issues: 'write', 'pull-requests': 'write', discussions: 'write' }),
  documented('hmarr/auto-approve-action', { 'pull-requests': 'write' }),
  documented('pascalgn/automerge-action', { contents: 'write', 'pull-requests': 'write' }),
  documented('fastify/github-action-merge-dependabot', { contents: 'write', 'pull-requests': 'write' }),
  documented('dependabot/fetch-metadata', { 'pull-requests': 'read' }),
  documented('tibdex/backport', { contents: 'write', 'pull-requests': 'write' }),
  documented('korthout/backport-action', { contents: 'write', 'pull-requests': 'write' }),
  documented('kentaro-m/auto-assign-action', { 'pull-requests': 'write' }),
  documented('hkusu/review-assign-action', { 'pull-requests': 'write' }),
  documented('actions-cool/issues-helper', COMMENT),
  documented('jasonetco/create-an-issue', { contents: 'read', issues: 'write' }),
  documented('imjohnbo/issue-bot', { issues: 'write' }),
  documented('codelytv/pr-size-labeler', COMMENT),
  documented('eps1lon/actions-label-merge-conflict', COMMENT),
  documented('endbug/label-sync', { issues: 'write' }),
  documented('micnncim/action-label-syncer', { issues: 'write' }),
  documented('crazy-max/ghaction-github-labeler', { issues: 'write' }),
  documented('amannn/action-semantic-pull-request', { 'pull-requests': 'read' }),
  documented('wagoid/commitlint-github-action', { contents: 'read', 'pull-requests': 'read' }),
  documented('dorny/paths-filter', { contents: 'read', 'pull-requests': 'read' }),
  documented('tj-actions/changed-files', { 'pull-requests': 'read' }),
  documented('preactjs/compressed-size-action', { 'pull-requests': 'write' }),
  documented('softprops/action-gh-release', (w) => (w.has('discussion_category_name') ? { contents: 'write', discussions: 'write' } : RELEASE)),
  documented('ncipollo/release-action', RELEASE),
  // The autolabeler alone writes labels; drafting a release writes contents.
  documented('release-drafter/release-drafter', (w): ScopeNeeds => (on(w, 'disable-releaser') ? { 'pull-requests': 'write' } : { contents: 'write', 'pull-requests': 'read' })),
  documented('googleapis/release-please-action', { contents: 'write', 'pull-requests': 'write', issues: 'write' }),
  documented('google-github-actions/release-please-action', { contents: 'write', 'pull-requests': 'write', issues: 'write' }),
  documented('changesets/action', { contents: 'write', 'pull-requests': 'write' }),
  documented('svenstaro/upload-release-action', RELEASE),
  documented('marvinpinto/action-automatic-releases', RELEASE),
  documented('rymndhng/release-on-push-action', RELEASE),
  documented('xresloader/upload-to-github-release', RELEASE),
  documented('mathieudutour/github-tag-action', RELEASE),
  documented('anothrnick/github-tag-action', RELEASE),
  documented('tripss/conventional-changelog-action', RELEASE),
  documented('cycjimmy/semantic-release-action', { contents: 'write', issues: 'write', 'pull-requests': 'write' }),
  documented('mikepenz/release-changelog-builder-action', { contents: 'read', 'pull-requests': 'read' }),
  // A snapshot or a build publishes nothing.
  documented('goreleaser/goreleaser-action', (w) => (/--snapshot|^\s*(build|check|healthcheck)\b/.test(w.get('args') ?? 'release') ? NONE : RELEASE)),
  documented('taiki-e/upload-rust-binary-action', RELEASE),
  documented('taiki-e/create-gh-release-action', RELEASE),
  documented('helm/chart-releaser-action', RELEASE),
  // Commits and pushes with the checkout credentials or the given token.
  documented('stefanzweifel/git-auto-commit-action', RELEASE),
  documented('endbug/add-and-commit', RELEASE),
  documented('ad-m/github-push-action', RELEASE),
  documented('jamesives/github-pages-deploy-action', RELEASE),
  documented('peaceiris/actions-gh-pages', (w) => (w.has('deploy_key') || w.has('personal_token') ? NONE : RELEASE)),
  documented('crazy-max/ghaction-github-pages', RELEASE),
  documented('benchmark-action/github-action-benchmark', (w) => (on(w, 'auto-push') || on(w, 'comment-on-alert') || on(w, 'comment-always') ? RELEASE : NONE)),
  // Checks and test reports
  documented('dorny/test-reporter', { contents: 'read', actions: 'read', checks: 'write' }),
  documented('enricomi/publish-unit-test-result-action/*', { checks: 'write', 'pull-requests': 'write', contents: 'read', issues: 'read' }),
  documented('mikepenz/action-junit-report', { checks: 'write' }),
  documented('actions-rs/clippy-check', { checks: 'write' }),
  documented('rustsec/audit-check', { contents: 'read', checks: 'write' }),
  documented('golangci/golangci-lint-action', { contents: 'read', 'pull-requests': 'read' }),
  // Workflow runs and caches
  documented('styfle/cancel-workflow-action', { actions: 'write' }),
  documented('andymckay/cancel-action', { actions: 'write' }),
  documented('softprops/turnstyle', { actions: 'read' }),
  documented('dawidd6/action-download-artifact', { actions: 'read' }),
  documented('benc-uk/workflow-dispatch', { actions: 'write' }),
  documented('aurelien-baudet/workflow-dispatch', { actions: 'write' }),
  documented('myalbum/purge-cache', { actions: 'write' }),
  documented('nrwl/nx-set-shas', { actions: 'read' }),
  documented('zizmorcore/zizmor-action', (w): ScopeNeeds => ((w.get('advanced-security') ?? '').toLowerCase() === 'false' ? READ : { contents: 'read', actions: 'read', 'security-events': 'write' })),
  // Registries and clouds: OIDC when federated, their own credentials otherwise.
  tokenless('docker/setup-buildx-action'),
  tokenless('docker/setup-qemu-action'),
  tokenless('docker/setup-docker-action'),
  tokenless('docker/setup-compose-action'),
  tokenless('docker/metadata-action'),
  tokenless('docker/build-push-action'),
  tokenless('docker/bake-action/*'),
  // Pushing to ghcr.io with the job's own token needs packages: write; other registries use their own secrets.
  documented('docker/login-action', (w) => ((w.get('registry') ?? '').startsWith('ghcr.io') && mentionsGithubToken(w.get('password') ?? '') ? { packages: 'write' } : NONE)),
  tokenless('redhat-actions/buildah-build'),
  tokenless('redhat-actions/push-to-registry'),
  tokenless('redhat-actions/podman-login'),
  documented('aws-actions/configure-aws-credentials', (w) => (w.has('role-to-assume') && !w.has('aws-access-key-id') && !w.has('web-identity-token-file') ? OIDC : NONE)),
  tokenless('aws-actions/amazon-ecr-login'),
  tokenless('aws-actions/amazon-ecs-deploy-task-definition'),
  tokenless('aws-actions/amazon-ecs-render-task-definition'),
  documented('google-github-actions/auth', (w) => (w.has('workload_identity_provider') && !w.has('credentials_json') ? OIDC : NONE)),
  setup('google-github-actions/setup-gcloud'),
  tokenless('google-github-actions/deploy-cloudrun'),
  tokenless('google-github-actions/get-gke-credentials'),
  tokenless('google-github-actions/upload-cloud-storage'),
  documented('azure/login', (w) => (w.has('client-id') && !w.has('creds') ? OIDC : NONE)),
  tokenless('azure/webapps-deploy'),
  tokenless('azure/docker-login'),
  tokenless('azure/k8s-deploy'),
  tokenless('azure/k8s-set-context'),
  tokenless('azure/aks-set-context'),
  tokenless('azure/arm-deploy'),
  tokenless('azure/functions-action'),
  tokenless('azure/artifact-signing-action'),
  setup('azure/setup-kubectl'),
  setup('azure/setup-helm'),
  documented('hashicorp/vault-action', (w) => ((w.get('method') ?? '').toLowerCase() === 'jwt' && !w.has('jwtPrivateKey') ? OIDC : NONE)),
  documented('pypa/gh-action-pypi-publish', (w) => (w.has('password') ? NONE : OIDC)),
  documented('rust-lang/crates-io-auth-action', OIDC),
  documented('sigstore/gh-action-sigstore-python', OIDC),
  setup('sigstore/cosign-installer'),
  documented('depot/build-push-action', (w) => (w.has('token') ? NONE : OIDC)),
  documented('depot/bake-action', (w) => (w.has('token') ? NONE : OIDC)),
  setup('depot/setup-action'),
  documented('codecov/codecov-action', (w) => (on(w, 'use_oidc') ? OIDC : NONE)),
  tokenless('codecov/test-results-action'),
  tokenless('coverallsapp/github-action'),
  documented('pulumi/actions', (w) => (on(w, 'comment-on-pr') ? { 'pull-requests': 'write' } : NONE)),
  documented('cloudflare/wrangler-action', (w) => (w.has('githubToken') ? { deployments: 'write' } : NONE)),
  documented('firebaseextended/action-hosting-deploy', (w): ScopeNeeds => (w.has('repoToken') ? { checks: 'write', contents: 'read', 'pull-requests': 'write' } : NONE)),
  documented('azure/static-web-apps-deploy', (w) => (w.has('repo_token') ? { 'pull-requests': 'write' } : NONE)),
  // Languages, toolchains and caches
  setup('dtolnay/rust-toolchain'),
  setup('actions-rs/toolchain'),
  tokenless('actions-rs/cargo'),
  setup('actions-rust-lang/setup-rust-toolchain'),
  setup('moonrepo/setup-rust'),
  setup('dsherret/rust-toolchain-file'),
  tokenless('swatinem/rust-cache'),
  setup('taiki-e/install-action'),
  setup('cargo-bins/cargo-binstall'),
  tokenless('mozilla-actions/sccache-action'),
  tokenless('hendrikmuhs/ccache-action'),
  tokenless('embarkstudios/cargo-deny-action'),
  tokenless('obi1kenobi/cargo-semver-checks-action'),
  tokenless('crate-ci/typos'),
  setup('rui314/setup-mold'),
  setup('pnpm/action-setup'),
  setup('oven-sh/setup-bun'),
  setup('denoland/setup-deno'),
  setup('astral-sh/setup-uv'),
  tokenless('astral-sh/ruff-action'),
  tokenless('chartboost/ruff-action'),
  setup('ruby/setup-ruby'),
  setup('shivammathur/setup-php'),
  setup('subosito/flutter-action'),
  setup('mlugg/setup-zig'),
  setup('goto-bus-stop/setup-zig'),
  setup('haskell-actions/setup'),
  setup('erlef/setup-beam'),
  setup('coursier/setup-action'),
  setup('sbt/setup-sbt'),
  setup('julia-actions/setup-julia'),
  tokenless('julia-actions/julia-buildpkg'),
  tokenless('julia-actions/julia-runtest'),
  setup('r-lib/actions/*'),
  setup('gradle/actions/setup-gradle'),
  tokenless('gradle/actions/wrapper-validation'),
  tokenless('gradle/wrapper-validation-action'),
  setup('gradle/gradle-build-action'),
  documented('gradle/actions/dependency-submission', RELEASE),
  setup('hashicorp/setup-terraform'),
  setup('hashicorp/setup-packer'),
  setup('terraform-linters/setup-tflint'),
  setup('helm/kind-action'),
  setup('helm/chart-testing-action'),
  setup('conda-incubator/setup-miniconda'),
  setup('mamba-org/setup-micromamba'),
  setup('prefix-dev/setup-pixi'),
  setup('snok/install-poetry'),
  setup('abatilo/actions-poetry'),
  setup('extractions/setup-just'),
  setup('jdx/mise-action'),
  setup('arduino/setup-protoc'),
  setup('bufbuild/buf-setup-action'),
  tokenless('bufbuild/buf-lint-action'),
  tokenless('bufbuild/buf-breaking-action'),
  tokenless('bufbuild/buf-push-action'),
  setup('msys2/setup-msys2'),
  setup('cygwin/cygwin-install-action'),
  setup('ilammy/msvc-dev-cmd'),
  setup('microsoft/setup-msbuild'),
  setup('nuget/setup-nuget'),
  setup('lukka/get-cmake'),
  setup('lukka/run-vcpkg'),
  setup('jwlawson/actions-setup-cmake'),
  setup('seanmiddleditch/gha-setup-ninja'),
  setup('egor-tensin/setup-gcc'),
  setup('kylemayes/install-llvm-action'),
  setup('jimver/cuda-toolkit'),
  tokenless('awalsh128/cache-apt-pkgs-action'),
  setup('ts-graphviz/setup-graphviz'),
  setup('jetli/wasm-pack-action'),
  setup('jetli/wasm-bindgen-action'),
  setup('nttld/setup-ndk'),
  setup('mymindstorm/setup-emsdk'),
  setup('android-actions/setup-android'),
  setup('maxim-lobanov/setup-xcode'),
  setup('browser-actions/setup-chrome'),
  setup('nanasess/setup-chromedriver'),
  setup('homebrew/actions/setup-homebrew'),
  setup('cachix/install-nix-action'),
  tokenless('cachix/cachix-action'),
  setup('biomejs/setup-biome'),
  setup('ko-build/setup-ko'),
  setup('slsa-framework/slsa-verifier/actions/installer'),
  setup('anchore/sbom-action/download-syft'),
  setup('aquasecurity/setup-trivy'),
  setup('lima-vm/lima-actions/setup'),
  setup('vampire/setup-wsl'),
  setup('pierotofy/set-swap-space'),
  tokenless('jlumbroso/free-disk-space'),
  tokenless('step-security/harden-runner'),
  tokenless('re-actors/alls-green'),
  // Linters, scanners and test tools that read the workspace
  tokenless('aquasecurity/trivy-action'),
  tokenless('anchore/scan-action'),
  tokenless('snyk/actions/*'),
  tokenless('bridgecrewio/checkov-action'),
  tokenless('golang/govulncheck-action'),
  tokenless('ludeeus/action-shellcheck'),
  tokenless('hadolint/hadolint-action'),
  tokenless('ibiqlik/action-yamllint'),
  tokenless('davidanson/markdownlint-cli2-action'),
  tokenless('streetsidesoftware/cspell-action'),
  tokenless('tcort/github-action-markdown-link-check'),
  setup('lycheeverse/lychee-action'),
  tokenless('dprint/check'),
  tokenless('pre-commit/action'),
  tokenless('psf/black'),
  tokenless('isort/isort-action'),
  tokenless('pypa/cibuildwheel'),
  tokenless('cypress-io/github-action'),
  tokenless('treosh/lighthouse-ci-action'),
  tokenless('bahmutov/npm-install'),
  tokenless('sonarsource/sonarqube-scan-action'),
  tokenless('sonarsource/sonarcloud-github-action'),
  tokenless('fossas/fossa-action'),
  tokenless('google/oss-fuzz/infra/cifuzz/actions/*'),
  tokenless('futureware-tech/simulator-action'),
  tokenless('mxschmitt/action-tmate'),
  // Notifications, deployments and secrets with their own credentials
  tokenless('slackapi/slack-github-action'),
  tokenless('8398a7/action-slack'),
  tokenless('rtcamp/action-slack-notify'),
  tokenless('tsickert/discord-webhook'),
  tokenless('ilshidur/action-discord'),
  tokenless('appleboy/ssh-action'),
  tokenless('appleboy/scp-action'),
  tokenless('appleboy/telegram-action'),
  tokenless('dawidd6/action-send-mail'),
  tokenless('webfactory/ssh-agent'),
  tokenless('shimataro/ssh-key-action'),
  tokenless('burnett01/rsync-deployments'),
  tokenless('easingthemes/ssh-deploy'),
  tokenless('samkirkland/ftp-deploy-action'),
  tokenless('jakejarvis/s3-sync-action'),
  tokenless('crazy-max/ghaction-import-gpg'),
  tokenless('crazy-max/ghaction-github-runtime'),
  tokenless('crazy-max/ghaction-dump-context'),
  setup('crazy-max/ghaction-setup-docker'),
  tokenless('1password/load-secrets-action'),
  tokenless('electron/github-app-auth-action'),
  tokenless('tibdex/github-app-token'),
  tokenless('christian-korneck/update-container-description-action'),
  tokenless('renovatebot/github-action'),
  tokenless('rlespinasse/github-slug-action'),
  tokenless('kkak10/pr-number-action'),
  tokenless('mikefarah/yq'),
  tokenless('paulhatch/semantic-version'),
  tokenless('withastro/action'),
  setup('peaceiris/actions-hugo'),
  setup('peaceiris/actions-mdbook'),
  tokenless('autofix-ci/action'),
];
