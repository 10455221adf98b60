import { truncate } from './text';

describe('truncate', () => {
  test('short text unchanged, long text cut with an ellipsis within the limit', () => {
    expect(truncate('abc', 3)).toBe('abc');
    expect(truncate('abcdef', 4)).toBe('abc…');
  });

  test('never splits a surrogate pair', () => {
    expect(truncate('ab😀cd', 4)).toBe('ab…');
  });
});
