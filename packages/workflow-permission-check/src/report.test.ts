import { REPORT_RULES } from './report';

describe('REPORT_RULES', () => {
  test('parse errors and structure checks are correctness problems without a security severity; the audits are security alerts', () => {
    const tags = Object.fromEntries(REPORT_RULES.map((rule) => [rule.id, [...(rule.tags ?? []), rule.securitySeverity ?? 'none'].join(' ')]));
    for (const id of ['parse-error', 'syntax-check', 'events', 'job-needs', 'expression', 'runner-label']) expect(tags[id]).toBe('github-actions correctness none');
    expect(tags['template-injection']).toBe('github-actions security 7.5');
    expect(tags['artipacked']).toMatch(/^github-actions security \d/);
  });
});
