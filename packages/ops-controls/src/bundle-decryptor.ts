import { readBoundedText } from '@mcp-secrets/fs-safe';
import type { BundleDecryptor } from '@mcp-secrets/controls';
import { ConfigurationError, type ActionPorts } from '@mcp-secrets/ports';

/**
 * Decrypts the SOPS bundle for the checks that compare encrypted values
 * (secrets-version); undefined when no age identity is configured. Every
 * identity line and every decrypted value is masked before anything could print it.
 */
export function bundleDecryptor(ageKey: string, ageKeyFile: string, ports: ActionPorts): BundleDecryptor | undefined {
  const identities = ageKey.trim() !== '' ? ageKey : ageKeyFile !== '' ? readKeyFile(ageKeyFile) : '';
  if (identities.trim() === '') return undefined;
  for (const line of identities.split(/\r?\n/)) if (line.trim() !== '' && !line.trim().startsWith('#')) ports.mask(line.trim());
  return async (content, fileName) => {
    // Loaded on demand: the age code is large and most reports never decrypt.
    const { decryptSops } = await import('@mcp-secrets/sops');
    const { data } = await decryptSops(content, { fileName, identities });
    for (const value of Object.values(data)) {
      if (typeof value === 'string') ports.mask(value);
      else if (value !== null && typeof value === 'object') ports.mask(JSON.stringify(value));
    }
    return data;
  };
}

function readKeyFile(path: string): string {
  try {
    // An identity file is a few hundred bytes: a device or a huge file is a mistake, not a key.
    return readBoundedText(path, { what: 'the age key file', maxBytes: 1024 * 1024, input: 'sops-age-key' });
  } catch {
    throw new ConfigurationError(`cannot read the age key file ${path}`, { input: 'sops-age-key', hint: 'check SOPS_AGE_KEY_FILE' });
  }
}
