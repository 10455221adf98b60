import { maskablePieces } from './masking';

describe('maskablePieces', () => {
  test('masks the value and each line of a multi-line value', () => {
    const pem = '-----BEGIN KEY-----\nMIIEabcdefgh\nQUJDREVGR0g=\n-----END KEY-----';
    const pieces = maskablePieces(pem);
    expect(pieces).toEqual(expect.arrayContaining([pem, 'MIIEabcdefgh', 'QUJDREVGR0g=', '-----END KEY-----']));
  });

  test('masks every leaf of a JSON value, numbers included', () => {
    const pieces = maskablePieces('{"user":"svc-account","pass":"hunter22","port":54321,"nested":["deep-leaf"]}');
    expect(pieces).toEqual(expect.arrayContaining(['svc-account', 'hunter22', '54321', 'deep-leaf']));
  });

  test('skips pieces under four characters that would garble logs', () => {
    expect(maskablePieces('abc')).toEqual([]);
    expect(maskablePieces('ok\nlonger-line')).toEqual(['ok\nlonger-line', 'longer-line']);
  });
});
