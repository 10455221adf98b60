import { FIRST_PARTY_ACTIONS, checkParsedFile } from '@mcp-secrets/workflows';
import { Findings, evidence } from '../findings';
import type { Check } from '../types';
import { NOTHING_TO_CHECK, failParseErrors, loadWorkflows } from '../workflow-files';

export const actionsPinned: Check = {
  id: 'actions-pinned',
  title: 'Third-party actions are pinned to a full commit SHA',
  rationale: 'A tag or branch can be moved to new code at any time; a compromised third-party action then runs with your secrets.',
  remediation:
    'Pin every `uses:` to a full 40-character commit SHA with the tag as a comment (`owner/action@<sha> # v1.2.3`), images by `@sha256:` digest, and let Dependabot update them.',
  severity: 'high',
  async run(ctx) {
    const { workflows, actions, parseErrors, config } = await loadWorkflows(ctx);
    if (workflows.length + actions.length + parseErrors.length === 0) return NOTHING_TO_CHECK;
    const findings = new Findings();
    failParseErrors(findings, parseErrors);
    // The workflow engine's unpinned-uses rule: errors for third parties; first-party tags, which
    // zizmor's default policy accepts, stay visible here as warnings (configurable).
    const policy = { ...config, unpinnedUses: { ...config.unpinnedUses, warn: [...config.unpinnedUses.warn, ...FIRST_PARTY_ACTIONS] } };
    for (const parsed of [...workflows, ...actions]) {
      for (const finding of checkParsedFile(parsed, policy, ['unpinned-uses'])) {
        const where = evidence(finding.file, finding.line);
        const message = `${finding.file}:${finding.line}: ${finding.message}`;
        if (finding.severity === 'error') findings.fail(message, where);
        else findings.warn(message, where);
      }
    }
    return findings.result(`every \`uses:\` in ${workflows.length} workflow(s) and ${actions.length} action(s) is pinned`);
  },
};
