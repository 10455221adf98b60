import { maskablePieces } from './masking';

describe('maskablePieces', () => {
  test('masks the value and each line of a multi-line value', () => {
    const pem = '-----BEGIN KEY-----\nMIIEabcdefgh\nQUJDREVGR0g=\n-----END KEY-----';
    const pieces = maskablePieces(pem);
    expect(pieces).toEqual(expect.arrayContaining([pem, 'MIIEabcdefgh', 'QUJDREVGR0g=', '-----END KEY-----']));
  });

  test('splits on \\r\\n, \\n and a lone \\r, as the runner does', () => {
    expect(maskablePieces('one-piece\rtwo-piece\r\nthree-piece\nfour-piece')).toEqual(
      expect.arrayContaining(['one-piece', 'two-piece', 'three-piece', 'four-piece']),
    );
  });

  test('also masks the one-line form a log shows of text holding the value', () => {
    expect(maskablePieces('tab\tinside-value')).toEqual(expect.arrayContaining(['tab\tinside-value', 'tab inside-value']));
    expect(maskablePieces('line-one\nline-two')).toContain('line-one line-two');
    expect(maskablePieces('pass::word')).toEqual(expect.arrayContaining(['pass::word', 'pass: :word']));
  });

  test('masks every leaf of a JSON value, numbers included', () => {
    const pieces = maskablePieces('{"user":"svc-account","pass":"hunter22","port":54321,"nested":["deep-leaf"]}');
    expect(pieces).toEqual(expect.arrayContaining(['svc-account', 'hunter22', '54321', 'deep-leaf']));
  });

  test('skips pieces under four characters that would garble logs', () => {
    expect(maskablePieces('abc')).toEqual([]);
    expect(maskablePieces('ok\nlonger-line')).toEqual(['ok\nlonger-line', 'ok longer-line', 'longer-line']);
  });

  test('skips values no one keeps secret: booleans, null words and numbers under 10000, also as JSON leaves', () => {
    for (const value of ['true', 'FALSE', ' null ', 'yes', 'off', '8080', '0', '-1']) expect(maskablePieces(value)).toEqual([]);
    expect(maskablePieces('{"debug":true,"port":5432,"token":"tok-value-1"}')).toEqual(['{"debug":true,"port":5432,"token":"tok-value-1"}', 'tok-value-1']);
    expect(maskablePieces('12345')).toEqual(['12345']);
    expect(maskablePieces('trueish')).toEqual(['trueish']);
  });
});
