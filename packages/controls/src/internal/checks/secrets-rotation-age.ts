import { inspectSops, SopsError } from '@mcp-secrets/sops';
import { Findings, evidence } from '../findings';
import { readBundleFields } from '../bundle-fields';
import type { Check, CheckContext, Evidence } from '../types';

const WARN_RATIO = 0.8;
const DAY_MS = 24 * 3600 * 1000;

export const secretsRotationAge: Check = {
  id: 'secrets-rotation-age',
  title: 'Secrets were rotated within the policy',
  rationale: 'Every day a credential lives widens the window in which a leaked copy works; the rotation runbook sets the bound.',
  remediation:
    'Rotate per the rotation runbook: issue new credentials, update the bundle (`sops config/secrets.enc.yaml`, which refreshes `lastmodified`) or the Vault secret, then revoke the old ones.',
  severity: 'medium',
  async run(ctx) {
    const findings = new Findings();
    const passed: string[] = [];
    const passEvidence: Evidence[] = [];
    const sources = [judgeSops(ctx), await judgeVault(ctx)].filter((judged) => judged !== undefined);
    if (sources.length === 0) {
      return {
        status: 'skip',
        details: `no SOPS bundle at ${ctx.options.bundlePath} and no Vault secret configured (vault-secret-path)`,
        evidence: [],
      };
    }
    for (const judged of sources) {
      if (judged.status === 'fail') findings.fail(judged.details, ...judged.evidence);
      else if (judged.status === 'warn') findings.warn(judged.details, ...judged.evidence);
      else {
        passed.push(judged.details);
        passEvidence.push(...judged.evidence);
      }
    }
    return findings.result(passed.join('; '), passEvidence);
  },
};

interface Judged {
  status: 'pass' | 'warn' | 'fail';
  details: string;
  evidence: Evidence[];
}

function judgeSops(ctx: CheckContext): Judged | undefined {
  const path = ctx.options.bundlePath;
  const text = ctx.files.readText(path);
  if (text === undefined) return undefined;
  let lastModified: string;
  try {
    lastModified = inspectSops(text, { fileName: path }).lastModified;
  } catch (error) {
    if (!(error instanceof SopsError)) throw error;
    return { status: 'fail', details: `no readable \`sops.lastmodified\`: ${error.message}`, evidence: [evidence(path, error.line ?? null)] };
  }
  // The SOPS engine reads every format; the line is known for YAML/JSON bundles.
  const line = readBundleFields(text)?.lastModified?.line ?? null;
  return judgeAge(`SOPS bundle ${path}`, Date.parse(lastModified), ctx.options.rotationDays.sops, ctx, [evidence(path, line)]);
}

async function judgeVault(ctx: CheckContext): Promise<Judged | undefined> {
  const secretPath = ctx.options.vaultSecretPath;
  if (ctx.vault === undefined || secretPath === undefined || secretPath === '') return undefined;
  let created: string | undefined;
  try {
    created = await ctx.vault.secretCreatedTime(secretPath);
  } catch (error) {
    return { status: 'fail', details: `Vault secret ${secretPath}: could not read its metadata (${(error as Error).message})`, evidence: [] };
  }
  const when = created === undefined ? Number.NaN : Date.parse(created);
  if (Number.isNaN(when)) {
    return { status: 'warn', details: `Vault secret ${secretPath} has no version \`created_time\` (KV v1?): its age is unknown`, evidence: [] };
  }
  return judgeAge(`Vault secret ${secretPath}`, when, ctx.options.rotationDays.vault, ctx, []);
}

function judgeAge(label: string, when: number, policyDays: number, ctx: CheckContext, where: Evidence[]): Judged {
  const ageDays = Math.floor((ctx.clock.now().getTime() - when) / DAY_MS);
  const date = new Date(when).toISOString().slice(0, 10);
  const details = `${label} last rotated ${date} (${ageDays} days ago, policy ${policyDays} days)`;
  if (ageDays > policyDays) return { status: 'fail', details, evidence: where };
  if (ageDays > policyDays * WARN_RATIO) return { status: 'warn', details, evidence: where };
  return { status: 'pass', details, evidence: where };
}
