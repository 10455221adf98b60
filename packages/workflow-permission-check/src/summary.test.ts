import type { ReportFinding } from '@mcp-secrets/reporting';
import { checkSummary } from './summary';

const finding = (overrides: Partial<ReportFinding>): ReportFinding => ({
  ruleId: 'excessive-permissions',
  level: 'warning',
  message: 'm',
  file: '.github/workflows/a.yml',
  line: 1,
  column: 1,
  ...overrides,
});

describe('checkSummary', () => {
  test('a fix shared by several findings is shown once, naming each line and rule', () => {
    const fix = 'permissions:\n  contents: read';
    const text = checkSummary({
      verdict: 'warn',
      filesChecked: 1,
      findings: [finding({ line: 2, fix }), finding({ line: 9, ruleId: 'undeclared-permissions', fix }), finding({ line: 4 })],
    });
    expect(text).toContain(
      '### Fixes\n\n#### <code>.github/workflows/a.yml</code>\n\n' +
        'For line 2 (<code>excessive-permissions</code>), line 9 (<code>undeclared-permissions</code>):\n\n```yaml\npermissions:\n  contents: read\n```\n',
    );
    expect(text).toContain('| 0 | 3 | 0 | 1 | built-in defaults |');
  });

  test('a fix holding backticks gets a longer fence, so it cannot close the block', () => {
    const text = checkSummary({ verdict: 'fail', filesChecked: 1, findings: [finding({ fix: 'run: |\n  ```\n  echo' })] });
    expect(text).toContain('````yaml\nrun: |\n  ```\n  echo\n````');
  });

  test('what does not fit is left to the SARIF log, or to the CLI when there is none', () => {
    const findings = Array.from({ length: 1200 }, (_, i) => finding({ line: i + 1, fix: `permissions:\n  contents: read # ${i} ${'x'.repeat(200)}` }));
    const withSarif = checkSummary({ verdict: 'warn', filesChecked: 1, findings, sarifFile: 'wf.sarif' });
    expect(withSarif).toContain('_200 more findings not shown here; see wf.sarif._');
    // One file's fixes are cut block by block, not all or nothing.
    expect(withSarif).toContain('For line 1 (<code>excessive-permissions</code>)');
    expect(withSarif).toMatch(/_\d+ more fixes not shown here; see wf\.sarif\._\n$/);
    const without = checkSummary({ verdict: 'warn', filesChecked: 1, findings });
    expect(without).toMatch(/_\d+ more fixes not shown here; see the output of mcp-secrets check-workflows\._\n$/);
    expect(Buffer.byteLength(without)).toBeLessThan(520 * 1024);
  });

  test('no fixes, no Fixes section', () => {
    expect(checkSummary({ verdict: 'pass', filesChecked: 3, findings: [] })).not.toContain('Fixes');
  });
});
