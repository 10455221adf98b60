import { finding } from './__fixtures__/findings';
import { omittedAnnotationsNote, planAnnotations } from './annotations';
import type { Level, ReportFinding } from './types';

function many(level: Level, n: number, file = 'a.ts'): ReportFinding[] {
  return Array.from({ length: n }, (_, i) => finding({ level, file, line: n - i }));
}

describe('planAnnotations', () => {
  test('errors first, then warnings and notes, each in file and line order', () => {
    const plan = planAnnotations([
      finding({ level: 'note', file: 'a', line: 1 }),
      finding({ level: 'warning', file: 'b', line: 2 }),
      finding({ level: 'error', file: 'b', line: 1 }),
      finding({ level: 'error', file: 'a', line: 7 }),
      finding({ level: 'warning', file: 'a', line: 9 }),
    ]);
    expect(plan.annotations.map((a) => `${a.level} ${a.properties.file}:${a.properties.startLine}`)).toEqual([
      'error a:7',
      'error b:1',
      'warning a:9',
      'warning b:2',
      'note a:1',
    ]);
    expect(plan.omittedTotal).toBe(0);
  });

  test('keeps GitHub’s 10 per level and counts what it leaves out', () => {
    const plan = planAnnotations([...many('warning', 12), ...many('error', 15), ...many('note', 3)]);
    const perLevel = (level: Level) => plan.annotations.filter((a) => a.level === level).length;
    expect([perLevel('error'), perLevel('warning'), perLevel('note')]).toEqual([10, 10, 3]);
    expect(plan.omitted).toEqual({ error: 5, warning: 2, note: 0 });
    expect(plan.omittedTotal).toBe(7);
    // The earliest lines are the ones kept.
    expect(plan.annotations[0].properties.startLine).toBe(1);
  });

  test('per-level and total caps are configurable', () => {
    expect(planAnnotations(many('error', 5), { maxPerLevel: 2 }).omitted.error).toBe(3);
    expect(planAnnotations(many('note', 5), { maxPerLevel: { note: 0 } }).annotations).toEqual([]);
    const total = planAnnotations([...many('error', 4), ...many('warning', 4)], { maxTotal: 6 });
    expect(total.annotations.map((a) => a.level)).toEqual(['error', 'error', 'error', 'error', 'warning', 'warning']);
    expect(total.omitted).toEqual({ error: 0, warning: 2, note: 0 });
  });

  test('properties: title, relative file, and columns only on a single-line span', () => {
    const [single, multi] = planAnnotations(
      [finding({ file: '/repo/src/a.ts', line: 3, endLine: 3 }), finding({ file: '/repo/src/b.ts', line: 3, endLine: 5 })],
      { baseDir: '/repo', title: (f) => `Secret: ${f.ruleId}` },
    ).annotations;
    expect(single.properties).toEqual({ title: 'Secret: github-pat', file: 'src/a.ts', startLine: 3, endLine: 3, startColumn: 16, endColumn: 56 });
    expect(multi.properties).toEqual({ title: 'Secret: github-pat', file: 'src/b.ts', startLine: 3, endLine: 5 });
  });

  test('the message carries the fix; escaping is left to the action kit', () => {
    const [a] = planAnnotations([finding({ message: 'a%b\nc', fix: 'permissions: {}' })]).annotations;
    expect(a.message).toBe('a%b\nc\nFix: permissions: {}');
    expect(a.properties.title).toBe('github-pat');
  });
});

describe('omittedAnnotationsNote', () => {
  test('says how many were left out and where to look', () => {
    const plan = planAnnotations([...many('error', 12), ...many('warning', 11)]);
    expect(omittedAnnotationsNote(plan, 'the job summary')).toBe(
      '3 more findings not annotated (2 errors, 1 warning); see the job summary.',
    );
    expect(omittedAnnotationsNote(planAnnotations(many('error', 11)))).toBe('1 more finding not annotated (1 error); see the report.');
    expect(omittedAnnotationsNote(planAnnotations(many('error', 2)))).toBeUndefined();
  });
});
