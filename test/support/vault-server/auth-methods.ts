// Auth methods: approle (api-docs/auth/approle), jwt (api-docs/auth/jwt) and the token store
// (api-docs/auth/token), limited to what clients and their tests use.
import { randomUUID } from 'node:crypto';
import { validateJwt } from './jwt';
import { fail, noContent, noHandler, ok, type Reply } from './reply';
import { listField, stringField, type RequestContext } from './request-context';
import { type AppRole, type AuthMount, type JwtRole, type TokenEntry } from './state';

export function handleAuthMount(ctx: RequestContext, mount: AuthMount, rest: string): Reply {
  if (rest === 'login' && (ctx.method === 'POST' || ctx.method === 'PUT')) {
    return mount.type === 'approle' ? appRoleLogin(ctx, mount) : jwtLogin(ctx, mount);
  }
  return mount.type === 'approle' ? appRoleAdmin(ctx, mount, rest) : jwtAdmin(ctx, mount, rest);
}

function loginReply(ctx: RequestContext, mount: AuthMount, role: { name: string; tokenPolicies: string[]; tokenType: 'service' | 'batch' }, meta: Record<string, string>): Reply {
  const token = ctx.state.issueToken({
    namespace: ctx.namespace,
    policies: role.tokenPolicies,
    type: role.tokenType,
    displayName: `${mount.type}-${role.name}`,
    meta,
    path: `auth/${mount.path}/login`,
  });
  return ok({ auth: authBlock(token, role.tokenPolicies, meta) });
}

export function authBlock(token: TokenEntry, tokenPolicies: string[], meta: Record<string, string> | null): Record<string, unknown> {
  return {
    client_token: token.id,
    accessor: token.accessor,
    policies: token.policies,
    token_policies: token.policies.filter((p) => p === 'default' || tokenPolicies.includes(p) || p === 'root'),
    metadata: meta,
    lease_duration: token.ttl,
    renewable: token.type === 'service' && token.ttl > 0,
    entity_id: randomUUID(),
    token_type: token.type,
    orphan: true,
    mfa_requirement: null,
    num_uses: 0,
  };
}

function appRoleLogin(ctx: RequestContext, mount: Extract<AuthMount, { type: 'approle' }>): Reply {
  const roleId = stringField(ctx.body, 'role_id');
  if (roleId === '') return fail(400, 'missing role_id');
  const role = [...mount.roles.values()].find((r) => r.roleId === roleId);
  if (role === undefined) return fail(400, 'invalid role ID');
  const secretId = stringField(ctx.body, 'secret_id');
  if (secretId === '') return fail(400, 'missing secret_id');
  const entry = role.secretIds.get(secretId);
  if (entry === undefined) return fail(400, 'invalid secret id');
  if (entry.usesLeft !== null) {
    entry.usesLeft -= 1;
    if (entry.usesLeft <= 0) role.secretIds.delete(secretId);
  }
  return loginReply(ctx, mount, role, { role_name: role.name });
}

function jwtLogin(ctx: RequestContext, mount: Extract<AuthMount, { type: 'jwt' }>): Reply {
  const roleName = stringField(ctx.body, 'role');
  if (roleName === '') return fail(400, 'missing role');
  const role = mount.roles.get(roleName);
  if (role === undefined) return fail(400, `role "${roleName}" could not be found`);
  const jwt = stringField(ctx.body, 'jwt');
  if (jwt === '') return fail(400, 'missing token');
  const claims = validateJwt(jwt, role, mount, Math.floor(Date.now() / 1000));
  if (typeof claims === 'string') return fail(400, claims);
  return loginReply(ctx, mount, role, { role: role.name });
}

function appRoleAdmin(ctx: RequestContext, mount: Extract<AuthMount, { type: 'approle' }>, rest: string): Reply {
  const match = /^role\/([^/]+)(?:\/(role-id|secret-id))?$/.exec(rest);
  if (match === null) return noHandler(`auth/${mount.path}/${rest}`);
  const [, name, sub] = match;
  const role = mount.roles.get(name);
  if (sub === undefined) {
    if (ctx.method === 'DELETE') {
      mount.roles.delete(name);
      return noContent;
    }
    if (ctx.method === 'GET') {
      if (role === undefined) return fail(404);
      return ok({
        data: { ...role.tuning, token_policies: role.tokenPolicies, policies: role.tokenPolicies, token_type: role.tokenType, secret_id_num_uses: role.secretIdNumUses },
      });
    }
    const updated = upsertAppRole(mount, name, {
      tokenPolicies: listField(ctx.body, 'token_policies').concat(listField(ctx.body, 'policies')),
      tokenType: stringField(ctx.body, 'token_type') === 'batch' ? 'batch' : 'service',
      secretIdNumUses: Number(ctx.body.secret_id_num_uses ?? 0),
    });
    updated.tuning = roleTuning(ctx.body, updated.tuning);
    return noContent;
  }
  if (role === undefined) return fail(400, `role "${name}" does not exist`);
  if (sub === 'role-id' && ctx.method === 'GET') return ok({ data: { role_id: role.roleId } });
  if (sub === 'role-id') {
    role.roleId = stringField(ctx.body, 'role_id') || role.roleId;
    return noContent;
  }
  if (ctx.method !== 'POST' && ctx.method !== 'PUT') return noHandler(`auth/${mount.path}/${rest}`);
  const secretId = stringField(ctx.body, 'secret_id') || randomUUID();
  const accessor = randomUUID();
  role.secretIds.set(secretId, { accessor, usesLeft: role.secretIdNumUses > 0 ? role.secretIdNumUses : null });
  return ok({ data: { secret_id: secretId, secret_id_accessor: accessor, secret_id_num_uses: role.secretIdNumUses, secret_id_ttl: 0 } });
}

export function upsertAppRole(
  mount: Extract<AuthMount, { type: 'approle' }>,
  name: string,
  settings: { tokenPolicies: string[]; tokenType: 'service' | 'batch'; secretIdNumUses: number; roleId?: string },
): AppRole {
  const role: AppRole = mount.roles.get(name) ?? {
    name,
    roleId: settings.roleId ?? randomUUID(),
    secretIds: new Map(),
    tokenPolicies: [],
    tokenType: 'service',
    secretIdNumUses: 0,
    tuning: roleTuning({}, undefined),
  };
  role.tokenPolicies = settings.tokenPolicies;
  role.tokenType = settings.tokenType;
  role.secretIdNumUses = settings.secretIdNumUses;
  if (settings.roleId !== undefined) role.roleId = settings.roleId;
  mount.roles.set(name, role);
  return role;
}

function jwtAdmin(ctx: RequestContext, mount: Extract<AuthMount, { type: 'jwt' }>, rest: string): Reply {
  if (rest === 'config' && ctx.method !== 'GET') {
    mount.pubkeys = listField(ctx.body, 'jwt_validation_pubkeys');
    mount.boundIssuer = stringField(ctx.body, 'bound_issuer');
    return noContent;
  }
  const match = /^role\/([^/]+)$/.exec(rest);
  if (match === null) return noHandler(`auth/${mount.path}/${rest}`);
  if (ctx.method === 'DELETE') {
    mount.roles.delete(match[1]);
    return noContent;
  }
  const boundClaims = ctx.body.bound_claims;
  const role: JwtRole = {
    name: match[1],
    boundAudiences: listField(ctx.body, 'bound_audiences'),
    boundSubject: stringField(ctx.body, 'bound_subject'),
    boundClaims: boundClaims !== null && typeof boundClaims === 'object' ? (boundClaims as Record<string, string | string[]>) : {},
    userClaim: stringField(ctx.body, 'user_claim') || 'sub',
    tokenPolicies: listField(ctx.body, 'token_policies').concat(listField(ctx.body, 'policies')),
    tokenType: stringField(ctx.body, 'token_type') === 'batch' ? 'batch' : 'service',
  };
  if (stringField(ctx.body, 'role_type') === 'oidc') return fail(400, 'only role_type "jwt" is supported by this test server');
  mount.roles.set(role.name, role);
  return noContent;
}

/** auth/token/*: create, lookup-self, revoke-self. */
export function handleTokenStore(ctx: RequestContext, rest: string, token: TokenEntry): Reply {
  switch (`${ctx.method} ${rest}`) {
    case 'GET lookup-self':
    case 'POST lookup-self':
      return ok({ data: lookupData(token) });
    case 'POST revoke-self':
    case 'PUT revoke-self':
      if (token.type === 'batch') return fail(400, 'batch tokens cannot be revoked');
      token.revoked = true;
      return noContent;
    case 'POST create':
    case 'PUT create': {
      if (token.type === 'batch') return fail(400, 'batch tokens cannot create more tokens');
      const policies = listField(ctx.body, 'policies');
      const created = ctx.state.issueToken({
        namespace: ctx.namespace,
        policies: policies.length > 0 ? policies : token.policies,
        type: stringField(ctx.body, 'type') === 'batch' ? 'batch' : 'service',
        noDefaultPolicy: ctx.body.no_default_policy === true,
        ...(stringField(ctx.body, 'id') === '' ? {} : { id: stringField(ctx.body, 'id') }),
        ...(stringField(ctx.body, 'display_name') === '' ? {} : { displayName: `token-${stringField(ctx.body, 'display_name')}` }),
      });
      return ok({ auth: authBlock(created, created.policies, null) });
    }
    default:
      return noHandler(`auth/token/${rest}`);
  }
}

function lookupData(token: TokenEntry): Record<string, unknown> {
  const issued = Math.floor(token.issuedAt.getTime() / 1000);
  const ttlLeft = token.ttl === 0 ? 0 : Math.max(0, token.ttl - (Math.floor(Date.now() / 1000) - issued));
  return {
    accessor: token.accessor,
    creation_time: issued,
    creation_ttl: token.ttl,
    display_name: token.displayName,
    entity_id: '',
    expire_time: token.ttl === 0 ? null : new Date(token.issuedAt.getTime() + token.ttl * 1000).toISOString(),
    explicit_max_ttl: 0,
    id: token.id,
    issue_time: token.issuedAt.toISOString(),
    meta: token.meta,
    num_uses: 0,
    orphan: true,
    path: token.path,
    policies: token.policies,
    renewable: token.type === 'service' && token.ttl > 0,
    ttl: ttlLeft,
    type: token.type,
    namespace_path: token.namespace === '' ? '' : `${token.namespace}/`,
  };
}

// Vault's defaults for an AppRole role (api-docs/auth/approle#create-update-approle).
const ROLE_DEFAULTS: Record<string, unknown> = {
  bind_secret_id: true,
  secret_id_bound_cidrs: [],
  secret_id_ttl: 0,
  local_secret_ids: false,
  token_ttl: 0,
  token_max_ttl: 0,
  token_bound_cidrs: [],
  token_explicit_max_ttl: 0,
  token_no_default_policy: false,
  token_num_uses: 0,
  token_period: 0,
};
const DURATION_FIELDS = new Set(['secret_id_ttl', 'token_ttl', 'token_max_ttl', 'token_explicit_max_ttl', 'token_period']);

/** Durations like "1h", "30m", "90s" or plain seconds, as Vault parses them. */
function seconds(value: unknown): number {
  if (typeof value === 'number') return value;
  const match = /^(\d+)([smhd]?)$/.exec(String(value).trim());
  if (match === null) return 0;
  return Number(match[1]) * ({ '': 1, s: 1, m: 60, h: 3600, d: 86400 } as Record<string, number>)[match[2]];
}

function roleTuning(body: Record<string, unknown>, current: Record<string, unknown> | undefined): Record<string, unknown> {
  const tuning = { ...ROLE_DEFAULTS, ...(current ?? {}) };
  for (const key of Object.keys(ROLE_DEFAULTS)) {
    if (!(key in body)) continue;
    tuning[key] = DURATION_FIELDS.has(key) ? seconds(body[key]) : body[key];
  }
  return tuning;
}
