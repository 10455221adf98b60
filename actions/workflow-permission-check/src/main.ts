import type { ActionPorts } from '@mcp-secrets/ports';
import { describeCounts } from '@mcp-secrets/reporting';
import { runWorkflowCheck } from '@mcp-secrets/workflow-permission-check';
import { readInputs } from './inputs';

export async function main(ports: ActionPorts): Promise<void> {
  const options = readInputs(ports.env);
  const result = await runWorkflowCheck(ports, options);
  if (result.failed) {
    throw new Error(
      `${describeCounts(result.counts)} in workflow files (fail-on: ${options.failOn}); the job summary lists each finding with its fix`,
    );
  }
}
