import { finding } from './__fixtures__/findings';
import { compareBySeverity, countByLevel, countByRule, describeCounts, groupByFile, verdictFor } from './findings';

describe('finding helpers', () => {
  test('counts per level and per rule', () => {
    const findings = [finding(), finding({ level: 'warning', ruleId: 'b' }), finding({ ruleId: 'b', level: 'note' }), finding({ ruleId: 'a' })];
    expect(countByLevel(findings)).toEqual({ error: 2, warning: 1, note: 1 });
    expect(countByRule(findings)).toEqual([['b', 2], ['a', 1], ['github-pat', 1]]);
  });

  test('groups by file in path order, each group in line order', () => {
    const groups = groupByFile([finding({ file: 'b', line: 2 }), finding({ file: 'a', line: 5 }), finding({ file: 'b', line: 1 })]);
    expect(groups.map(([file, fs]) => `${file}:${fs.map((f) => f.line).join(',')}`)).toEqual(['a:5', 'b:1,2']);
  });

  test('severity order puts errors first, then location', () => {
    const sorted = [finding({ level: 'note', file: 'a' }), finding({ level: 'error', file: 'z' }), finding({ level: 'error', file: 'b' })].sort(
      compareBySeverity,
    );
    expect(sorted.map((f) => `${f.level}:${f.file}`)).toEqual(['error:b', 'error:z', 'note:a']);
  });

  test('verdict and description of counts', () => {
    expect(verdictFor({ error: 1 })).toBe('fail');
    expect(verdictFor({ warning: 2, note: 1 })).toBe('warn');
    expect(verdictFor({ note: 3 })).toBe('pass');
    expect(describeCounts({ error: 2, warning: 1, note: 0 })).toBe('2 errors, 1 warning');
    expect(describeCounts({})).toBe('no findings');
  });
});
