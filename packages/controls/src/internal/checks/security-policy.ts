import { evidence } from '../findings';
import type { Check } from '../types';

const FOLDERS = ['', '.github', 'docs'];

export const securityPolicy: Check = {
  id: 'security-policy',
  title: 'A security policy tells reporters where to go',
  rationale: 'Without SECURITY.md, someone who finds a leaked secret or a vulnerability has no private channel and may open a public issue.',
  remediation: 'Add SECURITY.md (root, .github/ or docs/) with the private reporting channel (e.g. GitHub private vulnerability reporting) and the response time.',
  severity: 'low',
  async run(ctx) {
    for (const folder of FOLDERS) {
      // GitHub accepts any case for the name.
      const name = ctx.files.listDir(folder === '' ? '.' : folder).find((entry) => entry.toLowerCase() === 'security.md');
      if (name === undefined) continue;
      const file = folder === '' ? name : `${folder}/${name}`;
      if ((ctx.files.readText(file) ?? '').trim() === '') return { status: 'warn', details: `${file} is empty`, evidence: [evidence(file)] };
      return { status: 'pass', details: `security policy in ${file}`, evidence: [evidence(file)] };
    }
    return { status: 'warn', details: 'no SECURITY.md in the root, .github/ or docs/', evidence: [] };
  },
};
