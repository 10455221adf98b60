import { untrustedText } from './untrusted-text';

/**
 * Values shorter than this are not masked. The runner replaces every occurrence of a masked
 * string, inside words too, whatever its length: masking "1" or "ab" would garble every log line.
 */
export const MIN_MASK_LENGTH = 4;

/** Words a setting holds that no one keeps secret: masking them would blank them all over the log. */
const NEVER_SECRET_WORDS = new Set(['true', 'false', 'null', 'none', 'nil', 'undefined', 'yes', 'no', 'on', 'off', 'enabled', 'disabled']);

/**
 * A value that cannot be a secret and is not masked: a boolean or null word, or a number under
 * 10000 (a port, a count, a flag). A longer number can be a PIN or an account number: it is masked.
 */
export function isNeverSecret(value: string): boolean {
  const text = value.trim();
  return NEVER_SECRET_WORDS.has(text.toLowerCase()) || /^-?\d{1,4}$/.test(text);
}

// The runner displays, and masks, line by line, and a lone \r ends a line for it too.
const LINE_BREAK = /\r\n|\n|\r/;

/**
 * Every string the runner must mask for one secret value: the value, each of
 * its lines, the one-line form `untrustedText` would show of each, and for JSON
 * values every leaf string and its lines, since a later step may print one field alone.
 */
export function maskablePieces(value: string): string[] {
  const pieces = new Set<string>();
  const add = (piece: string): void => {
    for (const candidate of [piece, ...piece.split(LINE_BREAK)]) {
      for (const form of new Set([candidate, untrustedText(candidate)])) {
        const trimmed = form.trim();
        if (isNeverSecret(trimmed)) continue;
        if (trimmed.length >= MIN_MASK_LENGTH) pieces.add(trimmed);
        if (form.length >= MIN_MASK_LENGTH && form !== trimmed) pieces.add(form);
      }
    }
  };
  add(value);
  for (const leaf of jsonLeaves(value)) add(leaf);
  return [...pieces];
}

function jsonLeaves(value: string): string[] {
  const text = value.trim();
  if (!text.startsWith('{') && !text.startsWith('[')) return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return [];
  }
  const leaves: string[] = [];
  const walk = (node: unknown): void => {
    if (typeof node === 'string') leaves.push(node);
    else if (typeof node === 'number' || typeof node === 'boolean') leaves.push(String(node));
    else if (Array.isArray(node)) node.forEach(walk);
    else if (node !== null && typeof node === 'object') Object.values(node).forEach(walk);
  };
  walk(parsed);
  return leaves;
}
