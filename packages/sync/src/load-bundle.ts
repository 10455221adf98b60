// Where sync and `mcp-secrets run` get the bundle: the provider plan, the fetch (with the SOPS
// fallback), masking, and the key policy. A new provider is added here and in planProvider, and
// both commands have it.
import { OnePasswordError, type ServiceAccountOpener } from '@mcp-secrets/onepassword';
import { VaultError } from '@mcp-secrets/vault';
import { applyKeyPolicy, type Bundle, type Provider } from '@mcp-secrets/secrets-store';
import type { ActionPorts } from '@mcp-secrets/ports';
import type { SyncOptions } from './options';
import { planProvider, sopsConfigured } from './provider';
import { reportUnmasked } from './mask-bundle';
import { fetchFromOnePassword, onePasswordOpener } from './onepassword-source';
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
export interface BundleDeps {
  createVaultClient?: VaultClientFactory;
  /** 1Password's SDK for service accounts, loaded on demand by the entries that may need it. */
  openServiceAccount?: ServiceAccountOpener;
}

export async function loadBundle(ports: ActionPorts, options: SyncOptions, deps: BundleDeps = {}): Promise<LoadedBundle> {
  const { credentials } = options.onePassword;
  for (const credential of [options.vault.token, options.vault.secretId, credentials.connectToken, credentials.serviceAccountToken]) {
    if (credential !== '') ports.mask(credential);
  }
  const plan = planProvider(options, ports.env);
  if (plan.provider === 'none') return plan;

  // One store for the run: the bundle and the SOPS age identity may both come from 1Password.
  const openStore = onePasswordOpener(options.onePassword, ports, deps.openServiceAccount);
  let provider: Provider = plan.provider;
  let fetched: FetchedBundle;
  if (plan.provider === 'sops') {
    fetched = await fetchFromSops(options.sops, ports, openStore);
  } else {
    try {
      fetched =
        plan.provider === 'vault'
          ? await fetchFromVault(options.vault, plan.login, ports, deps.createVaultClient)
          : await fetchFromOnePassword(options.onePassword, ports, openStore);
    } catch (error) {
      const failed = plan.provider === 'vault' ? 'Vault' : '1Password';
      if (!(plan.sopsFallback && (error instanceof VaultError || error instanceof OnePasswordError))) throw error;
      const reason = error.message;
      if (!sopsConfigured(options)) {
        const message = `${reason} (fallback: sops is set, but there is no age key or no ${options.sops.displayFile} to fall back to)`;
        throw error instanceof VaultError ? new VaultError(error.kind, message) : new OnePasswordError(error.kind, message);
      }
      ports.log.warning(`${failed} failed (${reason}); falling back to the SOPS bundle ${options.sops.displayFile} as fallback: sops allows.`);
      provider = 'sops';
      fetched = await fetchFromSops(options.sops, ports, openStore);
    }
  }

  const { bundle, dropped } = applyKeyPolicy(
    fetched.bundle,
    { keys: options.keys, requiredKeys: options.requiredKeys, minVersion: options.minVersion },
    fetched.source,
  );
  reportUnmasked(ports, bundle);
  return { provider, bundle, dropped, source: fetched.source, details: fetched.details };
}
