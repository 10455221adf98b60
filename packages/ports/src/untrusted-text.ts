// Text that someone else wrote (a Vault answer, a bundle's key names) on its way
// to a log line or an annotation. Control characters would break the line
// (the runner reads every line starting with `::` as a command; a terminal obeys
// escape sequences), bidirectional overrides would make it read differently
// than it is, and an unbounded length would flood the log.

// C0 and C1 controls (newlines and \r included), DEL, the Unicode line and
// paragraph separators, and the bidirectional marks, embeddings and isolates.
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]+/g;

/** `text` on one line: every run of control or bidirectional characters becomes one space, and no `::` is left. */
export function untrustedText(text: string): string {
  return text.replace(UNSAFE, ' ').replace(/:(?=:)/g, ': ');
}

/**
 * `text` made safe to show, or a note of its length when it is longer than
 * `maxLength`: never cut, since a cut could leave the start of a secret that
 * the masks (which match whole values and lines) would no longer recognise.
 */
export function showUntrusted(text: string, maxLength: number): string {
  const safe = untrustedText(text).trim();
  return safe.length <= maxLength ? safe : `[${text.length} characters not shown]`;
}

/** The first `maxItems` items, each shown as `showUntrusted` shows it, and how many more there are. */
export function showUntrustedList(items: readonly string[], limits: { maxItems: number; maxLength: number }): string[] {
  const shown = items.slice(0, limits.maxItems).map((item) => showUntrusted(item, limits.maxLength));
  const more = items.length - shown.length;
  return more > 0 ? [...shown, `and ${more} more`] : shown;
}

/** `text` with the user name and password of every URL in it replaced by `***`. */
export function withoutUrlCredentials(text: string): string {
  return text.replace(/\b([a-z][a-z0-9+.-]*:\/\/)[^\s/?#@]*@/gi, '$1***@');
}
