import {
  cachedReads,
  findItem,
  itemEntries,
  openOnePassword,
  parseConnectHost,
  readReferences,
  type OnePasswordStore,
  type SecretReference,
  type ServiceAccountOpener,
} from '@mcp-secrets/onepassword';
import { showUntrustedList, type ActionPorts } from '@mcp-secrets/ports';
import { bundleFromObject } from '@mcp-secrets/secrets-store';
import { proxyPasswords } from '@mcp-secrets/vault';
import { maskBundle } from './mask-bundle';
import type { OnePasswordOptions } from './options';
import type { FetchedBundle } from './vault-source';

/** Opens the run's 1Password store once, on first use (the bundle, the SOPS key, or both); each item is read once. */
export function onePasswordOpener(onePassword: OnePasswordOptions, ports: ActionPorts, openServiceAccount?: ServiceAccountOpener): () => Promise<OnePasswordStore> {
  let store: Promise<OnePasswordStore> | undefined;
  return () => {
    store ??= (async () => {
      const { credentials } = onePassword;
      // Proxy libraries print proxy URLs in their debug output: the password is masked first.
      if (credentials.connectHost !== '') for (const password of proxyPasswords(parseConnectHost(credentials.connectHost), ports.env)) ports.mask(password);
      return cachedReads(
        await openOnePassword(credentials, {
          env: ports.env,
          logger: { debug: (message) => ports.log.debug(message) },
          ...(openServiceAccount === undefined ? {} : { openServiceAccount }),
        }),
      );
    })();
    return store;
  };
}

/**
 * The bundle from 1Password: the fields of op-item, then the op-secrets references (which add to
 * or replace them). Every value is masked the moment it is read, before anything is logged.
 */
export async function fetchFromOnePassword(onePassword: OnePasswordOptions, ports: ActionPorts, open: () => Promise<OnePasswordStore>): Promise<FetchedBundle> {
  const store = await open();
  const entries: Record<string, string> = {};
  const details: [string, string][] = [['1Password', store.description]];
  const sources: string[] = [];
  if (onePassword.item !== undefined) {
    const ctx = { store, input: 'op-item' };
    const item = await findItem(ctx, onePassword.item);
    Object.assign(entries, itemEntries(ctx, item, onePassword.item));
    sources.push(onePassword.item.text);
    details.push(['Item', `${onePassword.item.text}${item.version === undefined ? '' : ` (version ${item.version})`}`]);
  }
  if (onePassword.secrets.length > 0) {
    Object.assign(entries, await readReferences({ store, input: 'op-secrets' }, onePassword.secrets));
    for (const { reference } of onePassword.secrets) {
      const item = `op://${reference.vault}/${reference.item}`;
      if (!sources.includes(item)) sources.push(item);
    }
    details.push(['References', `${onePassword.secrets.length}: ${onePassword.secrets.map(({ name }) => `\`${name}\``).join(', ')}`]);
  }
  const source = showUntrustedList(sources, { maxItems: 5, maxLength: 300 }).join(', ');
  return { bundle: maskBundle(ports, bundleFromObject(entries), source), source, details };
}

/** One secret (the SOPS age identities), masked line by line as soon as it is read; kept in memory, never written. */
export async function readOnePasswordSecret(reference: SecretReference, input: string, ports: ActionPorts, open: () => Promise<OnePasswordStore>): Promise<string> {
  const values = await readReferences({ store: await open(), input }, [{ name: 'VALUE', reference }]);
  const value = values.VALUE;
  ports.mask(value);
  return value;
}
