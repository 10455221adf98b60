// Variables a secret bundle must not export to later steps: each one changes how
// a later program loads code, trusts TLS, routes traffic or runs hooks, so a
// bundle holding one (by mistake, or written by someone who should not decide
// that) would take over every step after sync. Matching ignores case: Windows
// and several tools (proxies, npm) read either spelling. The values still go to
// the .env and console-secrets.json files; `allow-env-names` exports a name anyway.
// Sources: ld.so(8), dyld(1), node(1), python(1), perlrun(1), ruby(1), the JDK's
// launcher and JVMTI docs, .NET's startup hooks and profiling docs, git(1) and
// git-config(1), curl(1), OpenSSL's config(5), bash(1), npm-config(7), pip's
// configuration docs, and GitHub's runner (which owns GITHUB_*, RUNNER_*, ...).

export interface DenyFamily {
  /** Shown after a refused name: what a value could do to later steps. */
  reason: string;
  /** Exact names, upper case. */
  names?: readonly string[];
  /** Name prefixes, upper case. */
  prefixes?: readonly string[];
  /** Name suffixes, upper case. */
  suffixes?: readonly string[];
}

export const ENV_DENY_LIST: readonly DenyFamily[] = [
  {
    reason: 'the dynamic loader: loads a library into every program',
    prefixes: ['LD_', 'DYLD_'],
    names: ['GLIBC_TUNABLES', 'GCONV_PATH', 'LOCPATH', 'NLSPATH'],
  },
  {
    reason: 'Node.js: loads code, or changes which certificates it trusts',
    names: [
      'NODE_OPTIONS', 'NODE_PATH', 'NODE_EXTRA_CA_CERTS', 'NODE_TLS_REJECT_UNAUTHORIZED', 'NODE_USE_ENV_PROXY', 'NODE_USE_SYSTEM_CA',
      'NODE_REPL_EXTERNAL_MODULE', 'NODE_COMPILE_CACHE', 'NODE_ICU_DATA', 'ELECTRON_RUN_AS_NODE', 'BUN_OPTIONS', 'DENO_CERT', 'DENO_TLS_CA_STORE',
    ],
  },
  {
    reason: 'Python: loads code (startup scripts, module paths, warning filters that import)',
    prefixes: ['PYTHON'],
  },
  {
    reason: 'Perl: loads modules or adds options to every perl',
    names: ['PERL5LIB', 'PERLLIB', 'PERL5OPT', 'PERL5DB', 'PERL_MB_OPT', 'PERL_MM_OPT'],
  },
  {
    reason: 'Ruby: loads code or gems',
    names: ['RUBYOPT', 'RUBYLIB', 'GEM_HOME', 'GEM_PATH', 'BUNDLE_GEMFILE'],
  },
  {
    reason: 'the JVM and its build tools: agents and options added to every java',
    names: ['JAVA_TOOL_OPTIONS', '_JAVA_OPTIONS', 'JDK_JAVA_OPTIONS', 'JAVA_OPTS', 'JAVA_HOME', 'CLASSPATH', 'MAVEN_OPTS', 'MAVEN_ARGS', 'GRADLE_OPTS', 'GRADLE_USER_HOME', 'SBT_OPTS', 'ANT_OPTS'],
  },
  {
    reason: '.NET: startup hooks, profilers and runtime settings load code',
    prefixes: ['DOTNET_', 'CORECLR_', 'COR_', 'COMPLUS_'],
  },
  {
    reason: 'git: configuration (hooks, fsmonitor, ssh and credential commands), programs it runs, or TLS checks',
    prefixes: ['GIT_CONFIG', 'GIT_SSH', 'GIT_SSL_', 'GIT_TRACE'],
    names: [
      'GIT_ASKPASS', 'SSH_ASKPASS', 'GIT_EXEC_PATH', 'GIT_PROXY_COMMAND', 'GIT_EDITOR', 'GIT_SEQUENCE_EDITOR', 'GIT_PAGER', 'GIT_EXTERNAL_DIFF',
      'GIT_DIR', 'GIT_WORK_TREE', 'GIT_TEMPLATE_DIR', 'GIT_INDEX_FILE', 'GIT_OBJECT_DIRECTORY', 'GIT_ALTERNATE_OBJECT_DIRECTORIES',
      'GIT_CEILING_DIRECTORIES', 'GIT_ALLOW_PROTOCOL', 'GIT_PROTOCOL_FROM_USER', 'SSH_AUTH_SOCK',
    ],
  },
  {
    reason: 'TLS trust: which certificates programs accept',
    prefixes: ['OPENSSL_'],
    names: ['SSL_CERT_FILE', 'SSL_CERT_DIR', 'SSLKEYLOGFILE', 'CURL_CA_BUNDLE', 'CURL_HOME', 'REQUESTS_CA_BUNDLE', 'AWS_CA_BUNDLE', 'NIX_SSL_CERT_FILE', 'WGETRC'],
  },
  {
    reason: 'proxies and name resolution: where network traffic goes',
    suffixes: ['_PROXY'],
    names: ['HOSTALIASES', 'RES_OPTIONS', 'LOCALDOMAIN'],
  },
  {
    reason: 'the shell: startup files, prompts and parsing that run commands',
    prefixes: ['BASH_FUNC_'],
    names: ['BASH_ENV', 'ENV', 'PROMPT_COMMAND', 'PS0', 'PS1', 'PS4', 'SHELLOPTS', 'BASHOPTS', 'IFS', 'CDPATH', 'GLOBIGNORE', 'BASH_XTRACEFD', 'BASH_LOADABLES_PATH', 'ZDOTDIR', 'INPUTRC', 'SHELL'],
  },
  {
    reason: 'search paths and home folders: which programs and configuration files are found',
    prefixes: ['XDG_'],
    names: ['PATH', 'HOME', 'GNUPGHOME', 'TMPDIR', 'TMP', 'TEMP', 'MANPATH', 'PKG_CONFIG_PATH', 'CPATH', 'LIBRARY_PATH', 'C_INCLUDE_PATH', 'CPLUS_INCLUDE_PATH'],
  },
  {
    reason: 'programs other tools start (editors, pagers, browsers, compilers)',
    names: ['EDITOR', 'VISUAL', 'PAGER', 'MANPAGER', 'BROWSER', 'LESSOPEN', 'LESSCLOSE', 'GH_EDITOR', 'GH_PAGER', 'GH_BROWSER', 'CC', 'CXX', 'CPP', 'LD', 'AR', 'AS', 'CFLAGS', 'CXXFLAGS', 'CPPFLAGS', 'LDFLAGS', 'MAKEFLAGS', 'MFLAGS'],
  },
  {
    reason: 'package managers: registries, configuration files and scripts they run',
    prefixes: ['NPM_CONFIG_', 'YARN_', 'PIP_', 'UV_INDEX', 'COREPACK_', 'POETRY_REPOSITORIES_', 'CGO_'],
    names: [
      'UV_EXTRA_INDEX_URL', 'UV_DEFAULT_INDEX', 'BUN_CONFIG_REGISTRY', 'COMPOSER_HOME', 'GOFLAGS', 'GOPROXY', 'GOSUMDB', 'GONOSUMDB', 'GONOSUMCHECK',
      'GOINSECURE', 'GONOPROXY', 'GOPRIVATE', 'GOTOOLCHAIN', 'GOROOT', 'GOPATH', 'GOENV', 'RUSTFLAGS', 'RUSTDOCFLAGS', 'RUSTC', 'RUSTC_WRAPPER',
      'RUSTC_WORKSPACE_WRAPPER', 'RUSTDOC', 'CARGO_HOME', 'CARGO_BUILD_RUSTC', 'CARGO_BUILD_RUSTC_WRAPPER', 'CARGO_BUILD_RUSTFLAGS', 'RUSTUP_HOME',
      'RUSTUP_TOOLCHAIN', 'RUSTUP_DIST_SERVER', 'RUSTUP_UPDATE_ROOT',
    ],
  },
  {
    reason: 'container and cloud tools: which daemon, cluster or endpoint they talk to, and helper commands they run',
    prefixes: ['AWS_ENDPOINT_URL'],
    names: ['DOCKER_HOST', 'DOCKER_CONTEXT', 'DOCKER_CONFIG', 'DOCKER_CERT_PATH', 'DOCKER_TLS_VERIFY', 'BUILDKIT_HOST', 'KUBECONFIG', 'AWS_CONFIG_FILE', 'AWS_SHARED_CREDENTIALS_FILE', 'GH_HOST', 'GH_CONFIG_DIR'],
  },
  {
    reason: 'debuggers and sanitizers: programs they start',
    prefixes: ['ASAN_', 'UBSAN_', 'LSAN_', 'MSAN_', 'TSAN_'],
  },
  {
    reason: 'the runner: names it owns (inputs, state, the job token, its own settings)',
    prefixes: ['GITHUB_', 'RUNNER_', 'ACTIONS_', 'INPUT_', 'STATE_'],
    names: ['CI'],
  },
];

/** The family that forbids exporting `name` (any case), or undefined. */
export function deniedEnvName(name: string): DenyFamily | undefined {
  const upper = name.toUpperCase();
  return ENV_DENY_LIST.find(
    (family) =>
      (family.names ?? []).includes(upper) ||
      (family.prefixes ?? []).some((prefix) => upper.startsWith(prefix)) ||
      (family.suffixes ?? []).some((suffix) => upper.endsWith(suffix)),
  );
}

/** True for names a secret bundle must never set in the environment of later steps. */
export function isReservedName(name: string): boolean {
  return deniedEnvName(name) !== undefined;
}
