import { dueDate, parseRotationPolicy } from './rotation-policy';

const at = (iso: string): Date => new Date(iso);

describe('parseRotationPolicy', () => {
  test('days, weeks and the calendar names', () => {
    expect(parseRotationPolicy('90d')).toEqual({ kind: 'days', days: 90, label: '90d' });
    expect(parseRotationPolicy(' 12W ')).toEqual({ kind: 'days', days: 84, label: '12w' });
    expect(parseRotationPolicy('quarterly')).toEqual({ kind: 'months', months: 3, label: 'quarterly' });
    expect(parseRotationPolicy('annually')).toEqual({ kind: 'months', months: 12, label: 'annually' });
    expect(parseRotationPolicy('on-compromise')).toEqual({ kind: 'unscheduled', label: 'on-compromise' });
    expect(parseRotationPolicy('never')).toEqual({ kind: 'unscheduled', label: 'never' });
  });

  test('anything else is refused: bare numbers, zero, hours, centuries, words', () => {
    for (const text of ['90', '0d', '24h', '36501d', 'weekly', 'on compromise', '', '1e3d']) {
      expect(parseRotationPolicy(text)).toBeUndefined();
    }
  });
});

describe('dueDate', () => {
  test('days are added as 24-hour days', () => {
    expect(dueDate(parseRotationPolicy('90d')!, at('2026-01-01T10:00:00Z'))).toEqual(at('2026-04-01T10:00:00Z'));
  });

  test('calendar months keep the day, or take the shorter month\'s last day', () => {
    expect(dueDate(parseRotationPolicy('quarterly')!, at('2026-01-31T08:00:00Z'))).toEqual(at('2026-04-30T08:00:00Z'));
    expect(dueDate(parseRotationPolicy('monthly')!, at('2028-01-31T00:00:00Z'))).toEqual(at('2028-02-29T00:00:00Z'));
    expect(dueDate(parseRotationPolicy('annually')!, at('2026-12-02T00:00:00Z'))).toEqual(at('2027-12-02T00:00:00Z'));
  });

  test('on-compromise and never are never due', () => {
    expect(dueDate(parseRotationPolicy('never')!, at('2020-01-01T00:00:00Z'))).toBeUndefined();
  });
});
