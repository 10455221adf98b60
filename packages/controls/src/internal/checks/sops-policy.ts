import { CONFIG_LIMITS, re2Pattern, Re2PatternError, type Pattern } from '@mcp-secrets/scanner';
import { isMap, isSeq } from 'yaml';
import type { Node } from 'yaml';
import { Findings, evidence } from '../findings';
import type { Check } from '../types';
import { itemsOf, pairOf, parseWithPositions, scalarText, valueOf } from '../yaml-positions';
import { sopsNotUsed, sopsUsage } from './sops-usage';

/** Key types of a creation rule and of a key group, by their `.sops.yaml` spelling, with the option name. */
const OTHER_KEY_TYPES: Record<string, string> = {
  pgp: 'pgp',
  kms: 'kms',
  gcp_kms: 'gcp_kms',
  azure_keyvault: 'azure_keyvault',
  hc_vault_transit_uri: 'hc_vault',
  hc_vault: 'hc_vault',
};
const AGE_X25519 = /^age1[02-9ac-hj-np-z]{58}$/;
const AGE_PLUGIN = /^age1[a-z0-9]+1[02-9ac-hj-np-z]{20,}$/;
const SSH_RECIPIENT = /^ssh-(?:ed25519|rsa) AAAA[0-9A-Za-z+/=]+(?: .*)?$/;

/** Far above any real recipient (an ssh-rsa 4096 key is ~730 characters); bounds the patterns' backtracking. */
const MAX_RECIPIENT_LENGTH = 2048;

export function isWellFormedAgeRecipient(recipient: string): boolean {
  if (recipient.length > MAX_RECIPIENT_LENGTH) return false;
  return AGE_X25519.test(recipient) || AGE_PLUGIN.test(recipient) || SSH_RECIPIENT.test(recipient);
}

/** Recipients of an `age:` value: a comma-separated string (creation rules) or a list (key groups). */
export function ageRecipients(node: Node | null | undefined): Array<{ recipient: string; node: Node }> {
  if (node === null || node === undefined) return [];
  if (isSeq(node)) return itemsOf(node).flatMap((item) => ageRecipients(item));
  const text = scalarText(node);
  if (text === undefined) return [];
  return text
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .map((recipient) => ({ recipient, node }));
}

export const sopsPolicy: Check = {
  id: 'sops-policy',
  title: '.sops.yaml encrypts the bundle to age recipients only',
  rationale:
    'The creation rules decide who can decrypt the bundle; the runbooks rotate age keys only, so any other key type is an unmanaged way in.',
  remediation:
    'Give every creation rule an `age:` list of well-formed `age1…` recipients, a `path_regex` matching the bundle, and drop pgp/kms/gcp_kms/azure_keyvault/hc_vault keys (or list the type under `allowed-sops-key-types`).',
  severity: 'high',
  async run(ctx) {
    const path = ctx.options.sopsConfigPath;
    const text = ctx.files.readText(path);
    if (text === undefined) {
      const usage = await sopsUsage(ctx);
      if (usage.length === 0) return sopsNotUsed(ctx);
      return { status: 'fail', details: `${path} is missing, yet the repository uses SOPS`, evidence: usage };
    }
    const { doc, lineOf, error } = parseWithPositions(text);
    if (error !== undefined) return { status: 'fail', details: `${path} is not valid YAML (line ${error.line}: ${error.message})`, evidence: [evidence(path, error.line)] };
    const rules = valueOf(doc.contents, 'creation_rules');
    if (!isSeq(rules) || rules.items.length === 0) {
      return { status: 'fail', details: `${path} has no \`creation_rules\` list`, evidence: [evidence(path, lineOf(rules) ?? 1)] };
    }
    const rulesLine = lineOf(pairOf(doc.contents, 'creation_rules')?.key);
    const findings = new Findings();
    const allowed = new Set(ctx.options.allowedSopsKeyTypes);
    let bundleCovered = false;
    for (const rule of itemsOf(rules)) {
      const ruleLine = lineOf(rule);
      if (!isMap(rule)) {
        findings.fail(`creation rule at line ${ruleLine} is not a mapping`, evidence(path, ruleLine));
        continue;
      }
      const pathRegexNode = valueOf(rule, 'path_regex');
      const pathRegex = scalarText(pathRegexNode);
      const compiled = pathRegex === undefined ? undefined : sopsPathRegex(pathRegex);
      if (pathRegex !== undefined && compiled === undefined) {
        findings.fail(`\`path_regex\` at line ${lineOf(pathRegexNode)} is not a valid regular expression`, evidence(path, lineOf(pathRegexNode)));
      }
      if (pathRegex === undefined || compiled?.test(ctx.options.bundlePath)) bundleCovered = true;
      const keyHolders: Node[] = [rule, ...itemsOf(valueOf(rule, 'key_groups'))];
      let recipients = 0;
      for (const holder of keyHolders) {
        for (const [key, type] of Object.entries(OTHER_KEY_TYPES)) {
          const pair = pairOf(holder, key);
          if (pair !== undefined && !allowed.has(type)) findings.fail(`\`${key}\` key at line ${lineOf(pair.key)} (age only)`, evidence(path, lineOf(pair.key)));
        }
        for (const { recipient, node } of ageRecipients(valueOf(holder, 'age'))) {
          recipients += 1;
          if (!isWellFormedAgeRecipient(recipient)) findings.fail(`malformed age recipient at line ${lineOf(node)}`, evidence(path, lineOf(node)));
        }
      }
      if (recipients === 0) findings.fail(`creation rule at line ${ruleLine} has no age recipient`, evidence(path, ruleLine));
    }
    if (!bundleCovered) findings.warn(`no creation rule's \`path_regex\` matches ${ctx.options.bundlePath}`, evidence(path, rulesLine));
    return findings.result(`every creation rule uses age recipients only and one covers ${ctx.options.bundlePath}`, [evidence(path, rulesLine)]);
  },
};

/** sops is written in Go: `path_regex` is RE2, run here on RE2 too (linear time, whatever the repository wrote). */
function sopsPathRegex(source: string): Pattern | undefined {
  try {
    return re2Pattern(source, CONFIG_LIMITS.programSize);
  } catch (error) {
    if (error instanceof Re2PatternError) return undefined;
    throw error;
  }
}

/**
 * The age recipients SOPS would encrypt the bundle to: those of the first creation rule whose
 * `path_regex` matches it (or that has none); undefined when `.sops.yaml` names no such rule.
 */
export function recipientsForBundle(sopsConfigText: string, bundlePath: string): string[] | undefined {
  const { doc, error } = parseWithPositions(sopsConfigText);
  if (error !== undefined) return undefined;
  const rule = itemsOf(valueOf(doc.contents, 'creation_rules')).find((candidate) => {
    const pathRegex = scalarText(valueOf(candidate, 'path_regex'));
    return pathRegex === undefined || sopsPathRegex(pathRegex)?.test(bundlePath) === true;
  });
  if (rule === undefined) return undefined;
  const holders: Node[] = [rule, ...itemsOf(valueOf(rule, 'key_groups'))];
  return holders.flatMap((holder) => ageRecipients(valueOf(holder, 'age')).map(({ recipient }) => recipient));
}
