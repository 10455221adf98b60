import { join } from 'node:path';
import { Inputs } from '@mcp-secrets/ports';
import { scanText, type CompiledConfig } from '@mcp-secrets/scanner';
import { prng, TEST_CONFIG, TEST_RULE_ID, testToken } from '../../../test/fixtures/audit/planted';
import { commitFiles, git, newRepo, removeTempDirs, tempTree } from '../../../test/support/temp-repo';
import { scanInputChanges } from './base-scan-inputs';
import { loadAuditInputs } from './config';
import { readAuditOptions, type AuditInputName } from './options';

afterAll(removeTempDirs);

const TOKEN = testToken(prng(31));
const LEAK = `const key = "${TOKEN}";\n`;

/** A repository with `base` committed on main and `pr` on top of it on a branch; the options of an audit of its working tree. */
function pullRequest(base: Record<string, string>, pr: Record<string, string>, given: Partial<Record<AuditInputName, string>> = {}, removed: string[] = []) {
  const repo = newRepo('base-inputs-');
  const baseSha = commitFiles(repo, { 'README.md': 'hi\n', ...base }, 'base');
  git(repo, 'checkout', '-q', '-b', 'pr');
  for (const path of removed) git(repo, 'rm', '-q', path);
  const head = commitFiles(repo, pr, 'pr');
  const get = (name: string): string | undefined => given[name as AuditInputName];
  const options = readAuditOptions(new Inputs({ get }), get, { GITHUB_WORKSPACE: repo });
  const inputs = loadAuditInputs(options);
  return { options, inputs, pullRequest: { repo, base: baseSha, head } };
}

const finds = (config: CompiledConfig | undefined): number => scanText(LEAK, { config, path: 'a.ts' }).findings.length;

describe('scanInputChanges', () => {
  test('nothing changed: no comparison', () => {
    const { options, pullRequest: pr } = pullRequest({ 'config/gitleaks.toml': TEST_CONFIG, '.gitleaksignore': '' }, { 'a.ts': LEAK });
    expect(scanInputChanges(options, pr).changed).toEqual([]);
  });

  test('a change to a file the configuration [extend]s is a change to the configuration, read at the base', () => {
    const main = `[extend]\npath = "extra.toml"\n`;
    const { options, inputs, pullRequest: pr } = pullRequest(
      { 'config/gitleaks.toml': main, 'config/extra.toml': TEST_CONFIG },
      { 'config/extra.toml': `${TEST_CONFIG}\n[allowlist]\nregexes = ['''tkn_''']\n` },
    );
    expect(finds(inputs.config)).toBe(0);
    const changes = scanInputChanges(options, pr);
    const base = { changed: changes.changed, inputs: changes.baseInputs(inputs) };
    expect(base?.changed).toEqual([{ input: 'config', display: 'config/extra.toml' }]);
    expect(finds(base?.inputs.config)).toBe(1);
    expect(base?.inputs.configSource).toBe(`config/gitleaks.toml at ${pr.base.slice(0, 7)}`);
  });

  test('an ignore file the pull request adds: the base has none; what it does not change stays the head\'s', () => {
    const { options, inputs, pullRequest: pr } = pullRequest({ 'config/gitleaks.toml': TEST_CONFIG }, { '.gitleaksignore': `a.ts:${TEST_RULE_ID}:1\n` });
    const changes = scanInputChanges(options, pr);
    const base = { changed: changes.changed, inputs: changes.baseInputs(inputs) };
    expect(base?.changed).toEqual([{ input: 'ignore-file', display: '.gitleaksignore' }]);
    expect(base?.inputs.ignore).toBeUndefined();
    expect(base?.inputs.config).toBe(inputs.config);
  });

  test('a baseline the pull request deletes is read at the base', () => {
    const baseline = JSON.stringify({ results: {} });
    const { options, inputs, pullRequest: pr } = pullRequest({ 'config/detect-secrets.baseline': baseline }, {}, {}, ['config/detect-secrets.baseline']);
    const changes = scanInputChanges(options, pr);
    const base = { changed: changes.changed, inputs: changes.baseInputs(inputs) };
    expect(base?.changed).toEqual([{ input: 'baseline', display: 'config/detect-secrets.baseline' }]);
    expect(base?.inputs.baseline).toBeDefined();
  });

  test("a configuration from outside the repository is the user's, not the pull request's: not compared", () => {
    const own = tempTree({ 'org.toml': TEST_CONFIG });
    const { options, inputs, pullRequest: pr } = pullRequest({}, { '.gitleaksignore': 'x\n' }, { config: join(own, 'org.toml') });
    const changes = scanInputChanges(options, pr);
    const base = { changed: changes.changed, inputs: changes.baseInputs(inputs) };
    expect(base?.changed.map((c) => c.input)).toEqual(['ignore-file']);
    expect(base?.inputs.config).toBe(inputs.config);
  });

  test('a .gitleaks.toml the pull request adds shadows config/gitleaks.toml: the base scans with its own choice', () => {
    const { options, inputs, pullRequest: pr } = pullRequest({ 'config/gitleaks.toml': TEST_CONFIG }, { '.gitleaks.toml': 'title = "no rules"\n' });
    expect(options.config?.display).toBe('.gitleaks.toml');
    expect(finds(inputs.config)).toBe(0);
    const changes = scanInputChanges(options, pr);
    expect(changes.changed).toEqual([{ input: 'config', display: '.gitleaks.toml' }]);
    const base = changes.baseInputs(inputs);
    expect(base.configSource).toBe(`config/gitleaks.toml at ${pr.base.slice(0, 7)}`);
    expect(finds(base.config)).toBe(1);
  });

  test('a .secrets.baseline the pull request adds shadows config/detect-secrets.baseline: compared with the base\'s', () => {
    const empty = JSON.stringify({ results: {} });
    const { options, inputs, pullRequest: pr } = pullRequest({ 'config/detect-secrets.baseline': empty }, { '.secrets.baseline': empty });
    const changes = scanInputChanges(options, pr);
    expect(changes.changed).toEqual([{ input: 'baseline', display: '.secrets.baseline' }]);
    expect(changes.baseInputs(inputs).baseline).toBeDefined();
  });

  test('a gitleaks baseline report (baseline-path) the pull request edits is read at the base', () => {
    const { options, inputs, pullRequest: pr } = pullRequest({ 'known.json': '[]' }, { 'known.json': 'null' }, { 'baseline-path': 'known.json' });
    const changes = scanInputChanges(options, pr);
    expect(changes.changed).toEqual([{ input: 'baseline-path', display: 'known.json' }]);
    expect(changes.baseInputs(inputs).reportBaseline?.size).toBe(0);
    expect(changes.baseInputs(inputs).reportBaseline).not.toBe(inputs.reportBaseline);
  });

  test('GITLEAKS_CONFIG_TOML is the environment\'s: a .gitleaks.toml the pull request adds changes nothing', () => {
    const repo = newRepo('base-inputs-');
    const baseSha = commitFiles(repo, { 'README.md': 'hi\n' }, 'base');
    const head = commitFiles(repo, { '.gitleaks.toml': 'title = "x"\n' }, 'pr');
    const get = (): string | undefined => undefined;
    const options = readAuditOptions(new Inputs({ get }), get, { GITHUB_WORKSPACE: repo, GITLEAKS_CONFIG_TOML: TEST_CONFIG });
    expect(scanInputChanges(options, { repo, base: baseSha, head }).changed).toEqual([]);
  });
});
