import { makeRepo, runCheck } from '../../../test/temp-repo';
import { secretsSyncStep } from './secrets-sync-step';

const SHA = 'b4ffde65f46336ab88eb53be808477a3936bae11';
const job = (id: string, ...steps: string[]): string[] => [`  ${id}:`, '    runs-on: ubuntu-latest', '    steps:', ...steps];

describe('secrets-sync-step', () => {
  test('pass: the sync action, or a step with the runbook name', async () => {
    const text = [
      'on: push',
      'jobs:',
      ...job('lint', `      - uses: acme/mcp-secrets/sync@${SHA}`),
      ...job('test', '      - name: Sync secure secrets', '        run: ./scripts/sync.sh'),
      ...job('docs', '      - run: make docs'),
      '',
    ].join('\n');
    const result = await runCheck(secretsSyncStep, makeRepo({ '.github/workflows/ci.yml': text }));
    expect(result).toEqual({
      status: 'pass',
      details: '2 job(s) sync their secrets with this suite',
      evidence: [
        { file: '.github/workflows/ci.yml', line: 6 },
        { file: '.github/workflows/ci.yml', line: 10 },
      ],
    });
  });

  test('fail: a smoke job without sync; job names are configurable', async () => {
    const text = ['on: push', 'jobs:', ...job('smoke', '      - run: ./smoke.sh'), ...job('e2e', '      - run: ./e2e.sh'), ''].join('\n');
    const dir = makeRepo({ '.github/workflows/ci.yml': text });
    expect(await runCheck(secretsSyncStep, dir)).toEqual({
      status: 'fail',
      details: 'job `smoke` in .github/workflows/ci.yml does not sync secrets',
      evidence: [{ file: '.github/workflows/ci.yml', line: 3 }],
    });
    const configured = await runCheck(secretsSyncStep, dir, { options: { syncJobs: ['e2e'] } });
    expect(configured.evidence).toEqual([{ file: '.github/workflows/ci.yml', line: 7 }]);
  });

  test('skip: no such job', async () => {
    const text = ['on: push', 'jobs:', ...job('build', '      - run: make'), ''].join('\n');
    expect((await runCheck(secretsSyncStep, makeRepo({ '.github/workflows/ci.yml': text }))).status).toBe('skip');
  });
});
