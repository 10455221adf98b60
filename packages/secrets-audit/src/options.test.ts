import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_GITLEAKS_VERSION } from '@mcp-secrets/gitleaks-engine';
import { ConfigurationError, Inputs } from '@mcp-secrets/ports';
import { removeTempDirs, tempTree } from '../../../test/support/temp-repo';
import { parse } from 'yaml';
import { readAuditOptions, type AuditInputName } from './options';

afterAll(removeTempDirs);

function read(given: Partial<Record<AuditInputName, string>>, workspace: string) {
  const get = (name: string): string | undefined => given[name as AuditInputName];
  return readAuditOptions(new Inputs({ get }), get, { GITHUB_WORKSPACE: workspace });
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
      engine: 'builtin',
      gitleaksVersion: DEFAULT_GITLEAKS_VERSION,
      config: undefined,
      baseline: undefined,
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
    });
  });

  test('the default files are used when present (ignore file: scanned folder first, then the workspace)', () => {
    const ws = tempTree({ 'config/gitleaks.toml': '', 'config/detect-secrets.baseline': '{"results":{}}', '.gitleaksignore': '', 'sub/.gitleaksignore': '' });
    const atRoot = read({ 'ignore-file': '.gitleaksignore' }, ws);
    expect(atRoot.config).toEqual({ file: join(ws, 'config/gitleaks.toml'), display: 'config/gitleaks.toml', root: ws });
    expect(atRoot.baseline).toEqual({ file: join(ws, 'config/detect-secrets.baseline'), display: 'config/detect-secrets.baseline', root: ws });
    expect(atRoot.ignoreFile?.file).toBe(join(ws, '.gitleaksignore'));
    expect(read({ path: 'sub' }, ws).ignoreFile?.file).toBe(join(ws, 'sub/.gitleaksignore'));
  });

  test('a file named explicitly must exist: the error names the input and the file', () => {
    const ws = tempTree({ 'a.txt': 'x' });
    for (const input of ['config', 'baseline', 'ignore-file'] as const) {
      const error = errorOf(() => read({ [input]: 'missing/file' }, ws));
      expect(error.input).toBe(input);
      expect(error.message).toContain('missing/file');
    }
  });

  test('files in the workspace must stay inside it when read; a file named outside it is the user\'s own', () => {
    const ws = tempTree({ 'rules.toml': '' });
    const own = join(tempTree({ 'org.toml': '' }), 'org.toml');
    expect(read({ config: 'rules.toml' }, ws).config).toEqual({ file: join(ws, 'rules.toml'), display: 'rules.toml', root: ws });
    expect(read({ config: own }, ws).config).toEqual({ file: own, display: own, root: undefined });
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
