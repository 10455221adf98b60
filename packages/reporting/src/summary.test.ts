import { finding } from './__fixtures__/findings';
import { summarySection } from './summary';
import type { ReportFinding } from './types';

const LINKS = { serverUrl: 'https://github.com', repository: 'org/repo', ref: 'abc123' };

function many(n: number): ReportFinding[] {
  return Array.from({ length: n }, (_, i) => finding({ file: `dir/file${i % 3}.ts`, line: i + 1 }));
}

describe('summarySection', () => {
  test('a clean run: title, verdict and counts, no findings tables', () => {
    const md = summarySection({ title: 'Secrets audit', verdict: 'pass', findings: [], facts: [['Files scanned', 12], ['Time', '0.4 s']] });
    expect(md).toBe(
      '## Secrets audit\n\n✅ **Passed**: no findings\n\n' +
        '| Errors | Warnings | Notes | Files scanned | Time |\n| --- | --- | --- | --- | --- |\n| 0 | 0 | 0 | 12 | 0.4 s |\n\n',
    );
  });

  test('findings grouped by file with line links, rule counts, snippet and fix', () => {
    const md = summarySection({
      title: 'Workflow permissions',
      verdict: 'fail',
      links: LINKS,
      findings: [
        finding({ file: 'b dir/x.yml', line: 4, endLine: 6, fix: 'permissions:\n  contents: read', snippet: undefined, ruleId: 'excessive-permissions', level: 'warning' }),
        finding({ file: 'a.ts', line: 3 }),
      ],
      notes: ['1 more finding not annotated'],
      headingLevel: 3,
    });
    expect(md).toContain('### Workflow permissions\n\n❌ **Failed**: 1 error, 1 warning\n');
    expect(md).toContain('1 more finding not annotated\n');
    expect(md).toContain('#### Findings per rule\n\n| Rule | Findings |\n| --- | --- |\n| <code>excessive-permissions</code> | 1 |\n| <code>github-pat</code> | 1 |\n');
    expect(md.indexOf('##### <code>a.ts</code> (1 finding)')).toBeLessThan(md.indexOf('##### <code>b dir/x.yml</code>'));
    expect(md).toContain('| Line | Level | Rule | Message | Snippet (redacted) |');
    expect(md).toContain(
      '| [3](https://github.com/org/repo/blob/abc123/a.ts#L3) | error | <code>github-pat</code> | GitHub personal access token | <code>const token = &quot;ghp&#95;&#42;&#42;&#42;&#42;&quot;</code> |',
    );
    // No snippet column for a file without snippets; the range anchor and the fix.
    expect(md).toContain(
      '| [4–6](https://github.com/org/repo/blob/abc123/b%20dir/x.yml#L4-L6) | warning | <code>excessive-permissions</code> | GitHub personal access token<br>Fix: <code>permissions:<br>  contents: read</code> |',
    );
  });

  test('history findings get a Commit column (short SHA, author, date, subject); every finding its fingerprint', () => {
    const commit = { sha: 'c0ffee1234567890c0ffee1234567890c0ffee12', author: 'Ada | <b>x</b>', email: 'ada@example.com', date: '2026-01-02T03:04:05Z', message: 'add *the* client\nbody' };
    const md = summarySection({ title: 'T', verdict: 'fail', findings: [finding({ commit, ignoreEntry: `${commit.sha}:src/config.ts:github-pat:3`, snippet: undefined })] });
    expect(md).toContain('| Line | Level | Rule | Message | Commit |');
    expect(md).toContain(
      `| 3 | error | <code>github-pat</code> | GitHub personal access token<br>Fingerprint: <code>${commit.sha}:src/config.ts:github-pat:3</code> | ` +
        '<code>c0ffee1</code> by Ada &#124; &lt;b&gt;x&lt;/b&gt; &lt;ada@example.com&gt; on 2026-01-02T03:04:05Z: add &#42;the&#42; client |',
    );
  });

  test('hostile text from scanned files cannot break out of its cell', () => {
    const md = summarySection({
      title: 'T',
      verdict: 'warn',
      findings: [finding({ file: 'x|y.ts', message: '| <script>alert(1)</script>\n## heading', snippet: '`code` | [x](y)' })],
    });
    expect(md).not.toMatch(/<script>|\n## heading/);
    const row = md.split('\n').find((line) => line.includes('alert'));
    expect(row?.split(' | ')).toHaveLength(5);
  });

  test('rows beyond maxRows are left out with a note naming the report', () => {
    const md = summarySection({ title: 'T', verdict: 'fail', findings: many(30), maxRows: 10, reportName: 'the gitleaks-report artifact' });
    expect(md.match(/^\| \d+ \| error/gm)).toHaveLength(10);
    expect(md.endsWith('\n_20 more findings not shown here; see the gitleaks-report artifact._\n')).toBe(true);
  });

  test('stays within the byte budget, however many findings', () => {
    const findings = many(20_000).map((f, i) => ({ ...f, message: `${'é'.repeat(200)} ${i}` }));
    const md = summarySection({ title: 'T', verdict: 'fail', findings, maxBytes: 64 * 1024, maxRows: 100_000 });
    expect(Buffer.byteLength(md)).toBeLessThanOrEqual(64 * 1024);
    expect(md).toMatch(/\d+ more findings not shown here; see the report\./);
  });

  test('the default budget keeps a large run well under GitHub’s 1 MiB', () => {
    const md = summarySection({ title: 'T', verdict: 'fail', findings: many(50_000), maxRows: 50_000 });
    expect(Buffer.byteLength(md)).toBeLessThanOrEqual(512 * 1024);
  });

  test('given counts win over the counted findings (for a list cut short upstream)', () => {
    const md = summarySection({ title: 'T', verdict: 'fail', findings: [finding()], counts: { error: 40 } });
    expect(md).toContain('❌ **Failed**: 40 errors\n');
    expect(md).toContain('| 40 | 0 | 0 |');
  });
});
