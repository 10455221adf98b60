import { readFileSync } from 'node:fs';
import { ConfigurationError } from '@mcp-secrets/ports';
import { parseAgeIdentities, SopsError } from '@mcp-secrets/sops';
import { identityToRecipient } from 'age-encryption';

export interface LoadedIdentities {
  /** The identities text (SOPS_AGE_KEY or the key file): secret, never printed. */
  text: string;
  /** Each identity with its public key. */
  keys: { secretKey: string; recipient: string }[];
}

/** The age identities of SOPS_AGE_KEY, else of the file SOPS_AGE_KEY_FILE names, with their public keys. */
export async function loadIdentities(env: NodeJS.ProcessEnv): Promise<LoadedIdentities> {
  const inline = env.SOPS_AGE_KEY ?? '';
  const file = (env.SOPS_AGE_KEY_FILE ?? '').trim();
  let text = inline;
  let source = 'SOPS_AGE_KEY';
  if (inline.trim() === '') {
    if (file === '') {
      throw new ConfigurationError('no age identity to decrypt the bundle', { hint: 'set SOPS_AGE_KEY to your AGE-SECRET-KEY-1... line, or SOPS_AGE_KEY_FILE to your key file' });
    }
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      throw new ConfigurationError(`cannot read the age key file ${file}`, { hint: 'check SOPS_AGE_KEY_FILE' });
    }
    source = file;
  }
  try {
    const parsed = parseAgeIdentities(text, source);
    const keys = await Promise.all(parsed.map(async ({ secretKey, line }) => ({ secretKey, recipient: await recipientOf(secretKey, source, line) })));
    if (keys.length === 0) throw new ConfigurationError(`${source} holds no age identity`, { hint: 'it needs an AGE-SECRET-KEY-1... line' });
    return { text, keys };
  } catch (error) {
    if (error instanceof SopsError) throw new ConfigurationError(error.message);
    throw error;
  }
}

async function recipientOf(secretKey: string, source: string, line: number): Promise<string> {
  try {
    return await identityToRecipient(secretKey);
  } catch {
    // The library's message may quote the key: name the line only.
    throw new ConfigurationError(`line ${line} of ${source} is not a valid age identity (bad checksum or length)`, { hint: 'copy the whole AGE-SECRET-KEY line again' });
  }
}
