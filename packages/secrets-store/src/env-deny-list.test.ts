import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { deniedEnvName, ENV_DENY_LIST, isReservedName } from './env-deny-list';

// One row per family: names the family must refuse, whatever their case.
const FAMILIES: [string, string[]][] = [
  ['the dynamic loader', ['LD_PRELOAD', 'LD_LIBRARY_PATH', 'LD_AUDIT', 'DYLD_INSERT_LIBRARIES', 'GLIBC_TUNABLES', 'GCONV_PATH']],
  ['Node.js', ['NODE_OPTIONS', 'NODE_PATH', 'NODE_EXTRA_CA_CERTS', 'NODE_TLS_REJECT_UNAUTHORIZED', 'NODE_USE_ENV_PROXY']],
  ['Python', ['PYTHONPATH', 'PYTHONHOME', 'PYTHONSTARTUP', 'PYTHONWARNINGS', 'PYTHONUSERBASE', 'PYTHONBREAKPOINT']],
  ['Perl', ['PERL5LIB', 'PERL5OPT', 'PERLLIB', 'PERL5DB']],
  ['Ruby', ['RUBYOPT', 'RUBYLIB', 'GEM_PATH', 'BUNDLE_GEMFILE']],
  ['the JVM', ['JAVA_TOOL_OPTIONS', '_JAVA_OPTIONS', 'JDK_JAVA_OPTIONS', 'JAVA_OPTS', 'MAVEN_OPTS', 'GRADLE_OPTS', 'CLASSPATH']],
  ['.NET', ['DOTNET_STARTUP_HOOKS', 'DOTNET_ADDITIONAL_DEPS', 'CORECLR_ENABLE_PROFILING', 'CORECLR_PROFILER_PATH', 'COR_PROFILER', 'COMPlus_EnableDiagnostics']],
  ['git', ['GIT_CONFIG_COUNT', 'GIT_CONFIG_KEY_0', 'GIT_CONFIG_VALUE_0', 'GIT_CONFIG_PARAMETERS', 'GIT_CONFIG_GLOBAL', 'GIT_EXEC_PATH', 'GIT_SSH', 'GIT_SSH_COMMAND', 'GIT_ASKPASS', 'SSH_ASKPASS', 'GIT_PROXY_COMMAND', 'GIT_SSL_NO_VERIFY', 'GIT_SSL_CAINFO', 'GIT_DIR']],
  ['TLS trust', ['SSL_CERT_FILE', 'SSL_CERT_DIR', 'CURL_CA_BUNDLE', 'REQUESTS_CA_BUNDLE', 'OPENSSL_CONF', 'SSLKEYLOGFILE']],
  ['proxies', ['HTTP_PROXY', 'HTTPS_PROXY', 'ALL_PROXY', 'NO_PROXY', 'http_proxy', 'https_proxy', 'no_proxy', 'FTP_PROXY', 'GRPC_PROXY', 'HOSTALIASES']],
  ['the shell', ['BASH_ENV', 'ENV', 'PROMPT_COMMAND', 'SHELLOPTS', 'BASHOPTS', 'PS4', 'IFS', 'BASH_FUNC_ls%%', 'ZDOTDIR']],
  ['search paths', ['PATH', 'HOME', 'TMPDIR', 'XDG_CONFIG_HOME', 'GNUPGHOME']],
  ['programs other tools start', ['EDITOR', 'PAGER', 'GIT_PAGER', 'LESSOPEN', 'CC', 'LDFLAGS']],
  ['package managers', ['npm_config_registry', 'NPM_CONFIG_USERCONFIG', 'YARN_NPM_REGISTRY_SERVER', 'PIP_INDEX_URL', 'PIP_EXTRA_INDEX_URL', 'UV_INDEX_URL', 'GOFLAGS', 'GOPROXY', 'RUSTC_WRAPPER', 'CARGO_HOME', 'COREPACK_NPM_REGISTRY']],
  ['container and cloud tools', ['DOCKER_HOST', 'DOCKER_CONFIG', 'KUBECONFIG', 'AWS_CONFIG_FILE', 'AWS_ENDPOINT_URL_S3', 'GH_HOST']],
  ['debuggers and sanitizers', ['ASAN_OPTIONS', 'UBSAN_OPTIONS']],
  ['the runner', ['GITHUB_TOKEN', 'GITHUB_ENV', 'RUNNER_TEMP', 'ACTIONS_RUNTIME_TOKEN', 'INPUT_VAULT-ADDR', 'STATE_FILES', 'CI']],
];

describe('the export deny list', () => {
  test.each(FAMILIES)('refuses the names of %s, in any case, with a reason', (_family, names) => {
    for (const name of names) {
      for (const spelling of [name, name.toLowerCase(), name.toUpperCase()]) {
        expect({ spelling, reason: deniedEnvName(spelling)?.reason }).toEqual({ spelling, reason: expect.any(String) });
      }
    }
  });

  test('every family is covered by a row above', () => {
    const reasons = new Set(FAMILIES.flatMap(([, names]) => names.map((name) => deniedEnvName(name)?.reason)));
    expect(ENV_DENY_LIST.map((family) => family.reason).filter((reason) => !reasons.has(reason))).toEqual([]);
  });

  test("leaves a bundle's ordinary keys and the usual credential names alone", () => {
    for (const name of ['API_KEY', 'DATABASE_URL', 'OPENAI_API_KEY', 'NODE_AUTH_TOKEN', 'GH_TOKEN', 'AWS_ACCESS_KEY_ID', 'DOCKER_PASSWORD', 'CARGO_REGISTRY_TOKEN', 'GIT_AUTHOR_NAME', 'CORS_ORIGIN', 'MCP_SECRETS_VERSION', 'PATHS', 'ENVIRONMENT']) {
      expect({ name, denied: deniedEnvName(name) }).toEqual({ name, denied: undefined });
    }
  });

  test('isReservedName answers from the same list', () => {
    expect(isReservedName('LD_PRELOAD')).toBe(true);
    expect(isReservedName('API_KEY')).toBe(false);
  });
});

test("sync/README.md's table lists every family with its reason and every name", () => {
  const readme = readFileSync(join(__dirname, '..', '..', '..', 'sync', 'README.md'), 'utf8');
  for (const family of ENV_DENY_LIST) {
    const names = [...(family.names ?? []), ...(family.prefixes ?? []).map((p) => `${p}*`), ...(family.suffixes ?? []).map((s) => `*${s}`)];
    expect(readme).toContain(`| ${family.reason} | ${names.map((name) => `\`${name}\``).join(', ')} |`);
  }
});
