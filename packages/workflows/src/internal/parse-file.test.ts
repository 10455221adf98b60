import { aliasBombWorkflow } from '../../../../test/hostile/yaml-inputs';
import { analyzeWorkflows, MAX_WORKFLOW_FILE_CHARS, parseWorkflowFile } from '../index';
import type { ActionModel, ParsedFile, WorkflowModel } from '../index';

const lines = (...l: string[]): string => `${l.join('\n')}\n`;

function workflow(parsed: ParsedFile): WorkflowModel {
  if (parsed.kind !== 'workflow') throw new Error(`expected a workflow, got ${parsed.kind}`);
  return parsed;
}

describe('parseWorkflowFile', () => {
  test('builds triggers, permissions, jobs, steps, uses, run, with, env and reusable calls', () => {
    const wf = workflow(
      parseWorkflowFile(
        'ci.yml',
        lines(
          'name: CI',
          'on:',
          '  push:',
          '    branches: [main]',
          '  pull_request:',
          'permissions: read-all',
          'env:',
          '  A: "1"',
          'jobs:',
          '  build:',
          '    permissions:',
          '      contents: write',
          '      id-token: write',
          '    environment: production',
          '    steps:',
          '      - id: co',
          '        uses: actions/checkout@v4',
          '        with: { fetch-depth: 0 }',
          '      - run: make',
          '        env: { B: x }',
          '      - uses: ./local/action',
          '      - uses: docker://alpine@sha256:abc',
          '  call:',
          '    permissions: {}',
          '    uses: org/repo/.github/workflows/r.yml@v1',
          '    secrets: inherit',
          '  call2:',
          '    uses: ./.github/workflows/r.yml',
          '    secrets:',
          '      token: ${{ secrets.T }}',
        ),
      ),
    );
    expect(wf.name).toBe('CI');
    expect(wf.triggers.map((t) => `${t.event}@${t.range.line}:${t.range.column}`)).toEqual(['push@3:3', 'pull_request@5:3']);
    expect(wf.permissions).toMatchObject({ kind: 'read-all', valueRange: { line: 6, column: 14 } });
    expect(wf.env.map((e) => [e.key, e.value])).toEqual([['A', '1']]);
    const [build, call, call2] = wf.jobs;
    expect(build.idRange).toMatchObject({ line: 10, column: 3 });
    expect(build.environment).toBe('production');
    expect(build.permissions?.entries.map((e) => `${e.scope}=${e.level}@${e.keyRange.line}:${e.keyRange.column}/${e.valueRange.column}`)).toEqual([
      'contents=write@12:7/17',
      'id-token=write@13:7/17',
    ]);
    expect(build.steps[0]).toMatchObject({ id: 'co', uses: { kind: 'repository', owner: 'actions', repo: 'checkout', path: '', ref: 'v4' } });
    expect(build.steps[0].with).toMatchObject([{ key: 'fetch-depth', value: '0' }]);
    expect(build.steps[1]).toMatchObject({ run: { value: 'make', range: { line: 19, column: 14 } }, env: [{ key: 'B', value: 'x' }] });
    expect(build.steps[2].uses).toMatchObject({ kind: 'local', path: './local/action' });
    expect(build.steps[3].uses).toMatchObject({ kind: 'docker', image: 'alpine', digest: 'sha256:abc' });
    expect(call.permissions?.kind).toBe('map');
    expect(call.permissions?.entries).toEqual([]);
    expect(call.uses).toMatchObject({ kind: 'repository', owner: 'org', repo: 'repo', path: '.github/workflows/r.yml', ref: 'v1' });
    expect(call.secrets).toMatchObject({ inherit: true, range: { line: 26, column: 14 } });
    expect(call2.secrets).toMatchObject({ inherit: false, entries: [{ key: 'token', expressions: [{ text: 'secrets.T' }] }] });
  });

  test('triggers as a string or a list; write-all and invalid permissions', () => {
    expect(workflow(parseWorkflowFile('a.yml', 'on: push\npermissions: write-all\njobs: {}\n')).triggers.map((t) => t.event)).toEqual(['push']);
    const wf = workflow(parseWorkflowFile('a.yml', 'on: [push, "workflow_dispatch"]\npermissions: admin\njobs: {}\n'));
    expect(wf.triggers.map((t) => t.event)).toEqual(['push', 'workflow_dispatch']);
    expect(wf.permissions).toMatchObject({ kind: 'invalid', raw: 'admin', valueRange: { line: 2, column: 14 } });
  });

  test('anchors, aliases and merge keys resolve', () => {
    const wf = workflow(
      parseWorkflowFile(
        'a.yml',
        lines(
          'on: push',
          'x-defaults: &job',
          '  runs-on: ubuntu-latest',
          '  permissions: &perms',
          '    contents: read',
          '  steps:',
          '    - &co',
          '      uses: actions/checkout@v4',
          'jobs:',
          '  one:',
          '    <<: *job',
          '  two:',
          '    permissions: *perms',
          '    steps:',
          '      - *co',
          '      - run: echo',
        ),
      ),
    );
    expect(wf.jobs.map((j) => j.id)).toEqual(['one', 'two']);
    expect(wf.jobs[0].permissions?.entries.map((e) => e.scope)).toEqual(['contents']);
    expect(wf.jobs[0].steps.map((s) => s.uses?.raw)).toEqual(['actions/checkout@v4']);
    expect(wf.jobs[1].permissions?.entries[0].keyRange.line).toBe(5);
    expect(wf.jobs[1].steps.map((s) => s.uses?.raw ?? s.run?.value)).toEqual(['actions/checkout@v4', 'echo']);
  });

  test('own keys win over merged ones; an expression after a scalar is not in it', () => {
    const wf = workflow(
      parseWorkflowFile(
        'a.yml',
        lines(
          'on: push',
          'x-defaults: &job',
          '  name: merged',
          '  if: merged',
          'jobs:',
          '  one:',
          '    name: own',
          '    <<: *job',
          '    steps:',
          '      - run: echo hi # ${{ github.head_ref }}',
        ),
      ),
    );
    expect(wf.jobs[0].name).toBe('own');
    expect(wf.jobs[0].if?.value).toBe('merged');
    expect(wf.jobs[0].steps[0].run).toMatchObject({ value: 'echo hi', expressions: [] });
  });

  test('CRLF, BOM, comments, flow style and tabs in strings keep exact positions', () => {
    const text = '\uFEFFon: push # c\r\njobs: { a: { runs-on: x, steps: [ { run: "a\\tb\t${{ github.head_ref }}" } ] } }\r\n';
    const wf = workflow(parseWorkflowFile('a.yml', text));
    expect(wf.onRange).toMatchObject({ line: 1, column: 1 });
    const run = wf.jobs[0].steps[0].run;
    expect(run?.value).toBe('a\tb\t${{ github.head_ref }}');
    expect(run?.range).toMatchObject({ line: 2, column: 42 });
    expect(run?.expressions).toEqual([{ text: 'github.head_ref', range: { line: 2, column: 48, endLine: 2, endColumn: 70 } }]);
  });

  test('self-referencing anchors neither loop nor crash', () => {
    for (const text of ['on: push\njobs:\n  a: &a\n    <<: *a\n', 'on: push\njobs: &j\n  a:\n    <<: *j\n', 'x: &x [*x]\non: push\njobs: {}\n']) {
      expect(analyzeWorkflows({ files: [{ path: 'w.yml', text }] }).filesChecked).toBe(1);
    }
  });

  test('every prefix of a workflow is checked without a throw', () => {
    const text = lines(
      'on: { pull_request_target: { types: [opened] } }',
      'permissions: { contents: read }',
      'jobs:',
      '  a:',
      '    permissions:',
      '      pull-requests: write',
      '    runs-on: x',
      '    steps:',
      '      - uses: actions/checkout@v4',
      '        with: { ref: "${{ github.event.pull_request.head.sha }}" }',
      '      - run: |',
      '          echo "${{ github.event.pull_request.title }}"',
      '      - uses: actions/github-script@v7',
      "        with: { script: 'github.rest.issues.createComment({})' }",
      '  b: { uses: ./.github/workflows/b.yml, secrets: inherit }',
    );
    for (let end = 0; end <= text.length; end++) {
      expect(() => analyzeWorkflows({ files: [{ path: 'w.yml', text: text.slice(0, end) }] })).not.toThrow();
    }
  });

  test('a file over 1 MiB is a parse-error at line 1 saying so, and is not parsed', () => {
    const huge = `on: push\njobs:\n  a:\n    steps:\n${'      - run: echo hello\n'.repeat(50_000)}`;
    expect(parseWorkflowFile('huge.yml', huge)).toEqual({
      kind: 'parse-error',
      file: 'huge.yml',
      message: `not checked: the file is larger than 1 MiB, the most GitHub accepts for a workflow (${huge.length} characters)`,
      range: { line: 1, column: 1, endLine: 1, endColumn: 1 },
    });
    expect(parseWorkflowFile('ok.yml', huge.slice(0, MAX_WORKFLOW_FILE_CHARS)).kind).not.toBe('parse-error');
  });

  test('YAML over the limits (an alias bomb) is a parse-error at the alias, worded as a refusal', () => {
    const parsed = parseWorkflowFile('bomb.yml', aliasBombWorkflow());
    expect(parsed).toMatchObject({ kind: 'parse-error', message: expect.stringMatching(/^YAML refused: alias \*a2 expands the document past \d+ nodes/) });
    expect(parsed.kind === 'parse-error' && aliasBombWorkflow().split('\n')[parsed.range.line - 1]).toMatch(/^ {2}a3: &a3 \[\*a2/);
  });

  test('the environment is the real one again after a parse (yaml reads it per token: a copy answers meanwhile)', () => {
    const env = process.env;
    parseWorkflowFile('w.yml', 'on: push\njobs:\n  a:\n    runs-on: x\n');
    parseWorkflowFile('bad.yml', 'on: [\n');
    expect(process.env).toBe(env);
  });

  test('invalid YAML is one parse-error with the parser position, never a throw', () => {
    expect(parseWorkflowFile('bad.yml', 'on: push\njobs:\n  a: [\n')).toMatchObject({ kind: 'parse-error', file: 'bad.yml', range: { line: 4 } });
    expect(parseWorkflowFile('dup.yml', 'on: push\non: pull_request\njobs: {}\n')).toMatchObject({ kind: 'parse-error', range: { line: 2, column: 1 } });
    expect(parseWorkflowFile('tab.yml', 'on: push\njobs:\n\ta: 1\n').kind).toBe('parse-error');
  });

  test('YAML elsewhere that is not a workflow or action metadata is ignored', () => {
    expect(parseWorkflowFile('dependabot.yml', 'version: 2\nupdates: []\n').kind).toBe('other');
    expect(parseWorkflowFile('list.yml', '- a\n- b\n').kind).toBe('other');
    expect(parseWorkflowFile('empty.yml', '').kind).toBe('other');
    expect(parseWorkflowFile('runs.yml', 'runs:\n  using: node20\n').kind).toBe('other');
    expect(parseWorkflowFile('ci/jobs.yml', 'jobs:\n  - a\n').kind).toBe('other');
    expect(parseWorkflowFile('ci/flow.yml', 'on: push\njobs:\n  a:\n    runs-on: x\n').kind).toBe('workflow');
  });

  test('a workflow or action file of another shape, or in UTF-16, is a parse-error', () => {
    const error = (file: string, text: string) => {
      const parsed = parseWorkflowFile(file, text);
      return parsed.kind === 'parse-error' ? `${parsed.range.line}:${parsed.range.column} ${parsed.message}` : parsed.kind;
    };
    expect(error('.github/workflows/list.yml', '- on: push\n- jobs: {}\n')).toBe('1:1 not a workflow: the file is a list, not a mapping');
    expect(error('.github/workflows/scalar.yml', 'just text\n')).toBe('1:1 not a workflow: the file is a single value, not a mapping');
    expect(error('.github/workflows/empty.yml', '# nothing yet\n')).toBe('1:1 not a workflow: the file is empty, not a mapping');
    expect(error('.github/workflows/dependabot.yml', 'version: 2\nupdates: []\n')).toBe('1:1 not a workflow: no jobs: mapping');
    expect(error('.github/workflows/w.yml', 'on: push\njobs:\n  - build\n')).toBe('2:1 not a workflow: jobs: is not a mapping of job ids');
    expect(error('tools/action.yml', 'name: x\ninputs: {}\n')).toBe('1:1 not action metadata: no runs.using (composite, node24, docker...)');
    expect(error('tools/action.yaml', 'name: x\nruns:\n  main: index.js\n')).toBe('2:1 not action metadata: no runs.using (composite, node24, docker...)');
    expect(error('action.yml', '- a\n')).toBe('1:1 not action metadata: the file is a list, not a mapping');
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('on: push\njobs: {}\n', 'utf16le')]).toString('utf8');
    expect(error('.github/workflows/utf16.yml', utf16)).toBe('1:1 not UTF-8 text: the file looks like UTF-16 or binary, and GitHub reads workflow and action files as UTF-8');
    expect(error('.github/workflows/nul.yml', 'on: push\u0000\n')).toMatch(/^1:1 not UTF-8 text/);
  });

  test('action metadata: composite steps are modelled', () => {
    const action = parseWorkflowFile(
      'sub/action.yaml',
      lines('name: Mine', 'runs:', '  using: composite', '  steps:', '    - uses: actions/cache@v4', '    - run: echo hi', '      shell: bash'),
    ) as ActionModel;
    expect(action).toMatchObject({ kind: 'action', name: 'Mine', using: 'composite' });
    expect(action.steps.map((s) => s.uses?.raw ?? s.run?.value)).toEqual(['actions/cache@v4', 'echo hi']);
  });
});
