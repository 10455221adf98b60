import { makeRepo, runCheck } from '../../../test/temp-repo';
import { workflowPermissions } from './workflow-permissions';

const JOBS = ['jobs:', '  build:', '    runs-on: ubuntu-latest', '    steps:', '      - run: make', ''];
const wf = (...head: string[]): string => [...head, ...JOBS].join('\n');

describe('workflow-permissions', () => {
  test('pass: contents read, or {}', async () => {
    const dir = makeRepo({
      '.github/workflows/ci.yml': wf('on: push', 'permissions:', '  contents: read', '  pull-requests: none'),
      '.github/workflows/lint.yaml': wf('on: push', 'permissions: {}'),
    });
    const result = await runCheck(workflowPermissions, dir);
    expect(result).toEqual({ status: 'pass', details: '2 workflow(s) declare read-only top-level permissions', evidence: [] });
  });

  test('fail: missing, write-all, a top-level write; remediation carries the suggested block', async () => {
    const dir = makeRepo({
      '.github/workflows/a.yml': wf('on: push'),
      '.github/workflows/b.yml': wf('on: push', 'permissions: write-all'),
      '.github/workflows/c.yml': wf('on: push', 'permissions:', '  contents: read', '  packages: write'),
    });
    const result = await runCheck(workflowPermissions, dir);
    expect(result.status).toBe('fail');
    expect(result.details).toBe(
      '.github/workflows/a.yml has no top-level permissions; .github/workflows/b.yml uses `permissions: write-all`; .github/workflows/c.yml grants `packages: write` at the top level',
    );
    expect(result.evidence).toEqual([
      { file: '.github/workflows/a.yml', line: null },
      { file: '.github/workflows/b.yml', line: 2 },
      { file: '.github/workflows/c.yml', line: 4 },
    ]);
    expect(result.remediation).toContain('Suggested block for .github/workflows/a.yml:\npermissions:');
  });

  test('skip: no workflow', async () => {
    expect(await runCheck(workflowPermissions, makeRepo({ 'a.txt': 'x' }))).toEqual({
      status: 'skip',
      details: 'no workflow or action file in the repository',
      evidence: [],
    });
  });

  test('warn: a workflow_call-only workflow without a block; fail: unparsable workflow', async () => {
    const warned = await runCheck(workflowPermissions, makeRepo({ '.github/workflows/reusable.yml': wf('on:', '  workflow_call:') }));
    expect(warned).toEqual({
      status: 'warn',
      details: ".github/workflows/reusable.yml (workflow_call only) has no top-level permissions: it inherits the caller's",
      evidence: [{ file: '.github/workflows/reusable.yml', line: 1 }],
    });
    const broken = await runCheck(workflowPermissions, makeRepo({ '.github/workflows/x.yml': 'on: push\njobs: [\n' }));
    expect(broken.status).toBe('fail');
    expect(broken.details).toContain('.github/workflows/x.yml: not valid YAML: ');
  });

  test('fail: a workflow too large to read (over 4 MiB) or to check (over 1 MiB) names the file; the others are judged', async () => {
    const steps = (count: number): string => `${JOBS.join('\n')}${'      - run: echo a step of a very long workflow\n'.repeat(count)}`;
    const result = await runCheck(
      workflowPermissions,
      makeRepo({
        '.github/workflows/huge.yml': `on: push\npermissions: {}\n${steps(100_000)}`,
        '.github/workflows/large.yml': `on: push\npermissions: {}\n${steps(25_000)}`,
        '.github/workflows/ok.yml': wf('on: push', 'permissions: write-all'),
      }),
    );
    expect(result.status).toBe('fail');
    expect(result.details).toMatch(
      /^\.github\/workflows\/huge\.yml: not checked: the file is larger than 1 MiB, .* \(over 4194304 bytes\); \.github\/workflows\/large\.yml: not checked: .* \(\d+ characters\); \.github\/workflows\/ok\.yml uses `permissions: write-all`$/,
    );
    expect(result.evidence.slice(0, 2)).toEqual([
      { file: '.github/workflows/huge.yml', line: 1 },
      { file: '.github/workflows/large.yml', line: 1 },
    ]);
  });
});
