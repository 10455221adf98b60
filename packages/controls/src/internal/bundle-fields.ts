import { isMap, isScalar } from 'yaml';
import { parseWithPositions, scalarText, valueOf } from './yaml-positions';

/** A top-level entry of the bundle: its line, and its value when stored in plaintext. */
export interface BundleEntry {
  line: number | null;
  /** Undefined when the value is encrypted (`ENC[...]`) or not a scalar. */
  plaintext?: string;
  encrypted: boolean;
}

export interface BundleFields {
  entry(key: string): BundleEntry | undefined;
  lastModified?: { value: string; line: number | null };
}

/**
 * The two facts the history checks need from a YAML/JSON bundle (a top-level entry and
 * `sops.lastmodified`), read without decrypting; undefined when the text does not parse.
 */
export function readBundleFields(text: string): BundleFields | undefined {
  const { doc, lineOf, error } = parseWithPositions(text);
  if (error !== undefined || !isMap(doc.contents)) return undefined;
  const root = doc.contents;
  const sops = valueOf(root, 'sops');
  const lastModifiedNode = valueOf(sops, 'lastmodified');
  const lastModifiedText = scalarText(lastModifiedNode);
  return {
    entry(key) {
      const pair = root.items.find((item) => isScalar(item.key) && item.key.value === key);
      if (pair === undefined) return undefined;
      const text = scalarText(pair.value);
      const encrypted = text !== undefined && text.startsWith('ENC[');
      return { line: lineOf(pair.key), encrypted, plaintext: encrypted ? undefined : text };
    },
    lastModified: lastModifiedText === undefined ? undefined : { value: lastModifiedText, line: lineOf(lastModifiedNode) },
  };
}
