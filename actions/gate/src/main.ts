import { runGate, type GateDeps } from '@mcp-secrets/gate';
import { runnerInputSource, type ActionPorts } from '@mcp-secrets/ports';

export async function main(ports: ActionPorts, deps: GateDeps = {}): Promise<void> {
  const result = await runGate(ports, runnerInputSource(ports.env), deps);
  if (result.failureMessage !== undefined) throw new Error(result.failureMessage);
}
