import { mkdirSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_GITLEAKS_VERSION } from '@mcp-secrets/gitleaks-engine';
import { ConfigurationError, Inputs } from '@mcp-secrets/ports';
import { removeTempDirs, tempTree } from '../../../test/support/temp-repo';
import { parse } from 'yaml';
import { readAuditOptions, type AuditInputName } from './options';

afterAll(removeTempDirs);

function read(given: Partial<Record<AuditInputName, string>>, workspace: string, env: NodeJS.ProcessEnv = {}) {
  const get = (name: string): string | undefined => given[name as AuditInputName];
  return readAuditOptions(new Inputs({ get }), get, { ...env, GITHUB_WORKSPACE: workspace });
}

function errorOf(fn: () => unknown): ConfigurationError {
  try {
    fn();
  } catch (error) {
    if (error instanceof ConfigurationError) return error;
    throw error;
  }
  throw new Error('expected a ConfigurationError');
}

describe('readAuditOptions', () => {
  test('defaults: workspace root, built-in rules, reports in the workspace, everything on', () => {
    const ws = tempTree({ 'a.txt': 'x' });
    expect(read({}, ws)).toEqual({
      workspace: ws,
      root: ws,
      repoRoot: ws,
      engine: 'builtin',
      gitleaksVersion: DEFAULT_GITLEAKS_VERSION,
      config: undefined,
      baseline: undefined,
      reportBaseline: undefined,
      ignoreFile: undefined,
      scan: 'auto',
      redactPercent: 100,
      reportPath: join(ws, 'gitleaks-report.json'),
      sarifPath: join(ws, 'gitleaks-report.sarif'),
      uploadArtifact: true,
      artifactName: 'gitleaks-report',
      failOnFindings: true,
      failOnSkipped: false,
      annotations: true,
      jobs: availableParallelism(),
    });
  });

  test('jobs: a whole number of threads (more than the cores is allowed); anything else names the input', () => {
    const ws = tempTree({ 'a.txt': 'x' });
    expect(read({ jobs: '1' }, ws).jobs).toBe(1);
    expect(read({ jobs: '12' }, ws).jobs).toBe(12);
    for (const bad of ['0', '2.5', 'auto', '-1', '257']) {
      const error = errorOf(() => read({ jobs: bad }, ws));
      expect(error.input).toBe('jobs');
      expect(error.message).toContain(`expected a number of threads from 1 to 256, got '${bad}'`);
    }
  });

  test('the default files are used when present (ignore file: scanned folder first, then the workspace)', () => {
    const ws = tempTree({ 'config/gitleaks.toml': '', 'config/detect-secrets.baseline': '{"results":{}}', '.gitleaksignore': '', 'sub/.gitleaksignore': '' });
    const atRoot = read({ 'ignore-file': '.gitleaksignore' }, ws);
    expect(atRoot.config).toEqual({ file: join(ws, 'config/gitleaks.toml'), display: 'config/gitleaks.toml', root: ws, byDefault: true, origin: 'default' });
    expect(atRoot.baseline).toEqual({ file: join(ws, 'config/detect-secrets.baseline'), display: 'config/detect-secrets.baseline', root: ws, byDefault: true });
    expect(atRoot.ignoreFile?.file).toBe(join(ws, '.gitleaksignore'));
    expect(read({ path: 'sub' }, ws).ignoreFile?.file).toBe(join(ws, 'sub/.gitleaksignore'));
  });

  describe('the configuration, chosen as gitleaks chooses it', () => {
    const files = { '.gitleaks.toml': '', 'config/gitleaks.toml': '', 'env.toml': '', 'given.toml': '', 'sub/.gitleaks.toml': '' };
    const chosen = (ws: string, given: Partial<Record<AuditInputName, string>> = {}, env: NodeJS.ProcessEnv = {}) => {
      const options = read(given, ws, env);
      return { file: options.config?.file.slice(ws.length + 1), origin: options.config?.origin, display: options.config?.display, toml: options.configToml };
    };

    test('the input > GITLEAKS_CONFIG > GITLEAKS_CONFIG_TOML > .gitleaks.toml > config/gitleaks.toml > built-in rules', () => {
      const ws = tempTree(files);
      const env = { GITLEAKS_CONFIG: 'env.toml', GITLEAKS_CONFIG_TOML: 'title = "inline"' };
      expect(chosen(ws, { config: 'given.toml' }, env)).toEqual({ file: 'given.toml', origin: 'input', display: 'given.toml', toml: undefined });
      expect(chosen(ws, {}, env)).toEqual({ file: 'env.toml', origin: 'GITLEAKS_CONFIG', display: 'env.toml (GITLEAKS_CONFIG)', toml: undefined });
      expect(chosen(ws, {}, { GITLEAKS_CONFIG: '', GITLEAKS_CONFIG_TOML: 'title = "inline"' })).toEqual({ file: undefined, origin: undefined, display: undefined, toml: 'title = "inline"' });
      expect(chosen(ws)).toEqual({ file: '.gitleaks.toml', origin: 'default', display: '.gitleaks.toml', toml: undefined });
      expect(chosen(tempTree({ 'config/gitleaks.toml': '' }))).toMatchObject({ file: 'config/gitleaks.toml', origin: 'default' });
      expect(chosen(tempTree({ 'a.txt': '' }))).toEqual({ file: undefined, origin: undefined, display: undefined, toml: undefined });
    });

    test("the config input equal to a default name is that file, not a search (the .gitleaks.toml beside it is not taken)", () => {
      expect(chosen(tempTree(files), { config: 'config/gitleaks.toml' })).toMatchObject({ file: 'config/gitleaks.toml', origin: 'input' });
    });

    test('a scanned subfolder with its own .gitleaks.toml uses it, as gitleaks does; else the repository top is searched', () => {
      const ws = tempTree(files);
      expect(chosen(ws, { path: 'sub' })).toMatchObject({ file: 'sub/.gitleaks.toml' });
      mkdirSync(join(ws, 'other'));
      expect(chosen(ws, { path: 'other' })).toMatchObject({ file: '.gitleaks.toml' });
    });

    test('from the repository top, not the directory the command runs in', () => {
      const repo = tempTree({ '.git/HEAD': 'ref: refs/heads/main\n', 'config/gitleaks.toml': '', '.secrets.baseline': '{"results":{}}', 'pkg/a.txt': '' });
      const options = read({}, join(repo, 'pkg'));
      expect(options.repoRoot).toBe(repo);
      expect(options.config).toMatchObject({ file: join(repo, 'config/gitleaks.toml'), root: repo, origin: 'default' });
      expect(options.baseline).toMatchObject({ file: join(repo, '.secrets.baseline'), root: repo });
    });

    test('GITLEAKS_CONFIG must exist; inside the workspace it is read inside it, outside it is the user\'s own', () => {
      const ws = tempTree(files);
      expect(errorOf(() => read({}, ws, { GITLEAKS_CONFIG: 'nope.toml' })).message).toContain("GITLEAKS_CONFIG names 'nope.toml', which does not exist");
      expect(read({}, ws, { GITLEAKS_CONFIG: 'env.toml' }).config?.root).toBe(ws);
      const own = join(tempTree({ 'org.toml': '' }), 'org.toml');
      expect(read({}, ws, { GITLEAKS_CONFIG: own }).config).toMatchObject({ file: own, root: undefined });
    });
  });

  test("baselines: detect-secrets' .secrets.baseline first, then config/detect-secrets.baseline; baseline-path is a report named explicitly", () => {
    const ws = tempTree({ '.secrets.baseline': '{"results":{}}', 'config/detect-secrets.baseline': '{"results":{}}', 'known.json': '[]' });
    expect(read({}, ws).baseline?.display).toBe('.secrets.baseline');
    expect(read({}, tempTree({ 'config/detect-secrets.baseline': '{}' })).baseline?.display).toBe('config/detect-secrets.baseline');
    expect(read({ 'baseline-path': 'known.json' }, ws).reportBaseline).toEqual({ file: join(ws, 'known.json'), display: 'known.json', root: ws });
    expect(errorOf(() => read({ 'baseline-path': 'gone.json' }, ws)).input).toBe('baseline-path');
  });

  test('a file named explicitly must exist: the error names the input and the file', () => {
    const ws = tempTree({ 'a.txt': 'x' });
    for (const input of ['config', 'baseline', 'baseline-path', 'ignore-file'] as const) {
      const error = errorOf(() => read({ [input]: 'missing/file' }, ws));
      expect(error.input).toBe(input);
      expect(error.message).toContain('missing/file');
    }
  });

  test('files in the workspace must stay inside it when read; a file named outside it is the user\'s own', () => {
    const ws = tempTree({ 'rules.toml': '' });
    const own = join(tempTree({ 'org.toml': '' }), 'org.toml');
    expect(read({ config: 'rules.toml' }, ws).config).toEqual({ file: join(ws, 'rules.toml'), display: 'rules.toml', root: ws, origin: 'input' });
    expect(read({ config: own }, ws).config).toEqual({ file: own, display: own, root: undefined, origin: 'input' });
  });

  test('path must be an existing folder', () => {
    const ws = tempTree({ 'a.txt': 'x' });
    mkdirSync(join(ws, 'src'));
    expect(read({ path: 'src' }, ws).root).toBe(join(ws, 'src'));
    expect(errorOf(() => read({ path: 'nope' }, ws)).input).toBe('path');
    expect(errorOf(() => read({ path: 'a.txt' }, ws)).message).toContain('not a folder');
  });

  test('scan, redact and booleans are validated', () => {
    const ws = tempTree({ 'a.txt': 'x' });
    expect(read({ scan: 'DIFF' }, ws).scan).toBe('diff');
    expect(errorOf(() => read({ scan: 'everything' }, ws)).message).toContain("input 'scan': unknown value 'everything'");
    expect(read({ redact: 'false' }, ws).redactPercent).toBe(0);
    expect(read({ redact: '75' }, ws).redactPercent).toBe(75);
    expect(errorOf(() => read({ redact: '101' }, ws)).input).toBe('redact');
    expect(errorOf(() => read({ 'fail-on-findings': 'maybe' }, ws)).input).toBe('fail-on-findings');
    expect(errorOf(() => read({ 'artifact-name': 'a/b' }, ws)).input).toBe('artifact-name');
  });

  test('an empty report path means: do not write it', () => {
    const ws = tempTree({ 'a.txt': 'x' });
    const options = read({ 'report-path': '', 'sarif-path': 'out/x.sarif' }, ws);
    expect(options.reportPath).toBeUndefined();
    expect(options.sarifPath).toBe(join(ws, 'out/x.sarif'));
  });

  test('engine: builtin or gitleaks; gitleaks-version is checked when gitleaks will run', () => {
    const ws = tempTree({ 'a.txt': 'x' });
    expect(read({ engine: 'Gitleaks', 'gitleaks-version': 'v8.24.0' }, ws)).toMatchObject({ engine: 'gitleaks', gitleaksVersion: '8.24.0' });
    expect(errorOf(() => read({ engine: 'trufflehog' }, ws)).message).toBe("input 'engine': unknown value 'trufflehog' (use one of: builtin, gitleaks)");
    expect(errorOf(() => read({ engine: 'gitleaks', 'gitleaks-version': 'latest' }, ws)).input).toBe('gitleaks-version');
    expect(errorOf(() => read({ engine: 'gitleaks', 'gitleaks-version': '8.18.4' }, ws)).message).toContain('8.19.0 or newer');
    // The built-in engine never downloads gitleaks, so the version does not matter to it.
    expect(read({ 'gitleaks-version': 'latest' }, ws).engine).toBe('builtin');
  });

  test("action.yml's gitleaks-version default is the engine's pinned release", () => {
    const metadata = parse(readFileSync(join(__dirname, '../../../audit/action.yml'), 'utf8')) as { inputs: Record<string, { default?: string }> };
    expect(metadata.inputs['gitleaks-version']?.default).toBe(DEFAULT_GITLEAKS_VERSION);
    expect(metadata.inputs.engine?.default).toBe('builtin');
  });
});
