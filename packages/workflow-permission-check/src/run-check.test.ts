import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_CONFIG, DEFAULT_WORKFLOW_PATTERNS } from '@mcp-secrets/workflows';
import { memoryPorts } from '../../../test/support/memory-ports';
import type { WorkflowCheckOptions } from './options';
import { failsUnder, readWorkflowSources, runWorkflowCheck } from './run-check';

// Two jobs: a single job's top-level grant is zizmor-pedantic (unneeded-permissions reports it, as a warning).
const WRITE_ALL = ['name: w', 'on: push', 'permissions: write-all', 'jobs:', '  build:', '    runs-on: ubuntu-latest', '    steps:', '      - run: make', '  test:', '    runs-on: ubuntu-latest', '    steps:', '      - run: make test', ''].join('\n');
const NO_PERMISSIONS = ['on: push', 'jobs:', '  test:', '    runs-on: ubuntu-latest', '    steps:', '      - run: make test', ''].join('\n');

function repo(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'wpc-run-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

function options(root: string, overrides: Partial<WorkflowCheckOptions> = {}): WorkflowCheckOptions {
  return {
    root,
    patterns: [...DEFAULT_WORKFLOW_PATTERNS],
    required: [],
    config: DEFAULT_CONFIG,
    failOn: 'error',
    sarifPath: join(root, 'out.sarif'),
    annotations: true,
    ...overrides,
  };
}

describe('runWorkflowCheck', () => {
  test('annotations at line:column with the fix, SARIF written, summary and outputs; errors fail', async () => {
    const root = repo({ '.github/workflows/w.yml': WRITE_ALL, '.github/workflows/t.yaml': NO_PERMISSIONS, 'docs/notes.yml': 'a: 1\n' });
    const ports = memoryPorts();
    const result = await runWorkflowCheck(ports, options(root));

    expect(result).toMatchObject({ filesFound: 2, filesChecked: 2, counts: { error: 1, warning: 1, note: 0 }, verdict: 'fail', failed: true });
    const annotations = ports.lines.filter((l) => l.level !== 'info');
    expect(annotations.map((a) => [a.level, a.place])).toEqual([
      // write-all at its permissions key; the default token of a single job at the job only (as zizmor).
      ['error', { title: 'excessive-permissions', file: '.github/workflows/w.yml', startLine: 3, endLine: 3, startColumn: 1, endColumn: 23 }],
      ['warning', { title: 'excessive-permissions', file: '.github/workflows/t.yaml', startLine: 3, endLine: 3, startColumn: 3, endColumn: 7 }],
    ]);
    expect(annotations[0].message).toMatch(/\nFix: permissions: \{\}$/);
    expect(ports.lines.find((l) => l.level === 'info')?.message).toBe(
      'Checked 2 workflow and action files (2 matched): 1 error, 1 warning; SARIF in out.sarif.',
    );
    expect(ports.outputs).toEqual({ findings: '2', errors: '1', warnings: '1', 'sarif-path': join(root, 'out.sarif') });
    expect(JSON.parse(readFileSync(join(root, 'out.sarif'), 'utf8'))).toEqual(JSON.parse(JSON.stringify(result.sarif)));
    expect(ports.summary.join('')).toContain('### Fixes');
    expect(result.sources.get('.github/workflows/w.yml')).toBe(WRITE_ALL);
  });

  test('when the step fails, one error slot is left for its failure message and the rest is noted', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 12; i++) files[`.github/workflows/w${String(i).padStart(2, '0')}.yml`] = WRITE_ALL;
    const ports = memoryPorts();
    const result = await runWorkflowCheck(ports, options(repo(files)));
    expect(result.counts.error).toBe(12);
    expect(ports.lines.filter((l) => l.level === 'error')).toHaveLength(9);
    const note = '3 more findings not annotated (3 errors); see the job summary.';
    expect(ports.lines.map((l) => l.message)).toContain(note);
    expect(ports.summary.join('')).toContain(note);

    const passing = memoryPorts();
    await runWorkflowCheck(passing, options(repo(files), { failOn: 'never' }));
    expect(passing.lines.filter((l) => l.level === 'error')).toHaveLength(10);
  });

  test('readWorkflowSources reads what the check would read and analyses, reports and writes nothing', async () => {
    const root = repo({ '.github/workflows/w.yml': WRITE_ALL, 'docs/notes.yml': 'a: 1\n' });
    const ports = memoryPorts();
    const read = await readWorkflowSources(ports, options(root));
    expect(read.paths).toEqual(['.github/workflows/w.yml']);
    expect(read.inputs).toEqual([{ path: '.github/workflows/w.yml', text: WRITE_ALL }]);
    expect([...read.sources]).toEqual([['.github/workflows/w.yml', WRITE_ALL]]);
    expect([ports.lines, ports.outputs, ports.summary]).toEqual([[], {}, []]);
    expect(existsSync(join(root, 'out.sarif'))).toBe(false);
  });

  test('patterns starting with ! exclude files', async () => {
    const root = repo({ '.github/workflows/w.yml': WRITE_ALL, 'fixtures/bad/action.yml': 'runs:\n  using: composite\n  steps: []\n', 'tools/a/action.yml': 'runs:\n  using: node24\n' });
    const result = await runWorkflowCheck(memoryPorts(), options(root, { patterns: [...DEFAULT_WORKFLOW_PATTERNS, '!fixtures/**', '!.github/workflows/w.yml'] }));
    expect([...result.sources.keys()]).toEqual(['tools/a/action.yml']);
  });

  test('no file to check at all: a configuration error, nothing written', async () => {
    const ports = memoryPorts();
    const root = repo({ 'README.md': '# x\n' });
    await expect(runWorkflowCheck(ports, options(root))).rejects.toThrow(/^input 'paths': no workflow or action file matches \.github\/workflows\/\*\.yml, /);
    expect(ports.outputs).toEqual({});
  });

  test('a given pattern that matches nothing is a configuration error, even when others match', async () => {
    const root = repo({ '.github/workflows/w.yml': NO_PERMISSIONS });
    const required = [
      { given: '.github/workflows/*.{yml,yaml}', globs: ['.github/workflows/*.{yml,yaml}'] },
      { given: 'ci/', globs: ['ci/**/*.yml', 'ci/**/*.yaml'] },
    ];
    const patterns = required.flatMap((r) => r.globs);
    await expect(runWorkflowCheck(memoryPorts(), options(root, { patterns, required }))).rejects.toThrow("input 'paths': 'ci/' matches no file under");
    const result = await runWorkflowCheck(memoryPorts(), options(root, { patterns: required[0].globs, required: [required[0]] }));
    expect([...result.sources.keys()]).toEqual(['.github/workflows/w.yml']);
  });

  test('without annotations, the log still lists every finding with its fix', async () => {
    const ports = memoryPorts();
    await runWorkflowCheck(ports, options(repo({ '.github/workflows/w.yml': WRITE_ALL }), { annotations: false, sarifPath: undefined }));
    expect(ports.lines.filter((l) => l.level !== 'info')).toEqual([]);
    expect(ports.lines[0].message).toBe(
      '.github/workflows/w.yml:3:1: error [excessive-permissions] permissions: write-all gives every job write access to every scope; grant only what the jobs need\nFix:\npermissions: {}',
    );
  });
});

test.each([
  ['error', { error: 1, warning: 0, note: 0 }, true],
  ['error', { error: 0, warning: 5, note: 5 }, false],
  ['warning', { error: 0, warning: 1, note: 0 }, true],
  ['warning', { error: 0, warning: 0, note: 9 }, false],
  ['never', { error: 9, warning: 9, note: 9 }, false],
] as const)('failsUnder(%s, %o) is %s', (failOn, counts, expected) => {
  expect(failsUnder(failOn, counts)).toBe(expected);
});
