import { asFloat32, shannonEntropy } from './entropy';

describe('shannonEntropy', () => {
  test('matches gitleaks on its own test values (float32)', () => {
    expect(asFloat32(shannonEntropy('AKIALALEMEL33243OLIA'))).toBe(3.0841837);
    expect(asFloat32(shannonEntropy('AKIALALEMEL33243OKIA'))).toBe(3.1464393);
  });

  test('is 0 for empty or single-symbol text and log2(n) for n distinct symbols', () => {
    expect(shannonEntropy('')).toBe(0);
    expect(shannonEntropy('aaaa')).toBe(0);
    expect(shannonEntropy('abcd')).toBeCloseTo(2, 10);
    expect(shannonEntropy('ab')).toBeCloseTo(1, 10);
  });
});
