import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Inputs } from '@mcp-secrets/ports';
import { DEFAULT_CONFIG, DEFAULT_WORKFLOW_PATTERNS } from '@mcp-secrets/workflows';
import { readWorkflowCheckOptions, type WorkflowCheckInputName } from './options';

function read(root: string, given: Partial<Record<WorkflowCheckInputName, string>> = {}) {
  const get = (name: string): string | undefined => given[name as WorkflowCheckInputName];
  return readWorkflowCheckOptions(new Inputs({ get }), get, { GITHUB_WORKSPACE: root });
}

const tempRoot = (): string => mkdtempSync(join(tmpdir(), 'wpc-options-'));

describe('readWorkflowCheckOptions', () => {
  test('defaults: the workflow and action patterns, fail on errors, SARIF in the root, annotations, built-in config', () => {
    const root = tempRoot();
    expect(read(root)).toEqual({
      root,
      patterns: [...DEFAULT_WORKFLOW_PATTERNS],
      required: [],
      config: DEFAULT_CONFIG,
      failOn: 'error',
      sarifPath: join(root, 'workflow-permission-check.sarif'),
      annotations: true,
    });
  });

  test('an empty sarif-path writes none; a relative one is in the root', () => {
    const root = tempRoot();
    expect(read(root, { 'sarif-path': '' }).sarifPath).toBeUndefined();
    expect(read(root, { 'sarif-path': 'reports/wf.sarif' }).sarifPath).toBe(join(root, 'reports/wf.sarif'));
  });

  test('paths: globs kept, ./ and absolute paths made relative, a folder means every YAML file below it', () => {
    const root = tempRoot();
    mkdirSync(join(root, 'ci', 'flows'), { recursive: true });
    expect(read(root, { paths: './.github/workflows/*.yml, ci/flows/\n' + join(root, 'x.yml') }).patterns).toEqual([
      '.github/workflows/*.yml',
      'ci/flows/**/*.yml',
      'ci/flows/**/*.yaml',
      'x.yml',
    ]);
    expect(read(root, { paths: '.' }).patterns).toEqual(['**/*.yml', '**/*.yaml']);
    expect(read(root, { paths: '!ci/flows, ci/x.yml' }).patterns).toEqual(['!ci/flows/**/*.yml', '!ci/flows/**/*.yaml', 'ci/x.yml']);
    // Exclusions alone narrow the defaults.
    expect(read(root, { paths: '!test/fixtures/**' }).patterns).toEqual([...DEFAULT_WORKFLOW_PATTERNS, '!test/fixtures/**']);
    // A brace list is one pattern; what the user names beyond the defaults must match a file.
    expect(read(root, { paths: '.github/workflows/*.{yml,yaml}, **/action.yml # actions too' })).toMatchObject({
      patterns: ['.github/workflows/*.{yml,yaml}', '**/action.yml'],
      required: [{ given: '.github/workflows/*.{yml,yaml}', globs: ['.github/workflows/*.{yml,yaml}'] }],
    });
    expect(read(root, { paths: 'ci/flows, !ci/flows/old' }).required).toEqual([{ given: 'ci/flows', globs: ['ci/flows/**/*.yml', 'ci/flows/**/*.yaml'] }]);
    expect(() => read(root, { paths: '/elsewhere/ci.yml' })).toThrow(/^input 'paths': '\/elsewhere\/ci\.yml' is outside the repository root/);
  });

  test('fail-on and annotations are validated', () => {
    const root = tempRoot();
    expect(read(root, { 'fail-on': 'Warning', annotations: 'false' })).toMatchObject({ failOn: 'warning', annotations: false });
    expect(() => read(root, { 'fail-on': 'always' })).toThrow("input 'fail-on': unknown value 'always' (use one of: error, warning, never)");
    expect(() => read(root, { annotations: 'maybe' })).toThrow("input 'annotations': expected true or false");
  });

  test('.github/mcp-secrets.yml is read when present', () => {
    const root = tempRoot();
    mkdirSync(join(root, '.github'));
    writeFileSync(join(root, '.github', 'mcp-secrets.yml'), 'workflows:\n  rules:\n    artipacked: off\n');
    expect(read(root)).toMatchObject({ configFile: '.github/mcp-secrets.yml', config: { rules: { artipacked: 'off' } } });
  });

  test('a config named by the input must exist; its errors name the file and line', () => {
    const root = tempRoot();
    expect(() => read(root, { config: 'ci/check.yml' })).toThrow(/^input 'config': config file 'ci\/check\.yml' does not exist/);
    mkdirSync(join(root, 'ci'));
    writeFileSync(join(root, 'ci', 'check.yml'), 'workflows:\n  rules:\n    artipacked: loud\n');
    expect(() => read(root, { config: 'ci/check.yml' })).toThrow(/^ci\/check\.yml:3: rule "artipacked": "loud"/);
  });
});
