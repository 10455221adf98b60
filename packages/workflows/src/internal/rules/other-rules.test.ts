import { analyzeWorkflows, parseWorkflowsConfig } from '../../index';
import type { WorkflowsConfig } from '../../index';

const lines = (...l: string[]): string => `${l.join('\n')}\n`;
const run = (text: string, rule: string, config?: WorkflowsConfig, path = '.github/workflows/w.yml') =>
  analyzeWorkflows({ files: [{ path, text }], rules: [rule], config }).findings;
const where = (text: string, rule: string, config?: WorkflowsConfig, path?: string) =>
  run(text, rule, config, path).map((f) => `${f.line}:${f.column} ${f.severity}`);

describe('dangerous-triggers and untrusted-checkout', () => {
  const prTarget = (trigger: string, ...steps: string[]) =>
    lines(`on: ${trigger}`, 'jobs:', '  a:', '    runs-on: x', '    steps:', ...steps);

  test('every pull_request_target / workflow_run trigger, at the on: key as zizmor; error with a checkout of the PR head, which untrusted-checkout reports at its ref', () => {
    const text = prTarget(
      'pull_request_target',
      '      - uses: actions/checkout@v4',
      '        with:',
      '          ref: ${{ github.event.pull_request.head.sha }}',
      '      - run: gh pr checkout ${{ github.event.number }}',
    );
    expect(where(text, 'dangerous-triggers')).toEqual(['1:1 error']);
    expect(run(text, 'dangerous-triggers')[0]).toMatchObject({ endLine: 1, endColumn: 24 });
    expect(where(text, 'untrusted-checkout')).toEqual(['8:16 error', '9:14 error']);
    const wr = prTarget('workflow_run', '      - uses: actions/checkout@v4', '        with: { ref: "${{ github.event.workflow_run.head_branch }}" }');
    expect(where(wr, 'dangerous-triggers')).toEqual(['1:1 error']);
    expect(where(wr, 'untrusted-checkout')).toEqual(['7:22 error']);
  });

  test('an on: map or list: one finding per dangerous trigger, each at the on: key spanning the triggers; a warning without a checkout of the PR head', () => {
    const map = lines('# header', 'on:', '  push:', '  pull_request_target:', '    types: [opened]', '  workflow_run:', '    workflows: [ci]', 'jobs:', '  a:', '    runs-on: x', '    steps:', '      - uses: actions/checkout@v4', '      - run: make');
    expect(run(map, 'dangerous-triggers').map((f) => `${f.line}:${f.column}-${f.endLine}:${f.endColumn} ${f.severity}`)).toEqual(['2:1-7:20 warning', '2:1-7:20 warning']);
    expect(where(map, 'untrusted-checkout')).toEqual([]);
    expect(where(prTarget('[push, workflow_run]', '      - run: make'), 'dangerous-triggers')).toEqual(['1:1 warning']);
  });

  test('pull_request is fine; a workflow that only runs actions/labeler is flagged all the same, as zizmor does', () => {
    const text = prTarget('pull_request', '      - uses: actions/checkout@v4', '        with:', '          ref: ${{ github.event.pull_request.head.sha }}');
    expect(where(text, 'dangerous-triggers')).toEqual([]);
    expect(where(text, 'untrusted-checkout')).toEqual([]);
    expect(where(prTarget('pull_request_target', '      - uses: actions/labeler@v5'), 'dangerous-triggers')).toEqual(['1:1 warning']);
  });
});

describe('unpinned-uses', () => {
  const text = lines(
    'on: push',
    'jobs:',
    '  a:',
    '    runs-on: x',
    '    steps:',
    '      - uses: actions/checkout@v4',
    '      - uses: github/codeql-action/init@v3',
    '      - uses: docker/login-action@v3',
    '      - uses: "docker/build-push-action@4f58ea79222b3b9dc2c8bbdd6debcef730109a75"',
    '      - uses: ./local',
    '      - uses: docker://alpine:3.20',
    '      - uses: docker://alpine@sha256:0123',
    '      - uses: my-org/thing',
    '  call:',
    '    uses: org/repo/.github/workflows/r.yml@main',
  );

  test('as zizmor (blanket hash-pin policy since 1.20): every tag is an error, first-party ones too, at the uses: value; no ref at all and an untagged image are flagged', () => {
    const findings = run(text, 'unpinned-uses');
    expect(findings.map((f) => `${f.line}:${f.column} ${f.severity}`)).toEqual(['6:15 error', '7:15 error', '8:15 error', '13:15 error', '15:11 error']);
    expect(findings[0]).toMatchObject({ endLine: 6, endColumn: 34 });
    expect(findings[2].message).toBe('docker/login-action is pinned to "v3", a tag or branch that can be moved; pin it to a full 40-character commit SHA');
    expect(findings[2].fix).toBe('docker/login-action@<full commit SHA> # v3');
    expect(findings[3].message).toContain('has no ref at all');
    const images = lines('on: push', 'jobs:', '  a:', '    runs-on: x', '    steps:', '      - uses: docker://alpine', '      - uses: docker://ghcr.io/o/i:1', '      - uses: actions/checkout');
    expect(where(images, 'unpinned-uses')).toEqual(['6:15 warning', '8:15 error']);
  });

  test('$/ names this repository at the running commit: no ref needed', () => {
    const self = lines('on: push', 'jobs:', '  a:', '    runs-on: x', '    steps:', '      - uses: $/.github/actions/build', '  b:', '    uses: $/.github/workflows/r.yml');
    expect(where(self, 'unpinned-uses')).toEqual([]);
  });

  test('the policy allows or downgrades owners, first-party ones included', () => {
    const config = parseWorkflowsConfig('c.yml', lines('workflows:', '  unpinned-uses:', '    allow: [docker/*, my-org/*]', '    warn: [github/*, org/*]'));
    expect(where(text, 'unpinned-uses', config)).toEqual(['6:15 error', '7:15 warning', '13:15 error', '15:11 warning']);
  });

  test("zizmor's documented example: a version tag of a third-party action (error) and an untagged docker:// image (warning); their pinned forms pass", () => {
    const before = lines(
      'name: unpinned-uses',
      'on: [push]',
      '',
      'jobs:',
      '  publish:',
      '      runs-on: ubuntu-latest',
      '      steps:',
      '        - uses: some-org/publish-action@v2.3.1',
      '          with:',
      '            persist-credentials: false',
      '',
      '        - uses: docker://debian',
      '          with:',
      '            args: true',
    );
    expect(where(before, 'unpinned-uses')).toEqual(['8:17 error', '12:17 warning']);
    const after = before
      .replace('publish-action@v2.3.1', 'publish-action@0123456789abcdef0123456789abcdef01234567  # v2.3.1')
      .replace('docker://debian', 'docker://debian:12');
    expect(where(after, 'unpinned-uses')).toEqual([]);
  });

  test('composite actions are checked too', () => {
    const action = lines('runs:', '  using: composite', '  steps:', '    - uses: foo/bar@v1');
    expect(where(action, 'unpinned-uses', undefined, 'action.yml')).toEqual(['4:13 error']);
  });
});

describe('secrets-inherit', () => {
  test('flags inherit at its value, not explicit secrets', () => {
    const text = lines(
      'on: push',
      'jobs:',
      '  a:',
      '    uses: ./.github/workflows/r.yml',
      '    secrets: inherit',
      '  b:',
      '    uses: ./.github/workflows/r.yml',
      '    secrets:',
      '      inherit: ${{ secrets.X }}',
    );
    expect(where(text, 'secrets-inherit')).toEqual(['5:14 warning']);
  });
});

describe('artipacked', () => {
  test('every checkout without persist-credentials, at the step: error per later upload of the workspace, warning otherwise', () => {
    const text = lines(
      'on: push',
      'jobs:',
      '  a:',
      '    runs-on: x',
      '    steps:',
      '      - uses: actions/checkout@v4',
      '      - uses: actions/upload-artifact@v4',
      '        with: { path: . }',
      '  b:',
      '    runs-on: x',
      '    steps:',
      '      - uses: actions/checkout@v4',
      '        with: { persist-credentials: false }',
      '      - uses: actions/checkout@v4',
      '        with: { persist-credentials: true }',
      '      - uses: actions/upload-artifact@v4',
      '        with: { path: "${{ github.workspace }}" }',
      '  c:',
      '    runs-on: x',
      '    steps:',
      '      - uses: actions/upload-artifact@v4',
      '        with: { path: dist/ }',
      '      - name: co',
      '        uses: actions/checkout@v4',
    );
    const findings = run(text, 'artipacked');
    expect(findings.map((f) => `${f.line}:${f.column} ${f.severity}`)).toEqual(['6:9 error', '23:9 warning']);
    expect(findings[0].fix).toBe('with:\n  persist-credentials: false');
  });

  test('checkout of untrusted code under pull_request_target is an error; composite actions too', () => {
    const text = lines(
      'on: pull_request_target',
      'jobs:',
      '  a:',
      '    runs-on: x',
      '    steps:',
      '      - uses: actions/checkout@v4',
      '        with: { ref: "${{ github.event.pull_request.head.ref }}" }',
    );
    expect(where(text, 'artipacked')).toEqual(['6:9 error']);
    const action = lines('runs:', '  using: composite', '  steps:', '    - uses: actions/checkout@v4');
    expect(where(action, 'artipacked', undefined, 'action.yml')).toEqual(['4:7 warning']);
  });
});

describe('artipacked, as zizmor documents it', () => {
  const job = (...steps: string[]) => lines('on: push', '', 'jobs:', '  artipacked:', '    runs-on: ubuntu-latest', '    steps:', ...steps);

  test('the documented example: a bare checkout is a warning at the step; persist-credentials: false passes', () => {
    const before = job('      - uses: actions/checkout@0123456789abcdef0123456789abcdef01234567 # v4.2.2');
    expect(where(before, 'artipacked')).toEqual(['7:9 warning']);
    const after = job('      - uses: actions/checkout@0123456789abcdef0123456789abcdef01234567 # v4.2.2', '        with:', '          persist-credentials: false');
    expect(where(after, 'artipacked')).toEqual([]);
  });

  test('an expression for persist-credentials may be true: reported, as zizmor does', () => {
    const text = job('      - uses: actions/checkout@v4', '        with:', '          persist-credentials: ${{ inputs.push }}');
    expect(where(text, 'artipacked')).toEqual(['7:9 warning']);
  });

  test('checkout v6 and later keeps the token under RUNNER_TEMP: one grade lower (a note; a warning before an upload of the workspace)', () => {
    expect(where(job('      - uses: actions/checkout@v6'), 'artipacked')).toEqual(['7:9 note']);
    expect(where(job('      - uses: actions/checkout@v6.0.1', '      - uses: actions/upload-artifact@v4', '        with: { path: . }'), 'artipacked')).toEqual(['7:9 warning']);
    expect(where(job('      - uses: actions/checkout@v5', '      - uses: actions/upload-artifact@v4', '        with: { path: . }'), 'artipacked')).toEqual(['7:9 error']);
    // A SHA says nothing of the version, even one starting with digits: the full grade.
    expect(where(job('      - uses: actions/checkout@8123456789abcdef0123456789abcdef01234567 # v6.0.1'), 'artipacked')).toEqual(['7:9 warning']);
  });
});

describe('secrets-outside-env', () => {
  const allow = (...names: string[]) => parseWorkflowsConfig('c.yml', lines('workflows:', '  secrets-outside-env:', `    allow: [${names.join(', ')}]`));

  test("as zizmor (regular persona since 1.23): each secret of a job without environment, at the secrets.X inside its ${{ }}; GITHUB_TOKEN, the allowlist and jobs with an environment pass", () => {
    const text = lines(
      'on: push',
      'jobs:',
      '  a:',
      '    runs-on: x',
      '    steps:',
      '      - run: deploy',
      '        env:',
      '          KEY: ${{ secrets.DEPLOY_KEY }}',
      '          GH: ${{ secrets.GITHUB_TOKEN }}',
      "          BOTH: ${{ secrets['API_KEY'] || secrets.FALLBACK }}",
      '  b:',
      '    environment: prod',
      '    runs-on: x',
      '    steps:',
      '      - run: deploy',
      '        env: { KEY: "${{ secrets.DEPLOY_KEY }}" }',
    );
    const findings = run(text, 'secrets-outside-env');
    expect(findings.map((f) => `${f.line}:${f.column}-${f.endColumn} ${f.severity}`)).toEqual(['8:20-38 warning', '10:21-39 warning', '10:43-59 warning']);
    expect(findings[0].message).toBe('secret DEPLOY_KEY is used in job a, which has no environment:; move it to an environment with protection rules');
    expect(where(text, 'secrets-outside-env', allow('deploy_key', 'API_KEY', 'fallback'))).toEqual([]);
  });

  test('zizmor\'s documented example: the same job given an environment: passes', () => {
    const before = lines('on: push', 'jobs:', '  deploy:', '    runs-on: ubuntu-latest', '    steps:', '      - run: ./deploy.sh', '        env:', '          API_KEY: ${{ secrets.API_KEY }}');
    expect(where(before, 'secrets-outside-env')).toEqual(['8:24 warning']);
    expect(where(before.replace('    runs-on: ubuntu-latest\n', '    runs-on: ubuntu-latest\n    environment: production\n'), 'secrets-outside-env')).toEqual([]);
  });

  test("a reusable-workflow call is not asked for an environment it cannot set; a reusable workflow's own jobs are checked like any other", () => {
    const caller = lines('on: push', 'jobs:', '  call:', '    uses: ./.github/workflows/r.yml', '    secrets:', '      key: ${{ secrets.DEPLOY_KEY }}');
    expect(where(caller, 'secrets-outside-env')).toEqual([]);
    const reusable = lines('on: workflow_call', 'jobs:', '  a:', '    runs-on: x', '    steps:', '      - run: echo ${{ secrets.KEY }}');
    expect(where(reusable, 'secrets-outside-env')).toEqual(['6:23 warning']);
  });
});

describe('parse errors, inline ignores and severity overrides', () => {
  test('a broken file is one parse-error and the others are still checked', () => {
    const result = analyzeWorkflows({
      files: [
        { path: 'bad.yml', text: 'on: push\njobs:\n  a: [\n' },
        { path: 'good.yml', text: 'on: push\npermissions: write-all\njobs:\n  a: { runs-on: x, steps: [{ run: make }] }\n  b: { runs-on: x, steps: [{ run: make }] }\n' },
        { path: 'other.yml', text: 'version: 2\n' },
      ],
    });
    expect(result.filesChecked).toBe(2);
    expect(result.findings.map((f) => `${f.file} ${f.ruleId} ${f.line}`)).toEqual(['bad.yml parse-error 4', 'good.yml excessive-permissions 2']);
  });

  test('# mcp-secrets: ignore[rule] (or zizmor\'s comment) on the line silences that rule only', () => {
    const text = lines(
      'on: push',
      'permissions: {}',
      'jobs:',
      '  a:',
      '    runs-on: x',
      '    steps:',
      '      - uses: foo/bar@v1 # mcp-secrets: ignore[unpinned-uses]',
      '      - uses: foo/baz@v1 # mcp-secrets: ignore[artipacked, template-injection]',
      '      - uses: foo/qux@v1 # zizmor: ignore[unpinned-uses]',
    );
    expect(where(text, 'unpinned-uses')).toEqual(['8:15 error']);
  });

  test('an ignore comment alone on the line above silences the next line only', () => {
    const text = lines(
      'on: push',
      'permissions: {}',
      'jobs:',
      '  a:',
      '    runs-on: x',
      '    steps:',
      '      # zizmor: ignore[unpinned-uses]',
      '      - uses: foo/bar@v1',
      '      - uses: foo/baz@v1',
      '      - run: echo # mcp-secrets: ignore[unpinned-uses]',
      '      - uses: foo/qux@v1',
    );
    expect(where(text, 'unpinned-uses')).toEqual(['9:15 error', '11:15 error']);
  });

  test('rules can be turned off or re-graded', () => {
    const text = lines('on: push', 'permissions: write-all', 'jobs:', '  a:', '    uses: ./r.yml', '    secrets: inherit');
    const config = parseWorkflowsConfig('c.yml', lines('workflows:', '  rules:', '    excessive-permissions: off', '    unneeded-permissions: off', '    secrets-inherit: error'));
    const findings = analyzeWorkflows({ files: [{ path: 'w.yml', text }], config }).findings;
    expect(findings.map((f) => `${f.ruleId} ${f.severity}`)).toEqual(['secrets-inherit error']);
  });
});
