import { readFileSync } from 'node:fs';
import { ConfigurationError, type ActionPorts } from '@mcp-secrets/ports';
import { bundleFromObject } from '@mcp-secrets/secrets-store';
import { maskBundle } from './mask-bundle';
import type { SopsOptions } from './options';
import type { FetchedBundle } from './vault-source';

export interface SopsDecrypted {
  data: Record<string, unknown>;
  details: [string, string][];
}

/** Decrypts the bundle file with the given identities (injected so the action can pick the implementation). */
export type SopsDecryptor = (content: Uint8Array, fileName: string, identities: string) => Promise<SopsDecrypted>;

export async function fetchFromSops(sops: SopsOptions, ports: ActionPorts, decrypt?: SopsDecryptor): Promise<FetchedBundle> {
  if (decrypt === undefined) throw new ConfigurationError('SOPS decryption is not available in this build', { input: 'provider' });
  const identities = sops.ageKey.trim() !== '' ? sops.ageKey : readKeyFile(sops.ageKeyFile);
  for (const line of identities.split(/\r?\n/)) if (line.trim() !== '') ports.mask(line.trim());
  const decrypted = await decrypt(readFileSync(sops.file), sops.displayFile, identities);
  return { bundle: maskBundle(ports, bundleFromObject(decrypted.data)), source: sops.displayFile, details: decrypted.details };
}

function readKeyFile(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    throw new ConfigurationError(`cannot read the age key file ${path}`, { input: 'sops-age-key', hint: 'check SOPS_AGE_KEY_FILE' });
  }
}
