import type { ReportFinding } from '@mcp-secrets/reporting';
import { memoryPorts } from '../../../test/support/memory-ports';
import { annotateInlineAllowed, asInlineAllowed, inlineAllowedSection } from './inline-allowed';

const finding = (line: number): ReportFinding => ({
  ruleId: 'test-token',
  level: 'error',
  message: 'Secret matched rule test-token in commit abc1234: REDACTED',
  file: '/ws/src/app.ts',
  line,
  column: 5,
  endLine: line,
  endColumn: 20,
  snippet: 'key = "REDACTED"',
});

describe('gitleaks:allow added by a pull request', () => {
  test('notices at their lines, eight at most, then how many more', () => {
    const ports = memoryPorts();
    annotateInlineAllowed(ports, asInlineAllowed(Array.from({ length: 10 }, (_, i) => finding(i + 1))), '/ws');
    const notices = ports.lines.filter((l) => l.level === 'notice');
    expect(notices).toHaveLength(9);
    expect(notices[0]).toEqual({
      level: 'notice',
      message: 'Secret matched rule test-token in commit abc1234: REDACTED (suppressed inline by this pull request (gitleaks:allow))',
      place: { title: 'audit: gitleaks:allow added by this pull request', file: 'src/app.ts', startLine: 1, endLine: 1, startColumn: 5, endColumn: 20 },
    });
    expect(notices[8]?.message).toBe('2 more finding(s) suppressed inline by this pull request (gitleaks:allow); the job summary lists them');
  });

  test('a summary section with the redacted snippets; none without any', () => {
    const section = inlineAllowedSection([finding(3)], (file) => file.replace('/ws/', ''));
    expect(section).toContain('### Suppressed inline by this pull request (1)');
    expect(section).toContain('| <code>src/app.ts</code> | 3 | <code>test-token</code> | <code>key = &quot;REDACTED&quot;</code> |');
    expect(inlineAllowedSection([], (file) => file)).toBe('');
  });
});
