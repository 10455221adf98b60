import { ConfigurationError } from '@mcp-secrets/ports';
import { connectStore } from './connect-store';
import type { OnePasswordStore } from './store';

/** The credentials, from inputs or OP_CONNECT_HOST / OP_CONNECT_TOKEN / OP_SERVICE_ACCOUNT_TOKEN. */
export interface OnePasswordCredentials {
  connectHost: string;
  connectToken: string;
  serviceAccountToken: string;
  timeoutSeconds: number;
}

/**
 * Opens a service-account store. It is handed in by the sync action's entry and the CLI, which
 * load 1Password's SDK (a 14 MB WebAssembly core) on demand; nothing else bundles it.
 */
export type ServiceAccountOpener = (token: string) => Promise<OnePasswordStore>;

export function hasOnePasswordCredentials(credentials: OnePasswordCredentials): boolean {
  return (credentials.connectHost !== '' && credentials.connectToken !== '') || credentials.serviceAccountToken !== '';
}

export interface OpenStoreDeps {
  env: Record<string, string | undefined>;
  logger?: { debug(message: string): void };
  openServiceAccount?: ServiceAccountOpener;
}

/** A Connect server when its host and token are set (as load-secrets-action prefers it), else the service account. */
export async function openOnePassword(credentials: OnePasswordCredentials, deps: OpenStoreDeps): Promise<OnePasswordStore> {
  const { connectHost, connectToken, serviceAccountToken } = credentials;
  if (connectHost !== '' || connectToken !== '') {
    if (connectHost === '' || connectToken === '') {
      const missing = connectHost === '' ? 'op-connect-host' : 'op-connect-token';
      throw new ConfigurationError('a 1Password Connect server needs both its host and a token', { input: missing, hint: 'set OP_CONNECT_HOST and OP_CONNECT_TOKEN' });
    }
    return connectStore({ host: connectHost, token: connectToken, timeoutSeconds: credentials.timeoutSeconds, env: deps.env, ...(deps.logger ? { logger: deps.logger } : {}) });
  }
  if (serviceAccountToken === '') {
    throw new ConfigurationError('no 1Password credentials are configured', {
      input: 'op-service-account-token',
      hint: 'set OP_SERVICE_ACCOUNT_TOKEN, or OP_CONNECT_HOST and OP_CONNECT_TOKEN',
    });
  }
  if (deps.openServiceAccount === undefined) {
    throw new ConfigurationError('1Password service accounts are read by the sync action and the mcp-secrets CLI only', { input: 'op-service-account-token' });
  }
  return deps.openServiceAccount(serviceAccountToken);
}
