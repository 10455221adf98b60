import { failureFor, readableErrors } from './failures';
import { redact } from './redact';
import type { VaultResponse } from './vault-http';

function response(status: number, errors?: string[]): VaultResponse {
  return { status, headers: {}, body: errors === undefined ? undefined : { errors } };
}

test('readableErrors strips Go multierror framing', () => {
  expect(readableErrors(['1 error occurred:\n\t* permission denied\n\n'])).toEqual(['permission denied']);
  expect(readableErrors(['2 errors occurred:\n\t* permission denied\n\t* invalid token\n\n', 'plain'])).toEqual(['permission denied', 'invalid token', 'plain']);
});

describe('failureFor', () => {
  const action = 'reading secret/data/mcp/ci';

  test('403: permission denied, with policies when known', () => {
    const err = failureFor(response(403, ['1 error occurred:\n\t* permission denied\n\n']), { action, policies: ['default', 'mcp-ci'] });
    expect(err).toMatchObject({ kind: 'permission-denied', status: 403, message: 'permission denied reading secret/data/mcp/ci with policies [default, mcp-ci]' });
    expect(err.errors).toEqual(['permission denied']);
    expect(failureFor(response(403, []), { action }).message).toBe('permission denied reading secret/data/mcp/ci');
  });

  test('404: the not-found text of the caller', () => {
    expect(failureFor(response(404, []), { action, notFound: 'no secret at secret/mcp/ci' })).toMatchObject({ kind: 'not-found', message: 'no secret at secret/mcp/ci' });
  });

  test('503 with "Vault is sealed" is sealed; other 5xx are server errors', () => {
    expect(failureFor(response(503, ['Vault is sealed']), { action })).toMatchObject({ kind: 'sealed', message: expect.stringMatching(/^Vault is sealed/) });
    expect(failureFor(response(502, ['upstream down']), { action }).message).toBe('Vault answered HTTP 502 while reading secret/data/mcp/ci: upstream down');
    expect(failureFor(response(502), { action }).message).toMatch(/not Vault JSON: is a proxy in the way\?/);
  });

  test("Vault's text is shown on one line, without `::`, five errors at most, none cut", () => {
    const err = failureFor(response(400, ['a\n::error::forged\u001b[2J', 'x'.repeat(301), '3', '4', '5', '6', '7']), { action });
    expect(err.message).toBe('Vault rejected reading secret/data/mcp/ci: a : :error: :forged [2J; [301 characters not shown]; 3; 4; 5; and 2 more');
    expect(err.errors).toHaveLength(6);
    const denied = failureFor(response(403, []), { action, policies: ['default', 'evil\n::warning::x'] });
    expect(denied.message).toBe('permission denied reading secret/data/mcp/ci with policies [default, evil : :warning: :x]');
  });

  test('400: Vault rejected, with its reason', () => {
    expect(failureFor(response(400, ['no data provided']), { action })).toMatchObject({ kind: 'bad-request', message: 'Vault rejected reading secret/data/mcp/ci: no data provided' });
  });
});

test('redact removes every credential, longest first, and leaves short strings alone', () => {
  expect(redact('token hvs.ABCDEFG and hvs.ABCDEFG again', ['hvs.ABCDEFG'])).toBe('token *** and *** again');
  expect(redact('abc-secret-long', ['abc', 'abc-secret-long'])).toBe('***');
  expect(redact('a b c', ['b'])).toBe('a b c');
});
