import { hclRole, jsonRole, terraformRoles, vaultRole } from '../approle-definitions';
import type { RoleDefinition } from '../approle-definitions';
import { formatDuration, formatRemaining, parseDuration } from '../durations';
import { Findings, evidence } from '../findings';
import type { ControlsOptions } from '../options';
import type { Check, CheckContext, Evidence } from '../types';

export const vaultApprole: Check = {
  id: 'vault-approle',
  title: 'The Vault AppRole issues short-lived, bound credentials',
  rationale:
    'The AppRole is the CI\'s key to every secret: a secret_id that never expires or tokens that live for Vault\'s 768h default turn one leak into months of access.',
  remediation:
    'Set on the role: `token_ttl=1h token_max_ttl=24h secret_id_ttl=720h bind_secret_id=true secret_id_num_uses=<n>` and `secret_id_bound_cidrs`/`token_bound_cidrs` for the runners (limits configurable under controls.approle-limits).',
  severity: 'high',
  async run(ctx) {
    const findings = new Findings();
    const judged: string[] = [];
    const passEvidence: Evidence[] = [];
    const roles = await repositoryRoles(ctx);
    if (ctx.vault !== undefined) {
      const live = await liveRole(ctx, findings);
      if (live !== undefined) roles.unshift(live);
    } else if (roles.length === 0) {
      return { status: 'skip', details: 'Vault is not configured (vault-addr) and the repository defines no AppRole', evidence: [] };
    }
    for (const role of roles) {
      judgeRole(role, ctx.options.approleLimits, findings);
      judged.push(role.label);
      if (role.file !== undefined) passEvidence.push(evidence(role.file, role.line));
    }
    return findings.result(judged.length > 0 ? `bounded: ${judged.join(', ')}` : 'no AppRole settings could be read', passEvidence);
  },
};

async function repositoryRoles(ctx: CheckContext): Promise<RoleDefinition[]> {
  const roles: RoleDefinition[] = [];
  for (const file of await ctx.git.lsFiles()) {
    if (file.endsWith('.tf')) roles.push(...terraformRoles(file, ctx.files.readText(file) ?? ''));
    else if (/approle/i.test(file) && /\.(?:json|hcl)$/.test(file)) {
      const text = ctx.files.readText(file) ?? '';
      const role = file.endsWith('.json') ? jsonRole(file, text) : hclRole(file, text);
      if (role !== undefined) roles.push(role);
    }
  }
  return roles;
}

/** The role behind the login, read from Vault; else what lookup-self shows, saying what could not be read. */
async function liveRole(ctx: CheckContext, findings: Findings): Promise<RoleDefinition | undefined> {
  const vault = ctx.vault;
  if (vault === undefined) return undefined;
  const token = await vault.lookupSelf();
  const name = ctx.options.vaultApproleName ?? token.roleName;
  let unreadable: string;
  if (name === undefined) unreadable = 'the role name is unknown (set controls.vault-approle-name)';
  else if (vault.read === undefined) unreadable = 'the Vault client has no generic read';
  else {
    const path = `auth/approle/role/${name}`;
    const read = await vault.read(path);
    if ('data' in read) return vaultRole(`Vault ${path}`, read.data);
    unreadable = `${path} is not readable: ${read.denied}`;
  }
  // lookup-self shows the token, not the role: judge its lifetime and say what went unchecked.
  const limit = ctx.options.approleLimits.tokenMaxTtl;
  if (token.ttl === 0) findings.fail('the Vault token never expires (lookup-self ttl 0)');
  else if (token.ttl > limit) findings.fail(`the Vault token lives ${formatRemaining(token.ttl)}, above the ${formatDuration(limit)} token_max_ttl limit`);
  findings.note(`role settings unchecked: ${unreadable}; judged the token from lookup-self only`);
  return undefined;
}

function judgeRole(role: RoleDefinition, limits: ControlsOptions['approleLimits'], findings: Findings): void {
  const where = (key: string): Evidence[] => {
    if (role.file === undefined) return [];
    return [evidence(role.file, role.fields.get(key)?.line ?? role.line)];
  };
  const ttl = (key: string, limit: number, zeroMeans: string): void => {
    const field = role.fields.get(key);
    const seconds = parseDuration(field?.value);
    if (field === undefined || seconds === 0) findings.fail(`${role.label}: \`${key}\` is ${field === undefined ? 'not set' : '0'} (${zeroMeans})`, ...where(key));
    else if (seconds === undefined) findings.fail(`${role.label}: \`${key}\` is not a duration`, ...where(key));
    else if (seconds > limit) findings.fail(`${role.label}: \`${key}\` ${formatDuration(seconds)} is above ${formatDuration(limit)}`, ...where(key));
  };
  ttl('token_ttl', limits.tokenTtl, "Vault's 768h default");
  ttl('token_max_ttl', limits.tokenMaxTtl, "Vault's 768h default");
  ttl('secret_id_ttl', limits.secretIdTtl, 'secret_ids never expire');
  const bind = role.fields.get('bind_secret_id');
  if (bind !== undefined && (bind.value === false || bind.value === 'false')) {
    findings.fail(`${role.label}: \`bind_secret_id\` is false (the role_id alone logs in)`, ...where('bind_secret_id'));
  }
  const uses = role.fields.get('secret_id_num_uses');
  if (uses === undefined || Number(uses.value) === 0) {
    findings.warn(`${role.label}: \`secret_id_num_uses\` is ${uses === undefined ? 'not set' : '0'} (unlimited uses)`, ...where('secret_id_num_uses'));
  }
  const cidrs = ['secret_id_bound_cidrs', 'token_bound_cidrs'].some((key) => {
    const value = role.fields.get(key)?.value;
    return Array.isArray(value) ? value.length > 0 : typeof value === 'string' && value.trim() !== '';
  });
  if (!cidrs) findings.warn(`${role.label}: no CIDR binding (\`secret_id_bound_cidrs\` / \`token_bound_cidrs\`)`, ...(role.file ? [evidence(role.file, role.line)] : []));
}
