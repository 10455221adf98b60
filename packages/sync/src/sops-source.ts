import { readFileSync } from 'node:fs';
import { readBoundedFile } from '@mcp-secrets/fs-safe';
import { ConfigurationError, type ActionPorts } from '@mcp-secrets/ports';
import type { OnePasswordStore } from '@mcp-secrets/onepassword';
import { bundleFromObject } from '@mcp-secrets/secrets-store';
import { maskBundle } from './mask-bundle';
import { readOnePasswordSecret } from './onepassword-source';
import type { SopsOptions } from './options';
import type { FetchedBundle } from './vault-source';

/**
 * Decrypts the repository's SOPS bundle with the age identities of
 * SOPS_AGE_KEY (or the file SOPS_AGE_KEY_FILE names, or the 1Password field an
 * op:// reference there names). The key stays in memory, never on disk; the MAC
 * is always verified (decryptSops has no way to skip it).
 */
export async function fetchFromSops(sops: SopsOptions, ports: ActionPorts, openOnePassword: () => Promise<OnePasswordStore>): Promise<FetchedBundle> {
  const identities =
    sops.ageKeyFrom !== undefined
      ? await readOnePasswordSecret(sops.ageKeyFrom, 'sops-age-key', ports, openOnePassword)
      : sops.ageKey.trim() !== ''
        ? sops.ageKey
        : readKeyFile(sops.ageKeyFile);
  // Mask every line before parsing: even a malformed key line is a secret.
  for (const line of identities.split(/\r?\n/)) if (line.trim() !== '' && !line.trim().startsWith('#')) ports.mask(line.trim());
  // Loaded on demand: the age/YAML code is most of the bundle and Vault runs never need it.
  const { decryptSops } = await import('@mcp-secrets/sops');
  const result = await decryptSops(readBundleFile(sops), { fileName: sops.displayFile, identities });
  const bundle = maskBundle(ports, bundleFromObject(result.data), sops.displayFile);
  if (result.documents.length > 1) {
    ports.log.warning(`${sops.displayFile} has ${result.documents.length} YAML documents; only the first is the bundle.`);
  }
  const { version, lastModified } = result.metadata;
  return {
    bundle,
    source: sops.displayFile,
    details: [
      ['SOPS file', `${sops.displayFile} (${result.format}, sops ${version ?? 'unknown'})`],
      ['Last modified', lastModified],
      ['Recipient used', result.matchedRecipient],
      ...(sops.ageKeyFrom === undefined ? [] : [['Age identity', `from 1Password ${sops.ageKeyFrom.text}`] as [string, string]]),
    ],
  };
}

// Far above any team's bundle; the repository decides this file, so it must not be able to exhaust the job.
const MAX_BUNDLE_FILE_BYTES = 16 * 1024 * 1024;

/** The bundle's bytes: a regular file, inside the workspace when it is there by name (no symlink out), bounded. */
function readBundleFile(sops: SopsOptions): Buffer {
  return readBoundedFile(sops.file, {
    what: 'the SOPS bundle',
    maxBytes: MAX_BUNDLE_FILE_BYTES,
    display: sops.displayFile,
    input: 'sops-file',
    ...(sops.root === undefined ? {} : { root: sops.root }),
  });
}

function readKeyFile(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    throw new ConfigurationError(`cannot read the age key file ${path}`, { input: 'sops-age-key', hint: 'check SOPS_AGE_KEY_FILE' });
  }
}
