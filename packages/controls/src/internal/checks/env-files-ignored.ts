import { basename } from 'node:path';
import { Findings, evidence } from '../findings';
import type { IgnoreVerdict } from '../git';
import type { Check, Evidence } from '../types';
import { sopsUsage } from './sops-usage';

/** Representative names git must ignore; `ci.env` stands for `*.env`. */
const PROBES: Array<{ path: string; label: string }> = [
  { path: '.env', label: '`.env`' },
  { path: 'ci.env', label: '`*.env` files' },
  { path: 'keys.txt', label: '`keys.txt` (age key file)' },
];
/** The runbooks' name for the SOPS age identity: asked of repositories that use SOPS only. */
const AGE_IDENTITY_PROBE = { path: 'mcp-age-key.txt', label: '`mcp-age-key.txt` (age key file)' };

const TEMPLATE_SUFFIXES = ['.example', '.sample', '.template'];

/** `.env`, `*.env`, `.env.*` and the age key files, but not their templates. */
export function isSecretFileName(path: string): boolean {
  const name = basename(path);
  if (TEMPLATE_SUFFIXES.some((suffix) => name.endsWith(suffix))) return false;
  return name === '.env' || name.endsWith('.env') || name.startsWith('.env.') || name === 'keys.txt' || name === 'mcp-age-key.txt';
}

export const envFilesIgnored: Check = {
  id: 'env-files-ignored',
  title: 'Environment and age key files are git-ignored and untracked',
  rationale: 'A `.env` or an age key file committed once stays in the history for good, with every secret it held.',
  remediation:
    'Add `.env`, `*.env`, `keys.txt` and `mcp-age-key.txt` to .gitignore (keep `!*.example`), `git rm --cached` any tracked one, and rotate what it held.',
  severity: 'critical',
  async run(ctx) {
    const findings = new Findings();
    for (const file of (await ctx.git.lsFiles()).filter(isSecretFileName)) {
      findings.fail(`${file} is tracked`, evidence(file));
    }
    const usesAge = (await sopsUsage(ctx)).length > 0;
    const probes = usesAge ? [...PROBES, AGE_IDENTITY_PROBE] : PROBES;
    const verdicts = await ctx.git.checkIgnore(probes.map((probe) => probe.path));
    const gitignoreEvidence = ctx.files.readText('.gitignore') === undefined ? [] : [evidence('.gitignore')];
    const ignoredBy: Evidence[] = [];
    for (const probe of probes) {
      const verdict = verdicts.find((candidate) => candidate.path === probe.path);
      if (verdict !== undefined && isIgnoredByRepository(verdict) && verdict.source !== undefined) {
        ignoredBy.push(evidence(verdict.source.file, verdict.source.line));
        continue;
      }
      if (verdict?.source !== undefined && verdict.source.pattern.startsWith('!') && isRepositoryFile(verdict.source.file)) {
        findings.fail(`${probe.label} re-included by \`${verdict.source.pattern}\``, evidence(verdict.source.file, verdict.source.line));
      } else {
        findings.fail(`${probe.label} not git-ignored`, ...gitignoreEvidence);
      }
    }
    const ageNote = usesAge ? '' : ` (${AGE_IDENTITY_PROBE.path} not required: the repository does not use SOPS)`;
    return findings.result(`secret files are ignored and none is tracked${ageNote}`, ignoredBy);
  },
};

/** Only rules that travel with the repository count; a contributor's global excludes do not. */
function isIgnoredByRepository(verdict: IgnoreVerdict): boolean {
  return verdict.ignored && verdict.source !== undefined && isRepositoryFile(verdict.source.file);
}

function isRepositoryFile(file: string): boolean {
  return !file.startsWith('/') && !file.startsWith('.git/') && basename(file) === '.gitignore';
}
