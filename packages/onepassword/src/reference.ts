// `op://vault/item[/section]/field` secret references, as 1Password's CLI, SDKs and
// load-secrets-action write them (developer.1password.com/docs/cli/secret-reference-syntax):
// each part a name or an ID, case-insensitive, of letters, digits, `-`, `_`, `.` and spaces.
// Query parameters (`?attribute=otp`) are not supported here.
import { ConfigurationError, showUntrusted } from '@mcp-secrets/ports';

export interface ItemReference {
  vault: string;
  item: string;
  /** As written, for messages (a reference is a place, not a secret). */
  text: string;
}

export interface SecretReference extends ItemReference {
  section?: string;
  field: string;
}

export interface NamedReference {
  /** The key the value is exported as. */
  name: string;
  reference: SecretReference;
}

const PREFIX = 'op://';
const PART = /^[A-Za-z0-9_.\- ]+$/;
const NAME = /^[A-Za-z_][A-Za-z0-9_]{0,254}$/;
const SYNTAX_HINT = 'write op://<vault>/<item>[/<section>]/<field>; a name with other characters than letters, digits, -, _, . and spaces is written as its ID';

/** True for text written as a 1Password reference (the rest is a value, never shown). */
export function isOpReference(text: string): boolean {
  return text.trim().toLowerCase().startsWith(PREFIX);
}

/** A reference as messages show it: only text that starts with op:// (anything else may be a pasted secret). */
export function showReference(text: string): string {
  return isOpReference(text) ? `'${showUntrusted(text.trim(), 300)}'` : 'a value that is not an op:// reference (not shown)';
}

function parts(text: string, input: string, counts: readonly number[], what: string): string[] {
  const trimmed = text.trim();
  if (!isOpReference(trimmed)) {
    throw new ConfigurationError(`expected ${what}, got ${showReference(trimmed)}`, { input, hint: SYNTAX_HINT });
  }
  const segments = trimmed.slice(PREFIX.length).split('/');
  if (!counts.includes(segments.length) || segments.some((segment) => segment.trim() === '' || !PART.test(segment))) {
    throw new ConfigurationError(`${showReference(trimmed)} is not ${what}`, { input, hint: SYNTAX_HINT });
  }
  return segments.map((segment) => segment.trim());
}

/** `op://vault/item[/section]/field`. */
export function parseSecretReference(text: string, input: string): SecretReference {
  const segments = parts(text, input, [3, 4], 'a secret reference op://<vault>/<item>[/<section>]/<field>');
  const [vault, item] = segments;
  const field = segments[segments.length - 1];
  const base = { vault, item, field, text: text.trim() };
  return segments.length === 4 ? { ...base, section: segments[2] } : base;
}

/** `op://vault/item`: a whole item. */
export function parseItemReference(text: string, input: string): ItemReference {
  const [vault, item] = parts(text, input, [2], 'an item reference op://<vault>/<item>');
  return { vault, item, text: text.trim() };
}

/**
 * `NAME=op://...` entries (load-secrets-action's form, one per line). The name is the key the
 * value is exported as; each name once.
 */
export function parseNamedReferences(entries: readonly string[], input: string): NamedReference[] {
  const named: NamedReference[] = [];
  for (const entry of entries) {
    const at = entry.indexOf('=');
    const name = at === -1 ? '' : entry.slice(0, at).trim();
    if (!NAME.test(name)) {
      // Neither part is shown: an entry that is not NAME=op://... may be a pasted secret.
      const what = at === -1 ? 'an entry without =' : 'an entry whose part before = is not an environment variable name';
      throw new ConfigurationError(`expected NAME=op://<vault>/<item>[/<section>]/<field>, got ${what} (not shown)`, {
        input,
        hint: 'NAME is the environment variable to set: letters, digits and _, not starting with a digit',
      });
    }
    if (named.some((other) => other.name === name)) throw new ConfigurationError(`${name} is given more than once`, { input });
    named.push({ name, reference: parseSecretReference(entry.slice(at + 1), input) });
  }
  return named;
}
