import { ConfigurationError } from '@mcp-secrets/ports';
import { Findings, evidence } from '../findings';
import type { RepoFiles } from '../repo-files';
import type { Check, Evidence, SecretsInventoryPort } from '../types';
import { isWorkflowOrActionFile } from '../workflow-files';

const SECRET_REF = /\bsecrets\s*\.\s*([A-Za-z_][A-Za-z0-9_]*)|\bsecrets\s*\[\s*['"]([^'"]+)['"]\s*\]/g;
const INHERIT = /^\s*secrets\s*:\s*inherit\s*(?:#.*)?$/;
/** `secrets[format(...)]`, `secrets[matrix.name]`: any name may be used, so "unused" is only a suspicion. */
const DYNAMIC_REF = /\bsecrets\s*\[\s*(?!['"])/;

/** GitHub's rule for secret names: letters, digits and underscores, not starting with a digit. */
const SECRET_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const INVENTORY_HINT = 'the secrets-inventory option: one secret name per line (`gh secret list` output) or a JSON array of names (`gh secret list --json name`)';

/**
 * Secret names from an inventory file, read and checked now: one per line (`gh secret list`
 * output works: the first column is taken), `#` comments, or a JSON array of names or of
 * `{ "name": ... }` (`gh secret list --json name`). A missing or malformed file is the
 * configuration's error, named with its line, never a finding about the repository.
 */
export function inventoryFromFile(files: RepoFiles, path: string): SecretsInventoryPort {
  const text = files.readText(path);
  if (text === undefined) throw new ConfigurationError('secrets inventory not found or not a file', { file: path, hint: INVENTORY_HINT });
  const names = text.trimStart().startsWith('[') ? namesFromJson(text, path) : namesFromLines(text, path);
  return { source: `inventory file ${path}`, listSecretNames: async () => names };
}

function namesFromJson(text: string, path: string): Array<{ name: string; evidence: Evidence }> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    // JSON.parse's message quotes the text: the file may not be the inventory it should be.
    throw new ConfigurationError('not valid JSON', { file: path, hint: INVENTORY_HINT });
  }
  if (!Array.isArray(parsed)) throw new ConfigurationError('expected a JSON array', { file: path, hint: INVENTORY_HINT });
  return parsed.map((item: unknown, index) => {
    const name = typeof item === 'object' && item !== null && 'name' in item ? (item as { name: unknown }).name : item;
    if (typeof name !== 'string' || !SECRET_NAME.test(name)) {
      throw new ConfigurationError(`item ${index} is not a secret name or { "name": <secret name> }`, { file: path, hint: INVENTORY_HINT });
    }
    return { name, evidence: evidence(path) };
  });
}

function namesFromLines(text: string, path: string): Array<{ name: string; evidence: Evidence }> {
  return text.split('\n').flatMap((line, index) => {
    const name = line.replace(/#.*$/, '').trim().split(/\s+/)[0] ?? '';
    if (name === '') return [];
    if (!SECRET_NAME.test(name)) throw new ConfigurationError('not a secret name (letters, digits and _ only)', { file: path, line: index + 1, hint: INVENTORY_HINT });
    return [{ name, evidence: evidence(path, index + 1) }];
  });
}

export const unusedSecrets: Check = {
  id: 'unused-secrets',
  title: 'Every repository secret is used by a workflow',
  rationale: 'A secret no workflow references is a live credential with no owner: nobody rotates it and nobody notices when it leaks.',
  remediation: 'Delete the unreferenced secrets (`gh secret delete NAME`) after checking no external caller needs them, and revoke the credentials they held.',
  severity: 'low',
  async run(ctx) {
    const inventory =
      ctx.secretsInventory ?? (ctx.options.secretsInventoryPath ? inventoryFromFile(ctx.files, ctx.options.secretsInventoryPath) : undefined);
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
