import { redactSecret, redactUrlCredentials, secretRedactor } from './redactor';

describe('secretRedactor', () => {
  const A = 'tkn_A1b2C3d4E5f6G7h8';
  const B = 'tkn_Z9y8X7w6V5u4T3s2';

  test('every known secret on a text is redacted, not only one', () => {
    expect(secretRedactor([A, B]).redact(`x=${A}, y="${B}" ${A}`)).toBe('x=REDACTED, y="REDACTED" REDACTED');
  });

  test('the longest secret wins where one contains another', () => {
    expect(secretRedactor([A.slice(0, 10), A]).redact(`<${A}>`)).toBe('<REDACTED>');
  });

  test('short secrets and secrets sharing a first few characters are all found', () => {
    expect(secretRedactor(['ab', 'tkn_1', 'tkn_22']).redact('ab tkn_1 tkn_22 tkn_3')).toBe('REDACTED REDACTED REDACTED tkn_3');
  });

  test('each line of a multi-line secret is redacted where a line is shown alone', () => {
    const pem = '-----BEGIN KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\nAB==\n-----END KEY-----';
    expect(secretRedactor([pem]).redact('  MIIEvQIBADANBgkqhkiG9w0BAQEFAASC')).toBe('  REDACTED');
  });

  test('a percentage keeps the start of every secret, as gitleaks --redact=N does', () => {
    expect(secretRedactor([A, B]).redact(`${A} ${B}`, 50)).toBe(`${A.slice(0, 10)}... ${B.slice(0, 10)}...`);
    expect(secretRedactor([A]).redact(A, 0)).toBe(A);
  });

  test('no secrets: text unchanged apart from URL credentials', () => {
    expect(secretRedactor([]).redact('plain text')).toBe('plain text');
  });
});

describe('redactUrlCredentials', () => {
  test('a password in userinfo is redacted, a plain username kept', () => {
    expect(redactUrlCredentials('postgres://app_user:Xq9-secret@db:5432/x')).toBe('postgres://app_user:REDACTED@db:5432/x');
  });

  test('a token used as the username is redacted too', () => {
    const token = '0123456789abcdef0123456789abcdef01234567';
    expect(redactUrlCredentials(`https://${token}:x-oauth-basic@github.com/o/r.git`)).toBe('https://REDACTED:REDACTED@github.com/o/r.git');
    expect(redactUrlCredentials(`https://${token}@github.com/o/r.git`)).toBe('https://REDACTED@github.com/o/r.git');
    expect(redactUrlCredentials('https://AbCdEfGhIjKlMnOpQr@host/')).toBe('https://REDACTED@host/');
  });

  test('plain user names without a password stay readable', () => {
    expect(redactUrlCredentials('ssh://git@github.com/o/r.git and https://deploy01@host/')).toBe('ssh://git@github.com/o/r.git and https://deploy01@host/');
  });

  test('credential query parameters are redacted, others kept', () => {
    expect(redactUrlCredentials('https://h/p?page=2&access_token=abc123&sig=Zz%2F9&lang=en')).toBe(
      'https://h/p?page=2&access_token=REDACTED&sig=REDACTED&lang=en',
    );
  });

  test('partial redaction applies to URL parts alike', () => {
    expect(redactUrlCredentials('https://u:abcdefgh@h', 50)).toBe(`https://u:${redactSecret('abcdefgh', 50)}@h`);
  });
});
