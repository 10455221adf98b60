import type { ActionPorts } from '@mcp-secrets/ports';
import type { ServiceAccountOpener } from '@mcp-secrets/onepassword';
import { runSync, type SyncDeps } from '@mcp-secrets/sync';
import { readInputs } from './inputs';

export async function main(ports: ActionPorts, deps: SyncDeps = {}): Promise<void> {
  // The SDK is fetched (pinned, verified) only when a service account token is used; a mirror
  // configured for npm (NPM_CONFIG_REGISTRY) serves it as well as the public registry. The code
  // that fetches it is loaded then too: a run without a service account never needs it.
  const registry = ports.env.NPM_CONFIG_REGISTRY || ports.env.npm_config_registry;
  const openServiceAccount: ServiceAccountOpener = async (token) => {
    const { fetchPinnedSdk, serviceAccountOpener } = await import('@mcp-secrets/onepassword-sdk');
    const open = serviceAccountOpener(async () =>
      fetchPinnedSdk({ toolCache: await import('@actions/tool-cache'), ...(registry ? { registry } : {}), log: ports.log }),
    );
    return open(token);
  };
  await runSync(ports, readInputs(ports.env), { openServiceAccount, ...deps });
}
