// @mcp-secrets/onepassword-sdk: a 1Password service account as a store, through 1Password's SDK.
// The SDK is never bundled (docs/decisions/0006): the CLI imports the copy installed with it, the
// sync action fetches the pinned tarballs on first use (fetchPinnedSdk).
import { PRODUCT_VERSION } from '@mcp-secrets/ports';
import { OnePasswordError, type ServiceAccountOpener } from '@mcp-secrets/onepassword';
import { sdkFailure, sdkStore, type SdkClient } from './sdk-store';
import type { SdkModule } from './sdk-module';

export { sdkStore, type SdkClient, type SdkItem } from './sdk-store';
export { fetchPinnedSdk, type FetchSdkOptions, type SdkToolCache } from './fetched-sdk';
export { NPM_REGISTRY, PINNED_SDK, tarballUrl, type PinnedPackage } from './pinned-sdk';
export type { SdkModule } from './sdk-module';

/** Opens service accounts with the SDK `loadSdk` gives, loaded when the first token is used. */
export function serviceAccountOpener(loadSdk: () => Promise<SdkModule>): ServiceAccountOpener {
  return async (token) => {
    const { createClient } = await loadSdk();
    let client: SdkClient;
    try {
      client = await createClient({ auth: token, integrationName: 'mcp-secrets', integrationVersion: PRODUCT_VERSION });
    } catch (error) {
      const failure = sdkFailure(error, 'signing in with the service account token', token);
      throw new OnePasswordError(failure.kind === 'server' ? 'auth' : failure.kind, `${failure.message} (check OP_SERVICE_ACCOUNT_TOKEN)`);
    }
    return sdkStore(client, token);
  };
}

/** The CLI's: the SDK installed with the package (an npm dependency it declares). */
export const openServiceAccount: ServiceAccountOpener = serviceAccountOpener(() => import('@1password/sdk'));
