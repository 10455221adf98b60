import type { ControlsReport, ReportedCheck } from '@mcp-secrets/controls';
import { opsControlsSummary } from './summary';
import { renderChecksText } from './text';

const check = (over: Partial<ReportedCheck>): ReportedCheck => ({
  id: 'actions-pinned',
  title: 'Third-party actions are pinned',
  status: 'pass',
  severity: 'high',
  details: 'all pinned',
  evidence: [],
  remediation: 'Pin them.',
  ...over,
});

const report = (checks: ReportedCheck[]): ControlsReport => ({
  schema: 1,
  tool: { name: 'mcp-secrets ops-controls', version: '0.1.0' },
  generated_at: '2026-06-01T00:00:00.000Z',
  repository: 'org/repo',
  commit: 'abc',
  summary: {
    pass: checks.filter((c) => c.status === 'pass').length,
    fail: checks.filter((c) => c.status === 'fail').length,
    warn: checks.filter((c) => c.status === 'warn').length,
    skip: checks.filter((c) => c.status === 'skip').length,
  },
  checks,
});

const failing = check({
  status: 'fail',
  details: 'x.yml:3 uses `a/b@v1`\u001b[31m',
  evidence: [1, 2, 3, 4].map((line) => ({ file: 'x.yml', line })),
});

describe('renderChecksText', () => {
  test('colour only when asked; evidence capped; control characters neutralised', () => {
    const plain = renderChecksText(report([failing, check({ id: 'security-policy', status: 'skip', details: 'no file' })]), {
      color: false,
      failOn: 'fail',
      failed: true,
      reportFile: 'r.json',
    });
    expect(plain).not.toContain('\u001b');
    expect(plain).toContain('✖ fail  actions-pinned   x.yml:3 uses `a/b@v1`?[31m');
    expect(plain).toContain('↳ x.yml:3\n');
    expect(plain).toContain('↳ and 1 more in the report');
    expect(plain).toContain('fix: Pin them.');
    expect(plain).toContain('- skip  security-policy  no file');
    expect(plain.trimEnd().split('\n').at(-1)).toBe('✖ Failed: 0 passed, 1 failed, 0 warned, 1 skipped (fail-on: fail); report in r.json');
    const coloured = renderChecksText(report([failing]), { color: true, failOn: 'fail', failed: true, reportFile: 'r.json' });
    expect(coloured).toContain('\u001b[31m✖ fail \u001b[0m');
  });
});

describe('opsControlsSummary', () => {
  test('backtick spans become <code>, everything else from the repository stays inert', () => {
    const markdown = opsControlsSummary({
      report: report([check({ status: 'warn', details: '`x|y` <img src=x> [link](http://evil)', evidence: [{ file: 'a b/c#d.yml', line: 2 }] })]),
      failOn: 'warn',
      failed: true,
      reportFile: 'ops-controls-report.json',
      links: { serverUrl: 'https://github.com/', repository: 'org/repo', sha: 'abc' },
    });
    expect(markdown).toContain('<code>x&#124;y</code> &lt;img src=x&gt; &#91;link&#93;(http://evil)');
    expect(markdown).toContain('(https://github.com/org/repo/blob/abc/a%20b/c%23d.yml#L2)');
    expect(markdown).toContain('❌ **Failed** (fail-on: warn) for org/repo @ abc');
  });
});
