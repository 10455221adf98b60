import { fitSections, gateSummary } from './summary';
import type { PartOutcome } from './outcome';

const part = (over: Partial<PartOutcome>): PartOutcome => ({
  id: 'audit',
  action: 'audit',
  title: 'Secrets audit',
  prefix: 'audit-',
  status: 'pass',
  headline: 'no secrets found',
  summary: '## Secrets audit\n\nok\n',
  ...over,
});

describe('gateSummary', () => {
  test('totals on top, then each part section in order', () => {
    const md = gateSummary({
      status: 'fail',
      omittedAnnotations: 0,
      parts: [
        part({}),
        part({ id: 'workflows', action: 'workflow-permission-check', title: 'Workflow permission check', prefix: 'workflows-', status: 'warn', headline: '1 warning in 2 files', summary: '## Workflow permission check\n' }),
        part({ id: 'controls', action: 'ops-controls', title: 'Ops controls', prefix: 'controls-', status: 'error', headline: 'configuration error', summary: '', error: { message: "input 'controls-checks': unknown check 'nope'", configuration: true } }),
      ],
    });
    expect(md.startsWith('## Security gate\n')).toBe(true);
    expect(md).toContain('❌ **Failed**: 1 of 3 parts failed');
    expect(md).toContain('| Secrets audit<br><code>audit-&#42;</code> | ✅ pass | no secrets found |');
    expect(md).toContain('| ❌ error | configuration error |');
    expect(md).toContain('## Ops controls\n\n❌ **Configuration error**: input &#39;controls-checks&#39;: unknown check &#39;nope&#39;');
    expect(md.indexOf('## Secrets audit')).toBeLessThan(md.indexOf('## Workflow permission check'));
    expect(md.indexOf('## Workflow permission check')).toBeLessThan(md.indexOf('## Ops controls'));
  });

  test('all parts passing', () => {
    expect(gateSummary({ status: 'pass', omittedAnnotations: 0, parts: [part({})] })).toContain('✅ **Passed**: all 1 parts passed');
  });
});

describe('fitSections', () => {
  test('sections that fit are untouched', () => {
    expect(fitSections(['a\n', 'b\n'], 100)).toEqual(['a\n', 'b\n']);
  });

  test('a huge section is cut at a line to its share, small ones keep their room, fences stay closed', () => {
    const huge = `## big\n\n\`\`\`yaml\n${'line of yaml\n'.repeat(5000)}\`\`\`\n`;
    const [small, big] = fitSections(['## small\n', huge], 2000);
    expect(small).toBe('## small\n');
    expect(Buffer.byteLength(big ?? '')).toBeLessThanOrEqual(2000 - Buffer.byteLength('## small\n'));
    expect(big).toContain('cut to fit GitHub');
    expect(((big ?? '').match(/^```/gm) ?? []).length % 2).toBe(0);
  });
});
