// A service account read through 1Password's SDK, behind the same store port as Connect. The SDK
// is typed here by the few calls we make, so the adapter is tested with a stand-in client; the
// real one is loaded on demand by openServiceAccount.
import { showUntrusted, untrustedText } from '@mcp-secrets/ports';
import { OnePasswordError, type OnePasswordStore, type OpItem } from '@mcp-secrets/onepassword';
import { redact } from '@mcp-secrets/vault';

interface SdkField {
  id: string;
  title: string;
  sectionId?: string;
  value: string;
}

export interface SdkItem {
  id: string;
  title: string;
  vaultId: string;
  version: number;
  sections: { id: string; title: string }[];
  fields: SdkField[];
}

/** The part of the SDK's Client this store uses. */
export interface SdkClient {
  vaults: { list(): Promise<{ id: string; title: string }[]> };
  items: {
    list(vaultId: string): Promise<{ id: string; title: string }[]>;
    get(vaultId: string, itemId: string): Promise<SdkItem>;
    put(item: SdkItem): Promise<SdkItem>;
  };
}

/** The SDK's errors carry its core's message; its rate-limit and expiry errors by name. */
export function sdkFailure(error: unknown, action: string, token: string): OnePasswordError {
  const name = error instanceof Error ? error.constructor.name : '';
  const said = redact(showUntrusted(error instanceof Error ? error.message : String(error), 300), [token, untrustedText(token)]);
  if (name === 'RateLimitExceededError') return new OnePasswordError('rate-limited', `1Password's rate limit was reached while ${action}: ${said}`);
  if (name === 'AuthExpiredError') return new OnePasswordError('auth', `the service account token expired while ${action}: ${said}`);
  return new OnePasswordError('server', `1Password refused ${action}: ${said}`);
}

export function sdkStore(client: SdkClient, token: string): OnePasswordStore {
  const guarded = async <T>(action: string, work: () => Promise<T>): Promise<T> => {
    try {
      return await work();
    } catch (error) {
      throw sdkFailure(error, action, token);
    }
  };
  const toItem = (item: SdkItem): OpItem => ({
    id: item.id,
    title: item.title,
    vaultId: item.vaultId,
    version: item.version,
    sections: item.sections.map((section) => ({ id: section.id, label: section.title })),
    // The SDK gives every field a value; an empty one is an empty field, as Connect leaves it out.
    fields: item.fields.map((field) => ({
      id: field.id,
      label: field.title,
      ...(field.sectionId ? { sectionId: field.sectionId } : {}),
      ...(field.value === '' ? {} : { value: field.value }),
    })),
  });
  return {
    description: '1Password service account',
    listVaults: () => guarded('listing vaults', async () => (await client.vaults.list()).map((vault) => ({ id: vault.id, name: vault.title }))),
    listItems: (vaultId) => guarded('listing items', async () => (await client.items.list(vaultId)).map((item) => ({ id: item.id, title: item.title }))),
    getItem: (vaultId, itemId) => guarded('reading an item', async () => toItem(await client.items.get(vaultId, itemId))),
    setFieldValue: (vaultId, itemId, fieldId, value) =>
      guarded('updating a field', async () => {
        // The SDK replaces whole items: read the current one and change that one field only.
        const item = await client.items.get(vaultId, itemId);
        await client.items.put({ ...item, fields: item.fields.map((field) => (field.id === fieldId ? { ...field, value } : field)) });
      }),
  };
}
