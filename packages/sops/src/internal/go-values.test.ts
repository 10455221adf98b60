import { goFormatFloat, goParseBool, goParseFloat, goParseInt, leafBytes } from './go-values';

describe('Go value encodings (what sops authenticates)', () => {
  test.each([
    [0.75, '0.75'],
    [1e21, '1000000000000000000000'],
    [1.5e-7, '0.00000015'],
    [3, '3'],
    [-42.5, '-42.5'],
    [1234568000, '1234568000'],
    [-0, '-0'],
    [Infinity, '+Inf'],
    [-Infinity, '-Inf'],
    [NaN, 'NaN'],
    [1.2345e-10, '0.00000000012345'],
    [9.87e25, '98700000000000000000000000'],
  ])('FormatFloat(%p, f, -1) = %s', (value, text) => {
    expect(goFormatFloat(value)).toBe(text);
  });

  test('Atoi, ParseFloat and ParseBool accept what Go accepts', () => {
    expect(goParseInt('-42')).toBe(-42n);
    expect(goParseInt('+7')).toBe(7n);
    expect(goParseInt('12345678901234567890')).toBe(12345678901234567890n);
    expect(goParseInt('1.0')).toBeUndefined();
    expect(goParseFloat('1e21')).toBe(1e21);
    expect(goParseFloat('-Inf')).toBe(-Infinity);
    expect(goParseFloat('abc')).toBeUndefined();
    expect(goParseBool('True')).toBe(true);
    expect(goParseBool('f')).toBe(false);
    expect(goParseBool('yes')).toBeUndefined();
  });

  test('booleans are authenticated as True/False, as the Python sops wrote them', () => {
    expect(new TextDecoder().decode(leafBytes({ kind: 'bool', value: true }))).toBe('True');
    expect(new TextDecoder().decode(leafBytes({ kind: 'bool', value: false }))).toBe('False');
    expect(new TextDecoder().decode(leafBytes({ kind: 'int', value: 5432n }))).toBe('5432');
  });
});
