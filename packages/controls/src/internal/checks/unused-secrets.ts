import { Findings, evidence } from '../findings';
import type { Check, CheckContext, Evidence, SecretsInventoryPort } from '../types';
import { isWorkflowOrActionFile } from '../workflow-files';

const SECRET_REF = /\bsecrets\s*\.\s*([A-Za-z_][A-Za-z0-9_]*)|\bsecrets\s*\[\s*['"]([^'"]+)['"]\s*\]/g;
const INHERIT = /^\s*secrets\s*:\s*inherit\s*(?:#.*)?$/;
/** `secrets[format(...)]`, `secrets[matrix.name]`: any name may be used, so "unused" is only a suspicion. */
const DYNAMIC_REF = /\bsecrets\s*\[\s*(?!['"])/;

/**
 * Secret names from an inventory file: one per line (`gh secret list` output works: the first
 * column is taken), `#` comments, or a JSON array of names or of `{ "name": ... }` (`gh secret list --json name`).
 */
export function inventoryFromFile(ctx: CheckContext, path: string): SecretsInventoryPort {
  return {
    source: `inventory file ${path}`,
    async listSecretNames() {
      const text = ctx.files.readText(path);
      if (text === undefined) throw new Error(`inventory file ${path} not found (check the secrets-inventory option)`);
      if (text.trimStart().startsWith('[')) {
        const parsed: unknown = JSON.parse(text);
        if (!Array.isArray(parsed)) throw new Error(`inventory file ${path}: expected a JSON array`);
        return parsed.map((item: unknown) => ({
          name: String(typeof item === 'object' && item !== null && 'name' in item ? (item as { name: unknown }).name : item),
          evidence: evidence(path),
        }));
      }
      return text.split('\n').flatMap((line, index) => {
        const name = line.replace(/#.*$/, '').trim().split(/\s+/)[0] ?? '';
        return name === '' ? [] : [{ name, evidence: evidence(path, index + 1) }];
      });
    },
  };
}

export const unusedSecrets: Check = {
  id: 'unused-secrets',
  title: 'Every repository secret is used by a workflow',
  rationale: 'A secret no workflow references is a live credential with no owner: nobody rotates it and nobody notices when it leaks.',
  remediation: 'Delete the unreferenced secrets (`gh secret delete NAME`) after checking no external caller needs them, and revoke the credentials they held.',
  severity: 'low',
  async run(ctx) {
    const inventory =
      ctx.secretsInventory ?? (ctx.options.secretsInventoryPath ? inventoryFromFile(ctx, ctx.options.secretsInventoryPath) : undefined);
    if (inventory === undefined) {
      return {
        status: 'skip',
        details: 'cannot list repository secrets: needs a token with secrets read access (GITHUB_TOKEN has none) or an inventory file (secrets-inventory)',
        evidence: [],
      };
    }
    const names = await inventory.listSecretNames();
    const referenced = new Set<string>();
    const inherits: Evidence[] = [];
    const dynamic: Evidence[] = [];
    for (const file of (await ctx.git.lsFiles()).filter(isWorkflowOrActionFile)) {
      const text = ctx.files.readText(file) ?? '';
      for (const match of text.matchAll(SECRET_REF)) referenced.add((match[1] ?? match[2] ?? '').toUpperCase());
      text.split('\n').forEach((line, index) => {
        if (INHERIT.test(line)) inherits.push(evidence(file, index + 1));
        if (DYNAMIC_REF.test(line)) dynamic.push(evidence(file, index + 1));
      });
    }
    const findings = new Findings();
    const unused = names.filter((secret) => secret.name.toUpperCase() !== 'GITHUB_TOKEN' && !referenced.has(secret.name.toUpperCase()));
    for (const secret of unused) {
      const where = secret.evidence ? [secret.evidence] : [];
      if (dynamic.length === 0) findings.fail(`${secret.name} is never referenced`, ...where);
      else findings.warn(`${secret.name} is never referenced by name (secrets are also looked up dynamically)`, ...where, ...dynamic);
    }
    if (inherits.length > 0) {
      findings.warn(`\`secrets: inherit\` passes every secret to a called workflow (${inherits.length} place${inherits.length === 1 ? '' : 's'})`, ...inherits);
    }
    return findings.result(`all ${names.length} secret(s) from ${inventory.source} are referenced`);
  },
};
