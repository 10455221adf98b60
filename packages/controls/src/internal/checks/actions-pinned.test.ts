import { makeRepo, runCheck } from '../../../test/temp-repo';
import { actionsPinned } from './actions-pinned';

const SHA = 'b4ffde65f46336ab88eb53be808477a3936bae11';
const steps = (...uses: string[]): string =>
  ['on: push', 'jobs:', '  a:', '    runs-on: ubuntu-latest', '    steps:', ...uses.map((u) => `      - uses: ${u}`), ''].join('\n');

describe('actions-pinned', () => {
  test('pass: SHAs, local actions, digest-pinned images', async () => {
    const text = steps(`actions/checkout@${SHA}`, `acme/deploy@${SHA} # v2`, './.github/actions/setup', 'docker://alpine@sha256:' + 'a'.repeat(64));
    expect((await runCheck(actionsPinned, makeRepo({ '.github/workflows/a.yml': text }))).status).toBe('pass');
  });

  test('skip: nothing to check', async () => {
    expect((await runCheck(actionsPinned, makeRepo({ 'a.txt': 'x' }))).status).toBe('skip');
  });

  test('warn: first-party by tag', async () => {
    const result = await runCheck(actionsPinned, makeRepo({ '.github/workflows/a.yml': steps('actions/checkout@v4') }));
    expect(result.status).toBe('warn');
    expect(result.evidence).toEqual([{ file: '.github/workflows/a.yml', line: 6 }]);
  });

  test('fail: third party by tag or branch, in workflows and action.yml', async () => {
    const action = ['name: x', 'runs:', '  using: composite', '  steps:', '    - uses: acme/tool@main', ''].join('\n');
    const dir = makeRepo({ '.github/workflows/a.yml': steps('actions/setup-node@v4', 'acme/deploy@v2'), 'action.yml': action });
    const result = await runCheck(actionsPinned, dir);
    expect(result.status).toBe('fail');
    expect(result.evidence).toEqual([
      { file: '.github/workflows/a.yml', line: 7 },
      { file: 'action.yml', line: 5 },
      { file: '.github/workflows/a.yml', line: 6 },
    ]);
  });
});
