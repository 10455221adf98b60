import { analyzeWorkflows } from '../../index';
import { untrustedContext } from './template-injection';

const lines = (...l: string[]): string => `${l.join('\n')}\n`;
const check = (text: string, path = '.github/workflows/w.yml') =>
  analyzeWorkflows({ files: [{ path, text }], rules: ['template-injection'] }).findings;
const where = (text: string, path?: string) => check(text, path).map((f) => `${f.line}:${f.column}-${f.endLine}:${f.endColumn} ${f.severity}`);
const job = (...steps: string[]) => ['jobs:', '  a:', '    runs-on: ubuntu-latest', '    steps:', ...steps];

describe('template-injection', () => {
  test('reports each attacker-controlled context at the context inside ${{ }}, in block and quoted scalars', () => {
    const text = lines(
      'on: [issues, pull_request_target]',
      'permissions: {}',
      ...job(
        '      - run: echo "${{ github.event.issue.title }}"',
        '      - run: |',
        '          echo ok',
        '          echo "${{github.head_ref}}" && echo "${{ github.event.pull_request.body }}"',
        '      - run: "printf \'%s\' \'${{ toJSON(github.event) }}\'"',
        '      - run: >-',
        '          git log -1 --format=${{ github.event.head_commit.message }}',
      ),
    );
    expect(where(text)).toEqual(['7:24-7:48 error', '10:20-10:35 error', '10:52-10:82 error', '11:39-11:51 error', '13:35-13:67 error']);
    const [first] = check(text);
    expect(first.message).toContain('github.event.issue.title is controlled by whoever opens');
    expect(first.fix).toBe('env:\n  ISSUE_TITLE: ${{ github.event.issue.title }}');
  });

  test('every context that flows into the value, through || and format(); none through comparisons', () => {
    const text = lines(
      'on: issues',
      ...job(
        "      - run: echo ${{ github.event.issue.title || github.head_ref }} ${{ format('{0}', github.event.issue.body) }}",
        "      - run: echo ${{ github.event.issue.title == 'x' }} ${{ contains(github.event.issue.body, 'y') }} ${{ !github.head_ref }}",
      ),
    );
    expect(where(text)).toEqual(['6:23-6:47 error', '6:51-6:66 error', '6:88-6:111 error']);
  });

  test('github-script script:, other code inputs, and composite actions', () => {
    const workflow = lines(
      'on: issue_comment',
      ...job(
        '      - uses: actions/github-script@v7',
        '        with:',
        '          script: |',
        '            const body = `${{ github.event.comment.body }}`;',
        '      - uses: azure/cli@v2',
        '        with:',
        '          inlineScript: echo ${{ github.event.issue.title }}',
        '      - uses: some/action@v1',
        '        with:',
        '          script: ${{ github.event.issue.body }}',
      ),
    );
    expect(where(workflow)).toEqual(['9:31-9:56 error', '12:34-12:58 error']);
    expect(check(workflow)[0].message).toContain('process.env.COMMENT_BODY');
    const action = lines(
      'name: x',
      'inputs:',
      '  ref: {}',
      'runs:',
      '  using: composite',
      '  steps:',
      '    - shell: bash',
      '      run: echo "${{ github.event.pull_request.head.ref }}" ${{ inputs.ref }} ${{ inputs.REF }}',
    );
    expect(where(action, 'tools/action.yml')).toEqual(['8:22-8:56 error', '8:65-8:75 error', '8:83-8:93 error']);
  });

  test('fixed contexts, secrets, boolean and choice inputs, static env and static matrix values are left alone', () => {
    const text = lines(
      'on:',
      '  workflow_dispatch:',
      '    inputs:',
      '      dry: { type: boolean }',
      '      level: { type: choice, options: [a, b] }',
      '      name: { type: string }',
      'env:',
      '  MODE: fast',
      'jobs:',
      '  a:',
      '    runs-on: ubuntu-latest',
      '    strategy:',
      '      matrix:',
      '        os: [ubuntu-latest, windows-latest]',
      '    steps:',
      '      - run: echo ${{ github.sha }} ${{ github.workspace }} ${{ secrets.TOKEN }} ${{ inputs.dry }} ${{ inputs.level }} ${{ env.MODE }} ${{ matrix.os }} ${{ github.event.pull_request.number }}',
      '      - run: echo ${{ inputs.name }}',
      '        if: contains(github.event.pull_request.title, "x")',
      '      # run: echo ${{ github.event.issue.title }}',
    );
    expect(where(text)).toEqual(['17:23-17:34 error']);
  });

  test('github.event.inputs.x is the typed input x; SHAs in the payload are fixed', () => {
    const text = lines(
      'on:',
      '  workflow_dispatch:',
      '    inputs:',
      '      level: { type: choice, options: [a, b] }',
      '      name: { type: string }',
      ...job(
        '      - run: echo ${{ github.event.inputs.level }} ${{ github.event.pull_request.base.sha }} ${{ github.event.pull_request.merge_commit_sha }}',
        '      - run: echo ${{ github.event.inputs.name }}',
      ),
    );
    expect(check(text).map((f) => `${f.line}:${f.column} ${f.severity} ${f.message.includes('input') ? 'input' : 'other'}`)).toEqual(['11:23 error input']);
  });

  test('env values set at run time are notes, set from attacker data errors; matrix values built by expressions warn', () => {
    const text = lines(
      'on: issues',
      'env:',
      '  TITLE: ${{ github.event.issue.title }}',
      'jobs:',
      '  a:',
      '    runs-on: ubuntu-latest',
      '    strategy:',
      '      matrix:',
      '        include:',
      '          - name: ${{ github.event.issue.body }}',
      '          - tag: ${{ vars.TAG }}',
      '    steps:',
      '      - run: echo "${{ env.TITLE }}" "$TITLE" ${{ env.UNSET }}',
      '      - run: echo "${{ env.title }}" ${{ matrix.name }} ${{ matrix.tag }}',
      '        env:',
      '          TITLE: fixed',
    );
    expect(where(text)).toEqual(['13:24-13:33 error', '13:51-13:60 note', '14:42-14:53 error', '14:61-14:71 warning']);
    const [finding] = check(text);
    expect(finding.message).toBe(
      'env.TITLE is set from github.event.issue.title, and ${{ }} pastes it into the `run:` script before it runs: use "$TITLE" instead',
    );
    expect(finding.fix).toBeUndefined();
  });

  test('step and job outputs are notes, errors when a step wrote them from attacker data', () => {
    const text = lines(
      'on: pull_request_target',
      'jobs:',
      '  a:',
      '    runs-on: ubuntu-latest',
      '    outputs:',
      '      title: ${{ steps.t.outputs.title }}',
      '    steps:',
      '      - id: t',
      '        run: echo "title=${{ github.event.pull_request.title }}" >> "$GITHUB_OUTPUT"',
      '      - id: v',
      '        run: echo "v=1" >> "$GITHUB_OUTPUT"',
      '      - run: echo ${{ steps.t.outputs.title }} ${{ steps.v.outputs.v }}',
      '  b:',
      '    needs: a',
      '    runs-on: ubuntu-latest',
      '    steps:',
      '      - run: echo ${{ needs.a.outputs.title }} ${{ fromJSON(needs.a.outputs.list)[0] }}',
    );
    expect(where(text)).toEqual(['9:30-9:61 error', '12:23-12:44 error', '12:52-12:69 note', '17:23-17:44 error', '17:52-17:85 note']);
  });

  test('a step output is attacker data only when the data is on a line that writes it: a group or here-document sent to GITHUB_OUTPUT counts, a value mapped or read back does not', () => {
    const text = lines(
      'on:',
      '  workflow_dispatch:',
      '    inputs:',
      '      host: { type: string }',
      ...job(
        '      - id: mapped',
        '        env:',
        '          HOST: ${{ inputs.host }}',
        '        run: |',
        '          case "$HOST" in',
        '            linux) bin=tool ;;',
        '            *) exit 1 ;;',
        '          esac',
        '          echo "bin=$bin" >> "$GITHUB_OUTPUT"',
        '      - id: grouped',
        '        env:',
        '          HOST: ${{ inputs.host }}',
        '        run: |',
        '          {',
        '            echo "host=$HOST"',
        '          } >> "$GITHUB_OUTPUT"',
        '      - id: heredoc',
        '        run: |',
        '          cat <<EOF >> "$GITHUB_OUTPUT"',
        '          name=${{ github.event.inputs.host }}',
        '          EOF',
        '      - run: echo ${{ steps.mapped.outputs.bin }} ${{ steps.grouped.outputs.host }} ${{ steps.heredoc.outputs.name }}',
      ),
    );
    expect(where(text)).toEqual(['28:20-28:44 error', '30:23-30:47 note', '30:55-30:81 error', '30:89-30:115 error']);
  });

  test('untrustedContext normalises indexes and brackets', () => {
    expect(untrustedContext("github.event['pull_request'].title")).toBe('github.event.pull_request.title');
    expect(untrustedContext('github.event.commits[0].message')).toBe('github.event.commits.*.message');
    expect(untrustedContext('toJSON(github.event.pull_request)')).toBe('github.event.pull_request');
    expect(untrustedContext('github.event.pull_request.labels.*.name')).toBeUndefined();
    expect(untrustedContext('github.event_name')).toBeUndefined();
  });
});
