// JWT checks of Vault's jwt auth method (api-docs/auth/jwt): structure, signature when
// validation keys are configured, expiry, issuer, audience, subject and bound claims.
import { verify } from 'node:crypto';
import type { JwtRole } from './state';

export type Claims = Record<string, unknown>;

/** The claims of a valid token for `role`, or Vault's error text. */
export function validateJwt(jwt: string, role: JwtRole, config: { pubkeys: string[]; boundIssuer: string }, nowSeconds: number): Claims | string {
  const parts = jwt.split('.');
  if (parts.length !== 3) return 'error validating token: compact JWS format must have three parts';
  let header: Claims;
  let claims: Claims;
  try {
    header = JSON.parse(Buffer.from(parts[0], 'base64url').toString('utf8')) as Claims;
    claims = JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8')) as Claims;
  } catch {
    return 'error validating token: illegal base64 data or JSON in token';
  }
  if (typeof header.alg !== 'string' || header.alg === 'none') return 'error validating token: unsupported signing algorithm';
  if (config.pubkeys.length > 0 && !signatureValid(header.alg, `${parts[0]}.${parts[1]}`, Buffer.from(parts[2], 'base64url'), config.pubkeys)) {
    return 'error validating token: no known key successfully validated the token signature';
  }
  const leeway = 150; // Vault's default clock skew leeway, seconds
  if (typeof claims.exp === 'number' && claims.exp + leeway < nowSeconds) return 'error validating token: token is expired (exp)';
  if (typeof claims.nbf === 'number' && claims.nbf - leeway > nowSeconds) return 'error validating token: token not valid yet (nbf)';
  if (config.boundIssuer !== '' && claims.iss !== config.boundIssuer) return 'error validating token: invalid issuer (iss) claim';
  const audiences = typeof claims.aud === 'string' ? [claims.aud] : Array.isArray(claims.aud) ? claims.aud.map(String) : [];
  if (role.boundAudiences.length > 0 && !audiences.some((a) => role.boundAudiences.includes(a))) {
    return 'error validating token: invalid audience (aud) claim: audience claim does not match any expected audience';
  }
  if (role.boundAudiences.length === 0 && audiences.length > 0) return 'audience claim found in JWT but no audiences bound to the role';
  if (role.boundSubject !== '' && claims.sub !== role.boundSubject) return 'error validating token: invalid subject (sub) claim';
  for (const [name, allowed] of Object.entries(role.boundClaims)) {
    if (!(name in claims)) return `error validating claims: claim "${name}" is missing`;
    const accepted = Array.isArray(allowed) ? allowed : [allowed];
    if (!accepted.includes(String(claims[name]))) return `error validating claims: claim "${name}" does not match any associated bound claim values`;
  }
  if (claims[role.userClaim] === undefined) return `claim "${role.userClaim}" not found in token`;
  return claims;
}

function signatureValid(alg: string, signingInput: string, signature: Buffer, pubkeys: string[]): boolean {
  const data = Buffer.from(signingInput);
  return pubkeys.some((key) => {
    try {
      if (alg === 'RS256') return verify('sha256', data, key, signature);
      if (alg === 'ES256') return verify('sha256', data, { key, dsaEncoding: 'ieee-p1363' }, signature);
      if (alg === 'EdDSA') return verify(null, data, key, signature);
      return false;
    } catch {
      return false;
    }
  });
}
