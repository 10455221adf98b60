import type { ActionPorts } from '@mcp-secrets/ports';
import { describeSummary, runOpsControls, type OpsControlsDeps } from '@mcp-secrets/ops-controls';
import { readInputs } from './inputs';

export async function main(ports: ActionPorts, deps: OpsControlsDeps = {}): Promise<void> {
  const options = readInputs(ports.env);
  const { report, failed } = await runOpsControls(ports, options, deps);
  if (failed) {
    throw new Error(`ops controls: ${describeSummary(report.summary)} (fail-on: ${options.failOn}); the job summary lists each check with its evidence and fix`);
  }
}
