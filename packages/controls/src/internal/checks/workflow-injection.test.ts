import { makeRepo, runCheck } from '../../../test/temp-repo';
import { workflowInjection } from './workflow-injection';

describe('workflow-injection', () => {
  test('pass: untrusted text through env', async () => {
    const text = ['on: issues', 'permissions: {}', 'jobs:', '  a:', '    runs-on: ubuntu-latest', '    steps:', '      - run: echo "$T"', '        env:', '          T: ${{ github.event.issue.title }}', ''].join('\n');
    const result = await runCheck(workflowInjection, makeRepo({ '.github/workflows/a.yml': text }));
    expect(result.status).toBe('pass');
  });

  test('skip: nothing to check', async () => {
    expect((await runCheck(workflowInjection, makeRepo({ 'a.txt': 'x' }))).status).toBe('skip');
  });

  test('fail: template injection in run:, and a composite action', async () => {
    const text = ['on: issues', 'jobs:', '  a:', '    runs-on: ubuntu-latest', '    steps:', '      - run: echo "${{ github.event.issue.title }}"', ''].join('\n');
    const action = ['name: x', 'runs:', '  using: composite', '  steps:', '    - shell: bash', '      run: echo "${{ github.head_ref }}"', ''].join('\n');
    const result = await runCheck(workflowInjection, makeRepo({ '.github/workflows/a.yml': text, 'tools/act/action.yml': action }));
    expect(result.status).toBe('fail');
    expect(result.evidence).toEqual([
      { file: '.github/workflows/a.yml', line: 6 },
      { file: 'tools/act/action.yml', line: 6 },
    ]);
  });

  test('fail: pull_request_target checking out the PR head; warn: the trigger alone', async () => {
    const head = ['on: pull_request_target', 'jobs:', '  a:', '    runs-on: ubuntu-latest', '    steps:'];
    const checkout = [...head, '      - uses: actions/checkout@v4', '        with:', '          ref: ${{ github.event.pull_request.head.sha }}', ''].join('\n');
    const failed = await runCheck(workflowInjection, makeRepo({ '.github/workflows/t.yml': checkout }));
    expect(failed.status).toBe('fail');
    // The trigger (dangerous-triggers, an error where the PR head runs) and the checkout's ref (untrusted-checkout).
    expect(failed.evidence).toEqual([
      { file: '.github/workflows/t.yml', line: 1 },
      { file: '.github/workflows/t.yml', line: 8 },
    ]);
    const alone = [...head, '      - run: echo labelled', ''].join('\n');
    const warned = await runCheck(workflowInjection, makeRepo({ '.github/workflows/t.yml': alone }));
    expect(warned).toEqual({
      status: 'warn',
      details: '.github/workflows/t.yml runs on pull_request_target (privileged: secrets and a write token on events outsiders cause)',
      evidence: [{ file: '.github/workflows/t.yml', line: 1 }],
    });
  });

  test("pass: a step's own output in run: is the workflow check's note, not an injection failure", async () => {
    const text = ['on: push', 'jobs:', '  a:', '    runs-on: ubuntu-latest', '    steps:', '      - id: v', '        run: echo "n=1" >> "$GITHUB_OUTPUT"', '      - run: echo "${{ steps.v.outputs.n }}"', ''].join('\n');
    expect((await runCheck(workflowInjection, makeRepo({ '.github/workflows/a.yml': text }))).status).toBe('pass');
  });
});
