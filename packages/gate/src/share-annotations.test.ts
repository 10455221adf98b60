import type { HeldAnnotation } from './capture';
import { shareAnnotations } from './share-annotations';

const many = (prefix: string, level: HeldAnnotation['level'], n: number): HeldAnnotation[] =>
  Array.from({ length: n }, (_, i) => ({ level, message: `${prefix}${i}` }));

describe('shareAnnotations', () => {
  test('everything fits: nothing left out, order kept', () => {
    const parts = [many('a', 'error', 2), [...many('w', 'warning', 3), ...many('n', 'notice', 1)], []];
    const shared = shareAnnotations(parts);
    expect(shared.kept).toEqual(parts);
    expect(shared.omitted).toEqual({ error: 0, warning: 0, notice: 0 });
  });

  test('the 10 slots of a level are dealt round-robin, so a noisy part cannot hide the others', () => {
    const shared = shareAnnotations([many('a', 'error', 20), many('w', 'error', 2), many('c', 'error', 20)]);
    expect(shared.kept.map((k) => k.map((a) => a.message))).toEqual([
      ['a0', 'a1', 'a2', 'a3'],
      ['w0', 'w1'],
      ['c0', 'c1', 'c2', 'c3'],
    ]);
    expect(shared.omitted).toEqual({ error: 32, warning: 0, notice: 0 });
  });

  test('each level has its own 10; a reserved error slot is kept for the step failure', () => {
    const parts = [[...many('e', 'error', 12), ...many('w', 'warning', 12)], many('n', 'notice', 11)];
    const shared = shareAnnotations(parts, 1);
    const count = (level: string) => shared.kept.flat().filter((a) => a.level === level).length;
    expect([count('error'), count('warning'), count('notice')]).toEqual([9, 10, 10]);
    expect(shared.omitted).toEqual({ error: 3, warning: 2, notice: 1 });
    // Kept in the part's own order: its most important first.
    expect(shared.kept[0]?.slice(0, 2).map((a) => a.message)).toEqual(['e0', 'e1']);
  });
});
