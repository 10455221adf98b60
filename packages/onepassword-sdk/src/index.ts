// @mcp-secrets/onepassword-sdk: a 1Password service account as a store. Only the sync action's
// entry and the CLI import this package, so only their bundles carry the SDK, in a chunk of its
// own that is loaded when a service-account token is used.
import { PRODUCT_VERSION } from '@mcp-secrets/ports';
import { OnePasswordError, type OnePasswordStore } from '@mcp-secrets/onepassword';
import { sdkFailure, sdkStore, type SdkClient } from './sdk-store';

export { sdkStore, type SdkClient, type SdkItem } from './sdk-store';

export async function openServiceAccount(token: string): Promise<OnePasswordStore> {
  const { createClient } = await import('@1password/sdk');
  let client: SdkClient;
  try {
    client = (await createClient({ auth: token, integrationName: 'mcp-secrets', integrationVersion: PRODUCT_VERSION }));
  } catch (error) {
    const failure = sdkFailure(error, 'signing in with the service account token', token);
    throw new OnePasswordError(failure.kind === 'server' ? 'auth' : failure.kind, `${failure.message} (check OP_SERVICE_ACCOUNT_TOKEN)`);
  }
  return sdkStore(client, token);
}
