import { Findings, evidence } from '../findings';
import { patternToRegExp } from '../path-patterns';
import type { Check } from '../types';
import { sopsUsage } from './sops-usage';

/** GitHub's own search order: the first file found is the one in force. */
const CODEOWNERS_LOCATIONS = ['.github/CODEOWNERS', 'CODEOWNERS', 'docs/CODEOWNERS'];

interface OwnerRule {
  line: number;
  pattern: string;
  owners: string[];
}

export function parseCodeowners(text: string): OwnerRule[] {
  const rules: OwnerRule[] = [];
  text.split('\n').forEach((raw, index) => {
    const content = raw.replace(/(^|\s)#.*$/, '').trim();
    if (content === '') return;
    const [pattern, ...owners] = content.split(/\s+/) as [string, ...string[]];
    rules.push({ line: index + 1, pattern: pattern.replace(/\\#/g, '#'), owners });
  });
  return rules;
}

/** The last matching rule wins, as on GitHub. */
function ruleFor(rules: OwnerRule[], path: string): OwnerRule | undefined {
  return [...rules].reverse().find((rule) => patternToRegExp(rule.pattern).test(path));
}

export const codeownersSecrets: Check = {
  id: 'codeowners-secrets',
  title: 'CODEOWNERS covers the SOPS policy, the bundle and the workflows',
  rationale:
    'Changes to `.sops.yaml` decide who can decrypt, the bundle holds the secrets and workflows decide where they go: each needs a required reviewer.',
  remediation:
    'Add owners in CODEOWNERS, e.g. `/.sops.yaml @org/security`, `/config/secrets.enc.yaml @org/security`, `/.github/workflows/ @org/security`, and require code-owner review on the default branch.',
  severity: 'high',
  async run(ctx) {
    const file = CODEOWNERS_LOCATIONS.find((location) => ctx.files.readText(location) !== undefined);
    if (file === undefined) return { status: 'fail', details: `no CODEOWNERS (looked in ${CODEOWNERS_LOCATIONS.join(', ')})`, evidence: [] };
    const rules = parseCodeowners(ctx.files.readText(file) ?? '');
    const findings = new Findings();
    const usesSops = (await sopsUsage(ctx)).length > 0;
    const targets = [
      ...(usesSops
        ? [
            { label: ctx.options.sopsConfigPath, probe: ctx.options.sopsConfigPath },
            { label: ctx.options.bundlePath, probe: ctx.options.bundlePath },
          ]
        : []),
      { label: '.github/workflows/', probe: '.github/workflows/ci.yml' },
    ];
    const owned = [];
    for (const target of targets) {
      const rule = ruleFor(rules, target.probe);
      if (rule === undefined) findings.fail(`${target.label} has no owner`, evidence(file));
      else if (rule.owners.length === 0) findings.fail(`${target.label} has no owner (\`${rule.pattern}\` clears it)`, evidence(file, rule.line));
      else owned.push(evidence(file, rule.line));
    }
    const sopsNote = usesSops ? '' : ' (the repository does not use SOPS: its policy and bundle need none)';
    return findings.result(`${file} assigns owners to ${targets.map((target) => target.label).join(', ')}${sopsNote}`, owned);
  },
};
