/** A piece of Markdown built by these helpers: inserted as is, never escaped again. */
export interface Markdown {
  readonly markdown: string;
}

/** Table cell: plain text (escaped) or a fragment built with {@link mdCode} / {@link mdLink}. */
export type Cell = string | number | Markdown;

// Entities rather than backslashes: they also hold inside <code>, table cells and GitHub's math ($).
const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '`': '&#96;',
  '|': '&#124;',
  '\\': '&#92;',
  '*': '&#42;',
  _: '&#95;',
  '[': '&#91;',
  ']': '&#93;',
  '~': '&#126;',
  $: '&#36;',
  '#': '&#35;',
};

/**
 * Plain text made inert in GitHub Markdown: no HTML, no formatting, no links, and safe in a table
 * cell (pipes escaped, line breaks as <br>). Finding messages and paths come from scanned files, so
 * they must never be able to change the summary's structure.
 *
 * Token characters stay as they are wherever Markdown lets them: the runner masks a secret in the
 * summary only when it appears there verbatim, so `a_b` must not become `a&#95;b`. An underscore
 * between letters or digits never starts or ends emphasis (CommonMark's flanking rules), so only
 * the others are escaped.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[&<>"'`|\\*[\]~$#]|(?<![A-Za-z0-9])_+|_+(?![A-Za-z0-9])/g, (c) => (c[0] === '_' ? ENTITIES._.repeat(c.length) : ENTITIES[c]))
    .replace(/\r\n|\r|\n/g, '<br>');
}

/** Monospaced text, escaped (HTML <code>, since a backtick span would show entities literally). */
export function mdCode(text: string): Markdown {
  return { markdown: `<code>${escapeMarkdown(text)}</code>` };
}

/** A link when the URL is http(s); only the text otherwise. */
export function mdLink(text: string | Markdown, url: string): Markdown {
  const label = renderCell(text);
  if (!/^https?:\/\//i.test(url)) return { markdown: label };
  const safeUrl = url.replace(/[\s()<>"'`|\\[\]]/g, (c) => encodeURIComponent(c).replace(/[()']/g, percent));
  return { markdown: `[${label}](${safeUrl})` };
}

/** A GitHub-flavoured Markdown table; rows shorter than the header are padded. */
export function markdownTable(headers: readonly Cell[], rows: readonly (readonly Cell[])[]): string {
  if (headers.length === 0) throw new Error('markdownTable: give at least one header');
  const lines = [tableRow(headers), `|${' --- |'.repeat(headers.length)}`];
  for (const [i, row] of rows.entries()) {
    if (row.length > headers.length) {
      throw new Error(`markdownTable: row ${i + 1} has ${row.length} cells for ${headers.length} headers`);
    }
    lines.push(tableRow([...row, ...Array<Cell>(headers.length - row.length).fill('')]));
  }
  return `${lines.join('\n')}\n`;
}

export function tableRow(cells: readonly Cell[]): string {
  return `| ${cells.map(renderCell).join(' | ')} |`;
}

function renderCell(cell: Cell): string {
  if (typeof cell === 'number') return String(cell);
  if (typeof cell === 'string') return escapeMarkdown(cell);
  return cell.markdown;
}

function percent(c: string): string {
  return `%${c.charCodeAt(0).toString(16).toUpperCase()}`;
}
