import { formatDuration, formatRemaining, parseDuration } from './durations';

describe('durations', () => {
  test('parse seconds and Go-style units', () => {
    expect(parseDuration(3600)).toBe(3600);
    expect(parseDuration('3600')).toBe(3600);
    expect(parseDuration('1h30m')).toBe(5400);
    expect(parseDuration('720h')).toBe(720 * 3600);
    expect(parseDuration('7d')).toBe(7 * 86400);
    expect(parseDuration('soon')).toBeUndefined();
    expect(parseDuration(true)).toBeUndefined();
  });

  test('format for the report', () => {
    expect(formatDuration(86400)).toBe('24h');
    expect(formatDuration(90)).toBe('90s');
    expect(formatDuration(1800)).toBe('30m');
  });

  test('a remaining lifetime, which shrinks while it is read, is rounded to its largest unit', () => {
    expect(formatRemaining(768 * 3600 - 1)).toBe('768h');
    expect(formatRemaining(1799)).toBe('30m');
    expect(formatRemaining(45)).toBe('45s');
  });
});
