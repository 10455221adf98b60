import type { ActionPorts } from '@mcp-secrets/ports';
import { displayPath, runAudit, type AuditDeps } from '@mcp-secrets/secrets-audit';
import { readInputs } from './inputs';

export async function main(ports: ActionPorts, deps: AuditDeps = {}): Promise<void> {
  const options = readInputs(ports.env);
  const result = await runAudit(ports, options, deps);
  const count = result.findings.length;
  if (result.verdict === 'fail') {
    const report = result.reportPath === undefined ? 'the annotations' : displayPath(result.reportPath, options.workspace);
    throw new Error(`${count} secret${count === 1 ? '' : 's'} found; see ${report} and the job summary`);
  }
}
