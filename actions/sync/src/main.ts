import type { ActionPorts } from '@mcp-secrets/ports';
import { openServiceAccount } from '@mcp-secrets/onepassword-sdk';
import { runSync, type SyncDeps } from '@mcp-secrets/secrets-sync';
import { readInputs } from './inputs';

export async function main(ports: ActionPorts, deps: SyncDeps = {}): Promise<void> {
  await runSync(ports, readInputs(ports.env), { openServiceAccount, ...deps });
}
