import { analyzeWorkflows } from '../../index';
import { untrustedContext } from './template-injection';

const lines = (...l: string[]): string => `${l.join('\n')}\n`;
const check = (text: string, path = '.github/workflows/w.yml') =>
  analyzeWorkflows({ files: [{ path, text }], rules: ['template-injection'] }).findings;
const where = (text: string, path?: string) => check(text, path).map((f) => `${f.line}:${f.column}-${f.endLine}:${f.endColumn} ${f.severity}`);

describe('template-injection', () => {
  test('flags untrusted contexts in run: at the exact column, inside block and quoted scalars', () => {
    const text = lines(
      'on: [issues, pull_request_target]',
      'permissions: {}',
      'jobs:',
      '  greet:',
      '    runs-on: ubuntu-latest',
      '    steps:',
      '      - run: echo "${{ github.event.issue.title }}"',
      '      - run: |',
      '          echo ok',
      '          echo "${{github.head_ref}}" && echo "${{ github.event.pull_request.body }}"',
      '      - run: "printf \'%s\' \'${{ toJSON(github.event) }}\'"',
      '      - run: >-',
      '          git log -1 --format=${{ github.event.head_commit.message }}',
    );
    expect(where(text)).toEqual([
      '7:20-7:51 error',
      '10:17-10:37 error',
      '10:48-10:85 error',
      '11:28-11:55 error',
      '13:31-13:70 error',
    ]);
    const [first] = check(text);
    expect(first.message).toContain('github.event.issue.title');
    expect(first.fix).toBe('env:\n  ISSUE_TITLE: ${{ github.event.issue.title }}');
  });

  test('flags github-script script: and composite actions', () => {
    const workflow = lines(
      'on: issue_comment',
      'jobs:',
      '  a:',
      '    runs-on: ubuntu-latest',
      '    steps:',
      '      - uses: actions/github-script@v7',
      '        with:',
      '          script: |',
      '            const body = `${{ github.event.comment.body }}`;',
    );
    expect(where(workflow)).toEqual(['9:27-9:59 error']);
    expect(check(workflow)[0].message).toContain('process.env.COMMENT_BODY');
    const action = lines(
      'name: x',
      'runs:',
      '  using: composite',
      '  steps:',
      '    - shell: bash',
      '      run: echo "${{ github.event.pull_request.head.ref }}"',
    );
    expect(where(action, 'tools/action.yml')).toEqual(['6:18-6:59 error']);
  });

  test('does not flag trusted contexts, env indirection, or untrusted text outside scripts', () => {
    const text = lines(
      'on: pull_request_target',
      'jobs:',
      '  a:',
      '    runs-on: ubuntu-latest',
      '    if: contains(github.event.pull_request.title, "x")',
      '    steps:',
      '      - run: echo "$TITLE" ${{ github.event.pull_request.number }} ${{ github.sha }} ${{ secrets.github_pat }}',
      '        env:',
      '          TITLE: ${{ github.event.pull_request.title }}',
      '      - uses: some/action@v1',
      '        with:',
      '          script: ${{ github.event.issue.body }}',
      '      - run: echo ${{ steps.github.outputs.head_ref }} ${{ github.event.pull_request.head.sha }}',
      '      # run: echo ${{ github.event.issue.title }}',
    );
    expect(where(text)).toEqual([]);
  });

  test('an env variable set from an untrusted context and expanded with ${{ env.X }}', () => {
    const text = lines(
      'on: issues',
      'env:',
      '  TITLE: ${{ github.event.issue.title }}',
      'jobs:',
      '  a:',
      '    runs-on: ubuntu-latest',
      '    steps:',
      '      - run: echo "${{ env.TITLE }}" "$TITLE"',
      '      - run: echo "${{ env.TITLE }}"',
      '        env:',
      '          TITLE: fixed',
    );
    expect(where(text)).toEqual(['8:20-8:36 error']);
    const [finding] = check(text);
    expect(finding.message).toBe(
      'env.TITLE (from github.event.issue.title) is controlled by whoever opens the issue, pull request or commit, and ${{ }} pastes it into the `run:` script before it runs: use "$TITLE" instead',
    );
    expect(finding.fix).toBeUndefined();
  });

  test('untrustedContext normalises indexes and brackets', () => {
    expect(untrustedContext("github.event['pull_request'].title")).toBe('github.event.pull_request.title');
    expect(untrustedContext('github.event.commits[0].message')).toBe('github.event.commits.*.message');
    expect(untrustedContext('toJSON(github.event.pull_request)')).toBe('github.event.pull_request');
    expect(untrustedContext('github.event.pull_request.labels.*.name')).toBeUndefined();
    expect(untrustedContext('github.event_name')).toBeUndefined();
  });
});
