import { untrustedText } from './untrusted-text';

/** Values shorter than this are not masked: masking "1" or "ab" would garble every log line. */
export const MIN_MASK_LENGTH = 4;

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
