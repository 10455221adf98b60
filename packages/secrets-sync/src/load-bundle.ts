// Where sync and `mcp-secrets run` get the bundle: the provider plan, the fetch (with the SOPS
// fallback), masking, and the key policy. A new provider is added here and in planProvider, and
// both commands have it.
import { VaultError } from '@mcp-secrets/vault';
import { applyKeyPolicy, type Bundle, type Provider } from '@mcp-secrets/secrets-store';
import type { ActionPorts } from '@mcp-secrets/ports';
import type { SyncOptions } from './options';
import { planProvider, sopsConfigured } from './provider';
import { fetchFromSops } from './sops-source';
import { fetchFromVault, type FetchedBundle, type VaultClientFactory } from './vault-source';

export type LoadedBundle =
  | { provider: 'none'; reason: string }
  | {
      provider: Provider;
      /** Masked, selected by `keys`, checked against `required-keys` and `min-version`. */
      bundle: Bundle;
      /** Keys `keys` left out (names only). */
      dropped: string[];
      source: string;
      details: FetchedBundle['details'];
    };

/**
 * Masks the credentials, chooses the provider and fetches the bundle; every value is masked
 * before anything else is logged. `none` when nothing is configured (the caller decides whether
 * that is an error).
 */
export async function loadBundle(ports: ActionPorts, options: SyncOptions, createVaultClient?: VaultClientFactory): Promise<LoadedBundle> {
  for (const credential of [options.vault.token, options.vault.secretId]) {
    if (credential !== '') ports.mask(credential);
  }
  const plan = planProvider(options, ports.env);
  if (plan.provider === 'none') return plan;

  let provider: Provider = plan.provider;
  let fetched: FetchedBundle;
  if (plan.provider === 'vault') {
    try {
      fetched = await fetchFromVault(options.vault, plan.login, ports, createVaultClient);
    } catch (error) {
      if (!(plan.sopsFallback && error instanceof VaultError)) throw error;
      if (!sopsConfigured(options)) {
        throw new VaultError(error.kind, `${error.message} (fallback: sops is set, but there is no age key or no ${options.sops.displayFile} to fall back to)`);
      }
      ports.log.warning(`Vault failed (${error.message}); falling back to the SOPS bundle ${options.sops.displayFile} as fallback: sops allows.`);
      provider = 'sops';
      fetched = await fetchFromSops(options.sops, ports);
    }
  } else {
    fetched = await fetchFromSops(options.sops, ports);
  }

  const { bundle, dropped } = applyKeyPolicy(
    fetched.bundle,
    { keys: options.keys, requiredKeys: options.requiredKeys, minVersion: options.minVersion },
    fetched.source,
  );
  return { provider, bundle, dropped, source: fetched.source, details: fetched.details };
}
