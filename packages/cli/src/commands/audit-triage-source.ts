// What `audit --triage` shows of a baseline entry: its file and line, and the line itself with every
// secret the scan knows redacted. A baseline holds hashes only, so the line is shown only when a
// current finding is the entry's secret: otherwise whatever detect-secrets hashed there may not be
// among the secrets the redactor knows, and the line could show it in clear.
import { resolve } from 'node:path';
import { readBoundedText } from '@mcp-secrets/fs-safe';
import { findingForEntry, REDACTED, type BaselineEntry, type Finding, type SecretRedactor } from '@mcp-secrets/scanner';

/** Files larger than this are not read to show a line (the audit scans them in windows). */
const SOURCE_MAX_BYTES = 16 * 1024 * 1024;
/** A minified line is shown around its first redacted secret, this long at most. */
const MAX_SHOWN = 240;

export interface EntryPlace {
  /** Where the secret is now (the baseline's line when no finding is the entry's secret). */
  line: number | undefined;
  /** The line, redacted and made printable; undefined when it cannot be shown safely. */
  text?: string;
}

export type ShowEntry = (filename: string, entry: BaselineEntry) => EntryPlace;

/**
 * Shows entries from a working-tree scan's findings (named relative to `root`); `redactor` knows
 * every secret that scan found.
 */
export function entryPlaces(findings: readonly Finding[], redactor: SecretRedactor, root: string): ShowEntry {
  const byFile = new Map<string, Finding[]>();
  for (const f of findings) {
    const key = normalizePath(f.File);
    const list = byFile.get(key);
    if (list === undefined) byFile.set(key, [f]);
    else list.push(f);
  }
  let cached: { file: string; lines: string[] | undefined } | undefined;
  const linesOf = (file: string): string[] | undefined => {
    if (cached?.file !== file) cached = { file, lines: readLines(resolve(root, file), root) };
    return cached.lines;
  };
  return (filename, entry) => {
    const file = normalizePath(filename);
    const finding = findingForEntry(entry, byFile.get(file) ?? []);
    if (finding === undefined) return { line: entry.line_number };
    const source = linesOf(file)?.[finding.StartLine - 1];
    return { line: finding.StartLine, ...(source !== undefined && { text: clip(printable(redactor.redact(source))) }) };
  };
}

/** The file's lines; undefined when it is gone, too large or not a file inside the repository. */
function readLines(path: string, root: string): string[] | undefined {
  try {
    return readBoundedText(path, { what: 'the scanned file', maxBytes: SOURCE_MAX_BYTES, root }).split(/\r\n|\r|\n/);
  } catch {
    return undefined;
  }
}

/** Control characters (terminal escapes in a hostile file or baseline) shown as `?`. */
export function printable(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '?');
}

function clip(text: string): string {
  if (text.length <= MAX_SHOWN) return text;
  const start = Math.max(0, text.indexOf(REDACTED) - MAX_SHOWN / 3);
  return `${start > 0 ? '…' : ''}${text.slice(start, start + MAX_SHOWN)}…`;
}

function normalizePath(p: string): string {
  return p.replace(/\\/g, '/').replace(/^\.\//, '');
}
