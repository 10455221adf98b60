import type { ActionPorts } from '@mcp-secrets/ports';
import { displayPath, runAudit, type AuditDeps } from '@mcp-secrets/audit';
import { readInputs } from './inputs';

export async function main(ports: ActionPorts, deps: AuditDeps = {}): Promise<void> {
  const options = readInputs(ports.env);
  const result = await runAudit(ports, options, deps);
  if (result.verdict === 'fail') {
    const report = result.reportPath === undefined ? 'the annotations' : displayPath(result.reportPath, options.workspace);
    throw new Error(`${result.headline}; see ${report} and the job summary`);
  }
}
