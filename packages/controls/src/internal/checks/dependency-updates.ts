import { evidence } from '../findings';
import type { Check } from '../types';
import { itemsOf, parseWithPositions, scalarText, valueOf } from '../yaml-positions';

const DEPENDABOT_FILES = ['.github/dependabot.yml', '.github/dependabot.yaml'];
const RENOVATE_FILES = [
  'renovate.json',
  'renovate.json5',
  '.github/renovate.json',
  '.github/renovate.json5',
  '.gitlab/renovate.json',
  '.gitlab/renovate.json5',
  '.renovaterc',
  '.renovaterc.json',
  '.renovaterc.json5',
];

export const dependencyUpdates: Check = {
  id: 'dependency-updates',
  title: 'Automated updates keep pinned actions current',
  rationale: 'Actions pinned to a SHA do not update themselves; without Dependabot or Renovate the pins go stale and miss security fixes.',
  remediation:
    'Add `.github/dependabot.yml` with an `updates` entry `package-ecosystem: github-actions`, `directory: /`, `schedule: {interval: weekly}` (or a Renovate config).',
  severity: 'low',
  async run(ctx) {
    const renovate = RENOVATE_FILES.find((file) => ctx.files.readText(file) !== undefined);
    if (renovate !== undefined) return { status: 'pass', details: `Renovate is configured (${renovate})`, evidence: [evidence(renovate)] };
    const packageJson = ctx.files.readText('package.json');
    if (packageJson !== undefined && hasRenovateKey(packageJson)) {
      return { status: 'pass', details: 'Renovate is configured in package.json', evidence: [evidence('package.json')] };
    }
    const dependabot = DEPENDABOT_FILES.find((file) => ctx.files.readText(file) !== undefined);
    if (dependabot === undefined) return { status: 'warn', details: 'neither Dependabot nor Renovate is configured', evidence: [] };
    const { doc, lineOf } = parseWithPositions(ctx.files.readText(dependabot) ?? '');
    const actionsEntry = itemsOf(valueOf(doc.contents, 'updates')).find(
      (entry) => scalarText(valueOf(entry, 'package-ecosystem')) === 'github-actions',
    );
    if (actionsEntry === undefined) {
      return { status: 'warn', details: `${dependabot} has no \`github-actions\` ecosystem`, evidence: [evidence(dependabot)] };
    }
    return { status: 'pass', details: `Dependabot updates github-actions (${dependabot})`, evidence: [evidence(dependabot, lineOf(actionsEntry))] };
  },
};

function hasRenovateKey(text: string): boolean {
  try {
    const parsed: unknown = JSON.parse(text);
    return typeof parsed === 'object' && parsed !== null && 'renovate' in parsed;
  } catch {
    return false;
  }
}
