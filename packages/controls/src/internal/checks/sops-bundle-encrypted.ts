import { inspectSops, SopsError } from '@mcp-secrets/sops';
import type { SopsInspection } from '@mcp-secrets/sops';
import { Findings, evidence } from '../findings';
import type { Check, CheckContext } from '../types';
import { recipientsForBundle } from './sops-policy';
import { bundleMissing } from './sops-usage';

export const sopsBundleEncrypted: Check = {
  id: 'sops-bundle-encrypted',
  title: 'Every value of the SOPS bundle is encrypted, with a MAC, to the policy\'s recipients',
  rationale:
    'A value committed in clear is leaked for good; a missing MAC lets anyone swap encrypted values unnoticed; stale recipients keep removed keys able to decrypt.',
  remediation:
    'Re-encrypt with `sops --encrypt --in-place config/secrets.enc.yaml` (keep only the declared unencrypted keys in clear), and after changing `.sops.yaml` run `sops updatekeys config/secrets.enc.yaml`; rotate any value that was committed in clear.',
  severity: 'critical',
  async run(ctx) {
    const path = ctx.options.bundlePath;
    const bytes = ctx.files.readBytes(path);
    if (bytes === undefined) return bundleMissing(ctx);
    let inspection: SopsInspection;
    try {
      inspection = inspectSops(bytes, { fileName: path });
    } catch (error) {
      if (!(error instanceof SopsError)) throw error;
      return { status: 'fail', details: error.message, evidence: [evidence(path, error.line ?? null)] };
    }
    const findings = new Findings();
    for (const leaf of inspection.leaves) {
      if (leaf.state === 'plaintext-unexpected') findings.fail(`\`${leaf.path.join('.')}\` is in plaintext`, evidence(path, leaf.line ?? null));
      if (leaf.state === 'malformed') findings.fail(`\`${leaf.path.join('.')}\` is not a well-formed ENC[AES256_GCM,...] value`, evidence(path, leaf.line ?? null));
    }
    if (!inspection.macPresent) findings.fail('the sops metadata has no `mac`', evidence(path));
    else if (!inspection.macLooksEncrypted) findings.fail('`sops.mac` is not encrypted', evidence(path));
    if (inspection.version === undefined) findings.fail('the sops metadata has no `version`', evidence(path));
    if (inspection.ageRecipients.length === 0) findings.fail('the sops metadata has no age recipient', evidence(path));
    compareRecipients(ctx, inspection, findings);
    const encrypted = inspection.leaves.filter((leaf) => leaf.state === 'encrypted').length;
    return findings.result(`${path}: ${encrypted} value(s) encrypted to ${inspection.ageRecipients.length} age recipient(s), MAC present`, [evidence(path)]);
  },
};

/** Recipients that differ from `.sops.yaml` mean a `sops updatekeys` was forgotten (a removed key may still decrypt). */
function compareRecipients(ctx: CheckContext, inspection: SopsInspection, findings: Findings): void {
  const configText = ctx.files.readText(ctx.options.sopsConfigPath);
  const wanted = configText === undefined ? undefined : recipientsForBundle(configText, ctx.options.bundlePath);
  if (wanted === undefined) {
    findings.note(`recipients not compared: ${ctx.options.sopsConfigPath} has no creation rule for the bundle`);
    return;
  }
  const actual = new Set(inspection.ageRecipients);
  const expected = new Set(wanted);
  const extra = [...actual].filter((recipient) => !expected.has(recipient));
  const missing = [...expected].filter((recipient) => !actual.has(recipient));
  if (extra.length === 0 && missing.length === 0) return;
  const parts = [
    ...(extra.length > 0 ? [`${extra.length} recipient(s) not in ${ctx.options.sopsConfigPath}`] : []),
    ...(missing.length > 0 ? [`${missing.length} recipient(s) of ${ctx.options.sopsConfigPath} missing`] : []),
  ];
  findings.warn(`the bundle's age recipients differ from ${ctx.options.sopsConfigPath}: ${parts.join(', ')} (run \`sops updatekeys\`)`, evidence(ctx.options.bundlePath), evidence(ctx.options.sopsConfigPath));
}
