import type { Provider, RefusedExport } from '@mcp-secrets/secrets-store';

/** What a sync delivered (key names, never values): what sync returns and its summary shows. */
export interface SyncResult {
  provider: Provider | 'none';
  version: string;
  keys: string[];
  dropped: string[];
  envFile?: string;
  consoleSecretsFile?: string;
  /** Keys left out of the .env file because no quoting is read identically by bash and dotenv. */
  notInEnvFile: string[];
  /** Keys in the files but not exported to later steps: the deny list, or too large for an environment. */
  notExported: RefusedExport[];
}
