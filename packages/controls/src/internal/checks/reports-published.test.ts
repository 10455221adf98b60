import { makeRepo, runCheck } from '../../../test/temp-repo';
import { reportsPublished } from './reports-published';

const SHA = 'b4ffde65f46336ab88eb53be808477a3936bae11';
const wf = (...steps: string[]): string => ['on: push', 'jobs:', '  a:', '    runs-on: ubuntu-latest', '    steps:', ...steps, ''].join('\n');

describe('reports-published', () => {
  test('pass: the suite actions upload by default; an explicit upload step counts too', async () => {
    const text = wf(
      `      - uses: acme/mcp-secrets/audit@${SHA}`,
      '      - run: mcp-secrets ops-controls',
      `      - uses: actions/upload-artifact@${SHA}`,
      '        if: always()',
      '        with:',
      '          name: ops-controls-report',
      '          path: ops-controls-report.json',
    );
    const result = await runCheck(reportsPublished, makeRepo({ '.github/workflows/ci.yml': text }));
    expect(result).toEqual({
      status: 'pass',
      details: 'both reports are published on every run',
      evidence: [
        { file: '.github/workflows/ci.yml', line: 6 },
        { file: '.github/workflows/ci.yml', line: 8 },
      ],
    });
  });

  test('pass: the gate, local form', async () => {
    expect((await runCheck(reportsPublished, makeRepo({ '.github/workflows/ci.yml': wf('      - uses: ./') }))).status).toBe('pass');
  });

  test('fail: never published (uploads switched off)', async () => {
    const text = wf('      - uses: ./', '        with:', "          audit-upload-artifact: 'false'");
    const result = await runCheck(reportsPublished, makeRepo({ '.github/workflows/ci.yml': text }));
    expect(result).toEqual({ status: 'fail', details: '`gitleaks-report` is never published', evidence: [] });
  });

  test('warn: an expression name, and an upload only on failure', async () => {
    const text = wf(
      `      - uses: actions/upload-artifact@${SHA}`,
      '        with:',
      '          name: ${{ matrix.os }}-gitleaks-report',
      `      - uses: acme/mcp-secrets/ops-controls@${SHA}`,
      '        if: failure()',
    );
    const result = await runCheck(reportsPublished, makeRepo({ '.github/workflows/ci.yml': text }));
    expect(result).toEqual({
      status: 'warn',
      details: '`gitleaks-report`: the upload name `${{ matrix.os }}-gitleaks-report` is an expression; `ops-controls-report`: uploaded only `if: failure()`',
      evidence: [
        { file: '.github/workflows/ci.yml', line: 6 },
        { file: '.github/workflows/ci.yml', line: 9 },
      ],
    });
  });
});
