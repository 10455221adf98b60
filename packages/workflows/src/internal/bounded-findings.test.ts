import type { Finding } from '../model';
import { boundFindings, MAX_FINDINGS_PER_RULE } from './bounded-findings';

const at = (ruleId: string, line: number, message = `${ruleId} at ${line}`): Finding => ({
  ruleId,
  severity: 'error',
  file: 'w.yml',
  line,
  column: 3,
  endLine: line,
  endColumn: 9,
  message,
  fix: 'env:\n  X: y',
});

describe('boundFindings', () => {
  test('lists the first findings of each rule, then one saying how many more there are, where the first left out is', () => {
    const many = Array.from({ length: 250 }, (_, i) => at('template-injection', i + 1));
    const out = boundFindings([...many, at('unpinned-uses', 300)]);
    expect(out).toHaveLength(MAX_FINDINGS_PER_RULE + 2);
    expect(out.slice(0, MAX_FINDINGS_PER_RULE)).toEqual(many.slice(0, MAX_FINDINGS_PER_RULE));
    expect(out.at(-1)).toEqual({
      ruleId: 'template-injection',
      severity: 'error',
      file: 'w.yml',
      line: MAX_FINDINGS_PER_RULE + 1,
      column: 3,
      message: '150 more template-injection findings in this file are not listed (at most 100 per rule and file): fix those above and check again',
    });
    expect(out).toContainEqual(at('unpinned-uses', 300));
  });

  test('a file under the cap is returned as it is', () => {
    const few = [at('a', 1), at('b', 2), at('a', 3)];
    expect(boundFindings(few)).toEqual(few);
  });

  test('a message quoting a huge name is cut to 1,000 characters', () => {
    const [finding] = boundFindings([at('excessive-permissions', 1, `job ${'x'.repeat(100_000)} has no permissions`)]);
    expect(finding.message).toHaveLength(1000);
    expect(finding.message.endsWith('…')).toBe(true);
  });
});
