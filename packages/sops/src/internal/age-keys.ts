// Age identities (SOPS_AGE_KEY) and the age-wrapped data key in the sops metadata.
import { Decrypter, Encrypter, armor, generateIdentity, generateHybridIdentity, identityToRecipient } from 'age-encryption';
import type { SopsAgeStanza } from './metadata';
import { SopsError } from './sops-error';

export interface AgeIdentity {
  /** The secret key line; never log it. */
  readonly secretKey: string;
  /** 1-based line in the text it came from. */
  readonly line: number;
}

const IDENTITY_LINE = /^AGE-SECRET-KEY-(PQ-)?1[0-9A-Z]+$/;

/**
 * Parses SOPS_AGE_KEY / an age key file: one identity per line; blank lines and `#` comments
 * (age-keygen's `# created`, `# public key`) are skipped. Throws a 'bad-identity' SopsError naming the
 * line (not its content) for anything else.
 */
export function parseAgeIdentities(text: string, source = 'SOPS_AGE_KEY'): AgeIdentity[] {
  const identities: AgeIdentity[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    if (!IDENTITY_LINE.test(line)) {
      const hint = line.startsWith('age1')
        ? 'it looks like a public key (recipient); SOPS_AGE_KEY needs the secret key line AGE-SECRET-KEY-1...'
        : 'expected an age identity (AGE-SECRET-KEY-1... or AGE-SECRET-KEY-PQ-1...), a # comment or a blank line';
      throw new SopsError('bad-identity', `line ${index + 1} is not an age identity: ${hint}`, { fileName: source });
    }
    identities.push({ secretKey: line, line: index + 1 });
  });
  return identities;
}

export interface UnwrappedDataKey {
  dataKey: Uint8Array;
  recipient: string;
}

/**
 * Tries every age stanza of the file with all identities. Returns the data key and the recipient
 * whose stanza opened, or throws 'no-matching-identity' naming the recipients the file expects.
 */
export async function unwrapDataKey(stanzas: readonly SopsAgeStanza[], identities: readonly AgeIdentity[], fileName: string): Promise<UnwrappedDataKey> {
  const decrypter = new Decrypter();
  for (const identity of identities) {
    try {
      decrypter.addIdentity(identity.secretKey);
    } catch {
      // The library's message quotes the key: never pass it on.
      throw new SopsError('bad-identity', `line ${identity.line} of SOPS_AGE_KEY is not a valid age identity (bad checksum or length); copy the whole AGE-SECRET-KEY line again`, {
        fileName,
      });
    }
  }
  const failures: string[] = [];
  for (const stanza of stanzas) {
    let file: Uint8Array;
    try {
      file = armor.decode(stanza.enc);
    } catch {
      failures.push(`${stanza.recipient}: the "enc" field is not an armored age file`);
      continue;
    }
    try {
      const dataKey = await decrypter.decrypt(file);
      if (dataKey.length !== 32) {
        failures.push(`${stanza.recipient}: the wrapped data key is ${dataKey.length} bytes, expected 32`);
        continue;
      }
      return { dataKey, recipient: stanza.recipient };
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      if (!/no identity matched/i.test(message)) failures.push(`${stanza.recipient}: ${message}`);
    }
  }
  const recipients = stanzas.map((s) => s.recipient);
  if (failures.length > 0) {
    throw new SopsError('decrypt', `could not unwrap the data key: ${failures.join('; ')}`, { fileName, recipients });
  }
  const expected = recipients.length > 0 ? recipients.join(', ') : '(none: the file has no age recipients)';
  throw new SopsError(
    'no-matching-identity',
    `no age identity in SOPS_AGE_KEY matches the file's recipients: ${expected}. Provide the secret key of one of them.`,
    { fileName, recipients },
  );
}

/** Wraps the data key for one recipient as sops does: one armored age file per recipient. */
export async function wrapDataKey(dataKey: Uint8Array, recipient: string): Promise<SopsAgeStanza> {
  const encrypter = new Encrypter();
  try {
    encrypter.addRecipient(recipient);
  } catch {
    throw new SopsError('bad-identity', `"${recipient}" is not an age recipient (age1... or age1pq1...)`);
  }
  return { recipient, enc: armor.encode(await encrypter.encrypt(dataKey)) };
}

export interface GeneratedAgeIdentity {
  /** AGE-SECRET-KEY-1... (or -PQ-1...); show it once, never log it. */
  identity: string;
  recipient: string;
}

/** A fresh age identity: X25519 by default, the ML-KEM-768+X25519 hybrid with `postQuantum`. */
export async function generateAgeIdentity(options: { postQuantum?: boolean } = {}): Promise<GeneratedAgeIdentity> {
  const identity = options.postQuantum === true ? await generateHybridIdentity() : await generateIdentity();
  return { identity, recipient: await identityToRecipient(identity) };
}
