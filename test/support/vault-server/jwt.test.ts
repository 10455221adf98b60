import { validateJwt } from './jwt';
import type { JwtRole } from './state';

const role: JwtRole = {
  name: 'ci',
  boundAudiences: ['vault'],
  boundSubject: '',
  boundClaims: { repository: ['org/app', 'org/lib'] },
  userClaim: 'sub',
  tokenPolicies: [],
  tokenType: 'service',
};
const config = { pubkeys: [], boundIssuer: '' };
const now = 1_800_000_000;

function jwt(claims: Record<string, unknown>, header: Record<string, unknown> = { alg: 'RS256' }): string {
  const part = (v: unknown): string => Buffer.from(JSON.stringify(v)).toString('base64url');
  return `${part(header)}.${part(claims)}.c2ln`;
}

const good = { aud: ['other', 'vault'], sub: 'repo:org/app', repository: 'org/lib', exp: now + 60 };

test('accepts matching claims (signatures unchecked without keys)', () => {
  expect(validateJwt(jwt(good), role, config, now)).toMatchObject({ repository: 'org/lib' });
});

test.each([
  ['not three parts', 'a.b', /three parts/],
  ['alg none', jwt(good, { alg: 'none' }), /unsupported signing algorithm/],
  ['expired', jwt({ ...good, exp: now - 1000 }), /token is expired/],
  ['wrong audience', jwt({ ...good, aud: 'nope' }), /invalid audience \(aud\) claim/],
  ['unbound claim value', jwt({ ...good, repository: 'evil/fork' }), /claim "repository" does not match/],
  ['missing bound claim', jwt({ aud: 'vault', sub: 'x', exp: now + 60 }), /claim "repository" is missing/],
  ['missing user claim', jwt({ aud: 'vault', repository: 'org/app' }), /claim "sub" not found/],
])('refuses %s', (_name, token, message) => {
  expect(validateJwt(token, role, config, now)).toMatch(message);
});

test('bound issuer and signature keys are enforced when configured', () => {
  expect(validateJwt(jwt({ ...good, iss: 'https://elsewhere' }), role, { pubkeys: [], boundIssuer: 'https://token.actions.githubusercontent.com' }, now)).toMatch(/invalid issuer/);
  expect(validateJwt(jwt(good), role, { pubkeys: ['not a key'], boundIssuer: '' }, now)).toMatch(/no known key successfully validated/);
});
