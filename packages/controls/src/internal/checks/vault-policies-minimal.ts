import { Findings, evidence, lineAtOffset } from '../findings';
import type { Check, CheckContext, Evidence } from '../types';

const PATH_BLOCK = /path\s+"([^"]+)"\s*\{([^}]*)\}/g;
const CAPABILITIES = /capabilities\s*=\s*\[([^\]]*)\]/;
const WRITE_CAPABILITIES = ['create', 'update', 'patch', 'delete'];
// What a token needs on itself for the sync to check and revoke it; never a write worth flagging.
const TOKEN_SELF_PATHS = new Set(['auth/token/lookup-self', 'auth/token/revoke-self']);

interface PolicyRule {
  path: string;
  capabilities: string[];
  line: number;
}

/** `path "..." { capabilities = [...] }` blocks of an HCL policy. */
export function policyRules(text: string): PolicyRule[] {
  return [...text.matchAll(PATH_BLOCK)].map((match) => ({
    path: match[1] ?? '',
    capabilities: (CAPABILITIES.exec(match[2] ?? '')?.[1] ?? '')
      .split(',')
      .map((item) => item.trim().replace(/^"|"$/g, ''))
      .filter((item) => item !== ''),
    line: lineAtOffset(text, match.index ?? 0),
  }));
}

export const vaultPoliciesMinimal: Check = {
  id: 'vault-policies-minimal',
  title: 'Vault policies grant the sync role reads only, never root or sudo',
  rationale: 'The sync only reads one secret path; `root`, `path "*"` or `sudo` turn a leaked CI token into control of Vault itself.',
  remediation:
    'Give the sync role one policy with `path "secret/data/mcp/ci" { capabilities = ["read"] }` plus `auth/token/lookup-self` (read) and `auth/token/revoke-self` (update) so the sync can revoke its token, detach `root` and `default` (`token_no_default_policy=true`), and drop `sudo` and `path "*"` from every policy.',
  severity: 'critical',
  async run(ctx) {
    const findings = new Findings();
    const judged: Evidence[] = [];
    const files = (await ctx.git.lsFiles()).filter((file) => file.endsWith('.hcl'));
    let sources = 0;
    for (const file of files) {
      const rules = policyRules(ctx.files.readText(file) ?? '');
      if (rules.length === 0) continue;
      sources += 1;
      judged.push(evidence(file));
      judgePolicy(file, rules, false, findings, file);
    }
    if (ctx.vault !== undefined) {
      sources += 1;
      await judgeTokenPolicies(ctx, findings);
    }
    if (sources === 0) return { status: 'skip', details: 'Vault is not configured (vault-addr) and the repository has no *.hcl policy', evidence: [] };
    return findings.result(`no root, \`path "*"\` or sudo in ${sources} polic${sources === 1 ? 'y source' : 'y sources'}`, judged);
  },
};

function judgePolicy(label: string, rules: PolicyRule[], readOnlyRole: boolean, findings: Findings, file?: string): void {
  const where = (rule: PolicyRule): Evidence[] => (file === undefined ? [] : [evidence(file, rule.line)]);
  for (const rule of rules) {
    if (rule.path === '*' && !rule.capabilities.includes('deny')) findings.fail(`${label}: \`path "*"\` grants every path`, ...where(rule));
    if (rule.capabilities.includes('sudo')) findings.fail(`${label}: \`sudo\` on \`${rule.path}\``, ...where(rule));
    const writes = TOKEN_SELF_PATHS.has(rule.path) ? [] : rule.capabilities.filter((capability) => WRITE_CAPABILITIES.includes(capability));
    if (readOnlyRole && writes.length > 0) findings.warn(`${label}: the read-only sync role may ${writes.join('/')} \`${rule.path}\``, ...where(rule));
  }
}

/** The token's own policies: `root` fails, `default` warns, and each readable policy's rules are judged. */
async function judgeTokenPolicies(ctx: CheckContext, findings: Findings): Promise<void> {
  const vault = ctx.vault;
  if (vault === undefined) return;
  const { policies } = await vault.lookupSelf();
  if (policies.includes('root')) findings.fail('the Vault token has the `root` policy');
  if (policies.includes('default')) findings.warn('the Vault token carries the `default` policy (set token_no_default_policy)');
  for (const name of policies.filter((policy) => policy !== 'root' && policy !== 'default')) {
    if (vault.read === undefined) {
      findings.note(`policy ${name} unread: the Vault client has no generic read`);
      continue;
    }
    const read = await vault.read(`sys/policy/${name}`);
    if (!('data' in read)) {
      findings.note(`policy ${name} unread: ${read.denied}`);
      continue;
    }
    const rules = typeof read.data.rules === 'string' ? read.data.rules : typeof read.data.policy === 'string' ? read.data.policy : '';
    judgePolicy(`Vault policy ${name}`, policyRules(rules), ctx.options.vaultReadOnlyRole, findings);
  }
}
